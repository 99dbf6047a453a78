package nl.statuswacht.pages;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.digest.DigestPost;
import nl.statuswacht.digest.DigestReport;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.rules.Availability;
import nl.statuswacht.rules.Restoration;
import nl.statuswacht.rules.Rules;
import nl.statuswacht.rules.Scoreboard;
import nl.statuswacht.store.WebQueries;
import nl.statuswacht.words.VerdictWords;

/**
 * The pages as Mustache views: the dashboard, a post, the report — served by {@code
 * nl.statuswacht.web}, and the report also written by {@code statuswacht report --format html} as
 * one file with its style sheet inside. Every value is escaped by the templates ({@code {{ }}});
 * only that style sheet, statuswacht's own, is written raw. Times are Europe/Amsterdam.
 *
 * <p>Over 300 lines: the views of the three pages (dashboard, post, report) and their shared
 * pieces (times, targets, verdict words, the scoreboard), one method per part of a page.
 */
public final class Pages {
  /** Where the style sheet and the script lie on the class path (the server's {@code /static}). */
  public static final String STATIC = "/nl/statuswacht/pages/static";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessCalendar.AMSTERDAM);
  private static final VerdictWords EN = VerdictWords.ENGLISH;

  private final Mustache dashboard;
  private final Mustache post;
  private final Mustache report;

  public Pages() {
    DefaultMustacheFactory factory = new DefaultMustacheFactory("nl/statuswacht/pages/templates");
    dashboard = factory.compile("dashboard.mustache");
    post = factory.compile("post.mustache");
    report = factory.compile("report.mustache");
  }

  private static String run(Mustache template, Map<String, Object> view) {
    StringWriter out = new StringWriter();
    template.execute(out, view);
    return out.toString();
  }

  public static String time(Instant instant) {
    return instant == null ? "unknown" : TIME.format(instant);
  }

  /** "2d 3h 05m", "3h 05m", "5m"; negative durations as "overdue". */
  /** "1h05m", as {@code statuswacht report} writes durations. */
  static String hours(Duration d) {
    return d.toHours() + "h" + String.format(Locale.ROOT, "%02d", d.toMinutesPart()) + "m";
  }

  public static String remaining(Duration d) {
    if (d.isNegative()) {
      return "overdue by " + remaining(d.negated());
    }
    long days = d.toDays();
    String hm = String.format(Locale.ROOT, "%dh %02dm", d.toHoursPart(), d.toMinutesPart());
    return days > 0 ? days + "d " + hm : d.toHours() > 0 ? hm : d.toMinutesPart() + "m";
  }

  /** A restoration target worded by the words bundle: "95% within 4 hours". */
  private static String target(nl.statuswacht.rules.Policy.Target t) {
    return EN.target(new nl.statuswacht.model.VerdictDetail.Target(t.percent(), t.amount(),
        t.unit() == nl.statuswacht.rules.Policy.Unit.BUSINESS_DAYS));
  }

  private static String link(Map<String, Long> ids, String key) {
    Long id = ids.get(key);
    return id == null ? null : "/posts/" + id;
  }

  public String dashboard(DigestReport digest, Scoreboard.Board board, Map<String, Long> ids,
      List<String> notReady, Instant now) {
    Map<String, Object> view = new HashMap<>();
    view.put("now", time(now));
    view.put("nowIso", now.toString());
    view.put("notReady", notReady);
    List<Map<String, Object>> open = new ArrayList<>();
    for (DigestReport.OpenIncident incident : digest.openIncidents()) {
      Map<String, Object> row = postRow(incident.post(), ids);
      row.put("started", time(incident.started()));
      row.put("open", remaining(incident.open()));
      Restoration.TargetResult next = incident.next();
      if (next != null) {
        row.put("target", target(next.target()));
        row.put("deadline", time(next.deadline()));
        row.put("deadlineIso", next.deadline().toString());
        row.put("remaining", remaining(Duration.between(now, next.deadline())));
      }
      open.add(row);
    }
    view.put("open", open);
    List<Map<String, Object>> windows = new ArrayList<>();
    for (DigestPost p : digest.upcomingWindows()) {
      Map<String, Object> row = postRow(p, ids);
      Classification c = p.judged().classification();
      row.put("start", time(c.window().start()));
      row.put("end", time(c.window().end()));
      windows.add(row);
    }
    view.put("windows", windows);
    List<Map<String, Object>> changes = new ArrayList<>();
    for (DigestReport.UpcomingChange change : digest.upcomingChanges()) {
      Map<String, Object> row = postRow(change.post(), ids);
      row.put("effective", String.valueOf(change.post().judged().classification()
          .effectiveDate()));
      if (change.notice() != null) {
        row.put("notice", verdict(change.notice()));
      }
      changes.add(row);
    }
    view.put("changes", changes);
    view.put("violations", findings(board.violations(), ids));
    view.put("board", board(board));
    List<Map<String, Object>> bars = new ArrayList<>();
    for (DigestReport.Bar bar : digest.bars()) {
      List<Map<String, Object>> days = new ArrayList<>();
      for (DigestReport.Day day : bar.days()) {
        days.add(Map.of("date", day.date().toString(),
            "state", day.state().name().toLowerCase(Locale.ROOT)));
      }
      bars.add(Map.of("service", bar.service().name(), "days", days));
    }
    view.put("bars", bars);
    for (String list : List.of("open", "windows", "changes", "violations", "notReady")) {
      view.put("any_" + list, !((List<?>) view.get(list)).isEmpty());
    }
    view.put("pageTitle", "statuswacht — dashboard");
    return run(dashboard, view);
  }

  private static Map<String, Object> postRow(DigestPost p, Map<String, Long> ids) {
    Map<String, Object> row = new HashMap<>();
    Scoreboard.Judged j = p.judged();
    row.put("title", j.title());
    row.put("href", link(ids, j.key()));
    row.put("source", j.link());
    Classification c = j.classification();
    row.put("priority", c == null || c.priority() == null ? null : c.priority().name());
    row.put("category", c == null || c.category() == null ? "UNKNOWN" : c.category().name());
    return row;
  }

  private static Map<String, Object> verdict(Verdict v) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("rule", v.rule().name());
    row.put("outcome", v.outcome().name());
    row.put("outcomeClass", v.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    row.put("required", EN.required(v));
    row.put("actual", EN.actual(v));
    row.put("reason", EN.reason(v));
    row.put("reasonNl", VerdictWords.DUTCH.reason(v));
    return row;
  }

  private static List<Map<String, Object>> findings(List<Scoreboard.Finding> findings,
      Map<String, Long> ids) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Scoreboard.Finding f : findings) {
      Map<String, Object> row = verdict(f.verdict());
      row.put("title", f.post().title());
      row.put("href", link(ids, f.post().key()));
      row.put("source", f.post().link());
      row.put("announced", time(f.post().announced()));
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> board(Scoreboard.Board board) {
    Map<String, Object> view = new HashMap<>();
    view.put("from", board.from().toString());
    view.put("to", board.to().toString());
    view.put("observed", board.observed());
    view.put("rolling", availability(board.rolling()));
    view.put("quarters", availability(board.quarters()));
    List<Map<String, Object>> restoration = new ArrayList<>();
    for (Scoreboard.TargetScore s : board.restoration()) {
      restoration.add(Map.of("priority", s.priority().name(), "target", target(s.target()),
          "met", s.met(), "total", s.total(),
          "share", String.format(Locale.ROOT, "%.0f%%", s.share() * 100),
          "noData", !board.observed(), "reached", board.observed() && s.reached()));
    }
    view.put("restoration", restoration);
    return view;
  }

  private static List<Map<String, Object>> availability(List<Availability.Result> results) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Availability.Result r : results) {
      Map<String, Object> row = new HashMap<>();
      row.put("service", r.service().name());
      row.put("from", time(r.from()).substring(0, 10));
      row.put("to", time(r.to().minusSeconds(1)).substring(0, 10)); // its end is exclusive
      // a period statuswacht did not observe has no figure: "no data", never 100%
      row.put("availability", r.hasData()
          ? String.format(Locale.ROOT, "%.3f%%", r.availability() * 100) : "no data");
      row.put("norm", String.format(Locale.ROOT, "%.1f%%", r.norm() * 100));
      row.put("noData", !r.hasData());
      row.put("met", r.hasData() && r.met());
      row.put("observed", String.format(Locale.ROOT, "%.1f%%", r.coverage() * 100));
      row.put("unplanned", hours(r.unplanned()));
      row.put("budgetLeft", hours(r.budgetLeft()));
      row.put("degraded", hours(r.degraded()));
      row.put("planned", hours(r.planned()));
      rows.add(row);
    }
    return rows;
  }

  public String post(WebQueries.PostHistory history,
      Map<String, WebQueries.EvidenceInfo> evidence, Rules rules, Instant now) {
    Map<String, Object> view = new HashMap<>();
    WebQueries.Version current = history.current();
    view.put("title", current.title());
    view.put("key", history.key());
    view.put("firstSeen", time(history.firstSeen()));
    view.put("lastSeen", time(history.lastSeen()));
    view.put("now", time(now));
    view.put("nowIso", now.toString());
    List<Map<String, Object>> versions = new ArrayList<>();
    List<WebQueries.Version> newestFirst = new ArrayList<>(history.versions());
    java.util.Collections.reverse(newestFirst);
    for (WebQueries.Version v : newestFirst) {
      Map<String, Object> row = new HashMap<>();
      row.put("version", v.version());
      row.put("current", v.version() == history.currentVersion());
      row.put("seenAt", time(v.seenAt()));
      row.put("title", v.title());
      row.put("link", v.link());
      row.put("published", time(v.published()));
      row.put("updated", time(v.updated()));
      row.put("announced", time(v.announced()));
      row.put("status", v.latestStatus());
      row.put("body", v.body());
      Classification c = v.classification();
      List<Map<String, Object>> fields = new ArrayList<>();
      field(fields, "category", c.category());
      field(fields, "downtime", c.downtime());
      field(fields, "services", c.services());
      field(fields, "priority", c.priority());
      field(fields, "impact class", c.impactClass());
      field(fields, "window", c.window() == null ? null
          : time(c.window().start()) + " – " + time(c.window().end()));
      field(fields, "effective date", c.effectiveDate());
      field(fields, "started", c.started() == null ? null : time(c.started()));
      field(fields, "resolved", c.resolved() == null ? null : time(c.resolved()));
      row.put("fields", fields);
      List<String> because = v.evidence() == null || v.evidence().isBlank() ? List.of()
          : List.of(v.evidence().split("\n"));
      row.put("evidence", because);
      List<Map<String, Object>> verdicts = new ArrayList<>();
      for (Verdict verdict : rules.judge(c, v.noticeFrom(), now)) {
        verdicts.add(verdict(verdict));
      }
      row.put("verdicts", verdicts);
      List<Map<String, Object>> timeline = new ArrayList<>();
      for (PostUpdate u : v.updates()) {
        timeline.add(Map.of("at", time(u.at()), "status", u.status(), "text", u.text()));
      }
      row.put("timeline", timeline);
      List<Map<String, Object>> documents = new ArrayList<>();
      if (v.evidenceSha() != null) {
        for (String sha : v.evidenceSha().trim().split("[,\\s]+")) {
          WebQueries.EvidenceInfo info = evidence.get(sha);
          Map<String, Object> doc = new HashMap<>();
          doc.put("sha", sha);
          doc.put("href", "/evidence/" + sha);
          if (info != null) {
            doc.put("url", info.url());
            doc.put("fetched", time(info.firstFetchedAt()));
            doc.put("type", info.contentType());
            doc.put("size", info.size());
          }
          documents.add(doc);
        }
      }
      row.put("documents", documents);
      versions.add(row);
    }
    view.put("versions", versions);
    view.put("pageTitle", "statuswacht — " + current.title());
    return run(post, view);
  }

  private static void field(List<Map<String, Object>> fields, String name, Object value) {
    fields.add(Map.of("name", name, "value", value == null ? "unknown" : value.toString()));
  }

  public String report(Scoreboard.Board board, Map<String, Long> ids, Instant now) {
    return report(board, ids, now, null);
  }

  /**
   * The report as one file to keep or print, for {@code statuswacht report --format html}: its
   * style sheet inside, no navigation, no script, no links to the dashboard.
   */
  public String standaloneReport(Scoreboard.Board board, Instant now) {
    return report(board, Map.of(), now, css());
  }

  private static String css() {
    try (java.io.InputStream in = Pages.class.getResourceAsStream(STATIC + "/style.css")) {
      if (in == null) {
        throw new IllegalStateException("pages: " + STATIC + "/style.css is missing");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String report(Scoreboard.Board board, Map<String, Long> ids, Instant now,
      String css) {
    Map<String, Object> view = new HashMap<>();
    if (css != null) {
      view.put("standalone", true);
      view.put("css", css);
    }
    view.put("now", time(now));
    view.put("nowIso", now.toString());
    view.put("board", board(board));
    view.put("from", board.from().toString());
    view.put("to", board.to().toString());
    view.put("verdicts", findings(board.verdicts(), ids));
    view.put("violations", board.violations().size());
    view.put("any_verdicts", !board.verdicts().isEmpty());
    view.put("pageTitle", "KVK service levels, " + board.from() + " to " + board.to());
    return run(report, view);
  }
}
