package nl.statuswacht.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.statuswacht.fetch.HttpDecisions.Action;
import nl.statuswacht.fetch.HttpDecisions.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpDecisionsTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  /** The default http.max-retry-after. */
  private static final Duration LONGEST_WAIT = Duration.ofHours(1);

  @ParameterizedTest(name = "{0} Retry-After [{1}] -> {2}, back after {3} s (at most an hour)")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # status | Retry-After                     | action        | retry after (s)
            200    | null                            | FETCHED       | null
            203    | null                            | FETCHED       | null
            204    | null                            | FETCHED       | null
            304    | null                            | NOT_MODIFIED  | null
            301    | null                            | REDIRECT      | null
            302    | null                            | REDIRECT      | null
            303    | null                            | REDIRECT      | null
            307    | null                            | REDIRECT      | null
            308    | null                            | REDIRECT      | null
            300    | null                            | UNEXPECTED    | null
            305    | null                            | UNEXPECTED    | null
            101    | null                            | UNEXPECTED    | null
            400    | null                            | CLIENT_ERROR  | null
            403    | null                            | CLIENT_ERROR  | null
            404    | null                            | CLIENT_ERROR  | null
            410    | null                            | CLIENT_ERROR  | null
            404    | 120                             | CLIENT_ERROR  | null
            429    | 120                             | RATE_LIMITED  | 120
            429    | ' 0 '                           | RATE_LIMITED  | 0
            429    | null                            | RATE_LIMITED  | 300
            429    | soon                            | RATE_LIMITED  | 300
            429    | 3601                            | RATE_LIMITED  | 3600
            429    | 86400                           | RATE_LIMITED  | 3600
            429    | 99999999999999999999            | RATE_LIMITED  | 3600
            429    | 'Mon, 02 Mar 2026 10:30:00 GMT' | RATE_LIMITED  | 1800
            429    | 'Sun, 01 Mar 2026 10:30:00 GMT' | RATE_LIMITED  | 0
            429    | 'Fri, 06 Mar 2026 10:00:00 GMT' | RATE_LIMITED  | 3600
            503    | 3600                            | RATE_LIMITED  | 3600
            503    | 'Mon, 02 Mar 2026 11:00:00 GMT' | RATE_LIMITED  | 3600
            503    | 'Tue, 02 Mar 2027 10:00:00 GMT' | RATE_LIMITED  | 3600
            503    | null                            | SERVER_ERROR  | null
            503    | ''                              | SERVER_ERROR  | null
            503    | tomorrow                        | SERVER_ERROR  | null
            500    | null                            | SERVER_ERROR  | null
            502    | 60                              | SERVER_ERROR  | null
            504    | null                            | SERVER_ERROR  | null
            600    | null                            | UNEXPECTED    | null
          """)
  void decidesByStatusAndRetryAfter(
      int status, String retryAfter, Action action, Long retryAfterSeconds) {
    Decision decision = HttpDecisions.decide(status, retryAfter, NOW, LONGEST_WAIT);

    assertThat(decision.action()).isEqualTo(action);
    assertThat(decision.retryAt())
        .isEqualTo(retryAfterSeconds == null ? null : NOW.plusSeconds(retryAfterSeconds));
  }

  @ParameterizedTest(name = "ETag [{0}] Last-Modified [{1}] -> [{2}] [{3}]")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          '"abc"'   | 'Mon, 02 Mar 2026 09:00:00 GMT' | '"abc"'   | 'Mon, 02 Mar 2026 09:00:00 GMT'
          'W/"abc"' | null                            | 'W/"abc"' | null
          null      | null                            | null      | null
          ' '       | ''                              | null      | null
          """)
  void takesValidatorsFromHeaders(
      String etag, String lastModified, String expectedEtag, String expectedLastModified) {
    assertThat(HttpDecisions.validators(etag, lastModified))
        .isEqualTo(new Validators(expectedEtag, expectedLastModified));
  }

  @Test
  void notModifiedKeepsTheSentValidatorsUpdatedWithTheGivenOnes() {
    Validators sent = new Validators("\"v1\"", "Mon, 02 Mar 2026 09:00:00 GMT");

    assertThat(HttpDecisions.afterNotModified(sent, Validators.NONE)).isEqualTo(sent);
    assertThat(HttpDecisions.afterNotModified(sent, new Validators("\"v2\"", null)))
        .isEqualTo(new Validators("\"v2\"", "Mon, 02 Mar 2026 09:00:00 GMT"));
  }

  @ParameterizedTest(name = "Content-Length {0}, cap {1} -> too large: {2}")
  @CsvSource({"-1, 10, false", "10, 10, false", "11, 10, true", "0, 0, false"})
  void judgesTheDeclaredLength(long contentLength, long cap, boolean tooLarge) {
    assertThat(HttpDecisions.declaredTooLarge(contentLength, cap)).isEqualTo(tooLarge);
  }

  @Test
  void namesTheStatus() {
    assertThat(HttpDecisions.statusText(503)).isEqualTo("503 Service Unavailable");
    assertThat(HttpDecisions.statusText(599)).isEqualTo("599");
  }
}
