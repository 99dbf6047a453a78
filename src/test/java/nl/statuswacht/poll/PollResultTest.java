package nl.statuswacht.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.statuswacht.fetch.FetchOutcome;
import nl.statuswacht.fetch.Validators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three outcomes of a poll, as the log and {@code statuswacht poll} name them. */
class PollResultTest {
  @Test
  void onlyAFetchedPollHasCounts() {
    PollResult.Counts counts = new PollResult.Counts(20, 1, 2, 3);
    PollResult fetched = new PollResult.Fetched("u", 5, counts, false, List.of());
    PollResult unchanged = new PollResult.Unchanged("u", 5);
    PollResult failed = new PollResult.Failed("u", 5, "fetch: timeout",
        PollResult.Failed.TIMEOUT);

    assertThat(fetched.outcome()).isEqualTo("fetched");
    assertThat(fetched.counts()).isEqualTo(counts);
    assertThat(unchanged.outcome()).isEqualTo("not_modified");
    assertThat(unchanged.counts()).isEqualTo(PollResult.Counts.NONE);
    assertThat(failed.outcome()).isEqualTo("failed");
    assertThat(failed.counts()).isEqualTo(PollResult.Counts.NONE);
    assertThat(List.of(fetched, unchanged, failed)).filteredOn(PollResult::failed)
        .containsExactly(failed);
  }

  private static final URI URL = URI.create("https://status.example.nl/history.atom");

  private static FetchOutcome.Failed failed(FetchOutcome.Kind kind, int status, String detail) {
    return new FetchOutcome.Failed(URL, kind, status, detail, Duration.ofMillis(5));
  }

  @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
  @CsvSource(delimiter = '|', value = {
      "NETWORK       | 0   | body ended after 404 of 1000 bytes | connect",
      "TOO_LARGE     | 0   | Content-Length 450 over the cap    | too_large",
      "SERVER_ERROR  | 502 | 502 Bad Gateway                    | http_502",
      "CLIENT_ERROR  | 404 | 404 Not Found                      | http_404",
      "TIMEOUT       | 0   | no answer within 10 s              | timeout",
      "OUT_OF_BUDGET | 0   | the poll budget of 60 s ran out    | timeout",
      "BAD_REDIRECT  | 301 | a redirect without Location        | other",
      "UNEXPECTED    | 0   | bad gzip: 500 bytes                | other"})
  void aFailedFetchIsNamedByItsKindAndStatusNotByTheNumbersInItsDetail(FetchOutcome.Kind kind,
      int status, String detail, String reason) {
    assertThat(PollResult.Failed.of(failed(kind, status, detail))).isEqualTo(reason);
  }

  @Test
  void aRateLimitIsNamedByItsStatus() {
    Instant at = Instant.parse("2026-12-01T12:00:00Z");
    assertThat(PollResult.Failed.of(new FetchOutcome.RateLimited(URL, 429, at.plusSeconds(60),
        at.plusSeconds(60), Duration.ofMillis(5)))).isEqualTo("http_429");
    assertThat(PollResult.Failed.of(new FetchOutcome.NotModified(URL, Validators.NONE,
        Duration.ofMillis(5)))).as("a 304 to a request without validators").isEqualTo("other");
  }
}
