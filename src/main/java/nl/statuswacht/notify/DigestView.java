package nl.statuswacht.notify;

import java.util.ArrayList;
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
 * as maps of strings, booleans and lists, so that one template per part serves both languages and
 * holds layout only. The fixed words are {@code t.*} (and {@code p.*}, padded for the text part's
 * column) from the bundle {@code words/digest_<lang>.properties}; a sentence with values in it, or
 * with clauses that depend on the report, is finished here from that bundle's patterns (see
 * {@link MailWords#text}), one pattern per case. A value that does not apply is absent, so its line
 * does not render. The day-by-day bars are {@link DigestBars}.
 *
 * <p>Over 300 lines: the digest's view is the finished sentences of one mail, each built from a
 * bundle pattern for its case (quiet week, coverage, counts, open incidents, bars), so that one
 * template serves both languages; the bars are in {@link DigestBars}.
 */
final class DigestView {
  /**
   * The most open incidents (the latest started) and changes still to come (the first to take
   * effect) one digest lists; a sentence counts the rest. Mail clients clip long messages (Gmail
   * from 102 KB of HTML) and a page that never closes its incidents would otherwise make every
   * week's digest longer. The dashboard lists them all; violations and the week's posts are never
   * cut.
   */
  static final int LISTED = 20;

  private DigestView() {}

  static Map<String, Object> of(DigestReport report, Words words, String subject,
      String unsubscribe, DigestTemplates.PageHealth health) {
    MailWords mail = MailWords.digest(words.language());
    Map<String, Object> view = new HashMap<>();
    view.put("t", mail.labels());
    view.put("p", mail.padded());
    Map<String, String> days = new HashMap<>();
    for (DayState state : DayState.values()) {
      days.put(state.name(), words.dayState(state));
    }
    view.put("day", days);
    String week = String.valueOf(report.week().number());
    String range = range(report, words);
    Map<String, String> weekRange = Map.of("week", week, "range", range);
    if (health.failedPolls() > 0) {
      view.put("failing", mail.count("failing", health.failedPolls()));
    }
    view.put("subject", subject);
    view.put("unsubscribe", unsubscribe);
    view.put("unsubscribeHref", "mailto:" + unsubscribe + "?subject=unsubscribe");
    view.put("title", mail.text("title", weekRange));
    view.put("range", range);
    view.put("asOf", mail.text("full.asOf", Map.of("asOf", words.when(report.asOf()))));
    view.put(report.quiet() ? "quiet" : "full", true);
    quiet(view, report, words, mail, health, weekRange);
    int posts = report.weekPosts().stream().mapToInt(g -> g.posts().size()).sum();
    view.put("summary", mail.text("full.summary", Map.of("week", week, "range", range,
        "counts", mail.count("count.posts", posts) + ", " + counts(report, words))));
    view.put("violationsBanner", mail.word("violations").toUpperCase(words.locale()));
    view.put("headPosts", mail.text("head.posts", weekRange));
    list(view, "violations", report.violations().stream().map(v -> violation(v, words)).toList());
    list(view, "groups", report.weekPosts().stream().map(g -> group(g, words)).toList());
    List<DigestReport.OpenIncident> open = report.openIncidents();
    int olderOpen = Math.max(0, open.size() - LISTED);
    list(view, "openIncidents", open.subList(olderOpen, open.size()).stream()
        .map(o -> open(o, words, mail)).toList());
    if (olderOpen > 0) {
      view.put("moreOpen", mail.count("more.open", olderOpen));
    }
    list(view, "windows",
        report.upcomingWindows().stream().map(w -> window(w, words)).toList());
    List<DigestReport.UpcomingChange> changes = report.upcomingChanges();
    list(view, "changes", changes.stream().limit(LISTED).map(c -> change(c, words)).toList());
    if (changes.size() > LISTED) {
      view.put("moreChanges", mail.count("more.changes", changes.size() - LISTED));
    }
    view.put("headWindows", mail.text("head.windows",
        Map.of("days", String.valueOf(DigestReport.HORIZON_DAYS))));
    view.put("windowsAttachment", mail.text("windows.attachment",
        Map.of("file", MailMessages.PUBLISHED_FILE)));
    scoreboard(view, report.scoreboard(), report, words, mail);
    view.put("bars", report.bars().stream().map(b -> DigestBars.bar(b, words, mail)).toList());
    return view;
  }

  /** What a quiet digest says about its week and about reading the page. */
  private static void quiet(Map<String, Object> view, DigestReport report, Words words,
      MailWords mail, DigestTemplates.PageHealth health, Map<String, String> weekRange) {
    Map<String, String> values = new HashMap<>(weekRange);
    String read;
    if (health.lastRead() == null) {
      read = "quiet.never";
    } else {
      values.put("lastRead", words.when(health.lastRead()));
      // a past week is told as of its end: what was open and coming then, not now
      read = report.leftOut() > 0 ? "quiet.read"
          : report.asOf().isBefore(health.lastRead()) ? "quiet.read.then" : "quiet.read.now";
    }
    view.put("quietRead", mail.text(read, values));
    if (report.leftOut() == 0) {
      view.put("quietWeek", mail.text("quiet.page", weekRange));
    } else {
      values.put("leftOut", mail.count("count.posts", report.leftOut()));
      view.put("quietWeek", mail.text("quiet.leftOut", values));
    }
  }

  /** The subject's counts: "2 storingen, 1 schending" / "2 incidents, 1 violation". */
  static String counts(DigestReport report, Words words) {
    MailWords mail = MailWords.digest(words.language());
    return mail.count("count.incidents", report.incidentCount()) + ", "
        + mail.count("count.violations", report.violations().size());
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

  private static Map<String, Object> open(DigestReport.OpenIncident open, Words words,
      MailWords mail) {
    Map<String, Object> entry = post(open.post().judged(), words);
    classification(entry, open.post().judged().classification(), words);
    entry.put("startedFor", mail.text("open.started", Map.of("started",
        words.when(open.started()), "openFor", words.span(open.open()))));
    Restoration.TargetResult next = open.next();
    if (next != null) {
      entry.put("next", mail.text("open.next", Map.of("target", words.target(next.target()),
          "deadline", words.when(next.deadline()))));
    } else {
      // in the HTML a phrase beside its label, in the text a sentence of its own
      String key = open.targets().isEmpty() ? "noPriority" : "allPassed";
      String phrase = mail.word("open." + key);
      entry.put(key, phrase);
      entry.put(key + "Line", DigestBars.sentence(phrase));
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
      DigestReport report, Words words, MailWords mail) {
    String period = words.days(board.from(), board.to());
    Map<String, String> days = Map.of("days", String.valueOf(board.from()
        .datesUntil(board.to().plusDays(1)).count()), "period", period);
    view.put("period", period);
    view.put("quietAvailability", mail.text("quiet.availability", days));
    view.put("headLevels", mail.text("head.levels", days));
    view.put("headDays", mail.text("head.days", days));
    view.put("perDay", mail.text("days.perDay", days));
    List<Map<String, Object>> availability = new ArrayList<>();
    for (Availability.Result r : board.rolling()) {
      Map<String, Object> row = new HashMap<>();
      row.put("service", words.service(r.service()));
      row.put("norm", words.norm(r.norm()));
      if (!r.hasData()) {
        // never 100% for days statuswacht did not observe: no figure, and it says so
        row.put("availability", mail.word("levels.noData"));
        row.put("reached", mail.word("levels.notObserved"));
        row.put("noData", true);
        for (String figure : List.of("used", "budget", "left", "degraded", "planned")) {
          row.put(figure, "—");
        }
        row.put("coverShort", mail.word("levels.notObserved"));
        row.put("coverShare", mail.word("levels.notObserved"));
        row.put("coverLine", mail.word("levels.noDataLine"));
        availability.add(row);
        continue;
      }
      row.put("availability", words.percent(r.availability(), 2));
      row.put("reached", words.reached(r.met()));
      row.put(r.met() ? "normMet" : "normMissed", true);
      row.put("hasData", true);
      Map<String, String> figures = Map.of("used", words.duration(r.unplanned()),
          "budget", words.duration(r.budget()), "left", words.duration(r.budgetLeft()),
          "degraded", words.duration(r.degraded()), "planned", words.duration(r.planned()));
      row.putAll(figures);
      row.put("usedLine", mail.text("levels.used", figures));
      row.put("restLine", mail.text("levels.rest", figures));
      Map<String, String> coverage = Map.of("from", words.when(r.coveredFrom()),
          "to", words.when(r.coveredTo()), "share", words.percent(r.coverage(), 1));
      row.put("coverShort", mail.text("levels.coverShort", coverage));
      row.put("coverShare", coverage.get("share"));
      row.put("coverLine", mail.text("levels.coverLine", coverage));
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
      if (board.observed()) {
        row.put("reached", words.reached(score.reached()));
        row.put(score.reached() ? "isReached" : "isMissed", true);
      } else {
        // no incident seen in days nobody watched is no target met
        row.put("reached", mail.word("levels.noData"));
        row.put("share", "—");
        row.put("noData", true);
      }
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
