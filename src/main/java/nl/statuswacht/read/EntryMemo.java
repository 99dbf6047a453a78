package nl.statuswacht.read;

import java.lang.ref.SoftReference;
import java.util.HashMap;
import java.util.Map;
import nl.statuswacht.model.Post;

/**
 * What the last reading of one document made of each of its entries, so that an entry that did
 * not change is not mapped, cleaned and parsed again. A memo of a pure function: whatever it
 * holds, a reading with it gives what a reading without it gives. It keeps only the entries of the
 * document's last reading, and those only softly: when the heap runs short the collector may take
 * them (a few kilobytes a post), and the next reading maps every entry again. Thread-safe.
 *
 * <p>It holds the last reading in one of two forms:
 *
 * <ul>
 *   <li>by the document's bytes ({@link ByBytes}, {@code FeedReader}'s reading of a feed cut where
 *       its entries lie): an entry with the very bytes of one of the last reading, under the same
 *       head, is that entry's post;
 *   <li>by a hash of everything the mapping of an entry reads of what Rome made of it (the
 *       entry's text and dates, the feed's link and language; see {@code EntryMapper#key}), for a
 *       document read otherwise.
 * </ul>
 */
public final class EntryMemo {
  private SoftReference<Map<String, Post>> last = new SoftReference<>(Map.of());
  private SoftReference<ByBytes> lastBytes = new SoftReference<>(null);
  private int reused;

  /**
   * A reading by bytes: the head's key ({@code FeedReader#readKnown}: the location, the
   * Content-Type and the head but the feed's own times), the document's bytes, where each entry
   * lies in them and a hash of its bytes ({@link #hash}), and the post each entry is.
   */
  record ByBytes(String head, byte[] bytes, int[] starts, int[] ends, int[] hashes,
      Post[] posts) {}

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
    last = new SoftReference<>(read);
    lastBytes = new SoftReference<>(null);
    reused = reusedNow;
  }

  /** As {@link #keep(Map, int)}, for a reading by bytes. */
  synchronized void keep(ByBytes read, int reusedNow) {
    last = new SoftReference<>(Map.of());
    lastBytes = new SoftReference<>(read);
    reused = reusedNow;
  }

  /** The last reading if it was by bytes and the collector has not taken it, else null. */
  synchronized ByBytes byBytes() {
    return lastBytes.get();
  }

  /**
   * Whether the next reading may be by bytes: the last one was, or the memo holds nothing (a
   * first reading, or the collector took it). A document whose last reading was not by bytes
   * (it could not be cut, or had impossible dates) is read as then.
   */
  synchronized boolean mayReadByBytes() {
    Map<String, Post> posts = last.get();
    return lastBytes.get() != null || posts == null || posts.isEmpty();
  }

  /** How many entries the last reading took from the memo instead of mapping them. */
  public synchronized int reused() {
    return reused;
  }

  /** How many entries the memo holds. */
  public synchronized int size() {
    ByBytes bytes = lastBytes.get();
    if (bytes != null) {
      return bytes.posts().length;
    }
    Map<String, Post> posts = last.get();
    return posts == null ? 0 : posts.size();
  }

  /** A new map for a reading to fill. */
  static Map<String, Post> next(int entries) {
    return new HashMap<>(Math.max(16, entries * 2));
  }

  /** A hash of {@code bytes} in {@code [from, to)}, to find an entry's equal quickly. */
  static int hash(byte[] bytes, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i];
    }
    return h;
  }
}
