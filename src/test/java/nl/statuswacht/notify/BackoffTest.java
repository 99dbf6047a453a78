package nl.statuswacht.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackoffTest {
  private static final Duration BASE = Duration.ofSeconds(30);
  private static final Duration MAX = Duration.ofHours(1);

  /** Always draws the smallest value. */
  private static final RandomGenerator LOWEST = () -> 0L;

  /** Always draws the largest value below the bound. */
  private static final RandomGenerator HIGHEST =
      new RandomGenerator() {
        @Override
        public long nextLong() {
          return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
          return bound - 1;
        }
      };

  @Test
  void equalJitterBoundsForAttemptsOneToTwenty() {
    for (int n = 1; n <= 20; n++) {
      Duration cap = expectedCap(n);
      assertThat(new Backoff(BASE, MAX, LOWEST).delayAfter(n))
          .as("lowest after %d failures", n)
          .isEqualTo(cap.minus(cap.dividedBy(2)));
      assertThat(new Backoff(BASE, MAX, HIGHEST).delayAfter(n))
          .as("highest after %d failures", n)
          .isEqualTo(cap);
    }
  }

  @Test
  void seededRandomStaysWithinBounds() {
    Backoff backoff = new Backoff(BASE, MAX, new SplittableRandom(42));
    for (int n = 1; n <= 20; n++) {
      for (int i = 0; i < 100; i++) {
        Duration delay = backoff.delayAfter(n);
        assertThat(delay).isBetween(expectedCap(n).dividedBy(2), expectedCap(n));
      }
    }
  }

  @Test
  void retriesSpreadOut() {
    Backoff backoff = new Backoff(BASE, MAX, new SplittableRandom(7));
    Set<Duration> delays = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      delays.add(backoff.delayAfter(5));
    }
    assertThat(delays).hasSizeGreaterThan(40);
  }

  @Test
  void firstDelaysGrowThenHitTheCap() {
    Backoff backoff = new Backoff(BASE, MAX, HIGHEST);
    assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofSeconds(1920));
    assertThat(backoff.delayAfter(8)).as("3840 s, capped").isEqualTo(MAX);
  }

  @ParameterizedTest
  @ValueSource(ints = {62, 63, 64, 65, 100, 1_000, Integer.MAX_VALUE})
  void noOverflowForManyAttempts(int failedAttempts) {
    assertThat(new Backoff(BASE, MAX, HIGHEST).delayAfter(failedAttempts)).isEqualTo(MAX);
    assertThat(new Backoff(BASE, MAX, LOWEST).delayAfter(failedAttempts))
        .isEqualTo(MAX.dividedBy(2));
  }

  @Test
  void hugeMaxStillNoOverflow() {
    Duration max = Duration.ofDays(365L * 200);
    Backoff backoff = new Backoff(Duration.ofNanos(1), max, HIGHEST);
    for (int n = 1; n <= 70; n++) {
      assertThat(backoff.delayAfter(n)).isPositive().isLessThanOrEqualTo(max);
    }
    assertThat(backoff.delayAfter(64)).isEqualTo(max);
  }

  @Test
  void baseEqualToMaxGivesTheSameWindowEveryTime() {
    Backoff backoff = new Backoff(MAX, MAX, LOWEST);
    assertThat(backoff.delayAfter(1)).isEqualTo(MAX.dividedBy(2));
    assertThat(backoff.delayAfter(30)).isEqualTo(MAX.dividedBy(2));
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, MAX, LOWEST))
        .hasMessageContaining("base must be positive: PT0S");
    assertThatThrownBy(() -> new Backoff(MAX, BASE, LOWEST))
        .hasMessageContaining("max must be at least base");
    assertThatThrownBy(() -> new Backoff(BASE, MAX, LOWEST).delayAfter(0))
        .hasMessage("failedAttempts must be at least 1: 0");
  }

  private static Duration expectedCap(int failedAttempts) {
    Duration exp = BASE.multipliedBy(1L << Math.min(failedAttempts - 1, 30));
    return exp.compareTo(MAX) > 0 ? MAX : exp;
  }
}
