package nl.statuswacht.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP decisions of a fetch, free of I/O and of the clock: what a status means, when a server
 * asks us to come back, which validators to keep. {@link Fetcher} does the talking; this decides.
 */
final class HttpDecisions {

  /** How long to stay away after a 429 that did not say (at most the longest wait). */
  static final Duration DEFAULT_RATE_LIMIT_BACKOFF = Duration.ofMinutes(5);

  /** A Retry-After of more digits than this is read as this many seconds (~31 years). */
  private static final long LONGEST_SECONDS = 999_999_999L;

  /** What to do with a response, by its status. */
  enum Action {
    FETCHED,
    NOT_MODIFIED,
    REDIRECT,
    RATE_LIMITED,
    CLIENT_ERROR,
    SERVER_ERROR,
    UNEXPECTED
  }

  /**
   * One decision.
   *
   * @param retryAt when to come back; only for {@link Action#RATE_LIMITED}, else {@code null}
   * @param asked when the server's Retry-After asked us to come back, before the longest wait was
   *     applied; {@code null} when it gave none that could be read
   */
  record Decision(Action action, Instant retryAt, Instant asked) {}

  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(200, "OK"),
          Map.entry(204, "No Content"),
          Map.entry(300, "Multiple Choices"),
          Map.entry(301, "Moved Permanently"),
          Map.entry(302, "Found"),
          Map.entry(303, "See Other"),
          Map.entry(304, "Not Modified"),
          Map.entry(307, "Temporary Redirect"),
          Map.entry(308, "Permanent Redirect"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(408, "Request Timeout"),
          Map.entry(410, "Gone"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(501, "Not Implemented"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  private HttpDecisions() {}

  /**
   * Decides what a response means.
   *
   * @param retryAfter the Retry-After header, or {@code null}
   * @param now the instant the response came in
   * @param longestWait the longest a Retry-After is honoured ({@code http.max-retry-after}); a
   *     server asking for more gets this
   */
  static Decision decide(int status, String retryAfter, Instant now, Duration longestWait) {
    Optional<Instant> asked = asked(retryAfter, now);
    if (status == 429) {
      Instant otherwise = clamp(now.plus(DEFAULT_RATE_LIMIT_BACKOFF), now, longestWait);
      return new Decision(Action.RATE_LIMITED,
          asked.map(at -> clamp(at, now, longestWait)).orElse(otherwise), asked.orElse(null));
    }
    if (status == 503 && asked.isPresent()) {
      return new Decision(Action.RATE_LIMITED, clamp(asked.get(), now, longestWait),
          asked.get());
    }
    return new Decision(action(status), null, null);
  }

  private static Action action(int status) {
    if (status >= 200 && status <= 299) {
      return Action.FETCHED;
    }
    if (status == 304) {
      return Action.NOT_MODIFIED;
    }
    if (isRedirect(status)) {
      return Action.REDIRECT;
    }
    if (status >= 400 && status <= 499) {
      return Action.CLIENT_ERROR;
    }
    if (status >= 500 && status <= 599) {
      return Action.SERVER_ERROR;
    }
    return Action.UNEXPECTED;
  }

  /** The redirects we follow: 301, 302, 303, 307, 308. */
  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /**
   * When a Retry-After header (delta-seconds or an RFC 1123 HTTP-date) asks us to come back, as
   * asked; empty when the header is absent or cannot be read.
   */
  static Optional<Instant> asked(String retryAfter, Instant now) {
    if (retryAfter == null || retryAfter.isBlank()) {
      return Optional.empty();
    }
    String value = retryAfter.trim();
    return value.chars().allMatch(Character::isDigit) ? afterSeconds(value, now)
        : httpDate(value);
  }

  private static Optional<Instant> afterSeconds(String digits, Instant now) {
    if (digits.length() > 9) { // more than ~31 years: clamped anyway, and no overflow
      return Optional.of(now.plusSeconds(LONGEST_SECONDS));
    }
    return Optional.of(now.plusSeconds(Long.parseLong(digits)));
  }

  private static Optional<Instant> httpDate(String value) {
    try {
      return Optional.of(
          ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code at}, but not before {@code now} nor later than {@code longestWait} after it. */
  private static Instant clamp(Instant at, Instant now, Duration longestWait) {
    Instant latest = now.plus(longestWait);
    if (at.isBefore(now)) {
      return now;
    }
    return at.isAfter(latest) ? latest : at;
  }

  /** The validators a response gave (ETag, Last-Modified), blank ones left out. */
  static Validators validators(String etag, String lastModified) {
    return new Validators(blankToNull(etag), blankToNull(lastModified));
  }

  /** The validators to keep after a 304: the ones we sent, updated with any the 304 gave. */
  static Validators afterNotModified(Validators sent, Validators given) {
    return new Validators(
        given.etag() != null ? given.etag() : sent.etag(),
        given.lastModified() != null ? given.lastModified() : sent.lastModified());
  }

  /** Whether a declared Content-Length is over the cap already; absent ({@code -1}) is not. */
  static boolean declaredTooLarge(long contentLength, long maxBodyBytes) {
    return contentLength > maxBodyBytes;
  }

  /** The status line's meaning for a message, e.g. {@code 503 Service Unavailable}. */
  static String statusText(int status) {
    String reason = REASONS.get(status);
    return reason == null ? Integer.toString(status) : status + " " + reason;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
