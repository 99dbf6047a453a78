package nl.statuswacht.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.statuswacht.pages.Pages;
import nl.statuswacht.rules.Availability;
import nl.statuswacht.rules.Scoreboard;
import nl.statuswacht.words.VerdictWords;

/** The scoreboard as text, JSON, CSV (one row per verdict) or the dashboard's report page. */
public final class ReportOutput {
  /** Jackson, made when JSON is asked for: the text report never loads it. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private ReportOutput() {}

  static String render(Scoreboard.Board board, String format, Instant asOf) {
    return switch (format) {
      case "json" -> json(board);
      case "csv" -> csv(board);
      case "html" -> html(board, asOf);
      default -> text(board);
    };
  }

  static String text(Scoreboard.Board board) {
    StringBuilder out = new StringBuilder();
    out.append("KVK service levels, ").append(board.from()).append(" to ").append(board.to())
        .append("\n").append(coverageLine(board))
        .append("\nAvailability (rolling period ending ").append(board.to()).append(")\n");
    board.rolling().forEach(r -> out.append(availability(r)));
    out.append("\nAvailability per quarter\n");
    board.quarters().forEach(r -> out.append(availability(r)));
    out.append("\nRestoration (incidents that started in the period; ")
        .append(board.observed() ? "observed " + span(board.covered()) : "not observed")
        .append(")\n");
    for (Scoreboard.TargetScore s : board.restoration()) {
      out.append(board.observed()
          ? String.format(Locale.ROOT, "  %s %-28s %d/%d (%.0f%%) — norm %d%% — %s%n",
              s.priority(), s.target().describe(), s.met(), s.total(), s.share() * 100,
              s.target().percent(), s.reached() ? "MET" : "NOT MET")
          : String.format(Locale.ROOT, "  %s %-28s no data — norm %d%%%n", s.priority(),
              s.target().describe(), s.target().percent()));
    }
    out.append("\nVerdicts of posts announced in the period\n");
    if (board.verdicts().isEmpty()) {
      out.append("  none\n");
    }
    for (Scoreboard.Finding f : board.verdicts()) {
      out.append("  ").append(f.verdict().outcome()).append("  ").append(f.verdict().rule())
          .append("  ").append(f.post().title()).append('\n')
          .append("      ").append(VerdictWords.ENGLISH.reason(f.verdict())).append('\n');
    }
    out.append("\nViolations: ").append(board.violations().size()).append('\n');
    for (Scoreboard.Finding f : board.violations()) {
      out.append("  ").append(f.verdict().rule()).append(": ").append(f.post().title())
          .append("\n      link: ").append(f.post().link())
          .append("\n      first seen by statuswacht: ").append(f.post().firstSeen())
          .append(", announced: ").append(f.post().announced())
          .append("\n      required: ").append(VerdictWords.ENGLISH.required(f.verdict()))
          .append("\n      actual: ").append(VerdictWords.ENGLISH.actual(f.verdict())).append('\n');
    }
    return out.toString();
  }

  private static String availability(Availability.Result r) {
    if (!r.hasData()) {
      return String.format(Locale.ROOT, "  %-18s %s–%s  no data (norm %.0f%%): not observed%n",
          r.service(), day(r.from()), day(r.to()), r.norm() * 100);
    }
    return String.format(Locale.ROOT,
        "  %-18s %s–%s  %.3f%% (norm %.0f%%) %s; unplanned %s, budget %s, left %s; degraded %s;"
            + " planned %s; observed %s (%s of the period)%n",
        r.service(), day(r.from()), day(r.to()), r.availability() * 100, r.norm() * 100,
        r.met() ? "MET" : "NOT MET", hours(r.unplanned()), hours(r.budget()),
        hours(r.budgetLeft()), hours(r.degraded()), hours(r.planned()),
        span(new Availability.Coverage(r.coveredFrom(), r.coveredTo())), share(r.coverage()));
  }

  /** What statuswacht can speak for, on a line of its own. */
  private static String coverageLine(Scoreboard.Board board) {
    if (board.coverage().none()) {
      return "Observed: nothing (the page was never read): no figure below is known\n";
    }
    return "Observed: " + span(board.coverage()) + " (from the oldest post the page shows or"
        + " the first read, to the last read); "
        + (board.observed() ? "in the period " + span(board.covered()) : "none of the period")
        + "\n";
  }

  private static String day(Instant instant) {
    return ClassifyOutput.instant(instant).substring(0, 10);
  }

  /** [from, to) to the minute in Amsterdam time. */
  static String span(Availability.Coverage c) {
    return ClassifyOutput.instant(c.from()).substring(0, 16).replace('T', ' ') + " – "
        + ClassifyOutput.instant(c.to()).substring(0, 16).replace('T', ' ');
  }

  private static String share(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  public static String hours(Duration d) {
    return d.toHours() + "h" + String.format(Locale.ROOT, "%02d", d.toMinutesPart()) + "m";
  }

  public static String json(Scoreboard.Board board) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("from", board.from().toString());
    root.put("to", board.to().toString());
    ObjectNode coverage = root.putObject("coverage");
    coverage.put("from", board.coverage().none() ? null
        : ClassifyOutput.instant(board.coverage().from()));
    coverage.put("to", board.coverage().none() ? null
        : ClassifyOutput.instant(board.coverage().to()));
    coverage.put("periodFrom", board.observed()
        ? ClassifyOutput.instant(board.covered().from()) : null);
    coverage.put("periodTo", board.observed()
        ? ClassifyOutput.instant(board.covered().to()) : null);
    coverage.put("observed", board.observed());
    availabilityJson(root.putArray("availability"), board.rolling());
    availabilityJson(root.putArray("quarters"), board.quarters());
    ArrayNode restoration = root.putArray("restoration");
    for (Scoreboard.TargetScore s : board.restoration()) {
      ObjectNode n = restoration.addObject();
      n.put("priority", s.priority().name());
      n.put("target", s.target().describe());
      n.put("met", s.met());
      n.put("total", s.total());
      n.put("share", s.share());
      n.put("norm", s.target().percent() / 100.0);
      if (board.observed()) {
        n.put("reached", s.reached());
      } else {
        n.putNull("reached");
      }
      n.put("observed", board.observed());
    }
    ArrayNode verdicts = root.putArray("verdicts");
    for (Scoreboard.Finding f : board.verdicts()) {
      ObjectNode n = verdicts.addObject();
      n.put("post", f.post().key());
      n.put("title", f.post().title());
      n.put("link", f.post().link());
      n.put("firstSeen", ClassifyOutput.instant(f.post().firstSeen()));
      n.put("announced", ClassifyOutput.instant(f.post().announced()));
      n.put("rule", f.verdict().rule().name());
      n.put("outcome", f.verdict().outcome().name());
      n.put("required", VerdictWords.ENGLISH.required(f.verdict()));
      n.put("actual", VerdictWords.ENGLISH.actual(f.verdict()));
      n.put("reason", VerdictWords.ENGLISH.reason(f.verdict()));
      n.put("reasonNl", VerdictWords.DUTCH.reason(f.verdict()));
    }
    try {
      return Json.MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report: cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static void availabilityJson(ArrayNode array, List<Availability.Result> results) {
    for (Availability.Result r : results) {
      ObjectNode n = array.addObject();
      n.put("service", r.service().name());
      n.put("from", ClassifyOutput.instant(r.from()));
      n.put("to", ClassifyOutput.instant(r.to()));
      if (r.hasData()) {
        n.put("availability", r.availability());
      } else {
        n.putNull("availability");
      }
      n.put("norm", r.norm());
      if (r.hasData()) {
        n.put("met", r.met());
      } else {
        n.putNull("met");
      }
      n.put("observed", r.hasData());
      n.put("coveredFrom", ClassifyOutput.instant(r.coveredFrom()));
      n.put("coveredTo", ClassifyOutput.instant(r.coveredTo()));
      n.put("coveredMinutes", r.covered().toMinutes());
      n.put("coverage", r.coverage());
      n.put("unplannedMinutes", r.unplanned().toMinutes());
      n.put("budgetMinutes", r.budget().toMinutes());
      n.put("budgetLeftMinutes", r.budgetLeft().toMinutes());
      n.put("degradedMinutes", r.degraded().toMinutes());
      n.put("plannedMinutes", r.planned().toMinutes());
    }
  }

  /** One row per verdict, RFC 4180 quoting. */
  static String csv(Scoreboard.Board board) {
    StringBuilder out = new StringBuilder(
        "post,title,link,first_seen,announced,rule,outcome,required,actual,reason\r\n");
    for (Scoreboard.Finding f : board.verdicts()) {
      out.append(String.join(",", List.of(f.post().key(), f.post().title(),
          String.valueOf(f.post().link()), ClassifyOutput.instant(f.post().firstSeen()),
          String.valueOf(ClassifyOutput.instant(f.post().announced())), f.verdict().rule().name(),
          f.verdict().outcome().name(), String.valueOf(VerdictWords.ENGLISH.required(f.verdict())),
          String.valueOf(VerdictWords.ENGLISH.actual(f.verdict())), VerdictWords.ENGLISH.reason(f.verdict())).stream()
          .map(ReportOutput::quote).toList())).append("\r\n");
    }
    return out.toString();
  }

  private static String quote(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** The report page the dashboard serves at {@code /report}, as one file with its style. */
  static String html(Scoreboard.Board board, Instant asOf) {
    return new Pages().standaloneReport(board, asOf);
  }
}
