package nl.statuswacht;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import nl.statuswacht.poll.PollResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's old generation, looked at after each poll job: when a poll that read a changed
 * document leaves it more than three-quarters full, the daemon collects the heap there and then,
 * between polls, with the new post's mail already written or sent.
 *
 * <p>Why: such a poll leaves the new body (5.5 MB at 5,000 posts, kept for the next poll's
 * comparison) and what it read in the old generation, where the last ones become garbage. In the
 * daemon's 64 MB heap the next changed poll then stopped for a full collection of 50 to 75 ms in
 * its midst, before its mail, in four polls of five. Collected after the poll instead, a new
 * post's mail came about a third sooner at 5,000 posts, for no more CPU (the collections are the
 * same work, done at a time when nothing waits for them), and the old generation stayed more
 * compact (BENCHMARKS.md). A heap large enough to be less than three-quarters full is left alone:
 * at 1,000 posts the daemon's is.
 *
 * <p>The old generation is the heap pool that supports a usage threshold (the serial collector's
 * "Tenured Gen", G1's "G1 Old Gen", Parallel's "PS Old Gen"); with none, nothing is collected.
 * {@code -XX:+DisableExplicitGC} makes the collection a no-op.
 */
final class OldGeneration {
  private static final Logger log = LoggerFactory.getLogger(OldGeneration.class);

  private final MemoryPoolMXBean pool;

  private OldGeneration(MemoryPoolMXBean pool) {
    this.pool = pool;
  }

  /** This JVM's old generation; one that never collects when the JVM names none. */
  static OldGeneration ofThisJvm() {
    return new OldGeneration(ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported())
        .findFirst().orElse(null));
  }

  /** The pool's name as the JVM gives it; null when it names none. */
  String poolName() {
    return pool == null ? null : pool.getName();
  }

  /**
   * Whether to collect after {@code polled} with the old generation at {@code usage}: after a poll
   * that read a changed document (a new or updated post, or only a different body), when more than
   * three-quarters of the generation's maximum is in use. Not after an unchanged or failed poll:
   * those leave next to nothing behind.
   */
  static boolean collectAfter(PollResult polled, MemoryUsage usage) {
    return polled instanceof PollResult.Fetched && usage != null && usage.getMax() > 0
        && usage.getUsed() > usage.getMax() / 4 * 3;
  }

  /** Collects the heap when {@link #collectAfter} says so. */
  void afterPoll(PollResult polled) {
    if (pool == null) {
      return;
    }
    MemoryUsage usage = pool.getUsage();
    if (collectAfter(polled, usage)) {
      log.debug("heap: {} at {} of {} KB after a changed poll: collecting it now", pool.getName(),
          usage.getUsed() / 1024, usage.getMax() / 1024);
      System.gc();
    }
  }
}
