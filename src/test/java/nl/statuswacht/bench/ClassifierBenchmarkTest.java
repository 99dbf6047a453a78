package nl.statuswacht.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classification benchmark counts the corpus's posts in a constant (JMH's operations per
 * invocation must be one); a split added to the corpus must change it, or the benchmark refuses to
 * run. This says so when the split is added, not when someone next runs the benchmark.
 */
class ClassifierBenchmarkTest {
  @Test
  void theBenchmarkCountsEveryPostOfTheCorpus() {
    assertThat(ClassifierBenchmark.corpusPosts()).hasSize(ClassifierBenchmark.CORPUS_POSTS);
  }
}
