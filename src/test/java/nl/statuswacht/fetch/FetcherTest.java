package nl.statuswacht.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import nl.statuswacht.config.HttpSettings;
import nl.statuswacht.testing.StatusSite;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on loopback. */
class FetcherTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final HttpSettings SETTINGS = new HttpSettings(Duration.ofSeconds(2),
      Duration.ofSeconds(5), 1000, 5, "statuswacht/test (+https://example.org)");

  private StatusSite site;
  private final Fetcher fetcher = new Fetcher(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));

  @BeforeEach
  void start() throws IOException {
    site = new StatusSite();
  }

  @AfterEach
  void stop() throws IOException {
    site.close();
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/rss+xml")
        .body(body).build();
  }

  private static MockResponse redirect(int code, String location) {
    return new MockResponse.Builder().code(code).setHeader("Location", location).build();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void aBodyComesWithItsValidatorsAndTheRequestNamesStatuswacht() {
    site.serve("/feed.rss", new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/rss+xml; charset=utf-8")
        .setHeader("ETag", "\"abc\"").setHeader("Last-Modified", "Wed, 31 Dec 2025 09:00:00 GMT")
        .body("<rss/>").build());

    FetchOutcome outcome = fetcher.fetch(site.url("/feed.rss"), Validators.NONE);

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) outcome;
    assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
    assertThat(fetched.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
    assertThat(fetched.validators())
        .isEqualTo(new Validators("\"abc\"", "Wed, 31 Dec 2025 09:00:00 GMT"));
    var request = site.requests().get(0);
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo(SETTINGS.userAgent());
    assertThat(request.getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
    assertThat(request.getHeaders().get("If-None-Match")).isNull();
  }

  @Test
  void aConditionalGetSendsTheValidatorsAndA304IsNotModified() {
    site.serve("/feed.rss", new MockResponse.Builder().code(304).build());
    Validators validators = new Validators("\"abc\"", "Wed, 31 Dec 2025 09:00:00 GMT");

    FetchOutcome outcome = fetcher.fetch(site.url("/feed.rss"), validators);

    assertThat(outcome).isInstanceOf(FetchOutcome.NotModified.class);
    assertThat(((FetchOutcome.NotModified) outcome).validators()).isEqualTo(validators);
    var request = site.requests().get(0);
    assertThat(request.getHeaders().get("If-None-Match")).isEqualTo("\"abc\"");
    assertThat(request.getHeaders().get("If-Modified-Since"))
        .isEqualTo("Wed, 31 Dec 2025 09:00:00 GMT");
  }

  @Test
  void aGzipBodyIsDecompressed() throws IOException {
    site.serve("/feed.rss", new MockResponse.Builder().code(200)
        .setHeader("Content-Encoding", "gzip")
        .body(new Buffer().write(gzip("<rss>ë</rss>".getBytes(StandardCharsets.UTF_8)))).build());

    FetchOutcome.Fetched fetched =
        (FetchOutcome.Fetched) fetcher.fetch(site.url("/feed.rss"), Validators.NONE);

    assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("<rss>ë</rss>");
  }

  @Test
  void aGzipBombIsCutAtTheCapOnTheDecompressedBytes() throws IOException {
    byte[] bomb = gzip(new byte[1_000_000]);
    assertThat((long) bomb.length).isLessThan(SETTINGS.maxBodyBytes() * 2);
    site.serve("/feed.rss", new MockResponse.Builder().code(200)
        .setHeader("Content-Encoding", "gzip").body(new Buffer().write(bomb)).build());

    FetchOutcome outcome = fetcher.fetch(site.url("/feed.rss"), Validators.NONE);

    assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
        failed -> assertThat(failed.kind()).isEqualTo(FetchOutcome.Kind.TOO_LARGE));
  }

  @Test
  void aBodyLongerThanTheCapIsTooLarge() {
    site.serve("/feed.rss", ok("x".repeat(1001)));

    FetchOutcome outcome = fetcher.fetch(site.url("/feed.rss"), Validators.NONE);

    assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, failed -> {
      assertThat(failed.kind()).isEqualTo(FetchOutcome.Kind.TOO_LARGE);
      assertThat(failed.detail()).contains("1001 bytes").contains(site.url("/feed.rss").toString());
    });
  }

  @Test
  void aBodyOfExactlyTheCapIsRead() {
    site.serve("/feed.rss", ok("x".repeat(1000)));

    assertThat(fetcher.fetch(site.url("/feed.rss"), Validators.NONE))
        .isInstanceOf(FetchOutcome.Fetched.class);
  }

  @Test
  void fiveRedirectsAreFollowedAndRelativeLocationsResolved() {
    for (int i = 1; i <= 5; i++) {
      site.serve("/r" + i, redirect(i % 2 == 0 ? 301 : 307, i == 5 ? "/feed.rss" : "r" + (i + 1)));
    }
    site.serve("/feed.rss", ok("<rss/>"));

    FetchOutcome outcome = fetcher.fetch(site.url("/r1"), Validators.NONE);

    assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
        fetched -> assertThat(fetched.finalUrl()).isEqualTo(site.url("/feed.rss")));
    assertThat(site.requestedPaths()).containsExactly("/r1", "/r2", "/r3", "/r4", "/r5",
        "/feed.rss");
  }

  @Test
  void aSixthRedirectIsRefused() {
    for (int i = 1; i <= 6; i++) {
      site.serve("/r" + i, redirect(302, "/r" + (i + 1)));
    }
    site.serve("/r7", ok("<rss/>"));

    FetchOutcome outcome = fetcher.fetch(site.url("/r1"), Validators.NONE);

    assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
        failed -> assertThat(failed.kind()).isEqualTo(FetchOutcome.Kind.BAD_REDIRECT));
    assertThat(site.requestedPaths()).doesNotContain("/r7");
  }

  @Test
  void aRedirectToAnythingButHttpIsRefused() {
    site.serve("/ftp", redirect(302, "ftp://127.0.0.1/feed.rss"));
    site.serve("/file", redirect(302, "file:///etc/passwd"));
    site.serve("/nowhere", new MockResponse.Builder().code(302).build());

    for (String path : new String[] {"/ftp", "/file", "/nowhere"}) {
      FetchOutcome outcome = fetcher.fetch(site.url(path), Validators.NONE);
      assertThat(outcome).as(path).isInstanceOfSatisfying(FetchOutcome.Failed.class,
          failed -> assertThat(failed.kind()).isEqualTo(FetchOutcome.Kind.BAD_REDIRECT));
    }
  }

  @Test
  void tooManyRequestsWaitsAsRetryAfterSays() {
    site.serve("/feed.rss", new MockResponse.Builder().code(429)
        .setHeader("Retry-After", "120").build());

    FetchOutcome outcome = fetcher.fetch(site.url("/feed.rss"), Validators.NONE);

    assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.RateLimited.class, limited -> {
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.retryAt()).isEqualTo(NOW.plusSeconds(120));
    });
  }

  @Test
  void unavailableWithAnHttpDateRetryAfterIsRateLimited() {
    site.serve("/feed.rss", new MockResponse.Builder().code(503)
        .setHeader("Retry-After", "Sat, 28 Nov 2026 12:30:00 GMT").build());

    FetchOutcome outcome = fetcher.fetch(site.url("/feed.rss"), Validators.NONE);

    assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.RateLimited.class,
        limited -> assertThat(limited.retryAt()).isEqualTo(Instant.parse("2026-11-28T12:30:00Z")));
  }

  @Test
  void serverAndClientErrorsNameTheStatusAndTheUrl() {
    site.serve("/500", new MockResponse.Builder().code(500).body("boom").build());

    FetchOutcome server = fetcher.fetch(site.url("/500"), Validators.NONE);
    FetchOutcome client = fetcher.fetch(site.url("/missing"), Validators.NONE);

    assertThat(server).isInstanceOfSatisfying(FetchOutcome.Failed.class, failed -> {
      assertThat(failed.kind()).isEqualTo(FetchOutcome.Kind.SERVER_ERROR);
      assertThat(failed.status()).isEqualTo(500);
      assertThat(failed.detail()).isEqualTo("500 from " + site.url("/500"));
    });
    assertThat(client).isInstanceOfSatisfying(FetchOutcome.Failed.class, failed -> {
      assertThat(failed.kind()).isEqualTo(FetchOutcome.Kind.CLIENT_ERROR);
      assertThat(failed.status()).isEqualTo(404);
    });
  }

  @Test
  void aRefusedConnectionIsANetworkFailure() throws IOException {
    URI closed = site.url("/feed.rss");
    site.close();

    FetchOutcome outcome = fetcher.fetch(closed, Validators.NONE);

    assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, failed -> {
      assertThat(failed.kind()).isEqualTo(FetchOutcome.Kind.NETWORK);
      assertThat(failed.status()).isZero();
      assertThat(failed.detail()).contains("connection refused").contains(closed.toString());
    });
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsATimeout() {
    Fetcher impatient = new Fetcher(new HttpSettings(Duration.ofSeconds(2),
        Duration.ofMillis(300), 1000, 5, "statuswacht/test"), Clock.fixed(NOW, ZoneOffset.UTC));
    site.serve("/slow", new MockResponse.Builder().code(200).body("<rss/>")
        .headersDelay(5, TimeUnit.SECONDS).build());

    FetchOutcome outcome = impatient.fetch(site.url("/slow"), Validators.NONE);

    assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
        failed -> assertThat(failed.kind()).isEqualTo(FetchOutcome.Kind.TIMEOUT));
  }
}
