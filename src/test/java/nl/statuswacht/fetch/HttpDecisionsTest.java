package nl.statuswacht.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpDecisionsTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  @ParameterizedTest(name = "{0} (Retry-After: {1}) -> {2}")
  @CsvSource({
    "200, false, BODY",
    "203, false, BODY",
    "304, false, NOT_MODIFIED",
    "301, false, REDIRECT",
    "302, false, REDIRECT",
    "303, false, REDIRECT",
    "307, false, REDIRECT",
    "308, false, REDIRECT",
    "300, false, UNEXPECTED",
    "429, false, RATE_LIMITED",
    "429, true, RATE_LIMITED",
    "503, true, RATE_LIMITED",
    "503, false, SERVER_ERROR",
    "404, false, CLIENT_ERROR",
    "410, false, CLIENT_ERROR",
    "500, false, SERVER_ERROR",
    "502, true, SERVER_ERROR",
    "101, false, UNEXPECTED",
  })
  void statusCodes(int status, boolean retryAfter, HttpDecisions.Verdict expected) {
    assertThat(HttpDecisions.verdict(status, retryAfter)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Retry-After: \"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
    "120 | 2026-11-28T12:02:00Z",
    " 0 | 2026-11-28T12:00:00Z",
    "Sat, 28 Nov 2026 13:30:00 GMT | 2026-11-28T13:30:00Z",
    "Fri, 27 Nov 2026 13:30:00 GMT | 2026-11-28T12:00:00Z",
    "999999 | 2026-11-29T12:00:00Z",
    "soon | 2026-11-28T12:05:00Z",
  })
  void retryAfter(String header, String expected) {
    assertThat(HttpDecisions.retryAt(Optional.of(header), NOW)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void withoutRetryAfterARateLimitWaitsFiveMinutes() {
    assertThat(HttpDecisions.retryAt(Optional.empty(), NOW))
        .isEqualTo(Instant.parse("2026-11-28T12:05:00Z"));
  }

  @Test
  void validatorsComeFromTheResponseAndOldOnesStayWhereItIsSilent() {
    HttpHeaders etagOnly = HttpHeaders.of(Map.of("ETag", List.of("\"v2\"")), (a, b) -> true);
    Validators previous = new Validators("\"v1\"", "Wed, 31 Dec 2025 09:00:00 GMT");

    assertThat(HttpDecisions.validators(etagOnly, previous))
        .isEqualTo(new Validators("\"v2\"", "Wed, 31 Dec 2025 09:00:00 GMT"));
    assertThat(HttpDecisions.validators(etagOnly, Validators.NONE))
        .isEqualTo(new Validators("\"v2\"", null));
  }
}
