package nl.statuswacht.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** Every way one fetch can end. Expected outcomes are values; exceptions are for bugs. */
public sealed interface FetchOutcome {

  /** The URL that was asked for. */
  URI url();

  /** How long the fetch took, redirects included. */
  Duration elapsed();

  /**
   * A 2xx with a body (decompressed, at most the configured cap).
   *
   * @param finalUrl where the body came from after redirects
   * @param contentType the Content-Type header, or {@code null}
   * @param validators the validators to send next time (empty when the server gave none)
   */
  record Fetched(
      URI url,
      URI finalUrl,
      int status,
      String contentType,
      byte[] body,
      Validators validators,
      Duration elapsed)
      implements FetchOutcome {}

  /** 304: the document did not change since the validators were given. */
  record NotModified(URI url, Validators validators, Duration elapsed) implements FetchOutcome {}

  /**
   * 429 or 503: the server asked us not to come back before {@code retryAt}.
   *
   * @param retryAt when we may come back: what the server asked, at most {@link
   *     nl.statuswacht.config.HttpSettings#maxRetryAfter()} away
   * @param asked what the server's Retry-After asked for, later than {@code retryAt} when it was
   *     capped; {@code null} when it gave none that could be read
   */
  record RateLimited(URI url, int status, Instant retryAt, Instant asked, Duration elapsed)
      implements FetchOutcome {

    /** Whether the server asked for a longer wait than we allow. */
    public boolean capped() {
      return asked != null && asked.isAfter(retryAt);
    }
  }

  /** Anything else: what went wrong, in one line that names the URL's problem. */
  record Failed(URI url, Kind kind, int status, String detail, Duration elapsed)
      implements FetchOutcome {}

  /** Why a fetch failed. {@code status} is 0 when no HTTP status was received. */
  enum Kind {
    /** Connection refused, reset, DNS, TLS. */
    NETWORK,
    /** Connect or total timeout. */
    TIMEOUT,
    /** Not done, or not begun, when the poll's or discovery's budget ran out ({@link Deadline}). */
    OUT_OF_BUDGET,
    /** A 4xx other than 429. */
    CLIENT_ERROR,
    /** A 5xx other than 503 with Retry-After. */
    SERVER_ERROR,
    /** The (decompressed) body exceeds the cap. */
    TOO_LARGE,
    /** More than the allowed redirects, a redirect without Location, or to a non-http(s) URL. */
    BAD_REDIRECT,
    /** Any other status we do not handle, or a body that could not be decoded (bad gzip). */
    UNEXPECTED
  }
}
