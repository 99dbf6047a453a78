package nl.statuswacht.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import nl.statuswacht.config.HttpSettings;

/**
 * Fetches one URL with the JDK's HttpClient: conditional GET, gzip, a cap on the decompressed
 * body, redirects followed by hand (a bounded number, only to http and https), and every outcome
 * sorted into a {@link FetchOutcome}. The only class of statuswacht that opens an HTTP connection.
 */
public final class Fetcher {
  private static final String ACCEPT = "application/atom+xml, application/rss+xml,"
      + " application/xml;q=0.9, application/json;q=0.9, text/html;q=0.8, */*;q=0.5";

  private final HttpSettings settings;
  private final Clock clock;
  private final HttpClient client;

  public Fetcher(HttpSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.client = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Fetches {@code url}, sending {@code validators} for a conditional GET. */
  public FetchOutcome fetch(URI url, Validators validators) {
    Instant started = clock.instant();
    URI current = url;
    for (int redirects = 0; ; redirects++) {
      Step step = request(url, current, validators, started);
      if (step.outcome() != null) {
        return step.outcome();
      }
      if (redirects == settings.maxRedirects()) {
        return failed(url, FetchOutcome.Kind.BAD_REDIRECT, step.status(),
            "more than " + settings.maxRedirects() + " redirects from " + url, started);
      }
      current = step.next();
    }
  }

  /** One request: an outcome, or the URL a redirect points to. */
  private record Step(FetchOutcome outcome, URI next, int status) {}

  private Step request(URI url, URI current, Validators validators, Instant started) {
    HttpRequest.Builder request = HttpRequest.newBuilder(current)
        .timeout(settings.timeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", ACCEPT)
        .header("Accept-Encoding", "gzip");
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      return done(failed(url, FetchOutcome.Kind.TIMEOUT, 0,
          "connect timeout after " + settings.connectTimeout().toMillis() + " ms to " + current,
          started));
    } catch (HttpTimeoutException e) {
      return done(failed(url, FetchOutcome.Kind.TIMEOUT, 0,
          "no response within " + settings.timeout().toMillis() + " ms from " + current, started));
    } catch (IOException e) {
      return done(failed(url, FetchOutcome.Kind.NETWORK, 0,
          describe(e) + " (" + current + ")", started));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return done(failed(url, FetchOutcome.Kind.NETWORK, 0, "interrupted", started));
    }
    return handle(url, current, validators, response, started);
  }

  private Step handle(URI url, URI current, Validators validators,
      HttpResponse<InputStream> response, Instant started) {
    int status = response.statusCode();
    var headers = response.headers();
    HttpDecisions.Verdict verdict =
        HttpDecisions.verdict(status, headers.firstValue("Retry-After").isPresent());
    if (verdict != HttpDecisions.Verdict.BODY) {
      discard(response.body());
    }
    return switch (verdict) {
      case BODY -> done(body(url, current, response, started));
      case NOT_MODIFIED -> done(new FetchOutcome.NotModified(url,
          HttpDecisions.validators(headers, validators), since(started)));
      case REDIRECT -> redirect(url, current, headers.firstValue("Location").orElse(null),
          status, started);
      case RATE_LIMITED -> done(new FetchOutcome.RateLimited(url, status,
          HttpDecisions.retryAt(headers.firstValue("Retry-After"), clock.instant()),
          since(started)));
      case CLIENT_ERROR -> done(failed(url, FetchOutcome.Kind.CLIENT_ERROR, status,
          status + " from " + current, started));
      case SERVER_ERROR -> done(failed(url, FetchOutcome.Kind.SERVER_ERROR, status,
          status + " from " + current, started));
      case UNEXPECTED -> done(failed(url, FetchOutcome.Kind.UNEXPECTED, status,
          "unexpected status " + status + " from " + current, started));
    };
  }

  private Step redirect(URI url, URI current, String location, int status, Instant started) {
    if (location == null || location.isBlank()) {
      return done(failed(url, FetchOutcome.Kind.BAD_REDIRECT, status,
          status + " without Location from " + current, started));
    }
    URI next;
    try {
      next = current.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      return done(failed(url, FetchOutcome.Kind.BAD_REDIRECT, status,
          "unreadable Location '" + location + "' from " + current, started));
    }
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return done(failed(url, FetchOutcome.Kind.BAD_REDIRECT, status,
          "redirect to a non-http(s) URL " + next + " from " + current, started));
    }
    return new Step(null, next, status);
  }

  private FetchOutcome body(URI url, URI current, HttpResponse<InputStream> response,
      Instant started) {
    int status = response.statusCode();
    OptionalLong length = response.headers().firstValueAsLong("Content-Length");
    boolean gzip = response.headers().firstValue("Content-Encoding")
        .map(e -> e.strip().equalsIgnoreCase("gzip")).orElse(false);
    if (!gzip && length.isPresent() && length.getAsLong() > settings.maxBodyBytes()) {
      discard(response.body());
      return failed(url, FetchOutcome.Kind.TOO_LARGE, status, "body of " + length.getAsLong()
          + " bytes exceeds the cap of " + settings.maxBodyBytes() + " from " + current, started);
    }
    byte[] body;
    try (InputStream raw = response.body();
        InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBodyBytes() + 1));
    } catch (ZipException | java.io.EOFException e) {
      return failed(url, FetchOutcome.Kind.UNEXPECTED, status,
          "broken gzip body from " + current + ": " + e.getMessage(), started);
    } catch (HttpTimeoutException e) {
      return failed(url, FetchOutcome.Kind.TIMEOUT, status,
          "body not complete within " + settings.timeout().toMillis() + " ms from " + current,
          started);
    } catch (IOException e) {
      return failed(url, FetchOutcome.Kind.NETWORK, status,
          "body cut off: " + describe(e) + " (" + current + ")", started);
    }
    if (body.length > settings.maxBodyBytes()) {
      return failed(url, FetchOutcome.Kind.TOO_LARGE, status, "body exceeds the cap of "
          + settings.maxBodyBytes() + " bytes (decompressed) from " + current, started);
    }
    return new FetchOutcome.Fetched(url, current, status,
        response.headers().firstValue("Content-Type").orElse(null), body,
        HttpDecisions.validators(response.headers(), Validators.NONE), since(started));
  }

  private static void discard(InputStream body) {
    try (body) {
      body.skip(64 * 1024);
    } catch (IOException e) {
      // the connection is closed either way
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    if (e instanceof java.net.ConnectException) {
      return "connection refused";
    }
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private FetchOutcome.Failed failed(URI url, FetchOutcome.Kind kind, int status, String detail,
      Instant started) {
    return new FetchOutcome.Failed(url, kind, status, detail, since(started));
  }

  private Duration since(Instant started) {
    Duration elapsed = Duration.between(started, clock.instant());
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
  }

  private static Step done(FetchOutcome outcome) {
    return new Step(outcome, null, 0);
  }
}
