package nl.statuswacht.read;

import java.util.HashMap;
import java.util.Map;
import nl.statuswacht.model.Post;

/**
 * What the last reading of one document made of each of its entries, by a hash of everything
 * the reading of an entry depends on (the entry's text and dates, the feed's link and language;
 * see {@code EntryMapper#key}): an entry whose hash is the same is the same post, so it is not
 * mapped, cleaned and parsed again. A memo of a pure function: whatever it holds, a reading with
 * it gives what a reading without it gives. It keeps only the entries of the document's last
 * reading. Thread-safe.
 */
public final class EntryMemo {
  private Map<String, Post> last = Map.of();
  private int reused;

  /** The post the last reading made of the entry with this hash, or {@code null}. */
  synchronized Post get(String key) {
    return last.get(key);
  }

  /**
   * The posts of this reading, by their entries' hashes ({@code read}, which the memo owns from
   * now on): what the next reading can reuse.
   */
  synchronized void keep(Map<String, Post> read, int reusedNow) {
    last = read;
    reused = reusedNow;
  }

  /** How many entries the last reading took from the memo instead of mapping them. */
  public synchronized int reused() {
    return reused;
  }

  /** How many entries the memo holds. */
  public synchronized int size() {
    return last.size();
  }

  /** A new map for a reading to fill. */
  static Map<String, Post> next(int entries) {
    return new HashMap<>(Math.max(16, entries * 2));
  }
}
