package nl.statuswacht.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Service;

/**
 * §1.6: availability of a service over a period: {@code 1 − unplanned / (period − planned)}.
 * Unplanned downtime is the union of the intervals of incidents whose priority counts as downtime
 * (P1 by default) or that say the service is unavailable, and of emergency maintenance with
 * downtime; other incidents are degraded time, reported beside it; planned maintenance with
 * downtime is taken out of the period. Intervals are clipped to the period, and overlapping ones
 * count once. Pure.
 *
 * <p>A figure speaks only for the time statuswacht can speak for, its {@link Coverage}: from the
 * oldest moment the page's own history shows (its oldest post) or the first read, whichever is
 * earlier, to the last read. A period is judged over the part of it inside that coverage; a period
 * with none has no figure ("no data"), never 100%.
 */
public final class Availability {
  private Availability() {}

  /** What a stretch of time was for a service. */
  public enum Kind {
    UNPLANNED,
    DEGRADED,
    PLANNED
  }

  /** One stretch of time a post says a service was down, degraded or in planned maintenance. */
  public record Stretch(Service service, Kind kind, Instant start, Instant end, String post) {}

  /**
   * The stretch of time statuswacht can speak for, [from, to): from the earlier of the first read of
   * the page and the oldest moment its posts show (the page's own history), to the last read.
   * {@link #NONE} when the page was never read.
   */
  public record Coverage(Instant from, Instant to) {
    /** Never read: no figure. */
    public static final Coverage NONE = new Coverage(null, null);

    /** Everything: for callers (and tests) that hold the whole history. */
    public static final Coverage ALL = new Coverage(Instant.MIN, Instant.MAX);

    /**
     * The coverage of a page read first at {@code firstRead} and last at {@code lastRead} (both
     * {@code null} when never read), whose posts reach back to {@code oldestPost} ({@code null}
     * when it shows none).
     */
    public static Coverage of(Instant firstRead, Instant lastRead, Instant oldestPost) {
      if (firstRead == null || lastRead == null) {
        return NONE;
      }
      Instant from = oldestPost != null && oldestPost.isBefore(firstRead) ? oldestPost : firstRead;
      return new Coverage(from, lastRead);
    }

    public boolean none() {
      return from == null || !to.isAfter(from);
    }

    /** The part of [start, end) this covers, or {@code null} when none. */
    public Coverage within(Instant start, Instant end) {
      if (none()) {
        return null;
      }
      Instant a = from.isAfter(start) ? from : start;
      Instant b = to.isBefore(end) ? to : end;
      return b.isAfter(a) ? new Coverage(a, b) : null;
    }
  }

  /**
   * A service's availability over [from, to), computed over the part of it that was covered,
   * [coveredFrom, coveredTo); both {@code null}, and {@link #hasData()} false, when none was.
   *
   * @param budget the unplanned downtime the norm allows: (1 − norm) × (covered − planned)
   */
  public record Result(Service service, Instant from, Instant to, Instant coveredFrom,
      Instant coveredTo, Duration planned, Duration unplanned, Duration degraded,
      double availability, double norm, Duration budget) {

    /** Whether any of the period was covered: without, there is no figure and no verdict. */
    public boolean hasData() {
      return coveredFrom != null;
    }

    /** How much of the period was covered. */
    public Duration covered() {
      return hasData() ? Duration.between(coveredFrom, coveredTo) : Duration.ZERO;
    }

    /** The covered share of the period, 0 to 1. */
    public double coverage() {
      long period = Duration.between(from, to).toMillis();
      return period <= 0 ? 0 : (double) covered().toMillis() / period;
    }

    public Duration budgetLeft() {
      Duration left = budget.minus(unplanned);
      return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether the norm was met over the covered time; false without data (check first). */
    public boolean met() {
      return hasData() && availability >= norm;
    }
  }

  /**
   * The stretches a classified post gives, per service it names: an incident or emergency
   * maintenance from start to resolution (or {@code now} while open), planned maintenance over its
   * window.
   */
  public static List<Stretch> stretches(Classification c, Policy policy, Instant now,
      String post) {
    List<Stretch> stretches = new ArrayList<>();
    if (c.category() == null || c.services() == null) {
      return stretches;
    }
    Kind kind;
    Instant start;
    Instant end;
    if (c.category() == Category.INCIDENT) {
      boolean down = Boolean.TRUE.equals(c.downtime())
          || (c.priority() != null && policy.downtimePriorities().contains(c.priority()));
      kind = down ? Kind.UNPLANNED : Kind.DEGRADED;
      start = c.started();
      end = c.resolved() == null ? now : c.resolved();
    } else if ((c.category() == Category.EMERGENCY_MAINTENANCE
        || c.category() == Category.PLANNED_MAINTENANCE)
        && Boolean.TRUE.equals(c.downtime()) && c.window() != null) {
      kind = c.category() == Category.EMERGENCY_MAINTENANCE ? Kind.UNPLANNED : Kind.PLANNED;
      start = c.window().start();
      end = c.window().end();
    } else {
      return stretches;
    }
    if (start == null || end == null || !end.isAfter(start)) {
      return stretches;
    }
    for (Service service : c.services()) {
      stretches.add(new Stretch(service, kind, start, end, post));
    }
    return stretches;
  }

  /** The availability of {@code service} over the whole of [from, to) from all stretches. */
  public static Result compute(Service service, List<Stretch> stretches, Instant from,
      Instant to, double norm) {
    return compute(service, stretches, from, to, norm, Coverage.ALL);
  }

  /**
   * The availability of {@code service} over [from, to), over the part {@code coverage} covers;
   * without any, a result without data (NaN availability, zero durations).
   */
  public static Result compute(Service service, List<Stretch> stretches, Instant from,
      Instant to, double norm, Coverage coverage) {
    Coverage covered = coverage.within(from, to);
    if (covered == null) {
      return new Result(service, from, to, null, null, Duration.ZERO, Duration.ZERO,
          Duration.ZERO, Double.NaN, norm, Duration.ZERO);
    }
    Instant start = covered.from();
    Instant end = covered.to();
    Duration planned = union(stretches, service, Kind.PLANNED, start, end);
    Duration unplanned = union(stretches, service, Kind.UNPLANNED, start, end);
    Duration degraded = union(stretches, service, Kind.DEGRADED, start, end);
    Duration counted = Duration.between(start, end).minus(planned);
    double availability = counted.isZero() ? 1.0
        : 1.0 - (double) unplanned.toMillis() / counted.toMillis();
    Duration budget = Duration.ofMillis(Math.round(counted.toMillis() * (1.0 - norm)));
    return new Result(service, from, to, start, end, planned, unplanned, degraded, availability,
        norm, budget);
  }

  /** The length of the union of one kind of stretch of one service, clipped to [from, to). */
  static Duration union(List<Stretch> stretches, Service service, Kind kind, Instant from,
      Instant to) {
    List<Stretch> relevant = stretches.stream()
        .filter(s -> s.service() == service && s.kind() == kind)
        .filter(s -> s.end().isAfter(from) && s.start().isBefore(to))
        .sorted(Comparator.comparing(Stretch::start))
        .toList();
    Duration total = Duration.ZERO;
    Instant coveredUntil = from;
    for (Stretch s : relevant) {
      Instant start = s.start().isAfter(coveredUntil) ? s.start() : coveredUntil;
      Instant end = s.end().isBefore(to) ? s.end() : to;
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
        coveredUntil = end;
      }
    }
    return total;
  }
}
