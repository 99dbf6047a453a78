package nl.statuswacht.read;

import java.lang.ref.SoftReference;
import java.util.HashMap;
import java.util.Map;
import nl.statuswacht.model.Post;

/**
 * What the last reading of one document made of each of its entries, by a hash of everything
 * the reading of an entry depends on (the entry's text and dates, the feed's link and language;
 * see {@code EntryMapper#key}): an entry whose hash is the same is the same post, so it is not
 * mapped, cleaned and parsed again. A memo of a pure function: whatever it holds, a reading with
 * it gives what a reading without it gives. It keeps only the entries of the document's last
 * reading, and those only softly: when the heap runs short the collector may take them (a few
 * kilobytes a post), and the next reading maps every entry again. Thread-safe.
 */
public final class EntryMemo {
  private SoftReference<Map<String, Post>> last = new SoftReference<>(Map.of());
  private int reused;
  private boolean raw;

  /** The post the last reading made of the entry with this hash, or {@code null}. */
  synchronized Post get(String key) {
    Map<String, Post> posts = last.get();
    return posts == null ? null : posts.get(key);
  }

  /**
   * The posts of this reading, by their entries' hashes ({@code read}, which the memo owns from
   * now on): what the next reading can reuse.
   */
  synchronized void keep(Map<String, Post> read, int reusedNow) {
    keep(read, reusedNow, false);
  }

  /**
   * As {@link #keep(Map, int)}; {@code byBytes}: the keys are of the entries' bytes as written
   * ({@code FeedReader}'s reading of known entries), not of what Rome made of them.
   */
  synchronized void keep(Map<String, Post> read, int reusedNow, boolean byBytes) {
    last = new SoftReference<>(read);
    reused = reusedNow;
    raw = byBytes;
  }

  /**
   * Whether the next reading may look entries up by their bytes: the last reading's keys were of
   * bytes, or the memo holds nothing (a first reading, or the collector took it).
   */
  synchronized boolean byBytes() {
    Map<String, Post> posts = last.get();
    return raw || posts == null || posts.isEmpty();
  }

  /** How many entries the last reading took from the memo instead of mapping them. */
  public synchronized int reused() {
    return reused;
  }

  /** How many entries the memo holds. */
  public synchronized int size() {
    Map<String, Post> posts = last.get();
    return posts == null ? 0 : posts.size();
  }

  /** A new map for a reading to fill. */
  static Map<String, Post> next(int entries) {
    return new HashMap<>(Math.max(16, entries * 2));
  }
}
