package nl.statuswacht.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The three outcomes of a poll, as the log and {@code statuswacht poll} name them. */
class PollResultTest {
  @Test
  void onlyAFetchedPollHasCounts() {
    PollResult.Counts counts = new PollResult.Counts(20, 1, 2, 3);
    PollResult fetched = new PollResult.Fetched("u", 5, counts, false, List.of());
    PollResult unchanged = new PollResult.Unchanged("u", 5);
    PollResult failed = new PollResult.Failed("u", 5, "fetch: timeout");

    assertThat(fetched.outcome()).isEqualTo("fetched");
    assertThat(fetched.counts()).isEqualTo(counts);
    assertThat(unchanged.outcome()).isEqualTo("not_modified");
    assertThat(unchanged.counts()).isEqualTo(PollResult.Counts.NONE);
    assertThat(failed.outcome()).isEqualTo("failed");
    assertThat(failed.counts()).isEqualTo(PollResult.Counts.NONE);
    assertThat(List.of(fetched, unchanged, failed)).filteredOn(PollResult::failed)
        .containsExactly(failed);
  }
}
