package nl.statuswacht;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.function.Supplier;
import nl.statuswacht.poll.PollResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's old generation, looked at after each poll job: when a poll that read a changed
 * document leaves it with less room than twice what the poll took of it, the daemon collects the
 * heap there and then, between polls, with the new post's mail already written or sent. Twice:
 * what a changed poll leaves there is what its young collections happen to promote, and at 5,000
 * posts that was 8 MB in one poll and 15 in the next.
 *
 * <p>Why: such a poll leaves the new body (5.5 MB at 5,000 posts, kept for the next poll's
 * comparison) and what it read in the old generation, where the last ones become garbage. In the
 * daemon's 64 MB heap the next changed poll then stopped for a full collection of 50 to 75 ms in
 * its midst, before its mail, in four polls of five. Collected after the poll instead, a new
 * post's mail came a fifth to a third sooner at 5,000 posts, for no more CPU (the collections are
 * the same work, done at a time when nothing waits for them), and the old generation stayed more
 * compact (BENCHMARKS.md). A heap with room for another such poll is left alone: at 1,000 posts
 * the daemon's is. (A first rule, "more than three-quarters full", let a poll end at 40 of 56 MB
 * uncollected, and the next, which needed 15, stopped for a full collection before its mail; so
 * did "less room than it took" after a poll that took 8 and left 10.)
 *
 * <p>The old generation is the heap pool that supports a usage threshold (the serial collector's
 * "Tenured Gen", G1's "G1 Old Gen", Parallel's "PS Old Gen"); with none, nothing is collected.
 * {@code -XX:+DisableExplicitGC} makes the collection a no-op.
 */
final class OldGeneration {
  private static final Logger log = LoggerFactory.getLogger(OldGeneration.class);

  private final String name;
  private final Supplier<Look> look;
  private final Runnable collect;

  /**
   * What the generation holds ({@code usage}), and what it held right after its last collection
   * ({@code afterCollection}, {@link MemoryPoolMXBean#getCollectionUsage}); either null when the
   * JVM does not tell.
   */
  record Look(MemoryUsage usage, MemoryUsage afterCollection) {
    /** Whether the generation was collected between {@code earlier} and this look. */
    boolean collectedSince(Look earlier) {
      return !same(afterCollection, earlier.afterCollection());
    }

    private static boolean same(MemoryUsage a, MemoryUsage b) {
      return a == null ? b == null : b != null && a.getUsed() == b.getUsed()
          && a.getCommitted() == b.getCommitted() && a.getMax() == b.getMax();
    }
  }

  /**
   * A generation named {@code name}, looked at through {@code look} (a null usage: nothing is
   * ever collected), collected by {@code collect}; {@link #ofThisJvm} is the daemon's, the others
   * are tests'.
   */
  OldGeneration(String name, Supplier<Look> look, Runnable collect) {
    this.name = name;
    this.look = look;
    this.collect = collect;
  }

  /** This JVM's old generation, collected by {@code System.gc()}. */
  static OldGeneration ofThisJvm() {
    MemoryPoolMXBean pool = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(each -> each.getType() == MemoryType.HEAP && each.isUsageThresholdSupported())
        .findFirst().orElse(null);
    return pool == null ? new OldGeneration(null, () -> new Look(null, null), () -> { })
        : new OldGeneration(pool.getName(),
            () -> new Look(pool.getUsage(), pool.getCollectionUsage()), System::gc);
  }

  /** The generation's name as the JVM gives it; null when it names none. */
  String name() {
    return name;
  }

  /** The generation now. */
  Look now() {
    return look.get();
  }

  /**
   * Whether to collect after {@code polled}, which found the old generation as {@code before}
   * tells and left it as {@code after} does: after a poll that read a changed document (a new or
   * updated post, or only a different body), when what is left of the generation's maximum is
   * less than twice what the poll added to it. What it added is counted from the generation's
   * last collection when one came during the poll. Not after an unchanged or failed poll: those
   * leave next to nothing behind.
   */
  static boolean collectAfter(PollResult polled, Look before, Look after) {
    if (!(polled instanceof PollResult.Fetched) || before == null || after == null
        || before.usage() == null || after.usage() == null || after.usage().getMax() <= 0) {
      return false;
    }
    long from = after.collectedSince(before) && after.afterCollection() != null
        ? after.afterCollection().getUsed() : before.usage().getUsed();
    long added = after.usage().getUsed() - from;
    return 2 * added > after.usage().getMax() - after.usage().getUsed();
  }

  /**
   * Collects the heap when {@link #collectAfter} says so (never when the JVM names no old
   * generation); {@code before}: {@link #now} as the poll job began.
   */
  void afterPoll(PollResult polled, Look before) {
    if (!(polled instanceof PollResult.Fetched)) {
      return; // collectAfter says no without looking: an unchanged or failed poll
    }
    Look after = look.get();
    if (collectAfter(polled, before, after)) {
      MemoryUsage now = after.usage();
      log.debug("heap: {} at {} of {} KB after a changed poll: collecting it now", name,
          now.getUsed() / 1024, now.getMax() / 1024);
      collect.run();
    }
  }
}
