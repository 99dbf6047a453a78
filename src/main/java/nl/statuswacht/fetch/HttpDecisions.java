package nl.statuswacht.fetch;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The HTTP decisions of a fetch, pure: what a status code means, when Retry-After lets us come
 * back, which validators to keep.
 */
final class HttpDecisions {
  /** Without a Retry-After, a 429 waits this long. */
  static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(5);
  /** A Retry-After longer than this is clamped to it. */
  static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

  private HttpDecisions() {}

  /** What a status code means for a fetch. */
  enum Verdict {
    BODY,
    NOT_MODIFIED,
    REDIRECT,
    RATE_LIMITED,
    CLIENT_ERROR,
    SERVER_ERROR,
    UNEXPECTED
  }

  static Verdict verdict(int status, boolean hasRetryAfter) {
    if (status >= 200 && status < 300) {
      return Verdict.BODY;
    }
    if (status == 304) {
      return Verdict.NOT_MODIFIED;
    }
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
      return Verdict.REDIRECT;
    }
    if (status == 429 || (status == 503 && hasRetryAfter)) {
      return Verdict.RATE_LIMITED;
    }
    if (status >= 400 && status < 500) {
      return Verdict.CLIENT_ERROR;
    }
    if (status >= 500 && status < 600) {
      return Verdict.SERVER_ERROR;
    }
    return Verdict.UNEXPECTED;
  }

  /**
   * When we may come back after a 429/503: {@code Retry-After} as delta-seconds or an HTTP-date,
   * clamped to [now, now + 24 h]; without a usable header, {@code now + 5 min}.
   */
  static Instant retryAt(Optional<String> retryAfter, Instant now) {
    Instant limit = now.plus(MAX_RETRY_AFTER);
    Instant at = retryAfter.map(String::strip).flatMap(value -> parseRetryAfter(value, now))
        .orElse(now.plus(DEFAULT_RATE_LIMIT_WAIT));
    if (at.isBefore(now)) {
      return now;
    }
    return at.isAfter(limit) ? limit : at;
  }

  private static Optional<Instant> parseRetryAfter(String value, Instant now) {
    if (value.matches("\\d{1,10}")) {
      return Optional.of(now.plusSeconds(Long.parseLong(value)));
    }
    try {
      return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
          .toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The validators a response gives; on a 304 the old ones stay where the response is silent. */
  static Validators validators(HttpHeaders headers, Validators previous) {
    String etag = headers.firstValue("ETag").orElse(previous.etag());
    String lastModified = headers.firstValue("Last-Modified").orElse(previous.lastModified());
    return new Validators(etag, lastModified);
  }
}
