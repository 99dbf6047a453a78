package nl.statuswacht.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.model.VerdictDetail;

/**
 * The scoreboard against KVK's service levels over a period: availability per service (the
 * policy's rolling period ending with the period, and per calendar quarter), each restoration
 * target per priority as met/total against its norm, and every verdict of the posts announced in
 * the period. Pure.
 */
public final class Scoreboard {
  private static final ZoneId AMSTERDAM = BusinessCalendar.AMSTERDAM;

  private Scoreboard() {}

  /** A post as the store holds its current version. */
  public record Judged(String key, String title, String link, Instant firstSeen,
      Instant announced, Classification classification, List<Verdict> verdicts) {}

  /** One restoration target over the period: {@code met} of {@code total} incidents. */
  public record TargetScore(Priority priority, Policy.Target target, int met, int total) {
    public double share() {
      return total == 0 ? 1.0 : (double) met / total;
    }

    /** Whether the share reaches the norm; a target with no incidents is met. */
    public boolean reached() {
      return share() * 100 >= target.percent() - 1e-9;
    }
  }

  /** A verdict with the post it concerns. */
  public record Finding(Judged post, Verdict verdict) {}

  /**
   * The whole scoreboard.
   *
   * @param coverage what statuswacht can speak for at all (see {@link Availability.Coverage})
   * @param covered the part of [from, to] it covers, {@code null} when none: then the
   *     restoration scores have no data either
   */
  public record Board(LocalDate from, LocalDate to, List<Availability.Result> rolling,
      List<Availability.Result> quarters, List<TargetScore> restoration, List<Finding> verdicts,
      Availability.Coverage coverage, Availability.Coverage covered) {

    /** Whether any of the period was observed. */
    public boolean observed() {
      return covered != null;
    }

    public List<Finding> violations() {
      return verdicts.stream().filter(f -> f.verdict().outcome() == Outcome.VIOLATION).toList();
    }
  }

  /** The scoreboard for [from, to] over the whole history ({@link Availability.Coverage#ALL}). */
  public static Board compute(List<Judged> posts, Policy policy, BusinessCalendar calendar,
      LocalDate from, LocalDate to, Instant now) {
    return compute(posts, policy, calendar, from, to, now, Availability.Coverage.ALL);
  }

  /**
   * What statuswacht can speak for: from the earlier of its first read of the page and the oldest
   * moment the page's posts show (announced, first seen, or an incident's start), to its last read.
   *
   * @param firstRead the first successful read of the page, {@code null} when never read
   * @param lastRead the last successful read, {@code null} when never read
   */
  public static Availability.Coverage coverage(List<Judged> posts, Instant firstRead,
      Instant lastRead) {
    Instant oldest = null;
    for (Judged post : posts) {
      for (Instant at : new Instant[] {post.announced(), post.firstSeen(),
          post.classification() == null ? null : post.classification().started()}) {
        if (at != null && (oldest == null || at.isBefore(oldest))) {
          oldest = at;
        }
      }
    }
    return Availability.Coverage.of(firstRead, lastRead, oldest);
  }

  /**
   * The scoreboard for [from, to] (local dates, both included), its figures over what
   * {@code coverage} covers.
   *
   * @param now the present: an open incident past a deadline counts as a miss from then on
   */
  public static Board compute(List<Judged> posts, Policy policy, BusinessCalendar calendar,
      LocalDate from, LocalDate to, Instant now, Availability.Coverage coverage) {
    Instant start = from.atStartOfDay(AMSTERDAM).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
    Instant horizon = end.isBefore(now) ? end : now;
    List<Availability.Stretch> stretches = new ArrayList<>();
    posts.forEach(p -> stretches.addAll(
        Availability.stretches(p.classification(), policy, horizon, p.key())));
    List<Availability.Result> rolling = new ArrayList<>();
    Instant rollingStart = to.plusDays(1).minusDays(policy.availabilityDays())
        .atStartOfDay(AMSTERDAM).toInstant();
    for (Service service : kvkServices()) {
      rolling.add(Availability.compute(service, stretches, rollingStart, end,
          policy.availabilityNorm(), coverage));
    }
    List<Availability.Result> quarters = new ArrayList<>();
    for (LocalDate q = quarterStart(from); !q.isAfter(to); q = q.plusMonths(3)) {
      Instant qs = q.atStartOfDay(AMSTERDAM).toInstant();
      Instant qe = q.plusMonths(3).atStartOfDay(AMSTERDAM).toInstant();
      for (Service service : kvkServices()) {
        quarters.add(Availability.compute(service, stretches, qs, qe.isBefore(end) ? qe : end,
            policy.availabilityNorm(), coverage));
      }
    }
    List<TargetScore> restoration = restoration(posts, policy, calendar, start, end, now);
    List<Finding> verdicts = new ArrayList<>();
    for (Judged post : posts) {
      Instant announced = post.announced() != null ? post.announced() : post.firstSeen();
      if (!announced.isBefore(start) && announced.isBefore(end)) {
        post.verdicts().forEach(v -> verdicts.add(new Finding(post, v)));
      }
    }
    verdicts.addAll(missingCalendars(posts, from, to));
    return new Board(from, to, rolling, quarters, restoration, verdicts, coverage,
        coverage.within(start, end));
  }

  private static List<TargetScore> restoration(List<Judged> posts, Policy policy,
      BusinessCalendar calendar, Instant start, Instant end, Instant now) {
    List<TargetScore> scores = new ArrayList<>();
    for (Priority priority : Priority.values()) {
      List<Policy.Target> targets = policy.restoration().getOrDefault(priority, List.of());
      int[] met = new int[targets.size()];
      int[] total = new int[targets.size()];
      for (Judged post : posts) {
        Classification c = post.classification();
        if (c.category() != Category.INCIDENT || c.priority() != priority || c.started() == null
            || c.started().isBefore(start) || !c.started().isBefore(end)) {
          continue;
        }
        List<Restoration.TargetResult> results =
            Restoration.targets(policy, calendar, priority, c.started(), c.resolved());
        for (int i = 0; i < results.size(); i++) {
          Restoration.TargetResult r = results.get(i);
          if (r.met() != null) {
            total[i]++;
            met[i] += r.met() ? 1 : 0;
          } else if (now.isAfter(r.deadline())) {
            total[i]++;
          }
        }
      }
      for (int i = 0; i < targets.size(); i++) {
        scores.add(new TargetScore(priority, targets.get(i), met[i], total[i]));
      }
    }
    return scores;
  }

  /**
   * §1.7: on 1 January of a year Y in the period, a maintenance calendar for Y should have been
   * seen; when none was, that is a finding of its own.
   */
  private static List<Finding> missingCalendars(List<Judged> posts, LocalDate from,
      LocalDate to) {
    List<Finding> findings = new ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      LocalDate newYear = LocalDate.of(year, 1, 1);
      int y = year;
      if (newYear.isBefore(from) || newYear.isAfter(to) || posts.stream().anyMatch(p ->
          Integer.valueOf(y).equals(p.classification().calendarYear()))) {
        continue;
      }
      Judged none = new Judged("calendar-" + year, "Onderhoudskalender " + year, null,
          newYear.atStartOfDay(AMSTERDAM).toInstant(), null, null, List.of());
      findings.add(new Finding(none, new Verdict(nl.statuswacht.model.Rule.ANNUAL_CALENDAR,
          Outcome.VIOLATION, new VerdictDetail.CalendarMissing(year))));
    }
    return findings;
  }

  private static List<Service> kvkServices() {
    return List.of(Service.KVK_API, Service.KVK_DATASERVICE, Service.KVK_MUTATIESERVICE);
  }

  private static LocalDate quarterStart(LocalDate date) {
    return LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
  }
}
