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
}
