package nl.statuswacht.poll;

import java.util.List;
import java.util.Objects;
import nl.statuswacht.fetch.FetchOutcome;

/**
 * What one poll did: it read the page and applied what it found ({@link Fetched}), found no
 * document changed ({@link Unchanged}), or stored nothing because a document could not be had
 * ({@link Failed}).
 */
public sealed interface PollResult {
  /** The documents read, joined with " + ". */
  String url();

  long elapsedMs();

  /** The outcome as the log and {@code statuswacht poll} name it. */
  String outcome();

  /** What the poll read and queued; nothing unless it {@link Fetched}. */
  default Counts counts() {
    return Counts.NONE;
  }

  default boolean failed() {
    return this instanceof Failed;
  }

  /**
   * @param posts posts read from the documents
   * @param created posts seen for the first time
   * @param updated posts with a new material version
   * @param queued mails queued about them
   */
  record Counts(int posts, int created, int updated, int queued) {
    public static final Counts NONE = new Counts(0, 0, 0, 0);
  }

  /**
   * Something changed and was read, merged and stored.
   *
   * @param baseline whether this was the baseline poll (which queues nothing by default)
   * @param gaps posts one kind of document shows and another lacks
   */
  record Fetched(String url, long elapsedMs, Counts counts, boolean baseline, List<String> gaps)
      implements PollResult {
    public Fetched {
      gaps = List.copyOf(gaps);
    }

    @Override
    public String outcome() {
      return "fetched";
    }
  }

  /** No document changed since the last poll. */
  record Unchanged(String url, long elapsedMs) implements PollResult {
    @Override
    public String outcome() {
      return "not_modified";
    }
  }

  /**
   * Nothing was stored; {@code detail} says why, and {@code reason} names the cause in one of a
   * few words for the metrics ({@link #TIMEOUT}, {@code http_} and the status, {@link #TOO_LARGE},
   * {@link #CONNECT}, {@link #UNREADABLE}, {@link #OTHER}). The reason is given where the failure
   * is known, never read back out of the detail: a detail may hold any number ("body ended after
   * 404 of 1000 bytes" is not an HTTP 404).
   */
  record Failed(String url, long elapsedMs, String detail, String reason) implements PollResult {
    /** The request or the poll ran out of time. */
    public static final String TIMEOUT = "timeout";
    /** The body was over {@code http.max-body-bytes}. */
    public static final String TOO_LARGE = "too_large";
    /** The connection could not be made or kept: refused, reset, DNS, TLS, a body cut short. */
    public static final String CONNECT = "connect";
    /** A document came but could not be read as a feed, JSON API or status page. */
    public static final String UNREADABLE = "unreadable";
    /** Anything else: a bad redirect, an unexpected status or encoding, a wait the server asked. */
    public static final String OTHER = "other";

    public Failed {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String outcome() {
      return "failed";
    }

    /** The reason of an HTTP status that failed the poll: {@code http_503}. */
    private static String http(int status) {
      return "http_" + status;
    }

    /**
     * The reason of a fetch that gave no body: a failure by its kind and status, a rate limit by
     * its status; anything else (a 304 to a request without validators) {@link #OTHER}.
     */
    public static String of(FetchOutcome outcome) {
      if (outcome instanceof FetchOutcome.RateLimited limited) {
        return http(limited.status());
      }
      if (!(outcome instanceof FetchOutcome.Failed failed)) {
        return OTHER;
      }
      return switch (failed.kind()) {
        case TIMEOUT, OUT_OF_BUDGET -> TIMEOUT;
        case CLIENT_ERROR, SERVER_ERROR -> failed.status() != 0 ? http(failed.status()) : OTHER;
        case TOO_LARGE -> TOO_LARGE;
        case NETWORK -> CONNECT;
        case BAD_REDIRECT, UNEXPECTED -> OTHER;
      };
    }
  }
}
