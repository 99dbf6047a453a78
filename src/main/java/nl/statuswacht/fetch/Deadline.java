package nl.statuswacht.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * When a piece of work (a poll, a discovery) must be done by: a budget that runs on real time,
 * as the HTTP timeouts do, from the moment it is made. Fetches under it end when it runs out.
 */
public final class Deadline {
  private static final Deadline NONE = new Deadline("no budget", null, Long.MAX_VALUE);

  private final String what;
  private final Duration budget;
  private final long endNanos;

  private Deadline(String what, Duration budget, long endNanos) {
    this.what = what;
    this.budget = budget;
    this.endNanos = endNanos;
  }

  /**
   * A deadline {@code budget} from now.
   *
   * @param what whose budget it is, for messages ("the poll", "discovery")
   */
  public static Deadline in(Duration budget, String what) {
    Objects.requireNonNull(budget, "budget");
    return new Deadline(what, budget, System.nanoTime() + budget.toNanos());
  }

  /** No deadline: only the HTTP timeouts bound the work. */
  public static Deadline none() {
    return NONE;
  }

  /** The earlier of this deadline and {@code budget} from now, named {@code what}. */
  public Deadline within(Duration budget, String what) {
    Deadline part = in(budget, what);
    return part.endNanos - endNanos < 0 ? part : this;
  }

  /** The time left, zero once it has passed; very long when there is no deadline. */
  public Duration remaining() {
    if (budget == null) {
      return Duration.ofNanos(Long.MAX_VALUE);
    }
    long left = endNanos - System.nanoTime();
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  public boolean passed() {
    return remaining().isZero();
  }

  /** For messages, e.g. {@code the poll's budget of PT2M30S}. */
  @Override
  public String toString() {
    return budget == null ? what : what + "'s budget of " + budget;
  }
}
