package nl.statuswacht.notify;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": after the n-th failure the delay is {@code base ×
 * 2^(n-1)}, capped at {@code max}, of which half is fixed and the other half random. Retries of
 * many mails spread out, and no retry comes sooner than half the nominal delay. Pure but for the
 * injected random source.
 */
public final class Backoff {
  private final Duration base;
  private final Duration max;
  private final RandomGenerator random;

  public Backoff(Duration base, Duration max, RandomGenerator random) {
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("backoff base must be positive: " + base);
    }
    if (max.compareTo(base) < 0) {
      throw new IllegalArgumentException("backoff max " + max + " is below its base " + base);
    }
    this.base = base;
    this.max = max;
    this.random = random;
  }

  /** The delay before the next try, after {@code failedAttempts} (from 1) failures. */
  public Duration delayAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("failed attempts start at 1: " + failedAttempts);
    }
    long maxMillis = max.toMillis();
    int doublings = Math.min(failedAttempts - 1, 62);
    long nominal = base.toMillis();
    for (int i = 0; i < doublings && nominal < maxMillis; i++) {
      nominal *= 2;
    }
    nominal = Math.min(nominal, maxMillis);
    long half = nominal / 2;
    return Duration.ofMillis(half + random.nextLong(nominal - half + 1));
  }
}
