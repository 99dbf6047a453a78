package nl.statuswacht.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.statuswacht.config.HttpSettings;
import nl.statuswacht.fetch.FetchOutcome.Failed;
import nl.statuswacht.fetch.FetchOutcome.Fetched;
import nl.statuswacht.fetch.FetchOutcome.Kind;
import nl.statuswacht.fetch.FetchOutcome.NotModified;
import nl.statuswacht.fetch.FetchOutcome.RateLimited;
import nl.statuswacht.fetch.HttpDecisions.Decision;

/**
 * Fetches one URL with a conditional GET and sorts every way it can end into a {@link
 * FetchOutcome}; it throws only for bugs.
 *
 * <p>Redirects are followed by hand (at most {@link HttpSettings#maxRedirects()}, only to http and
 * https), gzip is decompressed here and the decompressed body is capped at {@link
 * HttpSettings#maxBodyBytes()}. {@link HttpSettings#timeout()} bounds each request of a redirect
 * chain, headers and body together, and a {@link Deadline} (a poll's budget) may end it sooner.
 * The injected clock times the fetch and dates {@code Retry-After}, which is honoured for at most
 * {@link HttpSettings#maxRetryAfter()}; the timeouts and deadlines run on real time.
 *
 * <p>Thread-safe: one instance can serve every source.
 *
 * <p>Over 300 lines: one HTTP fetch with every fault it must survive (timeouts, budgets, size caps,
 * redirects, Retry-After, encodings), each a few lines and all on the same request.
 */
public final class Fetcher {

  /** What statuswacht can read: feeds first, then JSON, then HTML. */
  static final String ACCEPT =
      "application/atom+xml, application/rss+xml, application/feed+json, application/json;q=0.9,"
          + " application/xml;q=0.8, text/xml;q=0.8, text/html;q=0.7, */*;q=0.1";

  private final HttpSettings settings;
  private final Clock clock;
  /**
   * The last gzip body of each URL, compressed and not: a body the server sends again with the
   * same compressed bytes is the same body, known without decompressing it (see {@link
   * BoundedBody#readGzip}). Used only when the caller hands in that very body as the last one.
   * The body is held weakly: the caller decides how long it lives (a small heap that runs short
   * takes it), this map only remembers which bytes gave it.
   */
  private final Map<URI, LastGzip> lastGzipped = new ConcurrentHashMap<>();

  private record LastGzip(byte[] compressed, WeakReference<byte[]> body) {}

  /**
   * @param settings timeouts, body cap, redirect limit and User-Agent
   * @param clock times each fetch and dates {@code Retry-After}
   */
  public Fetcher(HttpSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Fetches {@code url}, sending {@code validators} for a conditional GET.
   *
   * @param validators what the last fetch of this URL gave, or {@link Validators#NONE}
   * @return what happened; never {@code null}
   */
  public FetchOutcome fetch(URI url, Validators validators) {
    return fetch(url, validators, Deadline.none());
  }

  /**
   * Fetches {@code url} as {@link #fetch(URI, Validators)} does, but ends by {@code deadline}: a
   * request that would outlast it is cut off there, and none is sent once it has passed (both
   * {@link Kind#OUT_OF_BUDGET}, naming the budget).
   */
  public FetchOutcome fetch(URI url, Validators validators, Deadline deadline) {
    return fetch(url, validators, deadline, null);
  }

  /**
   * Fetches {@code url} as {@link #fetch(URI, Validators, Deadline)} does; {@code lastBody}, when
   * not {@code null}, is the body this URL last gave. A body with those very bytes is compared
   * with it as it arrives and the outcome's body is then {@code lastBody} itself (the same array):
   * an unchanged body served again as a 200 costs no array of its size, and the caller knows it
   * by identity. {@code lastBody} is only read.
   */
  public FetchOutcome fetch(URI url, Validators validators, Deadline deadline, byte[] lastBody) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(validators, "validators");
    Objects.requireNonNull(deadline, "deadline");
    Instant start = clock.instant();
    if (!isHttp(url)) {
      return failed(url, start, Kind.UNEXPECTED, 0, "not an absolute http(s) URL: " + url);
    }
    if (deadline.passed()) {
      return failed(url, start, Kind.OUT_OF_BUDGET, 0,
          "not fetched: " + deadline + " ran out before " + url);
    }
    if (Thread.currentThread().isInterrupted()) {
      // a blocking socket does not answer an interrupt: it is not begun, and the flag stays
      return failed(url, start, Kind.NETWORK, 0, "interrupted");
    }
    return follow(url, validators, start, deadline, lastBody);
  }

  private FetchOutcome follow(URI url, Validators validators, Instant start, Deadline deadline,
      byte[] lastBody) {
    URI current = url;
    for (int redirects = 0; ; redirects++) {
      Exchange exchange;
      Duration limit = limit(deadline);
      try {
        exchange = exchange(current, validators, limit, lastBody);
      } catch (IOException e) {
        return failed(url, start, kindOf(e, limit), 0, describe(e, current, limit, deadline));
      }
      if (!exchange.isRedirect()) {
        return exchange.outcome(url, validators, start, deadline);
      }
      if (redirects >= settings.maxRedirects()) {
        return failed(
            url, start, Kind.BAD_REDIRECT, exchange.status, tooManyRedirects(current));
      }
      Redirect next = Redirect.from(current, exchange.location);
      if (next.failure() != null) {
        return failed(
            url,
            start,
            Kind.BAD_REDIRECT,
            exchange.status,
            HttpDecisions.statusText(exchange.status) + " from " + current + " " + next.failure());
      }
      current = next.target();
    }
  }

  private String tooManyRedirects(URI current) {
    return "more than " + settings.maxRedirects() + " redirects, the last from " + current;
  }

  /** How long the next request may take: the timeout, or less when the deadline is nearer. */
  private Duration limit(Deadline deadline) {
    Duration left = deadline.remaining();
    if (left.compareTo(settings.timeout()) >= 0) {
      return settings.timeout();
    }
    return left.isZero() ? Duration.ofMillis(1) : left;
  }

  /**
   * One request and what came back of it: a status, headers, and the body when it matters, all
   * within {@code limit}. The request is made on this thread ({@link HttpURLConnection}: no
   * threads of an HTTP client beside it, none left in a native wait when a command exits); its
   * connection is kept for the next request to the same server when its body was read whole, and
   * closed otherwise.
   */
  private Exchange exchange(URI url, Validators validators, Duration limit, byte[] lastBody)
      throws IOException {
    long until = System.nanoTime() + limit.toNanos();
    HttpURLConnection connection = request(url, validators, limit);
    // the socket's timeouts bound each wait for bytes; this bounds them all together, so a
    // server that trickles its headers cannot hold the request past its limit
    AtomicBoolean late = new AtomicBoolean();
    CompletableFuture<Void> watchdog = new CompletableFuture<>();
    watchdog.orTimeout(millisAtLeastOne(limit), TimeUnit.MILLISECONDS).whenComplete((done, e) -> {
      if (e instanceof TimeoutException) {
        late.set(true);
        connection.disconnect();
      }
    });
    boolean reused = false;
    try {
      try {
        connection.connect();
      } catch (SocketTimeoutException e) {
        throw new ConnectTimedOut(e);
      }
      int status = connection.getResponseCode();
      Exchange exchange = new Exchange(url, status, connection, limit);
      if (exchange.action() == HttpDecisions.Action.FETCHED) {
        try (InputStream body = new Within(connection.getInputStream(), until)) {
          exchange.readBody(body, lastBody);
        }
        if (late.get()) {
          // the watchdog hung up: what the read saw then, an error or an end, was that
          exchange.bodyFailure = lateTimeout(exchange.bodyFailure);
        }
        reused = exchange.bodyFailure == null;
      } else if (status == 304) {
        // no body: the connection is free at once
        connection.getInputStream().close();
        reused = true;
      }
      return exchange;
    } catch (IOException e) {
      throw whenLate(late, e);
    } finally {
      watchdog.complete(null);
      if (!reused) {
        connection.disconnect();
      }
    }
  }

  /**
   * {@code e} as a timeout when the watchdog cut the request off ({@code late}): what the reader
   * saw then was only the socket it closed. A connect timeout stays one.
   */
  private static IOException whenLate(AtomicBoolean late, IOException e) {
    return !late.get() || e instanceof ConnectTimedOut ? e : lateTimeout(e);
  }

  /** The request not done within its limit; {@code cause}, if any, is what the reader saw. */
  private static SocketTimeoutException lateTimeout(IOException cause) {
    SocketTimeoutException timedOut = new SocketTimeoutException("not answered in time");
    timedOut.initCause(cause);
    return timedOut;
  }

  /**
   * A body that must be read by {@code until} ({@link System#nanoTime()}): each read past it is a
   * timeout. The watchdog's disconnect does not reliably end a body read (a body trickled within
   * each wait was seen read to its end after it), so the read looks at the time itself; each
   * wait for bytes is the socket's to bound.
   */
  private static final class Within extends FilterInputStream {
    private final long until;

    Within(InputStream body, long until) {
      super(body);
      this.until = until;
    }

    @Override
    public int read() throws IOException {
      checkTime();
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      checkTime();
      return in.read(buffer, offset, length);
    }

    private void checkTime() throws SocketTimeoutException {
      if (System.nanoTime() - until > 0) {
        throw lateTimeout(null);
      }
    }
  }

  /**
   * The request, not yet sent: {@code limit} bounds the connect (with the connect timeout) and
   * every wait for bytes; the watchdog of {@link #exchange} bounds the request as a whole.
   */
  private HttpURLConnection request(URI url, Validators validators, Duration limit)
      throws IOException {
    HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
    connection.setInstanceFollowRedirects(false);
    connection.setConnectTimeout(millisAtLeastOne(min(settings.connectTimeout(), limit)));
    connection.setReadTimeout(millisAtLeastOne(limit));
    connection.setRequestProperty("User-Agent", settings.userAgent());
    connection.setRequestProperty("Accept", ACCEPT);
    connection.setRequestProperty("Accept-Encoding", "gzip");
    if (validators.etag() != null) {
      connection.setRequestProperty("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      connection.setRequestProperty("If-Modified-Since", validators.lastModified());
    }
    return connection;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** A timeout in milliseconds for {@link HttpURLConnection}, where 0 would mean none. */
  private static int millisAtLeastOne(Duration duration) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration.toMillis()));
  }

  /** The connection was not made within the connect timeout (or the deadline, if nearer). */
  static final class ConnectTimedOut extends IOException {
    ConnectTimedOut(SocketTimeoutException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private FetchOutcome failed(URI url, Instant start, Kind kind, int status, String detail) {
    return new Failed(url, kind, status, detail, elapsed(start));
  }

  private Duration elapsed(Instant start) {
    Duration elapsed = Duration.between(start, clock.instant());
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
  }

  private static boolean isHttp(URI url) {
    String scheme = url.getScheme();
    return url.isAbsolute()
        && url.getHost() != null
        && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
  }

  /** What kind of failure {@code e} is, for a request that had {@code limit} to be done in. */
  private Kind kindOf(IOException e, Duration limit) {
    if (timedOut(e)) {
      return budgetRanOut(e, limit) ? Kind.OUT_OF_BUDGET : Kind.TIMEOUT;
    }
    if (e instanceof BoundedBody.TooLargeException) {
      return Kind.TOO_LARGE;
    }
    if (e instanceof BoundedBody.BadEncodingException) {
      return Kind.UNEXPECTED;
    }
    return Kind.NETWORK;
  }

  /**
   * One line about a failed request: what happened and where; a timeout cut short by {@code
   * deadline} names the budget that ran out.
   */
  private String describe(IOException e, URI url, Duration limit, Deadline deadline) {
    if (timedOut(e) && budgetRanOut(e, limit)) {
      return "stopped after " + millis(limit) + " at " + url + ": " + deadline + " ran out";
    }
    if (e instanceof ConnectTimedOut) {
      return "connect timed out after " + millis(settings.connectTimeout()) + " to " + url;
    }
    if (timedOut(e)) {
      return "timed out after " + millis(settings.timeout()) + " from " + url;
    }
    if (e instanceof UnknownHostException) {
      return "unknown host " + url.getHost() + " of " + url;
    }
    if (e instanceof ConnectException) {
      return "connection refused by " + url;
    }
    if (e instanceof BoundedBody.TooLargeException
        || e instanceof BoundedBody.BadEncodingException
        || e instanceof BoundedBody.CutShortException) {
      return e.getMessage() + " from " + url;
    }
    return oneLine(e) + " from " + url;
  }

  /**
   * Whether a timeout was the deadline's: the request's limit was shorter than the timeout, and
   * for a connect timeout shorter than the connect timeout too.
   */
  private boolean budgetRanOut(IOException timeout, Duration limit) {
    return limit.compareTo(settings.timeout()) < 0
        && !(timeout instanceof ConnectTimedOut
            && settings.connectTimeout().compareTo(limit) < 0);
  }

  /**
   * Whether {@code e} is a timeout: the connect's, a wait for bytes longer than the limit (the
   * socket's), or the request as a whole not done in time (its watchdog's).
   */
  private static boolean timedOut(IOException e) {
    return e instanceof ConnectTimedOut || e instanceof SocketTimeoutException;
  }

  private static String millis(Duration duration) {
    return duration.toMillis() + " ms";
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage();
    String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    return text.replaceAll("\\s+", " ");
  }

  /** Where a redirect goes, or why it may not be followed. */
  private record Redirect(URI target, String failure) {
    static Redirect from(URI current, String location) {
      if (location == null || location.isBlank()) {
        return new Redirect(null, "without Location");
      }
      URI target;
      try {
        target = current.resolve(location.trim());
      } catch (IllegalArgumentException e) {
        return new Redirect(null, "to an unreadable Location: " + location);
      }
      if (!isHttp(target)) {
        return new Redirect(null, "to " + location + ", not http(s)");
      }
      return new Redirect(target, null);
    }
  }

  /** The response headers a fetch reads. */
  private static final List<String> HEADERS = List.of("Location",
      "Retry-After", "Content-Type", "ETag", "Last-Modified", "Content-Length",
      "Content-Encoding", "Transfer-Encoding");

  /** A response in hand: its status, what it means, and its body once read. */
  private final class Exchange {
    final URI url;
    final int status;
    /** The headers this class reads, by name, taken while the connection is open. */
    final Map<String, String> headers = new HashMap<>();
    final Duration limit;
    final String location;
    final Decision decision;
    byte[] body;
    IOException bodyFailure;

    Exchange(URI url, int status, HttpURLConnection response, Duration limit) {
      this.url = url;
      for (String name : HEADERS) {
        String value = response.getHeaderField(name);
        if (value != null) {
          headers.put(name, value);
        }
      }
      this.limit = limit;
      this.status = status;
      this.location = header("Location");
      this.decision = HttpDecisions.decide(status, header("Retry-After"), clock.instant(),
          settings.maxRetryAfter());
    }

    HttpDecisions.Action action() {
      return decision.action();
    }

    boolean isRedirect() {
      return action() == HttpDecisions.Action.REDIRECT;
    }

    String header(String name) {
      return headers.get(name);
    }

    /**
     * Reads the body, within the cap ({@code lastBody} itself when it has its very bytes); a body
     * that cannot be had is kept as {@link #bodyFailure}, for the outcome to name along with the
     * status. Time is the request's watchdog's.
     */
    void readBody(InputStream raw, byte[] lastBody) {
      try {
        // a body sent in chunks has no length but theirs, whatever Content-Length says (RFC 9112)
        String length = header("Transfer-Encoding") == null ? header("Content-Length") : null;
        if (!BoundedBody.isGzip(header("Content-Encoding"))) {
          body = BoundedBody.read(raw, length, header("Content-Encoding"),
              settings.maxBodyBytes(), lastBody);
          lastGzipped.remove(url);
          return;
        }
        // also with no last body: compressed bytes whole, then one array of the trailer's size,
        // never an inflater streamed into a doubling buffer (twice the body at once: at -Xmx32m,
        // 5,000 posts, an OutOfMemoryError once the held body had been taken)
        LastGzip kept = lastGzipped.get(url);
        BoundedBody.Gzipped last = lastBody == null ? null : new BoundedBody.Gzipped(
            kept != null && kept.body().get() == lastBody ? kept.compressed() : new byte[0],
            lastBody); // new byte[0]: its compressed bytes unknown
        BoundedBody.Gzipped read = BoundedBody.readGzip(raw, length, settings.maxBodyBytes(), last);
        body = read.body();
        if (read != last) {
          lastGzipped.put(url, new LastGzip(read.compressed(), new WeakReference<>(read.body())));
        }
      } catch (IOException e) {
        bodyFailure = e;
      }
    }

    FetchOutcome outcome(URI asked, Validators sent, Instant start, Deadline deadline) {
      Duration elapsed = elapsed(start);
      if (bodyFailure != null) {
        return new Failed(asked, kindOf(bodyFailure, limit), status,
            describe(bodyFailure, url, limit, deadline), elapsed);
      }
      return switch (action()) {
        case FETCHED -> new Fetched(
            asked, url, status, header("Content-Type"), body, given(), elapsed);
        case NOT_MODIFIED -> new NotModified(
            asked, HttpDecisions.afterNotModified(sent, given()), elapsed);
        case RATE_LIMITED -> new RateLimited(asked, status, decision.retryAt(), decision.asked(),
            elapsed);
        case CLIENT_ERROR -> failure(asked, Kind.CLIENT_ERROR, elapsed);
        case SERVER_ERROR -> failure(asked, Kind.SERVER_ERROR, elapsed);
        case UNEXPECTED, REDIRECT -> failure(asked, Kind.UNEXPECTED, elapsed);
      };
    }

    private Failed failure(URI asked, Kind kind, Duration elapsed) {
      String detail = HttpDecisions.statusText(status) + " from " + url;
      return new Failed(asked, kind, status, detail, elapsed);
    }

    private Validators given() {
      return HttpDecisions.validators(header("ETag"), header("Last-Modified"));
    }
  }
}
