package nl.statuswacht.notify;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next delivery attempt: exponential growth ({@code base × 2^(n-1)})
 * capped at {@code max}, with <em>equal jitter</em>. The delay after {@code n} failures is half the
 * capped exponential value, fixed, plus a uniformly random share of the other half. Equal rather
 * than full jitter because a relay that is down should never see an immediate retry, while retries
 * of many mails queued in the same outage still spread over the window.
 *
 * <p>Pure: no clock, no sleeping; the random source is injected so tests can fix it.
 */
public final class Backoff {
  private final long baseNanos;
  private final long maxNanos;
  private final RandomGenerator random;

  /**
   * @param base the capped exponential value after the first failure; positive
   * @param max the largest delay ever returned; at least {@code base}, at most about 292 years
   */
  public Backoff(Duration base, Duration max, RandomGenerator random) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(max, "max");
    this.random = Objects.requireNonNull(random, "random");
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("base must be positive: " + base);
    }
    if (max.compareTo(base) < 0) {
      throw new IllegalArgumentException("max must be at least base (" + base + "): " + max);
    }
    this.baseNanos = base.toNanos();
    this.maxNanos = toNanos(max);
  }

  /**
   * The delay before the next attempt, after {@code failedAttempts} failures in a row.
   *
   * @param failedAttempts 1 after the first failure; any larger value is fine (the cap holds)
   * @return between half and all of {@code min(max, base × 2^(failedAttempts-1))}
   */
  public Duration delayAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("failedAttempts must be at least 1: " + failedAttempts);
    }
    long cap = cappedExponential(failedAttempts - 1);
    long half = cap / 2;
    return Duration.ofNanos(cap - half + random.nextLong(half + 1));
  }

  /** {@code min(max, base << shift)} without overflowing. */
  private long cappedExponential(int shift) {
    if (shift >= Long.SIZE - 1 || baseNanos > (maxNanos >> shift)) {
      return maxNanos;
    }
    return Math.min(baseNanos << shift, maxNanos);
  }

  private static long toNanos(Duration max) {
    try {
      return max.toNanos();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("max is too large: " + max, e);
    }
  }
}
