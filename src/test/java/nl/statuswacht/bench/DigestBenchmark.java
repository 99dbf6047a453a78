package nl.statuswacht.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.statuswacht.digest.DigestPost;
import nl.statuswacht.digest.DigestReport;
import nl.statuswacht.notify.AlertTemplates.Language;
import nl.statuswacht.notify.DigestTemplates;
import nl.statuswacht.rules.Scoreboard;
import nl.statuswacht.testing.DigestHistory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One subscriber's weekly digest, composed and rendered (text, HTML and the .ics), from the
 * history the digest tests share (the KVK fixtures and the posts built for 2025-W46) and from that
 * history {@code copies} times over, as a page with many more posts would give. The digest is made
 * per subscriber, so a round of digests costs this times the subscribers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DigestBenchmark {
  @Param({"1", "10"})
  public int copies;

  private final DigestTemplates templates = new DigestTemplates();
  private List<DigestPost> posts;

  @Setup
  public void setUp() {
    List<DigestPost> history = DigestHistory.posts();
    posts = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      for (DigestPost p : history) {
        Scoreboard.Judged j = p.judged();
        posts.add(new DigestPost(new Scoreboard.Judged(j.key() + "#" + i, j.title(), j.link(),
            j.firstSeen(), j.announced(), j.classification(), j.verdicts()), p.version(),
            p.cancelled(), p.evidenceSha()));
      }
    }
  }

  /** Compose the report of 2025-W46 and render it in Dutch. */
  @Benchmark
  public DigestTemplates.Rendered composeAndRender() {
    DigestReport report = DigestReport.compose(posts, DigestHistory.POLICY,
        DigestHistory.RULES.calendar(), DigestHistory.WEEK, DigestHistory.AS_OF, c -> true);
    return templates.render(report, Language.NL, "statuswacht@example.org",
        new DigestTemplates.PageHealth(DigestHistory.AS_OF, 0));
  }
}
