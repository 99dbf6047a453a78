package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.statuswacht.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code statuswacht classify} on saved documents: the JSON contract of the README. */
class ClassifyCommandTest {
  @TempDir Path dir;

  private record Result(int exit, String out, String err) {}

  private Result classify(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine(Map.of());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of("classify"));
    all.addAll(List.of(args));
    return new Result(commandLine.execute(all.toArray(String[]::new)), out.toString(),
        err.toString());
  }

  private Path fixture(String path) throws IOException {
    Path file = dir.resolve(Path.of(path).getFileName());
    Files.write(file, Fixtures.bytes(path));
    return file;
  }

  @Test
  void jsonFollowsTheContractWithEveryFieldInAmsterdamTimeAndUnknownsNull() throws Exception {
    Result result = classify(fixture("kvk/site/history.atom").toString());

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(result.out());
    assertThat(root.get("format").asText()).isEqualTo("atom_1.0");
    assertThat(root.get("posts")).hasSize(20);
    JsonNode d01 = null;
    for (JsonNode post : root.get("posts")) {
      if (post.get("link").asText().endsWith("/incidents/d01")) {
        d01 = post;
      }
    }
    assertThat(d01).isNotNull();
    assertThat(d01.get("id").asText()).isEqualTo("tag:status.kvk.nl,2005:Incident/1000");
    assertThat(d01.get("title").asText()).isEqualTo("Storing: KVK API's niet bereikbaar");
    assertThat(d01.get("published").asText()).isEqualTo("2025-09-15T10:05:00+02:00");
    assertThat(d01.get("updates").get(0).get("at").asText())
        .isEqualTo("2025-09-15T08:40:00+02:00");
    assertThat(d01.get("updates").get(0).get("status").asText()).isEqualTo("Onderzoek");
    assertThat(d01.get("updates").get(1).get("status").asText()).isEqualTo("Opgelost");
    assertThat(d01.get("category").asText()).isEqualTo("INCIDENT");
    assertThat(d01.get("downtime").asBoolean()).isTrue();
    assertThat(d01.get("services")).hasSize(1);
    assertThat(d01.get("services").get(0).asText()).isEqualTo("KVK_API");
    assertThat(d01.get("priority").asText()).isEqualTo("P1");
    assertThat(d01.get("started").asText()).isEqualTo("2025-09-15T08:25:00+02:00");
    assertThat(d01.get("resolved").asText()).isEqualTo("2025-09-15T10:05:00+02:00");
    for (String field : List.of("impactClass", "window", "effectiveDate")) {
      assertThat(d01.get(field).isNull()).as("%s: an incident has none", field).isTrue();
    }
    assertThat(d01.get("evidence").get("priority").asText()).isEqualTo("\"ernstige verstoring\"");
    assertThat(d01.get("evidence").get("started").asText()).contains("08:25");
    assertThat(d01.get("verdicts").isArray()).isTrue();
  }

  @Test
  void aScheduledWindowFromTheJsonApiIsPrinted() throws Exception {
    Result result = classify(fixture("kvk/site/api/v2/scheduled-maintenances.json").toString());

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode posts = new ObjectMapper().readTree(result.out()).get("posts");
    JsonNode d10 = null;
    for (JsonNode post : posts) {
      if (post.get("id").asText().equals("d10")) {
        d10 = post;
      }
    }
    assertThat(d10.get("window").get("start").asText()).isEqualTo("2025-12-02T23:00:00+01:00");
    assertThat(d10.get("window").get("end").asText()).isEqualTo("2025-12-03T03:00:00+01:00");
  }

  @Test
  void textFormatListsEachPostWithItsTimeline() throws Exception {
    Result result = classify(fixture("kvk/site/feed.rss").toString(), "--format", "text");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("rss_2.0: 20 posts")
        .contains("Signalen Mutatieservice later beschikbaar")
        .contains("2025-12-31 10:00 +01:00  Opgelost — Alle signalen zijn weer actueel.");
  }

  @Test
  void aDocumentThatIsNoFeedIsRefusedWithItsReason() throws Exception {
    Path html = dir.resolve("error.html");
    Files.writeString(html, "<html><body><h1>502 Bad Gateway</h1>");

    Result result = classify(html.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).startsWith("read: " + html);
  }

  @Test
  void aMissingFileIsNamed() {
    Result result = classify(dir.resolve("absent.atom").toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).contains("no such file: " + dir.resolve("absent.atom"));
  }
}
