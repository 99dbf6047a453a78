package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every feed rendering of {@code fixtures/kvk/posts.json} yields its 20 posts, keyed by their
 * incident code, each with exactly the timeline posts.json gives (instant, status word, text).
 */
class KvkShapesTest {

  /** posts.json: id → its updates, oldest first. */
  static Map<String, List<PostUpdate>> expectedTimelines() throws IOException {
    JsonNode posts = new ObjectMapper().readTree(Fixtures.bytes("kvk/posts.json"));
    Map<String, List<PostUpdate>> timelines = new LinkedHashMap<>();
    for (JsonNode post : posts) {
      List<PostUpdate> updates = new ArrayList<>();
      for (JsonNode update : post.get("updates")) {
        updates.add(new PostUpdate(OffsetDateTime.parse(update.get("at").asText()).toInstant(),
            update.get("status").asText(), update.get("body").asText()));
      }
      timelines.put(post.get("id").asText(), updates);
    }
    return timelines;
  }

  static Map<String, List<PostUpdate>> timelinesByKey(List<Post> posts) {
    Map<String, List<PostUpdate>> timelines = new LinkedHashMap<>();
    posts.forEach(post -> timelines.put(PostMerge.key(post), post.updates()));
    return timelines;
  }

  @ParameterizedTest
  @ValueSource(strings = {"history.atom", "history.rss", "feed.rss"})
  void eachFeedYieldsTheTwentyPostsWithTheirTimelines(String file) throws IOException {
    List<Post> posts = Fixtures.posts("kvk/site/" + file).posts();

    assertThat(timelinesByKey(posts)).containsExactlyInAnyOrderEntriesOf(expectedTimelines());
  }

  private static PostMerge.Document document(String file, PostMerge.Kind kind) {
    return new PostMerge.Document(file, kind,
        nl.statuswacht.testing.KvkSite.document(file).posts());
  }

  /** The JSON API says its status codes, not the page's words: compare instants and texts. */
  @org.junit.jupiter.api.Test
  void theJsonApiYieldsTheTwentyPostsWithTheirTimesAndTexts() throws IOException {
    List<Post> posts = PostMerge.merge(List.of(
        document("api/v2/incidents.json", PostMerge.Kind.API),
        document("api/v2/scheduled-maintenances.json", PostMerge.Kind.API))).posts();

    Map<String, List<String>> expected = new LinkedHashMap<>();
    expectedTimelines().forEach((id, updates) -> expected.put(id, withoutStatus(updates)));
    Map<String, List<String>> actual = new LinkedHashMap<>();
    timelinesByKey(posts).forEach((id, updates) -> actual.put(id, withoutStatus(updates)));
    assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @org.junit.jupiter.api.Test
  void allShapesMergedYieldTheSameTwentyPostsWithTheSameTimelines() throws IOException {
    PostMerge.Merged merged = PostMerge.merge(List.of(
        document("history.atom", PostMerge.Kind.FEED),
        document("history.rss", PostMerge.Kind.FEED),
        document("feed.rss", PostMerge.Kind.FEED),
        document("api/v2/incidents.json", PostMerge.Kind.API),
        document("api/v2/scheduled-maintenances.json", PostMerge.Kind.API)));

    assertThat(timelinesByKey(merged.posts()))
        .containsExactlyInAnyOrderEntriesOf(expectedTimelines());
    assertThat(merged.gaps()).isEmpty();
    Post d10 = merged.posts().stream().filter(p -> p.id().equals("d10")).findFirst().orElseThrow();
    assertThat(d10.hints().impact()).isEqualTo("maintenance");
    assertThat(d10.hints().scheduled().start())
        .isEqualTo(OffsetDateTime.parse("2025-12-02T23:00:00+01:00").toInstant());
  }

  private static List<String> withoutStatus(List<PostUpdate> updates) {
    return updates.stream().map(u -> u.at() + " " + u.text()).toList();
  }
}
