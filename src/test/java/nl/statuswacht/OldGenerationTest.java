package nl.statuswacht;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
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
 * and left the old generation with less room than twice what the poll took of it, and only then.
 */
class OldGenerationTest {
  private static final long MB = 1024 * 1024;
  private static final PollResult CHANGED = new PollResult.Fetched("https://status.kvk.nl/feed",
      40, new PollResult.Counts(5001, 1, 0, 1), false, List.of());

  /** An old generation of 56 MB (the daemon's 64 MB heap less its 8 MB young one). */
  private static MemoryUsage usage(long usedMb) {
    return new MemoryUsage(16 * MB, usedMb * MB, 56 * MB, 56 * MB);
  }

  /** It holds {@code usedMb}, and held 30 MB after its last collection. */
  private static OldGeneration.Look old(long usedMb) {
    return old(usedMb, 30);
  }

  private static OldGeneration.Look old(long usedMb, long afterCollectionMb) {
    return new OldGeneration.Look(usage(usedMb), usage(afterCollectionMb));
  }

  @Test
  void aChangedPollThatLeavesLessRoomThanTwiceWhatItTookIsFollowedByACollection() {
    // 40 -> 48 MB took 8; 8 are left of 56
    assertThat(OldGeneration.collectAfter(CHANGED, old(40), old(48))).isTrue();
    // 31 -> 40 MB took 9; 16 are left
    assertThat(OldGeneration.collectAfter(CHANGED, old(31), old(40))).isTrue();
    assertThat(OldGeneration.collectAfter(CHANGED, old(50), old(56))).isTrue();
  }

  @Test
  void aChangedPollThatLeavesRoomForTwiceWhatItTookIsNot() {
    // 32 -> 40 MB took 8; 16 are left
    assertThat(OldGeneration.collectAfter(CHANGED, old(32), old(40))).isFalse();
    // at 1,000 posts: 12 -> 15 MB
    assertThat(OldGeneration.collectAfter(CHANGED, old(12), old(15))).isFalse();
  }

  @Test
  void aPollDuringWhichTheGenerationWasCollectedAddedWhatItHoldsSinceThatCollection() {
    // 55 MB before, collected to 33 in its midst, 45 after: it added 12, and 11 are left
    assertThat(OldGeneration.collectAfter(CHANGED, old(55, 30), old(45, 33))).isTrue();
    // collected to 40, 45 after: it added 5, and twice that fits in the 11 left
    assertThat(OldGeneration.collectAfter(CHANGED, old(55, 30), old(45, 40))).isFalse();
  }

  @Test
  void anUnchangedOrFailedPollIsNeverFollowedByOne() {
    PollResult unchanged = new PollResult.Unchanged("https://status.kvk.nl/feed", 2);
    PollResult failed = new PollResult.Failed("https://status.kvk.nl/feed", 30_000,
        "timeout after 30 s", "timeout");

    assertThat(OldGeneration.collectAfter(unchanged, old(30), old(55))).isFalse();
    assertThat(OldGeneration.collectAfter(failed, old(30), old(55))).isFalse();
  }

  @Test
  void aGenerationWithoutAKnownMaximumOrUsageIsLeftAlone() {
    MemoryUsage noMaximum = new MemoryUsage(0, 50 * MB, 56 * MB, -1);
    assertThat(OldGeneration.collectAfter(CHANGED, old(10),
        new OldGeneration.Look(noMaximum, null))).isFalse();
    assertThat(OldGeneration.collectAfter(CHANGED, null, old(55))).isFalse();
    assertThat(OldGeneration.collectAfter(CHANGED, new OldGeneration.Look(null, null), old(55)))
        .isFalse();
    assertThat(OldGeneration.collectAfter(CHANGED, old(10), new OldGeneration.Look(null, null)))
        .isFalse();
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
      // the first job looks as it begins and after its poll (20 -> 40 MB); the second as it
      // begins only: after a poll that found the feed unchanged there is nothing to look at
      Iterator<OldGeneration.Look> looks = List.of(old(20), old(40), old(40)).iterator();
      daemon.watchOldGeneration(
          new OldGeneration("Tenured Gen", looks::next, collections::incrementAndGet));

      daemon.pollJob();
      assertThat(collections).as("after the first poll, which read every post").hasValue(1);

      daemon.pollJob();
      assertThat(collections).as("not after a poll that found the feed unchanged").hasValue(1);
      assertThat(looks).as("the unchanged poll's job did not look after it").isExhausted();
    }
  }
}
