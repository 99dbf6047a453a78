package nl.statuswacht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.SmtpProxy;
import nl.statuswacht.testing.StatusSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon's sender is woken, not polled (issue 17): with the real Quartz schedule, an H2 file,
 * GreenMail behind {@link SmtpProxy}, and a poll interval of an hour, so that nothing but the first
 * poll and the send job's wake-ups can deliver anything while a test runs.
 */
class DeliveryWakeUpTest {
  private static final String OPS = "ops@example.org";
  private static final String D01 = "tag:status.kvk.nl,2005:Incident/1000";
  private static final String ONE_POST =
      Fixtures.atomFeed(Fixtures.atomEntry(Fixtures.text("kvk/site/history.atom"), D01));

  @TempDir Path data;
  private GreenMail greenMail;
  private SmtpProxy proxy;
  private StatusSite site;

  @BeforeEach
  void startParts() throws Exception {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    proxy = new SmtpProxy(greenMail.getSmtp().getPort());
    site = new StatusSite();
  }

  @AfterEach
  void stopParts() throws Exception {
    site.close();
    proxy.close();
    greenMail.stop();
  }

  private Config config(Map<String, String> more) throws Exception {
    Map<String, String> env = new HashMap<>(Map.of(
        "STATUSWACHT_SOURCE", site.root().toString(),
        "STATUSWACHT_DATA_DIR", data.toString(),
        "STATUSWACHT_POLL_INTERVAL", "1h",
        "STATUSWACHT_POLL_NOTIFY_ON_BASELINE", "true",
        "STATUSWACHT_WEB_LISTEN", "off",
        "STATUSWACHT_SUBSCRIBERS", OPS,
        "STATUSWACHT_MAIL_TRANSPORT", "smtp",
        "STATUSWACHT_MAIL_SMTP_HOST", "127.0.0.1",
        "STATUSWACHT_MAIL_SMTP_PORT", Integer.toString(proxy.port()),
        "STATUSWACHT_MAIL_SMTP_STARTTLS", "off"));
    env.putAll(more);
    return new ConfigLoader("test", Clock.systemUTC()).load(data.resolve("none.yaml"), false,
        env);
  }

  private static int fetches(Statuswacht daemon) {
    return daemon.database().inTransaction(c -> {
      try (ResultSet row = c.createStatement().executeQuery("select count(*) from fetch_log")) {
        row.next();
        return row.getInt(1);
      }
    });
  }

  @Test
  void thePollsMailGoesOutInThePollsOwnJobAndNothingIsScheduledWhileNothingWaits()
      throws Exception {
    site.atom("/history.atom", Fixtures.text("kvk/site/history.atom"));
    try (Statuswacht daemon = Statuswacht.create(config(Map.of()), Clock.systemUTC(), "test")) {
      daemon.start();

      await().atMost(Duration.ofSeconds(60)).until(() -> count(daemon, "SENT") > 0
          && count(daemon, "PENDING") + count(daemon, "SENDING") == 0);
      assertThat(greenMail.getReceivedMessages()).as("every post of the page, one mail each")
          .hasSize(count(daemon, "SENT")).hasSizeGreaterThan(10);
      assertThat(proxy.connections()).as("the poll's mails over one connection").isEqualTo(1);
      await().atMost(Duration.ofSeconds(10)).until(() -> daemon.nextDelivery() == null);
      assertThat(daemon.nextDelivery()).as("no send job waits: nothing polls the outbox").isNull();
    }
  }

  @Test
  void aMailRefusedForNowIsTriedAgainByTheSendJobAtItsNextAttemptWithoutAPoll()
      throws Exception {
    site.atom("/history.atom", ONE_POST);
    proxy.reject(OPS, "451 4.7.1 try again later");
    try (Statuswacht daemon = Statuswacht.create(config(Map.of(
        "STATUSWACHT_MAIL_RETRY_BASE_DELAY", "2s", "STATUSWACHT_MAIL_RETRY_MAX_DELAY", "10s")),
        Clock.systemUTC(), "test")) {
      daemon.start();
      await().atMost(Duration.ofSeconds(60)).until(() -> attempts(daemon) == 1);
      Instant retry = nextAttempt(daemon);
      await().atMost(Duration.ofSeconds(10)).until(() -> daemon.nextDelivery() != null);
      assertThat(daemon.nextDelivery()).as("the send job is set for the retry")
          .isBetween(retry.minusSeconds(1), retry.plusSeconds(1));
      int polled = fetches(daemon);

      proxy.accept(OPS);
      // the proxy notes the acceptance once it has passed GreenMail's reply on, just after
      // GreenMail holds the message
      await().atMost(Duration.ofSeconds(30)).until(() -> proxy.accepted().size() == 1);
      assertThat(greenMail.getReceivedMessages()).hasSize(1);

      assertThat(proxy.accepted().get(0)).as("not before its next attempt")
          .isAfterOrEqualTo(retry);
      assertThat(fetches(daemon)).as("no poll in between: the send job sent it")
          .isEqualTo(polled);
      await().atMost(Duration.ofSeconds(10)).until(() -> daemon.nextDelivery() == null);
      assertThat(attempts(daemon)).isEqualTo(2);
    }
  }

  private static int count(Statuswacht daemon, String state) {
    return daemon.database().inTransaction(c -> nl.statuswacht.store.OutboxRepository.count(c,
        state));
  }

  private static int attempts(Statuswacht daemon) {
    return daemon.database().inTransaction(c -> {
      try (ResultSet row = c.createStatement().executeQuery("select max(attempts) from outbox")) {
        row.next();
        return row.getInt(1);
      }
    });
  }

  private static Instant nextAttempt(Statuswacht daemon) {
    return daemon.database().inTransaction(c -> {
      try (ResultSet row = c.createStatement().executeQuery(
          "select next_attempt_at from outbox where state = 'PENDING'")) {
        row.next();
        return row.getObject(1, OffsetDateTime.class).toInstant();
      }
    });
  }
}
