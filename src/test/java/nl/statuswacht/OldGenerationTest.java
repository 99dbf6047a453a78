package nl.statuswacht;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the daemon collects its heap after a poll job: after a poll that read a changed document
 * and left the old generation more than three-quarters full, and only then.
 */
class OldGenerationTest {
  private static final long MB = 1024 * 1024;
  private static final PollResult CHANGED = new PollResult.Fetched("https://status.kvk.nl/feed",
      40, new PollResult.Counts(5001, 1, 0, 1), false, List.of());

  /** An old generation of 56 MB (the daemon's 64 MB heap less its 8 MB young one). */
  private static MemoryUsage old(long usedMb) {
    return new MemoryUsage(16 * MB, usedMb * MB, 56 * MB, 56 * MB);
  }

  @Test
  void aChangedPollThatLeavesTheOldGenerationOverThreeQuartersFullIsFollowedByACollection() {
    // three-quarters of 56 MB is 42 MB
    assertThat(OldGeneration.collectAfter(CHANGED, old(43))).isTrue();
    assertThat(OldGeneration.collectAfter(CHANGED, old(56))).isTrue();
  }

  @Test
  void aChangedPollThatLeavesItThreeQuartersFullOrLessIsNot() {
    assertThat(OldGeneration.collectAfter(CHANGED, old(42))).isFalse();
    assertThat(OldGeneration.collectAfter(CHANGED, old(20))).isFalse();
  }

  @Test
  void anUnchangedOrFailedPollIsNeverFollowedByOne() {
    PollResult unchanged = new PollResult.Unchanged("https://status.kvk.nl/feed", 2);
    PollResult failed = new PollResult.Failed("https://status.kvk.nl/feed", 30_000,
        "timeout after 30 s", "timeout");

    assertThat(OldGeneration.collectAfter(unchanged, old(55))).isFalse();
    assertThat(OldGeneration.collectAfter(failed, old(55))).isFalse();
  }

  @Test
  void aGenerationWithoutAKnownMaximumIsLeftAlone() {
    assertThat(OldGeneration.collectAfter(CHANGED, new MemoryUsage(0, 50 * MB, 56 * MB, -1)))
        .isFalse();
    assertThat(OldGeneration.collectAfter(CHANGED, null)).isFalse();
  }

  @Test
  void thisJvmsOldGenerationIsFound() {
    // the test JVM's collector is the daemon's or G1: each names a pool with a usage threshold
    assertThat(OldGeneration.ofThisJvm().name()).matches("Tenured Gen|G1 Old Gen|PS Old Gen");
  }

  @Test
  void thePollJobCollectsAfterAPollThatReadTheFeedAndNotAfterOneThatFoundItUnchanged(
      @TempDir Path data) throws Exception {
    try (Watch watch = new Watch(data, Instant.parse("2026-01-02T09:00:00Z"), Map.of())) {
      watch.site.atom("/history.atom", Fixtures.text("kvk/site/history.atom"));
      Statuswacht daemon = watch.statuswacht();
      AtomicInteger collections = new AtomicInteger();
      daemon.watchOldGeneration(
          new OldGeneration("Tenured Gen", () -> old(50), collections::incrementAndGet));

      daemon.pollJob();
      assertThat(collections).as("after the first poll, which read every post").hasValue(1);

      daemon.pollJob();
      assertThat(collections).as("not after a poll that found the feed unchanged").hasValue(1);
    }
  }
}
