package nl.statuswacht.bench;

import java.util.concurrent.TimeUnit;
import nl.statuswacht.poll.PollResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One poll of the daemon ({@code Statuswacht.pollOnce}: plan, conditional GET over loopback,
 * reading, merging, storing in H2) against a Statuspage-style Atom feed of {@code posts} posts,
 * after the baseline poll: the feed unchanged and served as 200, answered 304, or with one post of
 * many changed. Wall time per poll on one thread; {@link PollCpu} measures the CPU time of the
 * same polls. Run with {@code scripts/bench.sh PollBenchmark}; the figures go into BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PollBenchmark {
  @Param({"UNCHANGED_200", "NOT_MODIFIED", "ONE_CHANGED"})
  public String scenario;

  @Param({"1000"})
  public int posts;

  private PollRig rig;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    rig = new PollRig(PollRig.Scenario.valueOf(scenario), posts);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    rig.close();
  }

  @Benchmark
  public PollResult poll() {
    return rig.poll();
  }
}
