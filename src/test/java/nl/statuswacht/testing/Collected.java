package nl.statuswacht.testing;

import java.lang.ref.WeakReference;
import java.time.Duration;
import org.awaitility.Awaitility;

/** Waits until the garbage collector has cleared a weak reference (a class loader dropped). */
public final class Collected {
  private Collected() {}

  /**
   * Asks for full collections until {@code reference} is cleared; fails after 20 seconds, when
   * something still holds on to what it referred to.
   */
  public static void await(WeakReference<?> reference) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
      System.gc();
      return reference.get() == null;
    });
  }
}
