package nl.statuswacht.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.model.VerdictDetail;

/**
 * §1.5: incidents are restored within the targets of their priority. Restoration time = resolved
 * − started; clock hours for hour targets, the time on business days for business-day targets.
 * An incident violates the rule when it misses the longest target of its priority, is pending
 * while open and before that deadline, and needs review when priority or start is unknown, or
 * when the post reads as resolved before it started. Where the post states several priorities,
 * the highest applies and the reason says so (decided case 2). The percentages are judged over a
 * period by the report.
 */
public final class Restoration {
  private Restoration() {}

  /** One target of an incident's priority: its deadline, and whether it was met (null: open). */
  public record TargetResult(Policy.Target target, Instant deadline, Boolean met) {}

  /** Each target of the incident's priority with its deadline and whether it was met. */
  public static List<TargetResult> targets(Policy policy, BusinessCalendar calendar,
      Priority priority, Instant started, Instant resolved) {
    List<TargetResult> results = new ArrayList<>();
    for (Policy.Target target : policy.restoration().getOrDefault(priority, List.of())) {
      Instant deadline = deadline(calendar, started, target);
      Boolean met = resolved == null ? null : within(calendar, started, resolved, target);
      results.add(new TargetResult(target, deadline, met));
    }
    return results;
  }

  static Instant deadline(BusinessCalendar calendar, Instant started, Policy.Target target) {
    return target.unit() == Policy.Unit.HOURS
        ? started.plus(Duration.ofHours(target.amount()))
        : calendar.businessDeadline(started, target.amount());
  }

  static boolean within(BusinessCalendar calendar, Instant started, Instant resolved,
      Policy.Target target) {
    if (target.unit() == Policy.Unit.HOURS) {
      return Duration.between(started, resolved).compareTo(Duration.ofHours(target.amount())) <= 0;
    }
    return calendar.businessTimeBetween(started, resolved)
        .compareTo(Duration.ofHours(24L * target.amount())) <= 0;
  }

  static Verdict judge(Policy policy, BusinessCalendar calendar, Classification c, Instant now) {
    if (c.started() != null && c.resolved() != null && c.resolved().isBefore(c.started())) {
      return new Verdict(Rule.RESTORATION, Outcome.NEEDS_REVIEW,
          new VerdictDetail.RestorationBackwards(c.started(), c.resolved()));
    }
    if (c.priority() == null || c.started() == null) {
      return new Verdict(Rule.RESTORATION, Outcome.NEEDS_REVIEW,
          new VerdictDetail.RestorationUnstated(c.priority(), c.started()));
    }
    List<VerdictDetail.TargetResult> results = targets(policy, calendar, c.priority(),
        c.started(), c.resolved()).stream().map(Restoration::detail).toList();
    VerdictDetail.TargetResult longest = results.stream()
        .max(Comparator.comparing(VerdictDetail.TargetResult::deadline)).orElseThrow();
    String stated = c.evidence().get("priority");
    String statedPriorities = stated == null || !stated.startsWith(Classification.HIGHEST_OF)
        ? null : stated.substring(Classification.HIGHEST_OF.length());
    if (c.resolved() == null) {
      return new Verdict(Rule.RESTORATION,
          now.isAfter(longest.deadline()) ? Outcome.VIOLATION : Outcome.PENDING,
          new VerdictDetail.RestorationOpen(c.priority(), results, c.started(), longest,
              statedPriorities));
    }
    return new Verdict(Rule.RESTORATION,
        longest.met() ? Outcome.COMPLIANT : Outcome.VIOLATION,
        new VerdictDetail.RestorationDone(c.priority(), results,
            Duration.between(c.started(), c.resolved()), longest, statedPriorities));
  }

  private static VerdictDetail.TargetResult detail(TargetResult result) {
    Policy.Target t = result.target();
    return new VerdictDetail.TargetResult(new VerdictDetail.Target(t.percent(), t.amount(),
        t.unit() == Policy.Unit.BUSINESS_DAYS), result.deadline(), result.met());
  }
}
