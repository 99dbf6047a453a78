package nl.statuswacht.read;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Values that one run (a poll's merge, a poll's apply) computed, carried to the next run, which
 * takes them instead of computing them again: each value must be a pure function of its key. The
 * last run's values are held softly (a small heap that runs short takes them, and they are
 * computed again); a run keeps for the next only the ones it used.
 */
public final class Carried<K, V> {
  private final Supplier<Map<K, V>> newMap;
  private SoftReference<Map<K, V>> last = new SoftReference<>(null);
  private Map<K, V> used;

  /**
   * {@code newMap}: a new map for a run's values ({@code IdentityHashMap::new} keys them by
   * identity).
   */
  public Carried(Supplier<Map<K, V>> newMap) {
    this.newMap = newMap;
    this.used = newMap.get();
  }

  /** The value of {@code key}: as this run or the last one found it, else {@code compute}'s. */
  public synchronized V get(K key, Function<? super K, ? extends V> compute) {
    V value = used.get(key);
    if (value == null) {
      Map<K, V> before = last.get();
      value = before == null ? null : before.get(key);
      if (value == null) {
        value = compute.apply(key);
      }
      used.put(key, value);
    }
    return value;
  }

  /** Ends a run: the values it used are the ones the next run finds. */
  public synchronized void done() {
    last = new SoftReference<>(used);
    used = newMap.get();
  }
}
