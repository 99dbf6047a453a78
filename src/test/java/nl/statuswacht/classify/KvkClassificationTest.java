package nl.statuswacht.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.statuswacht.config.VocabularyLoader;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Post;
import nl.statuswacht.testing.KvkSite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 20 posts of {@code fixtures/kvk/posts.json}, read from each rendering of the site, come out
 * as their {@code expected} says, field by field (only the fields {@code expected} names; verdicts
 * are the rules' business). The per-field score is printed.
 */
class KvkClassificationTest {
  private static final Classifier CLASSIFIER;

  static {
    try {
      CLASSIFIER = new Classifier(VocabularyLoader.load(java.nio.file.Path.of("conf/classify.yaml")));
    } catch (nl.statuswacht.config.ConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"history.atom", "history.rss", "feed.rss", "api", "merged"})
  void everyPostComesOutAsExpected(String rendering) throws IOException {
    Map<String, Post> posts = posts(rendering);
    JsonNode expectations = new ObjectMapper().readTree(bytes("kvk/posts.json"));
    Map<String, int[]> score = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (JsonNode expectation : expectations) {
      String id = expectation.get("id").asText();
      Post post = posts.get(id);
      assertThat(post).as("post %s in %s", id, rendering).isNotNull();
      Map<String, Object> actual = fields(CLASSIFIER.classify(post));
      JsonNode expected = expectation.get("expected");
      for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
        String field = names.next();
        if (field.equals("verdicts") || (field.equals("services")
            && expected.get(field).isNull())) {
          continue;
        }
        Object want = value(expected.get(field));
        int[] counts = score.computeIfAbsent(field, f -> new int[2]);
        counts[1]++;
        if (Objects.equals(want, actual.get(field))) {
          counts[0]++;
        } else {
          misses.add(id + "." + field + ": expected " + want + " but was " + actual.get(field));
        }
      }
    }
    StringBuilder report = new StringBuilder("classification of " + rendering + ":");
    score.forEach((field, c) -> report.append(String.format("%n  %-14s %2d/%2d", field, c[0], c[1])));
    System.out.println(report);
    assertThat(misses).as(report.toString()).isEmpty();
  }

  /** The classification as the values posts.json writes. */
  private static Map<String, Object> fields(Classification c) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("category", c.category() == null ? null : c.category().name());
    fields.put("downtime", c.downtime());
    fields.put("services", c.services() == null ? null
        : c.services().stream().map(Enum::name).toList());
    fields.put("priority", c.priority() == null ? null : c.priority().name());
    fields.put("impactClass", c.impactClass() == null ? null : c.impactClass().name());
    fields.put("window", c.window() == null ? null
        : List.of(String.valueOf(c.window().start()), String.valueOf(c.window().end())));
    fields.put("effectiveDate", c.effectiveDate() == null ? null : c.effectiveDate().toString());
    fields.put("started", c.started() == null ? null : c.started().toString());
    fields.put("resolved", c.resolved() == null ? null : c.resolved().toString());
    return fields;
  }

  /** An expected value in the same form: instants as UTC Instant strings. */
  private static Object value(JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(item.asText()));
      return items;
    }
    if (node.isObject()) {
      return List.of(instant(node.get("start").asText()), instant(node.get("end").asText()));
    }
    String text = node.asText();
    return text.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? instant(text) : text;
  }

  private static String instant(String iso) {
    return OffsetDateTime.parse(iso).toInstant().toString();
  }

  private static Map<String, Post> posts(String rendering) {
    return KvkSite.merged(switch (rendering) {
      case "api" -> List.of("api/v2/incidents.json", "api/v2/scheduled-maintenances.json");
      case "merged" -> List.of("history.atom", "history.rss", "feed.rss",
          "api/v2/incidents.json", "api/v2/scheduled-maintenances.json");
      default -> List.of(rendering);
    });
  }

  private static byte[] bytes(String path) {
    return nl.statuswacht.testing.Fixtures.bytes(path);
  }
}
