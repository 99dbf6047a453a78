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
      return new Verdict(Rule.RESTORATION, Outcome.NEEDS_REVIEW, "restoration by priority",
          "started " + Local.time(c.started(), false) + ", resolved "
              + Local.time(c.resolved(), false),
          "De storing zou zijn opgelost vóór ze begon; beoordeel handmatig.",
          "The incident reads as resolved before it started; review by hand.",
          "hersteltermijn per prioriteit", "begin " + Local.time(c.started(), true)
              + ", opgelost " + Local.time(c.resolved(), true));
    }
    if (c.priority() == null || c.started() == null) {
      String what = c.priority() == null ? "priority" : "start";
      String whatNl = c.priority() == null ? "prioriteit" : "begintijd";
      return new Verdict(Rule.RESTORATION, Outcome.NEEDS_REVIEW, "restoration by priority",
          "priority " + Local.orUnknown(c.priority(), false) + ", started "
              + Local.time(c.started(), false),
          "De storing noemt geen " + whatNl + "; beoordeel handmatig.",
          "The incident states no " + what + "; review by hand.", "hersteltermijn per prioriteit",
          "prioriteit " + Local.orUnknown(c.priority(), true) + ", begin "
              + Local.time(c.started(), true));
    }
    List<TargetResult> results = targets(policy, calendar, c.priority(), c.started(),
        c.resolved());
    TargetResult longest = results.stream().max(Comparator.comparing(TargetResult::deadline))
        .orElseThrow();
    String required = c.priority() + ": " + String.join("; ",
        results.stream().map(r -> r.target().describe()).toList());
    String requiredNl = c.priority() + ": " + String.join("; ",
        results.stream().map(r -> r.target().describeNl()).toList());
    Verdict verdict = restoration(c, now, results, longest, required, requiredNl);
    String stated = c.evidence().get("priority");
    if (stated == null || !stated.startsWith(Classification.HIGHEST_OF)) {
      return verdict;
    }
    String words = stated.substring(Classification.HIGHEST_OF.length());
    return new Verdict(verdict.rule(), verdict.outcome(), verdict.required(), verdict.actual(),
        verdict.reasonNl() + " Het bericht noemt " + words + "; de hoogste, " + c.priority()
            + ", geldt voor de hele storing.",
        verdict.reasonEn() + " The post states " + words + "; the highest, " + c.priority()
            + ", applies to the whole incident.", verdict.requiredNl(), verdict.actualNl());
  }

  /** The verdict of an incident whose priority and start are known (decided case 1). */
  private static Verdict restoration(Classification c, Instant now, List<TargetResult> results,
      TargetResult longest, String required, String requiredNl) {
    if (c.resolved() == null) {
      boolean late = now.isAfter(longest.deadline());
      String actual = "open since " + Local.time(c.started(), false) + "; longest deadline "
          + Local.time(longest.deadline(), false);
      String actualNl = "open sinds " + Local.time(c.started(), true) + "; uiterste termijn "
          + Local.time(longest.deadline(), true);
      return late
          ? new Verdict(Rule.RESTORATION, Outcome.VIOLATION, required, actual,
              "Nog niet hersteld na de uiterste termijn (" + longest.target().describeNl() + ").",
              "Still not restored after the longest target (" + longest.target().describe()
                  + ").", requiredNl, actualNl)
          : new Verdict(Rule.RESTORATION, Outcome.PENDING, required, actual,
              "Nog niet hersteld; uiterste termijn " + Local.time(longest.deadline(), true)
                  + ".",
              "Not restored yet; longest target due " + Local.time(longest.deadline(), false)
                  + ".", requiredNl, actualNl);
    }
    Duration took = Duration.between(c.started(), c.resolved());
    String actual = "restored in " + Local.span(took, false) + "; " + String.join("; ",
        results.stream()
            .map(r -> r.target().describe() + ": " + (r.met() ? "met" : "missed")).toList());
    String actualNl = "hersteld in " + Local.span(took, true) + "; " + String.join("; ",
        results.stream()
            .map(r -> r.target().describeNl() + ": " + (r.met() ? "gehaald" : "niet gehaald"))
            .toList());
    return longest.met()
        ? new Verdict(Rule.RESTORATION, Outcome.COMPLIANT, required, actual,
            "Hersteld binnen de uiterste termijn (" + longest.target().describeNl() + "), in "
                + Local.span(took, true) + ".",
            "Restored within the longest target (" + longest.target().describe() + "), in "
                + Local.span(took, false) + ".", requiredNl, actualNl)
        : new Verdict(Rule.RESTORATION, Outcome.VIOLATION, required, actual,
            "Niet hersteld binnen de uiterste termijn (" + longest.target().describeNl()
                + "): " + Local.span(took, true) + ".",
            "Not restored within the longest target (" + longest.target().describe() + "): "
                + Local.span(took, false) + ".", requiredNl, actualNl);
  }
}
