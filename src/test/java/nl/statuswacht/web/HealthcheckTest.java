package nl.statuswacht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/healthcheck}, the image's health check, run by bash as Docker runs it: against the
 * daemon's own {@code /readyz}, exit 1 while it is not ready and 0 once a poll succeeded; the
 * port from {@code STATUSWACHT_WEB_LISTEN}, a wildcard host asked on loopback; and a clear line,
 * exit 1, when nothing listens or the web server is off.
 */
class HealthcheckTest {
  private static final Path SCRIPT = Path.of("bin/healthcheck").toAbsolutePath();

  @TempDir Path dir;

  record Result(int exit, String out) {}

  private static Result check(String listen, String... path)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(path));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("STATUSWACHT_WEB_LISTEN", listen);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s ended", command).isTrue();
    return new Result(process.exitValue(), out.strip());
  }

  @Test
  void healthyOnlyOnceTheDaemonIsReady() throws Exception {
    try (Watch watch = new Watch(dir, Instant.parse("2025-11-12T12:00:00Z"), Map.of())) {
      watch.statuswacht().startWeb();
      int port = watch.statuswacht().webPort();

      Result before = check("0.0.0.0:" + port);
      assertThat(before.exit()).as(before.out()).isEqualTo(1);
      assertThat(before.out())
          .isEqualTo("http://127.0.0.1:" + port + "/readyz HTTP/1.1 503 Service Unavailable");

      watch.site.atom("/history.atom", Fixtures.text("kvk/site/history.atom"));
      watch.poll();

      Result after = check("[::]:" + port);
      assertThat(after.exit()).as(after.out()).isZero();
      assertThat(after.out()).isEqualTo("http://127.0.0.1:" + port + "/readyz HTTP/1.1 200 OK");
      Result health = check("127.0.0.1:" + port, "/healthz");
      assertThat(health.exit()).as(health.out()).isZero();
    }
  }

  @Test
  void unhealthyWhenNothingListens() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    Result result = check("127.0.0.1:" + port);

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).isEqualTo("http://127.0.0.1:" + port + "/readyz cannot connect");
  }

  @Test
  void unhealthyWhenTheWebServerIsOff() throws Exception {
    Result result = check("off");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).isEqualTo("web.listen is off: no /readyz to ask");
  }
}
