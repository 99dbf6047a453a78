package nl.statuswacht.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.Test;
import okio.Buffer;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /readyz}: 503 with its reasons until a poll succeeded, 200 after, 503 again when three
 * poll intervals pass without one; {@code /healthz} is 200 throughout; {@code /metrics} counts
 * the polls by outcome.
 */
class ReadinessTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(Watch watch, String path) throws Exception {
    URI base = URI.create("http://127.0.0.1:" + watch.statuswacht().webPort());
    return http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void notReadyUntilAPollSucceededAndAgainWhenPollsStop() throws Exception {
    try (Watch watch = new Watch(dir, Instant.parse("2025-11-12T12:00:00Z"), Map.of())) {
      watch.statuswacht().startWeb();
      HttpResponse<String> ready = get(watch, "/readyz");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("\"ready\":false", "no successful poll yet");
      assertThat(get(watch, "/healthz").statusCode()).isEqualTo(200);

      // the site serves nothing yet (404 everywhere): the poll fails, for the page's own 404
      watch.poll();
      assertThat(get(watch, "/readyz").statusCode()).isEqualTo(503);
      assertThat(get(watch, "/metrics").body())
          .contains("statuswacht_polls_total{outcome=\"failed\"} 1.0")
          .contains("statuswacht_fetch_failures_total{reason=\"http_404\"} 1.0");

      watch.site.atom("/history.atom", Fixtures.text("kvk/site/history.atom"));
      watch.poll();
      assertThat(get(watch, "/readyz").statusCode()).isEqualTo(200);
      assertThat(get(watch, "/metrics").body())
          .contains("statuswacht_polls_total{outcome=\"fetched\"} 1.0");

      watch.clock.advance(Duration.ofMinutes(16)); // the default interval is 5m
      ready = get(watch, "/readyz");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("more than 3 poll intervals");
    }
  }

  @Test
  void aFailedPollIsCountedByWhatFailedNotByANumberInItsText() throws Exception {
    try (Watch watch = new Watch(dir, Instant.parse("2025-11-12T12:00:00Z"), Map.of())) {
      watch.site.atom("/history.atom", Fixtures.text("kvk/site/history.atom"));
      watch.statuswacht().startWeb();
      watch.poll(); // the plan: /history.atom
      // 450 bytes promised, the connection closed before they came: "… of 450 bytes", which
      // names no HTTP status
      watch.site.serve("/history.atom", new MockResponse.Builder().code(200)
          .body(new Buffer().write(new byte[450])).onResponseBody(new SocketEffect.CloseSocket())
          .build());
      PollResult cut = watch.statuswacht().pollOnce();

      assertThat(((PollResult.Failed) cut).detail()).contains("body ended after ")
          .contains(" of 450 bytes");
      assertThat(get(watch, "/metrics").body())
          .contains("statuswacht_fetch_failures_total{reason=\"connect\"} 1.0")
          .doesNotContain("http_450");
    }
  }

  @Test
  void notReadyWhileMailDueLongAgoIsNotSent() throws Exception {
    try (Watch watch = new Watch(dir, Instant.parse("2025-11-12T12:00:00Z"),
        Map.of("STATUSWACHT_POLL_NOTIFY_ON_BASELINE", "true",
            "STATUSWACHT_POLL_MAX_NEW_POSTS", "1000"))) {
      watch.site.atom("/history.atom", Fixtures.text("kvk/site/history.atom"));
      watch.statuswacht().startWeb();
      watch.statuswacht().pollOnce(); // queues mail, delivers none
      assertThat(get(watch, "/readyz").statusCode()).isEqualTo(200);

      watch.clock.advance(Duration.ofMinutes(16));
      watch.statuswacht().pollOnce(); // the page still reads
      HttpResponse<String> ready = get(watch, "/readyz");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("outbox stuck: a mail due since")
          .doesNotContain("poll");
      assertThat(get(watch, "/metrics").body()).containsPattern(
          "statuswacht_outbox_depth [1-9]");

      watch.statuswacht().deliver();
      assertThat(get(watch, "/readyz").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aTakenPortIsOneLineNamingTheSetting() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
            java.net.InetAddress.getLoopbackAddress());
        Watch watch = new Watch(dir, Instant.parse("2025-11-12T12:00:00Z"),
            Map.of("STATUSWACHT_WEB_LISTEN", "127.0.0.1:" + taken.getLocalPort()))) {
      assertThatThrownBy(() -> watch.statuswacht().startWeb())
          .isInstanceOf(nl.statuswacht.Statuswacht.CannotStart.class)
          .hasMessageStartingWith("web.listen 127.0.0.1:" + taken.getLocalPort()
              + ": cannot listen there (")
          .hasMessageEndingWith("set web.listen (STATUSWACHT_WEB_LISTEN) to another host:port,"
              + " or off");
    }
  }
}
