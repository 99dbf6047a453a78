package nl.statuswacht.notify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.statuswacht.digest.DigestPost;
import nl.statuswacht.digest.DigestReport;
import nl.statuswacht.digest.DigestReport.DayState;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.rules.Availability;
import nl.statuswacht.rules.Restoration;
import nl.statuswacht.rules.Scoreboard;

/**
 * The values the digest templates see: everything worded and formatted for the mail's language,
 * as maps of strings, booleans and lists, so that the templates hold sentences and layout only.
 * A value that does not apply is absent, so its line does not render.
 */
final class DigestView {
  /** The colour of a day in the bar picture. */
  private static final Map<DayState, String> COLOURS = new EnumMap<>(Map.of(
      DayState.DOWN, "#d93025",
      DayState.DEGRADED, "#f29900",
      DayState.MAINTENANCE, "#1a73e8",
      DayState.OK, "#1e8e3e"));

  /** The character of a day in the text part's bar. */
  private static final Map<DayState, Character> SIGNS = new EnumMap<>(Map.of(
      DayState.DOWN, 'X',
      DayState.DEGRADED, 'd',
      DayState.MAINTENANCE, 'm',
      DayState.OK, '.'));

  private DigestView() {}

  static Map<String, Object> of(DigestReport report, Words words, String subject,
      String unsubscribe, DigestTemplates.PageHealth health) {
    Map<String, Object> view = new HashMap<>();
    if (health.lastRead() == null) {
      view.put("neverRead", true);
    } else {
      view.put("lastRead", words.when(health.lastRead()));
    }
    if (health.failedPolls() > 0) {
      view.put("failing", true);
      int n = health.failedPolls();
      view.put("failedPolls", n == 1 ? words.pick("de laatste keer", "the last time")
          : words.pick("de laatste " + n + " keer", "the last " + n + " times"));
    }
    view.put("subject", subject);
    view.put("unsubscribe", unsubscribe);
    view.put("unsubscribeHref", "mailto:" + unsubscribe + "?subject=unsubscribe");
    view.put("weekNumber", String.valueOf(report.week().number()));
    view.put("range", range(report, words));
    view.put("asOf", words.when(report.asOf()));
    view.put(report.quiet() ? "quiet" : "full", true);
    if (report.leftOut() == 0) {
      view.put("pageQuiet", true);
      // a past week is told as of its end: what was open and coming then, not now
      boolean then = health.lastRead() != null && report.asOf().isBefore(health.lastRead());
      view.put(then ? "quietThen" : "quietNow", true);
    } else {
      view.put("leftOut", words.count(report.leftOut(), "bericht", "berichten", "post", "posts"));
    }
    int posts = report.weekPosts().stream().mapToInt(g -> g.posts().size()).sum();
    view.put("summaryCounts", String.join(", ",
        words.count(posts, "bericht", "berichten", "post", "posts"),
        counts(report, words)));
    list(view, "violations", report.violations().stream().map(v -> violation(v, words)).toList());
    list(view, "groups", report.weekPosts().stream().map(g -> group(g, words)).toList());
    list(view, "openIncidents",
        report.openIncidents().stream().map(o -> open(o, words)).toList());
    list(view, "windows",
        report.upcomingWindows().stream().map(w -> window(w, words)).toList());
    list(view, "changes", report.upcomingChanges().stream().map(c -> change(c, words)).toList());
    view.put("horizonDays", String.valueOf(DigestReport.HORIZON_DAYS));
    scoreboard(view, report.scoreboard(), report, words);
    view.put("bars", report.bars().stream().map(b -> bar(b, words)).toList());
    return view;
  }

  /** The subject's counts: "2 storingen, 1 schending" / "2 incidents, 1 violation". */
  static String counts(DigestReport report, Words words) {
    return words.count(report.incidentCount(), "storing", "storingen", "incident", "incidents")
        + ", " + words.count(report.violations().size(), "schending", "schendingen",
            "violation", "violations");
  }

  /** The week's days: "10–16 november 2025". */
  static String range(DigestReport report, Words words) {
    return words.days(report.week().monday(), report.week().sunday());
  }

  private static Map<String, Object> violation(DigestReport.Violation v, Words words) {
    Map<String, Object> entry = post(v.post(), words);
    verdict(entry, v.verdict(), words);
    if (v.post().firstSeen() != null) {
      entry.put("firstSeen", words.when(v.post().firstSeen()));
    }
    put(entry, "sha", v.evidenceSha());
    return entry;
  }

  private static Map<String, Object> group(DigestReport.Group group, Words words) {
    Map<String, Object> entry = new HashMap<>();
    entry.put("category", words.category(group.category()));
    entry.put("posts", group.posts().stream().map(p -> weekPost(p, words)).toList());
    return entry;
  }

  private static Map<String, Object> weekPost(DigestPost post, Words words) {
    Map<String, Object> entry = post(post.judged(), words);
    classification(entry, post.judged().classification(), words);
    if (post.cancelled()) {
      entry.put("cancelled", true);
    }
    List<Map<String, Object>> outcomes = new ArrayList<>();
    for (Verdict verdict : post.judged().verdicts()) {
      Map<String, Object> outcome = new HashMap<>();
      verdict(outcome, verdict, words);
      outcomes.add(outcome);
    }
    if (outcomes.isEmpty()) {
      entry.put("noRule", true);
    } else {
      entry.put("outcomes", outcomes);
    }
    return entry;
  }

  private static Map<String, Object> open(DigestReport.OpenIncident open, Words words) {
    Map<String, Object> entry = post(open.post().judged(), words);
    classification(entry, open.post().judged().classification(), words);
    entry.put("started", words.when(open.started()));
    entry.put("openFor", words.span(open.open()));
    Restoration.TargetResult next = open.next();
    if (next != null) {
      entry.put("nextTarget", words.target(next.target()));
      entry.put("nextDeadline", words.when(next.deadline()));
    } else if (!open.targets().isEmpty()) {
      entry.put("allPassed", true);
    } else {
      entry.put("noPriority", true);
    }
    return entry;
  }

  private static Map<String, Object> window(DigestPost post, Words words) {
    Map<String, Object> entry = post(post.judged(), words);
    classification(entry, post.judged().classification(), words);
    return entry;
  }

  private static Map<String, Object> change(DigestReport.UpcomingChange change, Words words) {
    Map<String, Object> entry = post(change.post().judged(), words);
    classification(entry, change.post().judged().classification(), words);
    if (change.notice() != null) {
      verdict(entry, change.notice(), words);
    }
    return entry;
  }

  private static void scoreboard(Map<String, Object> view, Scoreboard.Board board,
      DigestReport report, Words words) {
    view.put("period", words.days(board.from(), board.to()));
    view.put("periodDays", String.valueOf(board.from().datesUntil(board.to().plusDays(1))
        .count()));
    List<Map<String, Object>> availability = new ArrayList<>();
    for (Availability.Result r : board.rolling()) {
      Map<String, Object> row = new HashMap<>();
      row.put("service", words.service(r.service()));
      row.put("availability", words.percent(r.availability(), 2));
      row.put("norm", words.norm(r.norm()));
      row.put("reached", words.reached(r.met()));
      row.put(r.met() ? "normMet" : "normMissed", true);
      row.put("used", words.duration(r.unplanned()));
      row.put("budget", words.duration(r.budget()));
      row.put("left", words.duration(r.budgetLeft()));
      row.put("degraded", words.duration(r.degraded()));
      row.put("planned", words.duration(r.planned()));
      availability.add(row);
    }
    view.put("availability", availability);
    List<Map<String, Object>> restoration = new ArrayList<>();
    for (Scoreboard.TargetScore score : board.restoration()) {
      Map<String, Object> row = new HashMap<>();
      row.put("priority", words.priority(score.priority()));
      row.put("target", words.target(score.target()));
      row.put("met", score.met() + "/" + score.total());
      row.put("share", score.total() == 0 ? "—" : words.percent(score.share(), 1));
      row.put("reached", words.reached(score.reached()));
      row.put(score.reached() ? "isReached" : "isMissed", true);
      restoration.add(row);
    }
    view.put("restoration", restoration);
    List<Map<String, Object>> compliance = new ArrayList<>();
    for (DigestReport.Compliance c : report.compliance()) {
      Map<String, Object> row = new HashMap<>();
      row.put("rule", words.rule(c.rule()));
      row.put("compliant", String.valueOf(c.compliant()));
      row.put("violation", String.valueOf(c.violation()));
      row.put("pending", String.valueOf(c.pending()));
      row.put("needsReview", String.valueOf(c.needsReview()));
      compliance.add(row);
    }
    view.put("compliance", compliance);
  }

  private static Map<String, Object> bar(DigestReport.Bar bar, Words words) {
    Map<String, Object> entry = new HashMap<>();
    String service = words.service(bar.service());
    entry.put("service", service);
    List<Map<String, Object>> cells = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    Map<DayState, Integer> tally = new EnumMap<>(DayState.class);
    for (DigestReport.Day day : bar.days()) {
      Map<String, Object> cell = new HashMap<>();
      cell.put("colour", COLOURS.get(day.state()));
      cell.put("title", words.shortDate(day.date()) + ": " + words.dayState(day.state()));
      cells.add(cell);
      line.append(SIGNS.get(day.state()));
      tally.merge(day.state(), 1, Integer::sum);
    }
    entry.put("cells", cells);
    entry.put("line", String.format("%-19s%s", service, line));
    LocalDate first = bar.days().get(0).date();
    LocalDate last = bar.days().get(bar.days().size() - 1).date();
    entry.put("first", words.shortDate(first));
    entry.put("last", words.shortDate(last));
    List<String> parts = new ArrayList<>();
    for (DayState state : List.of(DayState.DOWN, DayState.DEGRADED, DayState.MAINTENANCE,
        DayState.OK)) {
      int n = tally.getOrDefault(state, 0);
      if (n > 0) {
        parts.add(words.count(n, "dag", "dagen", "day", "days") + " " + words.dayState(state));
      }
    }
    entry.put("aria", service + ", " + words.days(first, last) + ": " + String.join(", ", parts));
    entry.put("notFine", notFine(bar, words));
    return entry;
  }

  /**
   * "Storing op 15 september; onderhoud op 20 augustus en 18 oktober.", consecutive days as one
   * range, the worst state first; or that every day was fine.
   */
  static String notFine(DigestReport.Bar bar, Words words) {
    List<String> sentences = new ArrayList<>();
    boolean spansYears = bar.days().get(0).date().getYear()
        != bar.days().get(bar.days().size() - 1).date().getYear();
    for (DayState state : List.of(DayState.DOWN, DayState.DEGRADED, DayState.MAINTENANCE)) {
      List<String> runs = new ArrayList<>();
      LocalDate runStart = null;
      LocalDate previous = null;
      for (DigestReport.Day day : bar.days()) {
        if (day.state() == state) {
          if (runStart == null) {
            runStart = day.date();
          }
          previous = day.date();
        } else if (runStart != null) {
          runs.add(run(runStart, previous, spansYears, words));
          runStart = null;
        }
      }
      if (runStart != null) {
        runs.add(run(runStart, previous, spansYears, words));
      }
      if (!runs.isEmpty()) {
        sentences.add(stateOn(state, words) + " " + words.and(runs));
      }
    }
    if (sentences.isEmpty()) {
      return words == Words.NL ? "Alle dagen in orde." : "Every day was fine.";
    }
    String text = String.join("; ", sentences) + ".";
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String stateOn(DayState state, Words words) {
    boolean nl = words == Words.NL;
    return switch (state) {
      case DOWN -> nl ? "storing op" : "down on";
      case DEGRADED -> nl ? "verstoord op" : "degraded on";
      case MAINTENANCE -> nl ? "onderhoud op" : "maintenance on";
      case OK -> nl ? "in orde op" : "fine on";
    };
  }

  private static String run(LocalDate from, LocalDate to, boolean withYear, Words words) {
    return withYear ? words.days(from, to) : words.daysInYear(from, to);
  }

  /** Title, link (web links only), announcement and services of a post. */
  private static Map<String, Object> post(Scoreboard.Judged post, Words words) {
    Map<String, Object> entry = new HashMap<>();
    entry.put("title", Subjects.oneLine(post.title() == null ? "" : post.title()));
    String link = AlertTemplates.webLink(post.link());
    if (link != null) {
      entry.put("link", link);
    }
    if (post.announced() != null) {
      entry.put("announced", words.when(post.announced()));
    }
    return entry;
  }

  private static void classification(Map<String, Object> entry, Classification c,
      Words words) {
    if (c == null) {
      return;
    }
    entry.put("category", words.category(c.category()));
    if (c.services() != null && !c.services().isEmpty()) {
      entry.put("services", String.join(", ",
          c.services().stream().map(words::service).toList()));
    }
    if (c.priority() != null) {
      entry.put("priority", words.priority(c.priority()));
    }
    if (c.category() == Category.INCIDENT) {
      if (c.started() != null) {
        entry.put("started", words.when(c.started()));
      }
      if (c.resolved() != null) {
        entry.put("resolved", words.when(c.resolved()));
      } else {
        entry.put("unresolved", true);
      }
    }
    if (c.window() != null) {
      entry.put("window", words.window(c.window()));
    }
    if (c.effectiveDate() != null) {
      entry.put("effectiveDate", words.date(c.effectiveDate()));
    }
  }

  private static void verdict(Map<String, Object> entry, Verdict verdict, Words words) {
    AlertView.verdict(entry, verdict, words);
    if (verdict.outcome() == Outcome.VIOLATION) {
      entry.put("isViolation", true);
    }
  }

  private static void list(Map<String, Object> view, String key, List<?> list) {
    if (!list.isEmpty()) {
      view.put(key, list);
      view.put("has" + Character.toUpperCase(key.charAt(0)) + key.substring(1), true);
    }
  }

  private static void put(Map<String, Object> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value.strip());
    }
  }
}
