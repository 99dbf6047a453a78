package nl.statuswacht.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
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
  /** For http: URLs, built on first use, with a TLS context it never uses ({@link NoTls}). */
  private volatile HttpClient plain;
  /** For https: URLs, built on first use, with the JDK's default TLS context. */
  private volatile HttpClient secure;

  /**
   * @param settings timeouts, body cap, redirect limit and User-Agent
   * @param clock times each fetch and dates {@code Retry-After}
   */
  public Fetcher(HttpSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The client for {@code url}: one for http and one for https, each built when first needed.
   * Redirects are followed here, one request at a time, so a client only ever sends requests of
   * its own scheme. Why two: an {@link HttpClient} built without a TLS context takes the JDK's
   * default one at once, which reads the whole trust store (about a seventh of the CPU of a
   * one-shot {@code statuswacht poll}), and a source served over http never needs it. The https
   * client is built exactly as a single client was before.
   */
  private HttpClient client(URI url) {
    if ("https".equalsIgnoreCase(url.getScheme())) {
      HttpClient client = secure;
      if (client == null) {
        synchronized (this) {
          client = secure;
          if (client == null) {
            client = secure = builder().build();
          }
        }
      }
      return client;
    }
    HttpClient client = plain;
    if (client == null) {
      synchronized (this) {
        client = plain;
        if (client == null) {
          client = plain = builder().sslContext(NoTls.CONTEXT).build();
        }
      }
    }
    return client;
  }

  private HttpClient.Builder builder() {
    return HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1);
  }

  /**
   * The TLS context of the http client, which never makes a TLS connection: it holds no keys and
   * no trust store, so building it reads nothing; a connection asked of it fails.
   */
  private static final class NoTls extends javax.net.ssl.SSLContextSpi {
    static final javax.net.ssl.SSLContext CONTEXT =
        new javax.net.ssl.SSLContext(new NoTls(), null, "none") {};

    private static IllegalStateException refused() {
      return new IllegalStateException("fetch: the http client makes no TLS connections");
    }

    @Override
    protected void engineInit(javax.net.ssl.KeyManager[] keys,
        javax.net.ssl.TrustManager[] trust, java.security.SecureRandom random) {
      throw refused();
    }

    @Override
    protected javax.net.ssl.SSLSocketFactory engineGetSocketFactory() {
      throw refused();
    }

    @Override
    protected javax.net.ssl.SSLServerSocketFactory engineGetServerSocketFactory() {
      throw refused();
    }

    @Override
    protected javax.net.ssl.SSLEngine engineCreateSSLEngine() {
      throw refused();
    }

    @Override
    protected javax.net.ssl.SSLEngine engineCreateSSLEngine(String host, int port) {
      throw refused();
    }

    @Override
    protected javax.net.ssl.SSLSessionContext engineGetServerSessionContext() {
      throw refused();
    }

    @Override
    protected javax.net.ssl.SSLSessionContext engineGetClientSessionContext() {
      throw refused();
    }

    @Override
    protected javax.net.ssl.SSLParameters engineGetDefaultSSLParameters() {
      return new javax.net.ssl.SSLParameters();
    }

    @Override
    protected javax.net.ssl.SSLParameters engineGetSupportedSSLParameters() {
      return new javax.net.ssl.SSLParameters();
    }
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
    try {
      return follow(url, validators, start, deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(url, start, Kind.NETWORK, 0, "interrupted");
    }
  }

  private FetchOutcome follow(URI url, Validators validators, Instant start, Deadline deadline)
      throws InterruptedException {
    URI current = url;
    for (int redirects = 0; ; redirects++) {
      Exchange exchange;
      Duration limit = limit(deadline);
      try {
        exchange = exchange(current, validators, limit);
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
   * within {@code limit}.
   */
  private Exchange exchange(URI url, Validators validators, Duration limit)
      throws IOException, InterruptedException {
    long startNanos = System.nanoTime();
    HttpResponse<InputStream> response =
        client(url).send(request(url, validators, limit), HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      Exchange exchange = new Exchange(url, response, limit);
      if (exchange.action() == HttpDecisions.Action.FETCHED) {
        exchange.readBody(body, remaining(startNanos, limit));
      }
      return exchange;
    }
  }

  private static Duration remaining(long startNanos, Duration limit) {
    Duration left = limit.minusNanos(System.nanoTime() - startNanos);
    return left.isNegative() ? Duration.ZERO : left;
  }

  private HttpRequest request(URI url, Validators validators, Duration limit) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .GET()
            .timeout(limit)
            .header("User-Agent", settings.userAgent())
            .header("Accept", ACCEPT)
            .header("Accept-Encoding", "gzip");
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    return request.build();
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
    if (e instanceof HttpTimeoutException) { // HttpConnectTimeoutException included
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
    if (e instanceof HttpTimeoutException && budgetRanOut(e, limit)) {
      return "stopped after " + millis(limit) + " at " + url + ": " + deadline + " ran out";
    }
    if (e instanceof HttpConnectTimeoutException) {
      return "connect timed out after " + millis(settings.connectTimeout()) + " to " + url;
    }
    if (e instanceof HttpTimeoutException) {
      return "timed out after " + millis(settings.timeout()) + " from " + url;
    }
    if (e instanceof ConnectException) {
      return causedBy(e, UnresolvedAddressException.class)
          ? "unknown host " + url.getHost() + " of " + url
          : "connection refused by " + url;
    }
    if (e instanceof BoundedBody.TooLargeException
        || e instanceof BoundedBody.BadEncodingException) {
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
        && !(timeout instanceof HttpConnectTimeoutException
            && settings.connectTimeout().compareTo(limit) < 0);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
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

  /** A response in hand: its status, what it means, and its body once read. */
  private final class Exchange {
    final URI url;
    final int status;
    final HttpResponse<InputStream> response;
    final Duration limit;
    final String location;
    final Decision decision;
    byte[] body;
    IOException bodyFailure;

    Exchange(URI url, HttpResponse<InputStream> response, Duration limit) {
      this.url = url;
      this.response = response;
      this.limit = limit;
      this.status = response.statusCode();
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
      return response.headers().firstValue(name).orElse(null);
    }

    /**
     * Reads the body, within the cap and before {@code timeLeft} runs out; a body that cannot be
     * had is kept as {@link #bodyFailure}, for the outcome to name along with the status.
     */
    void readBody(InputStream raw, Duration timeLeft) {
      try {
        body = BoundedBody.read(raw, response.headers(), settings.maxBodyBytes(), timeLeft);
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
