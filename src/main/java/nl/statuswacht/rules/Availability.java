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
   * A service's availability over [from, to).
   *
   * @param budget the unplanned downtime the norm allows: (1 − norm) × (period − planned)
   */
  public record Result(Service service, Instant from, Instant to, Duration planned,
      Duration unplanned, Duration degraded, double availability, double norm, Duration budget) {

    public Duration budgetLeft() {
      Duration left = budget.minus(unplanned);
      return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean met() {
      return availability >= norm;
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

  /** The availability of {@code service} over [from, to) from all stretches. */
  public static Result compute(Service service, List<Stretch> stretches, Instant from,
      Instant to, double norm) {
    Duration planned = union(stretches, service, Kind.PLANNED, from, to);
    Duration unplanned = union(stretches, service, Kind.UNPLANNED, from, to);
    Duration degraded = union(stretches, service, Kind.DEGRADED, from, to);
    Duration counted = Duration.between(from, to).minus(planned);
    double availability = counted.isZero() ? 1.0
        : 1.0 - (double) unplanned.toMillis() / counted.toMillis();
    Duration budget = Duration.ofMillis(Math.round(counted.toMillis() * (1.0 - norm)));
    return new Result(service, from, to, planned, unplanned, degraded, availability, norm,
        budget);
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
