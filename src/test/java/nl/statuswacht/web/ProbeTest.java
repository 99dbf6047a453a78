package nl.statuswacht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The container's health check asks the port the daemon listens on, on loopback. */
class ProbeTest {
  @Test
  void asksReadyzOnLoopbackAtTheListenPort() {
    assertThat(Probe.url("0.0.0.0:8080", "/readyz"))
        .isEqualTo(URI.create("http://127.0.0.1:8080/readyz"));
    assertThat(Probe.url("127.0.0.1:9000", "/healthz"))
        .isEqualTo(URI.create("http://127.0.0.1:9000/healthz"));
    assertThat(Probe.url("[::1]:8081", "/readyz"))
        .isEqualTo(URI.create("http://[::1]:8081/readyz"));
  }
}
