package nl.statuswacht.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.statuswacht.classify.Classifier;
import nl.statuswacht.config.PolicyLoader;
import nl.statuswacht.config.VocabularyLoader;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.KvkSite;
import nl.statuswacht.words.VerdictWords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every {@code verdicts} entry of {@code fixtures/kvk/posts.json} matches: each post read from the
 * site, classified, and judged as if first seen at its publication, long after the fact.
 */
class KvkVerdictsTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {"history.atom", "feed.rss", "merged"})
  void everyVerdictOfPostsJsonMatches(String rendering) throws Exception {
    Classifier classifier = new Classifier(VocabularyLoader.load(Path.of("conf/classify.yaml")));
    Rules rules = new Rules(PolicyLoader.load(Path.of("conf/policy-kvk.yaml")));
    Map<String, Post> posts = posts(rendering);
    List<String> misses = new ArrayList<>();
    for (JsonNode expectation : new ObjectMapper().readTree(Fixtures.bytes("kvk/posts.json"))) {
      String id = expectation.get("id").asText();
      Post post = posts.get(id);
      Map<String, String> expected = new TreeMap<>();
      JsonNode verdicts = expectation.get("expected").get("verdicts");
      for (Iterator<String> rule = verdicts.fieldNames(); rule.hasNext(); ) {
        String name = rule.next();
        expected.put(name, verdicts.get(name).asText());
      }
      Map<String, String> actual = new TreeMap<>();
      for (Verdict verdict : rules.judge(classifier.classify(post), Rules.announced(post),
          NOW)) {
        actual.put(verdict.rule().name(), verdict.outcome().name());
        assertThat(VerdictWords.DUTCH.reason(verdict)).as("%s %s", id, verdict.rule()).isNotBlank();
        assertThat(VerdictWords.ENGLISH.reason(verdict)).as("%s %s", id, verdict.rule()).isNotBlank();
      }
      if (!expected.equals(actual)) {
        misses.add(id + ": expected " + expected + " but was " + actual);
      }
    }
    assertThat(misses).isEmpty();
  }

  private static Map<String, Post> posts(String rendering) {
    return KvkSite.merged(rendering.equals("merged")
        ? List.of("history.atom", "feed.rss", "api/v2/incidents.json",
            "api/v2/scheduled-maintenances.json")
        : List.of(rendering));
  }
}
