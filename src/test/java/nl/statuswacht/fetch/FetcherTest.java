package nl.statuswacht.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import nl.statuswacht.config.HttpSettings;
import nl.statuswacht.fetch.FetchOutcome.Failed;
import nl.statuswacht.fetch.FetchOutcome.Fetched;
import nl.statuswacht.fetch.FetchOutcome.Kind;
import nl.statuswacht.fetch.FetchOutcome.NotModified;
import nl.statuswacht.fetch.FetchOutcome.RateLimited;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final long CAP = 64 * 1024;
  private static final String USER_AGENT = "statuswacht/test (+https://example.org/statuswacht)";
  private static final String RSS = "<rss version=\"2.0\"><channel><title>KVK</title></channel></rss>";

  private final MockWebServer server = new MockWebServer();
  private final Fetcher fetcher = new Fetcher(settings(Duration.ofSeconds(5)), CLOCK);

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fetchesTheBodyAndCapturesTheValidators() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/rss+xml; charset=utf-8")
            .addHeader("ETag", "\"v1\"")
            .addHeader("Last-Modified", "Mon, 02 Mar 2026 09:00:00 GMT")
            .body(RSS)
            .build());
    URI url = url("/history.rss");

    FetchOutcome outcome = fetcher.fetch(url, Validators.NONE);

    assertThat(outcome).isInstanceOf(Fetched.class);
    Fetched fetched = (Fetched) outcome;
    assertThat(fetched.url()).isEqualTo(url);
    assertThat(fetched.finalUrl()).isEqualTo(url);
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
    assertThat(new String(fetched.body(), UTF_8)).isEqualTo(RSS);
    assertThat(fetched.validators())
        .isEqualTo(new Validators("\"v1\"", "Mon, 02 Mar 2026 09:00:00 GMT"));
    assertThat(fetched.elapsed()).isEqualTo(Duration.ZERO);
  }

  @Test
  void validatorsAreEmptyWhenTheServerGivesNone() {
    server.enqueue(new MockResponse.Builder().code(200).body(RSS).build());

    Fetched fetched = (Fetched) fetcher.fetch(url("/history.rss"), Validators.NONE);

    assertThat(fetched.validators()).isEqualTo(Validators.NONE);
    assertThat(fetched.contentType()).isNull();
  }

  @Test
  void sendsUserAgentAcceptAndAcceptEncodingButNoConditionsWithoutValidators() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(RSS).build());

    fetcher.fetch(url("/history.rss"), Validators.NONE);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo(USER_AGENT);
    assertThat(request.getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
    assertThat(request.getHeaders().get("Accept"))
        .contains("application/rss+xml", "application/atom+xml", "application/json", "text/html");
    assertThat(request.getHeaders().get("If-None-Match")).isNull();
    assertThat(request.getHeaders().get("If-Modified-Since")).isNull();
  }

  @Test
  void conditionalGetSendsTheValidatorsAnd304IsNotModified() throws Exception {
    server.enqueue(new MockResponse.Builder().code(304).build());
    Validators sent = new Validators("\"v1\"", "Mon, 02 Mar 2026 09:00:00 GMT");

    FetchOutcome outcome = fetcher.fetch(url("/history.rss"), sent);

    assertThat(outcome).isEqualTo(new NotModified(url("/history.rss"), sent, Duration.ZERO));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(request.getHeaders().get("If-Modified-Since"))
        .isEqualTo("Mon, 02 Mar 2026 09:00:00 GMT");
  }

  @Test
  void notModifiedTakesANewETagThe304Sends() {
    server.enqueue(new MockResponse.Builder().code(304).addHeader("ETag", "\"v2\"").build());
    Validators sent = new Validators("\"v1\"", "Mon, 02 Mar 2026 09:00:00 GMT");

    NotModified outcome = (NotModified) fetcher.fetch(url("/history.rss"), sent);

    assertThat(outcome.validators())
        .isEqualTo(new Validators("\"v2\"", "Mon, 02 Mar 2026 09:00:00 GMT"));
  }

  @Test
  void decompressesAGzipBody() throws Exception {
    server.enqueue(gzipped(RSS.getBytes(UTF_8)));

    Fetched fetched = (Fetched) fetcher.fetch(url("/history.rss"), Validators.NONE);

    assertThat(new String(fetched.body(), UTF_8)).isEqualTo(RSS);
  }

  @Test
  void aBodyWithTheLastBodysBytesIsHandedBackAsTheLastBodyItself() {
    byte[] body = feedOf(150_000);
    server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(body)).build());
    byte[] last = body.clone();

    Fetched fetched = fetchComparing("/history.atom", last);

    assertThat(fetched.body()).isSameAs(last);
  }

  @Test
  void aBodyThatDiffersFromTheLastPastItsFirstReadsIsItsOwnBytesAndTheLastIsUntouched() {
    byte[] body = feedOf(300_000);
    byte[] last = body.clone();
    last[280_000] ^= 1; // past the first reads, of at most 128 KB each
    byte[] lastBefore = last.clone();
    server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(body)).build());
    server.enqueue(new MockResponse.Builder().code(200).chunkedBody(new Buffer().write(body), 7_000)
        .build());

    Fetched withLength = fetchComparing("/a", last);
    Fetched chunked = fetchComparing("/b", last);

    assertThat(withLength.body()).isEqualTo(body).isNotSameAs(last);
    assertThat(chunked.body()).isEqualTo(body).isNotSameAs(last);
    assertThat(last).isEqualTo(lastBefore);
  }

  @Test
  void aBodyLongerOrShorterThanTheLastIsItsOwnBytesWhateverTheLastBegins() {
    byte[] body = feedOf(150_000);
    byte[] shorter = Arrays.copyOf(body, 100_000);
    // without a Content-Length, the lengths are only known at the end
    server.enqueue(new MockResponse.Builder().code(200).chunkedBody(new Buffer().write(body), 9_000)
        .build());
    server.enqueue(new MockResponse.Builder().code(200)
        .chunkedBody(new Buffer().write(shorter), 9_000).build());

    Fetched longer = fetchComparing("/a", shorter);
    Fetched prefix = fetchComparing("/b", body);

    assertThat(longer.body()).isEqualTo(body);
    assertThat(prefix.body()).isEqualTo(shorter);
  }

  @Test
  void aGzipBodyIsComparedWithTheLastOnceDecompressed() {
    byte[] body = feedOf(150_000);
    server.enqueue(gzipped(body));
    byte[] last = body.clone();

    Fetched fetched = fetchComparing("/history.atom", last);

    assertThat(fetched.body()).isSameAs(last);
  }

  @Test
  void aGzipBodyServedAgainIsTheLastBodyEachTimeAndAChangedOneIsItsOwn() {
    byte[] body = feedOf(150_000);
    byte[] changed = body.clone();
    changed[140_000] ^= 1;
    for (int i = 0; i < 3; i++) {
      server.enqueue(gzipped(body));
    }
    server.enqueue(gzipped(changed));
    server.enqueue(gzipped(changed));
    Fetcher one = large(); // one fetcher, as the daemon keeps it, remembering what it read
    byte[] first = ((Fetched) one.fetch(url("/history.atom"), Validators.NONE)).body();

    byte[] second = comparing(one, first);
    byte[] third = comparing(one, second);
    byte[] fourth = comparing(one, third);
    byte[] fifth = comparing(one, fourth);

    assertThat(first).isEqualTo(body);
    assertThat(second).isSameAs(first);
    assertThat(third).isSameAs(first);
    assertThat(fourth).isEqualTo(changed).isNotSameAs(first);
    assertThat(fifth).isSameAs(fourth);
  }

  @Test
  void aGzipBodyIsComparedOnceDecompressedWhenTheCallerHandsInAnotherLastBody() {
    byte[] body = feedOf(150_000);
    server.enqueue(gzipped(body));
    server.enqueue(gzipped(body));
    Fetcher one = large();
    one.fetch(url("/history.atom"), Validators.NONE, Deadline.none(), body.clone());
    byte[] last = body.clone(); // not the array the fetcher handed out: its bytes decide

    byte[] again = comparing(one, last);

    assertThat(again).isSameAs(last);
  }

  private byte[] comparing(Fetcher one, byte[] last) {
    return ((Fetched) one.fetch(url("/history.atom"), Validators.NONE, Deadline.none(), last))
        .body();
  }

  @Test
  void aLastBodyOverTheCapLetsNoBodyOverTheCapThrough() {
    byte[] overCap = new byte[(int) CAP + 1];
    server.enqueue(gzipped(overCap));

    FetchOutcome outcome = fetcher.fetch(url("/over-cap"), Validators.NONE, Deadline.none(),
        overCap.clone());

    assertThat(outcome)
        .isInstanceOfSatisfying(Failed.class, f -> assertThat(f.kind()).isEqualTo(Kind.TOO_LARGE));
  }

  @Test
  void aGzipBombIsTooLargeOnceDecompressed() throws Exception {
    byte[] tenMegabytesOfZeros = new byte[10 * 1024 * 1024];
    server.enqueue(gzipped(tenMegabytesOfZeros));

    FetchOutcome outcome = fetcher.fetch(url("/bomb.rss"), Validators.NONE);

    assertThat(outcome).isInstanceOf(Failed.class);
    Failed failed = (Failed) outcome;
    assertThat(failed.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(failed.detail()).contains("decompressed").contains(url("/bomb.rss").toString());
  }

  @Test
  void aBodyOneByteOverTheCapIsTooLargeAndOneAtTheCapIsNot() {
    server.enqueue(gzipped(new byte[(int) CAP]));
    server.enqueue(gzipped(new byte[(int) CAP + 1]));

    assertThat(fetcher.fetch(url("/at-cap"), Validators.NONE)).isInstanceOf(Fetched.class);
    assertThat(fetcher.fetch(url("/over-cap"), Validators.NONE))
        .isInstanceOfSatisfying(Failed.class, f -> assertThat(f.kind()).isEqualTo(Kind.TOO_LARGE));
  }

  @Test
  void aContentLengthOverTheCapIsTooLargeBeforeReading() {
    server.enqueue(new MockResponse.Builder().code(200).body("x".repeat((int) CAP + 1)).build());

    Failed failed = (Failed) fetcher.fetch(url("/big.html"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(failed.status()).isEqualTo(200);
    assertThat(failed.detail()).contains("Content-Length " + (CAP + 1));
  }

  /** An empty response said to be gzip is no gzip, not the last body served again. */
  @Test
  void anEmptyGzipBodyIsUnexpectedNotTheLastBody() {
    server.enqueue(
        new MockResponse.Builder().code(200).addHeader("Content-Encoding", "gzip").build());

    FetchOutcome outcome = fetcher.fetch(url("/empty.rss"), Validators.NONE, Deadline.none(),
        RSS.getBytes(UTF_8));

    assertThat(outcome).isInstanceOfSatisfying(Failed.class,
        f -> assertThat(f.kind()).isEqualTo(Kind.UNEXPECTED));
  }

  @Test
  void badGzipIsUnexpected() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Encoding", "gzip")
            .body("this is not gzip")
            .build());

    Failed failed = (Failed) fetcher.fetch(url("/broken.rss"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.UNEXPECTED);
    assertThat(failed.detail()).contains("gzip").contains(url("/broken.rss").toString());
  }

  @Test
  void anEncodingNeverAskedForIsUnexpected() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Encoding", "br")
            .body("brotli bytes")
            .build());

    Failed failed = (Failed) fetcher.fetch(url("/history.rss"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.UNEXPECTED);
    assertThat(failed.detail())
        .isEqualTo("unsupported Content-Encoding br from " + url("/history.rss"));
  }

  @Test
  void followsFiveRedirects() throws Exception {
    for (int i = 1; i <= 5; i++) {
      server.enqueue(redirect(301 + (i % 2), "/hop" + i));
    }
    server.enqueue(new MockResponse.Builder().code(200).body(RSS).build());

    Fetched fetched = (Fetched) fetcher.fetch(url("/start"), Validators.NONE);

    assertThat(fetched.url()).isEqualTo(url("/start"));
    assertThat(fetched.finalUrl()).isEqualTo(url("/hop5"));
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void aRedirectFromHttpToHttpsIsFollowedOverTls() throws Exception {
    // the https hop goes through the client with the JDK's TLS context, which makes its TLS
    // engine and then connects: to a loopback port nothing listens on, refused at once, a network
    // fault in words. The http client's context would refuse to make the engine ("no TLS").
    int closed;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      closed = probe.getLocalPort();
    }
    URI secure = URI.create("https://127.0.0.1:" + closed + "/history.rss");
    server.enqueue(redirect(301, secure.toString()));

    FetchOutcome outcome = fetcher.fetch(url("/start"), Validators.NONE);

    assertThat(outcome).isInstanceOf(Failed.class);
    Failed failed = (Failed) outcome;
    assertThat(failed.kind()).isEqualTo(Kind.NETWORK);
    assertThat(failed.detail()).contains(secure.toString()).doesNotContain("no TLS");
  }

  @Test
  void theSixthRedirectIsBad() {
    for (int i = 1; i <= 6; i++) {
      server.enqueue(redirect(307, "/hop" + i));
    }

    Failed failed = (Failed) fetcher.fetch(url("/start"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.BAD_REDIRECT);
    assertThat(failed.detail()).contains("more than 5 redirects");
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void aRelativeRedirectIsResolvedAgainstTheCurrentUrl() throws Exception {
    server.enqueue(redirect(302, "../feeds/history.atom?lang=nl"));
    server.enqueue(new MockResponse.Builder().code(200).body(RSS).build());

    Fetched fetched = (Fetched) fetcher.fetch(url("/status/page/index.html"), Validators.NONE);

    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/status/feeds/history.atom?lang=nl");
    assertThat(fetched.finalUrl()).isEqualTo(url("/status/feeds/history.atom?lang=nl"));
  }

  @Test
  void aRedirectToFtpIsBadAndNotFollowed() {
    server.enqueue(redirect(301, "ftp://files.example.org/history.rss"));

    Failed failed = (Failed) fetcher.fetch(url("/history.rss"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.BAD_REDIRECT);
    assertThat(failed.status()).isEqualTo(301);
    assertThat(failed.detail()).contains("ftp://files.example.org/history.rss");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRedirectToAFileIsBadAndNotFollowed() {
    server.enqueue(redirect(302, "file:/etc/passwd"));
    server.enqueue(new MockResponse.Builder().code(200).body("should never be asked").build());

    Failed failed = (Failed) fetcher.fetch(url("/history.rss"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.BAD_REDIRECT);
    assertThat(failed.detail()).contains("file:/etc/passwd");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRedirectWithoutLocationIsBad() {
    server.enqueue(new MockResponse.Builder().code(302).build());

    Failed failed = (Failed) fetcher.fetch(url("/history.rss"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.BAD_REDIRECT);
    assertThat(failed.detail()).contains("without Location");
  }

  @Test
  void a429WithRetryAfterSecondsIsRateLimitedUntilThen() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());

    FetchOutcome outcome = fetcher.fetch(url("/history.rss"), Validators.NONE);

    assertThat(outcome)
        .isEqualTo(
            new RateLimited(url("/history.rss"), 429, NOW.plusSeconds(120), NOW.plusSeconds(120),
                Duration.ZERO));
  }

  @Test
  void a429WithoutRetryAfterBacksOffTheDefault() {
    server.enqueue(new MockResponse.Builder().code(429).build());

    RateLimited outcome = (RateLimited) fetcher.fetch(url("/history.rss"), Validators.NONE);

    assertThat(outcome.retryAt()).isEqualTo(NOW.plus(HttpDecisions.DEFAULT_RATE_LIMIT_BACKOFF));
  }

  @Test
  void a503WithAnHttpDateRetryAfterIsRateLimitedUntilThatDate() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", "Mon, 02 Mar 2026 10:45:00 GMT")
            .build());

    RateLimited outcome = (RateLimited) fetcher.fetch(url("/history.rss"), Validators.NONE);

    assertThat(outcome.status()).isEqualTo(503);
    assertThat(outcome.retryAt()).isEqualTo(Instant.parse("2026-03-02T10:45:00Z"));
  }

  @Test
  void a503WithoutRetryAfterIsAServerError() {
    server.enqueue(new MockResponse.Builder().code(503).build());

    Failed failed = (Failed) fetcher.fetch(url("/history.rss"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(failed.detail())
        .isEqualTo("503 Service Unavailable from " + url("/history.rss"));
  }

  @Test
  void a500IsAServerErrorWithItsStatus() {
    server.enqueue(new MockResponse.Builder().code(500).body("oops").build());

    Failed failed = (Failed) fetcher.fetch(url("/history.rss"), Validators.NONE);

    assertThat(failed)
        .isEqualTo(
            new Failed(
                url("/history.rss"),
                Kind.SERVER_ERROR,
                500,
                "500 Internal Server Error from " + url("/history.rss"),
                Duration.ZERO));
  }

  @Test
  void a404IsAClientError() {
    server.enqueue(new MockResponse.Builder().code(404).build());

    Failed failed = (Failed) fetcher.fetch(url("/gone.rss"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.CLIENT_ERROR);
    assertThat(failed.status()).isEqualTo(404);
    assertThat(failed.detail()).isEqualTo("404 Not Found from " + url("/gone.rss"));
  }

  @Test
  void aClosedPortIsANetworkFailure() {
    URI closed = url("/history.rss");
    server.close();

    Failed failed = (Failed) fetcher.fetch(closed, Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.NETWORK);
    assertThat(failed.status()).isZero();
    assertThat(failed.detail()).isEqualTo("connection refused by " + closed);
  }

  @Test
  void slowHeadersTimeOut() {
    server.enqueue(
        new MockResponse.Builder().code(200).body(RSS).headersDelay(5, TimeUnit.SECONDS).build());
    Fetcher impatient = new Fetcher(settings(Duration.ofMillis(300)), CLOCK);

    Failed failed = (Failed) impatient.fetch(url("/slow.rss"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(failed.status()).isZero();
    assertThat(failed.detail()).isEqualTo("timed out after 300 ms from " + url("/slow.rss"));
  }

  @Test
  void headersTrickledByteByByteTimeOutAtTheLimitAsAWhole() throws Exception {
    // each byte comes well within the 300 ms a wait for bytes may take, but the status line and
    // headers would take seconds: the request as a whole is cut off at its limit. MockWebServer
    // can delay headers, not trickle them, so a loopback socket speaks HTTP this slowly itself.
    try (java.net.ServerSocket slow = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      Thread trickler = new Thread(() -> {
        try (java.net.Socket client = slow.accept()) {
          client.getInputStream().read(new byte[4096]);
          byte[] response = ("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
              + "X-Padding: " + "x".repeat(100) + "\r\n\r\n").getBytes(UTF_8);
          for (byte b : response) {
            client.getOutputStream().write(b);
            client.getOutputStream().flush();
            Thread.sleep(50);
          }
        } catch (IOException | InterruptedException e) {
          // the fetcher hung up, as it should
        }
      });
      trickler.start();
      URI trickle = URI.create("http://127.0.0.1:" + slow.getLocalPort() + "/slow.rss");
      Fetcher impatient = new Fetcher(settings(Duration.ofMillis(300)), CLOCK);
      long started = System.nanoTime();

      Failed failed = (Failed) impatient.fetch(trickle, Validators.NONE);

      long tookMs = (System.nanoTime() - started) / 1_000_000;
      assertThat(failed.kind()).isEqualTo(Kind.TIMEOUT);
      assertThat(failed.detail()).isEqualTo("timed out after 300 ms from " + trickle);
      // not a timing assertion on speed: the trickle alone would take 7 seconds
      assertThat(tookMs).isLessThan(5_000);
      trickler.join();
    }
  }

  @Test
  void aSlowBodyTimesOutToo() {
    server.enqueue(
        new MockResponse.Builder().code(200).body(RSS).bodyDelay(5, TimeUnit.SECONDS).build());
    Fetcher impatient = new Fetcher(settings(Duration.ofMillis(300)), CLOCK);

    Failed failed = (Failed) impatient.fetch(url("/slow.rss"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(failed.status()).isEqualTo(200);
    assertThat(failed.detail()).isEqualTo("timed out after 300 ms from " + url("/slow.rss"));
  }

  @Test
  void aBodyTrickledWithinEachWaitTimesOutAtTheLimitAsAWhole() {
    // 16 bytes every 100 ms: each wait for bytes ends well within 300 ms, the 2 KB body would
    // take 13 s; the request's watchdog cuts it off, and that is a timeout, not a network fault
    String large = RSS.replace("<title>KVK</title>", "<title>" + "K".repeat(2_000) + "</title>");
    server.enqueue(new MockResponse.Builder().code(200).body(large)
        .throttleBody(16, 100, TimeUnit.MILLISECONDS).build());
    Fetcher impatient = new Fetcher(settings(Duration.ofMillis(300)), CLOCK);

    Failed failed = (Failed) impatient.fetch(url("/slow.rss"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(failed.status()).isEqualTo(200);
    assertThat(failed.detail()).isEqualTo("timed out after 300 ms from " + url("/slow.rss"));
  }

  @Test
  void aBodyCutShortOfItsContentLengthIsANetworkFailureNotAShorterFeed() {
    // the server says 150,000 bytes and hangs up part way: what came is not the feed
    byte[] body = feedOf(150_000);
    server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(body))
        .onResponseBody(new SocketEffect.CloseSocket()).build());

    Failed failed = (Failed) large().fetch(url("/history.atom"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.NETWORK);
    assertThat(failed.status()).isEqualTo(200);
    assertThat(failed.detail()).startsWith("body ended after ")
        .endsWith(" of 150000 bytes from " + url("/history.atom"));
  }

  @Test
  void aChunkedBodyIsWholeWhateverContentLengthItAlsoClaims() {
    // both headers: the chunks say where the body ends, and Content-Length is to be ignored
    byte[] body = feedOf(150_000);
    server.enqueue(new MockResponse.Builder().code(200).chunkedBody(new Buffer().write(body), 9_000)
        .addHeader("Content-Length", "200000").build());

    Fetched fetched = (Fetched) large().fetch(url("/history.atom"), Validators.NONE);

    assertThat(fetched.body()).isEqualTo(body);
  }

  @Test
  void aGzipBodyCutShortIsCutShortNotBadGzip() {
    byte[] compressed = gzip(feedOf(150_000));
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Encoding", "gzip")
        .body(new Buffer().write(compressed))
        .onResponseBody(new SocketEffect.CloseSocket()).build());

    Failed failed = (Failed) large().fetch(url("/history.atom"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.NETWORK);
    assertThat(failed.detail()).startsWith("body ended after ")
        .endsWith(" of " + compressed.length + " bytes from " + url("/history.atom"));
  }

  @Test
  void aBodyCutShortWhileComparedWithTheLastIsANetworkFailureNotTheLastBodysHead() {
    byte[] body = feedOf(150_000);
    server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(body))
        .onResponseBody(new SocketEffect.CloseSocket()).build());

    Failed failed = (Failed) large().fetch(url("/history.atom"), Validators.NONE,
        Deadline.none(), body.clone());

    assertThat(failed.kind()).isEqualTo(Kind.NETWORK);
    assertThat(failed.detail()).startsWith("body ended after ")
        .endsWith(" of 150000 bytes from " + url("/history.atom"));
  }

  @Test
  void anInterruptedFetchKeepsTheFlagAndSaysSo() {
    server.enqueue(new MockResponse.Builder().code(200).body(RSS).build());
    Thread.currentThread().interrupt();
    try {
      Failed failed = (Failed) fetcher.fetch(url("/history.rss"), Validators.NONE);

      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(failed.kind()).isEqualTo(Kind.NETWORK);
      assertThat(failed.detail()).isEqualTo("interrupted");
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aUrlThatIsNotHttpIsNotFetched() {
    Failed failed = (Failed) fetcher.fetch(URI.create("ftp://example.org/x"), Validators.NONE);

    assertThat(failed.kind()).isEqualTo(Kind.UNEXPECTED);
    assertThat(failed.detail()).contains("ftp://example.org/x");
  }

  @Test
  void elapsedIsMeasuredWithTheInjectedClock() {
    server.enqueue(new MockResponse.Builder().code(200).body(RSS).build());
    Clock ticking = new SteppingClock(NOW, Duration.ofMillis(1200));

    FetchOutcome outcome = new Fetcher(settings(Duration.ofSeconds(5)), ticking)
        .fetch(url("/history.rss"), Validators.NONE);

    assertThat(outcome.elapsed()).isPositive();
  }

  private URI url(String path) {
    return server.url(path).uri();
  }

  private static HttpSettings settings(Duration timeout) {
    return new HttpSettings(Duration.ofSeconds(2), timeout, CAP, 5, USER_AGENT,
        Duration.ofHours(1));
  }

  private static MockResponse redirect(int status, String location) {
    return new MockResponse.Builder().code(status).addHeader("Location", location).build();
  }

  /**
   * Fetches {@code path} as a 200 with {@code last} as the body it gave before, by a fetcher whose
   * cap lets bodies of a few 128 KB reads through.
   */
  private Fetched fetchComparing(String path, byte[] last) {
    return (Fetched) large().fetch(url(path), Validators.NONE, Deadline.none(), last);
  }

  /** A fetcher whose cap lets a 1 MB body through. */
  private static Fetcher large() {
    return new Fetcher(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5),
        1 << 20, 5, USER_AGENT, Duration.ofHours(1)), CLOCK);
  }

  /** {@code size} bytes of a feed-like text that does not repeat in 128 KB steps. */
  private static byte[] feedOf(int size) {
    StringBuilder text = new StringBuilder(size + 64);
    for (int i = 0; text.length() < size; i++) {
      text.append("<entry><id>tag:status.kvk.nl,2026:").append(i).append("</id></entry>\n");
    }
    return Arrays.copyOf(text.toString().getBytes(UTF_8), size);
  }

  private static MockResponse gzipped(byte[] body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Encoding", "gzip")
        .body(new Buffer().write(gzip(body)))
        .build();
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  /** A clock that moves on by a fixed step each time it is read. */
  private static final class SteppingClock extends Clock {
    private Instant now;
    private final Duration step;

    SteppingClock(Instant start, Duration step) {
      this.now = start;
      this.step = step;
    }

    @Override
    public synchronized Instant instant() {
      Instant current = now;
      now = now.plus(step);
      return current;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
