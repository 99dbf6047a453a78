package nl.statuswacht;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.notify.OutboxDispatcher;
import nl.statuswacht.store.SubscriberRepository;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.SmtpProxy;
import nl.statuswacht.testing.StatusSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One new post for 10,000 subscribers kept in the database (issue 17), with real parts: the page
 * on MockWebServer, an H2 file, GreenMail behind {@link SmtpProxy}, which counts the connections.
 * Every subscriber gets exactly one mail, over one connection, and the text is stored once. (How
 * fast is {@code scripts/bench-mail.sh fanout}; nothing here is timed.)
 */
class FanOutIT {
  private static final int SUBSCRIBERS = 10_000;
  private static final String FULL = Fixtures.text("kvk/site/history.atom");
  private static final String D01 = "tag:status.kvk.nl,2005:Incident/1000";

  @TempDir Path data;

  @Test
  void tenThousandSubscribersGetOneMailEachOverOneConnection() throws Exception {
    GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    try (StatusSite site = new StatusSite();
        SmtpProxy proxy = new SmtpProxy(greenMail.getSmtp().getPort())) {
      site.atom("/history.atom", Fixtures.withoutAtomEntry(FULL, D01));
      Map<String, String> env = new HashMap<>(Map.of(
          "STATUSWACHT_SOURCE", site.root().toString(),
          "STATUSWACHT_DATA_DIR", data.toString(),
          "STATUSWACHT_WEB_LISTEN", "off",
          "STATUSWACHT_SUBSCRIBERS", "ops@example.org",
          "STATUSWACHT_MAIL_TRANSPORT", "smtp",
          "STATUSWACHT_MAIL_SMTP_HOST", "127.0.0.1",
          "STATUSWACHT_MAIL_SMTP_PORT", Integer.toString(proxy.port()),
          "STATUSWACHT_MAIL_SMTP_STARTTLS", "off"));
      Config config = new ConfigLoader("test", Clock.systemUTC())
          .load(data.resolve("none.yaml"), false, env);
      try (Statuswacht statuswacht = Statuswacht.create(config, Clock.systemUTC(), "test")) {
        statuswacht.pollOnce(); // the baseline
        statuswacht.database().inTransaction(c -> {
          for (int i = 0; i < SUBSCRIBERS; i++) {
            SubscriberRepository.save(c, new Subscriber("s" + i + "@example.org", null,
                i % 10 == 0 ? "en" : "nl", Set.of(), Set.of(), null,
                Subscriber.Delivery.IMMEDIATE, true, null, null, true));
          }
          return null;
        });

        site.atom("/history.atom", FULL);
        assertThat(statuswacht.pollOnce().counts().queued()).isEqualTo(SUBSCRIBERS + 1);
        assertThat(count(statuswacht, "select count(*) from mail_content"))
            .as("the text once per language").isEqualTo(2);
        OutboxDispatcher.Report report = statuswacht.deliver();

        assertThat(report).isEqualTo(new OutboxDispatcher.Report(SUBSCRIBERS + 1, 0, 0));
        assertThat(proxy.connections()).as("one connection for them all").isEqualTo(1);
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
          received.merge(message.getRecipients(Message.RecipientType.TO)[0].toString(), 1,
              Integer::sum);
        }
        assertThat(received).hasSize(SUBSCRIBERS + 1).containsEntry("s0@example.org", 1)
            .containsEntry("s9999@example.org", 1).containsEntry("ops@example.org", 1);
        assertThat(received.values()).as("each exactly once").containsOnly(1);
        assertThat(count(statuswacht, "select count(*) from sent_log"))
            .isEqualTo(SUBSCRIBERS + 1);
        assertThat(count(statuswacht, "select count(distinct message_id) from sent_log"))
            .isEqualTo(SUBSCRIBERS + 1);
      }
    } finally {
      greenMail.stop();
    }
  }

  private static int count(Statuswacht statuswacht, String sql) {
    return statuswacht.database().inTransaction(c -> {
      try (ResultSet row = c.createStatement().executeQuery(sql)) {
        row.next();
        return row.getInt(1);
      }
    });
  }
}
