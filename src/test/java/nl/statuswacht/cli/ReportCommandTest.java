package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.StatusSite;
import nl.statuswacht.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statuswacht report} over the KVK site, polled into a fresh database. */
class ReportCommandTest {
  @TempDir Path dir;
  private Map<String, String> env;

  private String run(String... args) {
    Cli.Result result = Cli.run(env, args);
    assertThat(result.exit()).as(result.err()).isZero();
    return result.out();
  }

  @BeforeEach
  void pollTheKvkSite() throws Exception {
    try (StatusSite site = new StatusSite()) {
      site.atom("/history.atom", Fixtures.text("kvk/site/history.atom"));
      env = Map.of("STATUSWACHT_SOURCE", site.root().toString(),
          "STATUSWACHT_DATA_DIR", dir.toString());
      run("poll");
    }
  }

  @Test
  void theScoreboardOf2025HasTheFourViolationsAndTheRestorationScores() throws Exception {
    JsonNode report = new ObjectMapper().readTree(
        run("report", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "json"));

    List<String> violations = new ArrayList<>();
    for (JsonNode verdict : report.get("verdicts")) {
      if (verdict.get("outcome").asText().equals("VIOLATION")) {
        violations.add(verdict.get("post").asText() + " " + verdict.get("rule").asText());
      }
    }
    assertThat(violations).as("d19 is the calendar for 2025, published in December 2024")
        .containsExactlyInAnyOrder("d02 RESTORATION", "d07 MAINTENANCE_WINDOW",
            "d08 MAINTENANCE_NOTICE", "d14 CHANGE_NOTICE");
    assertThat(score(report, "P1", "100% within 1 business day")).isEqualTo("2/2 true");
    assertThat(score(report, "P2", "100% within 2 business days")).isEqualTo("0/1 false");
    assertThat(score(report, "P3", "40% within 1 business day")).isEqualTo("0/1 false");
    assertThat(score(report, "P3", "95% within 5 business days")).isEqualTo("1/1 true");
    JsonNode q3api = null;
    for (JsonNode quarter : report.get("quarters")) {
      if (quarter.get("service").asText().equals("KVK_API")
          && quarter.get("from").asText().startsWith("2025-07-01")) {
        q3api = quarter;
      }
    }
    assertThat(q3api.get("unplannedMinutes").asLong()).as("d01: 08:25–10:05").isEqualTo(100);
  }

  @Test
  void aYearWithoutACalendarBeforeNewYearIsAFindingOfItsOwn() throws Exception {
    JsonNode report = new ObjectMapper().readTree(
        run("report", "--from", "2025-12-01", "--to", "2026-01-31", "--format", "json"));

    List<String> calendar = new ArrayList<>();
    for (JsonNode verdict : report.get("verdicts")) {
      if (verdict.get("rule").asText().equals("ANNUAL_CALENDAR")) {
        calendar.add(verdict.get("post").asText() + " " + verdict.get("outcome").asText());
      }
    }
    assertThat(calendar).containsExactly("calendar-2026 VIOLATION");
  }

  @Test
  void textCsvAndHtmlSayTheSame() {
    String text = run("report", "--from", "2025-01-01", "--to", "2025-12-31");
    String csv = run("report", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "csv");
    String html = run("report", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "html");

    assertThat(text).contains("Violations: 4")
        .contains("P2 100% within 2 business days  0/1 (0%) — norm 100% — NOT MET");
    assertThat(csv.split("\r\n")[0]).isEqualTo(
        "post,title,link,first_seen,announced,rule,outcome,required,actual,reason");
    assertThat(csv).contains("\"d14\",\"Grote wijziging: nieuw certificaat verplicht voor KVK"
        + " Dataservice\"");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h3>Restoration</h3>")
        .contains("<style>", "KVK service levels, 2025-01-01 to 2025-12-31")
        .doesNotContain("<script", "/static/", "<form");
  }

  private static String score(JsonNode report, String priority, String target) {
    for (JsonNode score : report.get("restoration")) {
      if (score.get("priority").asText().equals(priority)
          && score.get("target").asText().equals(target)) {
        return score.get("met").asInt() + "/" + score.get("total").asInt() + " "
            + score.get("reached").asBoolean();
      }
    }
    throw new AssertionError("no " + priority + " " + target);
  }

  /**
   * The KVK site's oldest post is from 2024; statuswacht first read it today. A quarter of 2020
   * was never observed: no figure and no verdict, where it used to say 100.000% — MET.
   */
  @Test
  void aPeriodThatWasNeverObservedSaysNoDataInsteadOf100Percent() throws Exception {
    String text = run("report", "--from", "2020-01-01", "--to", "2020-03-31");
    JsonNode json = new ObjectMapper().readTree(
        run("report", "--from", "2020-01-01", "--to", "2020-03-31", "--format", "json"));
    String html = run("report", "--from", "2020-01-01", "--to", "2020-03-31", "--format", "html");

    assertThat(text).doesNotContain("100.000%").doesNotContain(" MET")
        .contains("KVK_API            2020-01-02–2020-04-01  no data (norm 99%): not observed")
        .contains("none of the period")
        .contains("P1 95% within 4 hours           no data — norm 95%");
    assertThat(json.get("coverage").get("observed").asBoolean()).isFalse();
    assertThat(json.get("coverage").get("from").asText()).startsWith("20");
    for (String figures : List.of("availability", "quarters")) {
      for (JsonNode r : json.get(figures)) {
        assertThat(r.get("availability").isNull()).as("%s", r).isTrue();
        assertThat(r.get("met").isNull()).isTrue();
        assertThat(r.get("observed").asBoolean()).isFalse();
        assertThat(r.get("coverage").asDouble()).isZero();
        assertThat(r.get("coveredFrom").isNull()).isTrue();
      }
    }
    for (JsonNode s : json.get("restoration")) {
      assertThat(s.get("reached").isNull()).as("%s", s).isTrue();
    }
    assertThat(html).contains("<td>no data</td>").doesNotContain("100.000%");
  }

  /** A database with nothing read yet: every figure is "no data". */
  @Test
  void aPageNeverReadHasNoFigures() throws Exception {
    env = Map.of("STATUSWACHT_SOURCE", "http://127.0.0.1:9/", "STATUSWACHT_DATA_DIR",
        dir.resolve("fresh").toString());

    String text = run("report", "--to", "2026-03-31");
    JsonNode json = new ObjectMapper().readTree(run("report", "--to", "2026-03-31",
        "--format", "json"));

    assertThat(text).contains("Observed: nothing (the page was never read)")
        .doesNotContain("%) MET").doesNotContain("100.000%");
    assertThat(json.get("coverage").get("from").isNull()).isTrue();
    assertThat(json.get("availability")).allMatch(r -> r.get("availability").isNull());
  }

  /** Observed from the oldest post the page shows to the last read, beside every figure. */
  @Test
  void the2025FiguresSayTheyWereObservedWhole() throws Exception {
    JsonNode json = new ObjectMapper().readTree(
        run("report", "--from", "2025-07-01", "--to", "2025-09-30", "--format", "json"));
    String text = run("report", "--from", "2025-07-01", "--to", "2025-09-30");

    for (JsonNode r : json.get("quarters")) {
      assertThat(r.get("observed").asBoolean()).isTrue();
      assertThat(r.get("coverage").asDouble()).as("%s", r).isEqualTo(1.0);
    }
    assertThat(text).contains("(100.0% of the period)");
  }
}
