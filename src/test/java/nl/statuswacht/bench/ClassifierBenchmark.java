package nl.statuswacht.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.statuswacht.classify.Classifier;
import nl.statuswacht.config.VocabularyLoader;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.testing.Corpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Posts classified per second, one thread: the 20 KVK posts of {@code fixtures/kvk/posts.json},
 * classified in turn, and the posts of the reading corpus ({@code corpus/}). Run with {@code scripts/bench.sh}; the figures go into BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassifierBenchmark {
  private Classifier classifier;
  private List<Post> posts;
  private List<Post> corpus;
  /** The posts of all splits of the reading corpus. */
  static final int CORPUS_POSTS = 5520;

  @Setup
  public void setUp() throws Exception {
    classifier = new Classifier(VocabularyLoader.load(Path.of("conf/classify.yaml")));
    posts = kvkPosts();
    corpus = corpusPosts();
    if (corpus.size() != CORPUS_POSTS) {
      throw new IllegalStateException("the corpus has " + corpus.size() + " posts, the benchmark"
          + " counts " + CORPUS_POSTS + ": change CORPUS_POSTS");
    }
  }

  /** One operation classifies one post (the 20 in turn). */
  @Benchmark
  @org.openjdk.jmh.annotations.OperationsPerInvocation(20)
  public void classifyTwentyPosts(Blackhole blackhole) {
    for (Post post : posts) {
      Classification c = classifier.classify(post);
      blackhole.consume(c);
    }
  }

  /**
   * One operation classifies one post of the reading corpus (both splits, as read from their
   * Statuspage Atom rendering): real-world wording, longer timelines, more dates.
   */
  @Benchmark
  @org.openjdk.jmh.annotations.OperationsPerInvocation(CORPUS_POSTS)
  public void classifyCorpus(Blackhole blackhole) {
    for (Post post : corpus) {
      blackhole.consume(classifier.classify(post));
    }
  }

  static List<Post> corpusPosts() {
    List<Post> all = new ArrayList<>();
    for (String split : Corpus.SPLITS.keySet()) {
      all.addAll(Corpus.read(Corpus.split(split), Corpus.Rendering.STATUSPAGE_ATOM).values());
    }
    return all;
  }

  static List<Post> kvkPosts() throws IOException {
    JsonNode root;
    try (InputStream in = ClassifierBenchmark.class.getResourceAsStream("/fixtures/kvk/posts.json")) {
      root = new ObjectMapper().readTree(in);
    }
    List<Post> posts = new ArrayList<>();
    for (JsonNode post : root) {
      List<PostUpdate> updates = new ArrayList<>();
      for (JsonNode u : post.get("updates")) {
        updates.add(new PostUpdate(OffsetDateTime.parse(u.get("at").asText()).toInstant(),
            u.get("status").asText(), u.get("body").asText()));
      }
      posts.add(new Post(post.get("id").asText(), post.get("title").asText(), null,
          updates.get(0).at(), updates.get(updates.size() - 1).at(), "", updates,
          PlatformHints.NONE));
    }
    return posts;
  }
}
