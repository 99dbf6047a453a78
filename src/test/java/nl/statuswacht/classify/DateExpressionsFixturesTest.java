package nl.statuswacht.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import nl.statuswacht.model.Window;
import nl.statuswacht.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dates of {@code fixtures/kvk/posts.json}, read from each post's first update. */
class DateExpressionsFixturesTest {
  static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

  static JsonNode post(String id) throws Exception {
    for (JsonNode p : new ObjectMapper().readTree(Fixtures.text("kvk/posts.json"))) {
      if (p.get("id").asText().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException(id);
  }

  static String body(JsonNode post) {
    return post.get("updates").get(0).get("body").asText();
  }

  static Instant anchor(JsonNode post) {
    return OffsetDateTime.parse(post.get("updates").get(0).get("at").asText()).toInstant();
  }

  static Instant instant(JsonNode node) {
    return OffsetDateTime.parse(node.asText()).toInstant();
  }

  @ParameterizedTest
  @ValueSource(strings = {"d06", "d07", "d08", "d09", "d10", "d11", "d12"})
  void windows(String id) throws Exception {
    JsonNode post = post(id);
    JsonNode expected = post.get("expected").get("window");
    assertThat(DateExpressions.window(body(post), anchor(post), AMS).map(Found::value))
        .contains(new Window(instant(expected.get("start")), instant(expected.get("end"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"d13", "d14", "d15", "d16", "d17"})
  void effectiveDates(String id) throws Exception {
    JsonNode post = post(id);
    assertThat(DateExpressions.effectiveDate(body(post), anchor(post), AMS).map(Found::value))
        .contains(LocalDate.parse(post.get("expected").get("effectiveDate").asText()));
  }

  @ParameterizedTest
  @MethodSource("withoutEffectiveDate")
  void noEffectiveDate(String id) throws Exception {
    JsonNode post = post(id);
    assertThat(DateExpressions.effectiveDate(body(post), anchor(post), AMS)).isEmpty();
  }

  static Stream<String> withoutEffectiveDate() {
    return Stream.of("d01", "d18", "d20");
  }

  @ParameterizedTest
  @ValueSource(strings = {"d01"})
  void since(String id) throws Exception {
    JsonNode post = post(id);
    assertThat(DateExpressions.since(body(post), anchor(post), AMS).map(Found::value))
        .contains(instant(post.get("expected").get("started")));
    assertThat(instant(post.get("expected").get("started")))
        .isEqualTo(OffsetDateTime.parse("2025-09-15T08:25+02:00").toInstant());
  }

  @ParameterizedTest
  @ValueSource(strings = {"d13", "d14", "d16", "d17", "d18", "d19"})
  void noStartStatedInChangesAndCalendars(String id) throws Exception {
    JsonNode post = post(id);
    assertThat(DateExpressions.since(body(post), anchor(post), AMS)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"d19"})
  void yearlyCalendar(String id) throws Exception {
    JsonNode post = post(id);
    assertThat(DateExpressions.dates(body(post), anchor(post), AMS)).containsExactly(
        LocalDate.of(2025, 3, 15), LocalDate.of(2025, 6, 21), LocalDate.of(2025, 10, 18),
        LocalDate.of(2025, 12, 13));
    assertThat(DateExpressions.window(body(post), anchor(post), AMS)).isEmpty();
  }
}
