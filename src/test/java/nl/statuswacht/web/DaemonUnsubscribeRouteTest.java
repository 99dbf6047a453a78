package nl.statuswacht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon's own web server carries the one-click unsubscribe page (wired in by {@code
 * Statuswacht.extraRoutes}), not only a server a test builds for it.
 */
class DaemonUnsubscribeRouteTest {
  @TempDir Path dir;

  @Test
  void theDaemonsServerRefusesAForgedTokenAndAsksForOne() throws Exception {
    try (Watch watch = new Watch(dir, Instant.parse("2025-11-12T12:00:00Z"), Map.of(
        "STATUSWACHT_UNSUBSCRIBE_KEY", "a-key-only-this-test-knows-0123456789",
        "STATUSWACHT_WEB_PUBLIC_URL", "https://statuswacht.example.org"))) {
      watch.statuswacht().startWeb();
      URI base = URI.create("http://127.0.0.1:" + watch.statuswacht().webPort());
      HttpClient http = HttpClient.newHttpClient();

      HttpResponse<String> forged = http.send(HttpRequest.newBuilder(
              base.resolve("/unsubscribe?t=b3BzQGV4YW1wbGUub3Jn.AAAA")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> none = http.send(HttpRequest.newBuilder(
              base.resolve("/unsubscribe")).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(forged.statusCode()).isEqualTo(403);
      assertThat(none.statusCode()).isEqualTo(400);
    }
  }
}
