package nl.statuswacht.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.poll.PollResult;

/**
 * statuswacht watching a status page on loopback, with real parts: the page on MockWebServer
 * ({@link StatusSite}), a real H2 file database in {@code data}, real SMTP (GreenMail), and a
 * clock the test moves. Two subscribers and an operator.
 */
public final class Watch implements AutoCloseable {
  public static final String OPS = "ops@example.org";
  public static final String MANAGER = "manager@example.org";
  public static final String OPERATOR = "operator@example.net";

  public final StatusSite site;
  public final GreenMail smtp;
  public final MutableClock clock;
  private final Path data;
  private final Map<String, String> settings;
  private Statuswacht statuswacht;

  /** Watches the site's root; {@code settings} adds to or overrides the environment. */
  public Watch(Path data, Instant now, Map<String, String> settings) throws Exception {
    this.data = data;
    this.clock = new MutableClock(now);
    this.settings = new HashMap<>(settings);
    this.site = new StatusSite();
    this.smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    this.statuswacht = Statuswacht.create(config(), clock, "test");
  }

  public Config config() throws Exception {
    return new ConfigLoader("test", java.time.Clock.systemUTC())
            .load(data.resolve("none.yaml"), false, env());
  }

  /** The environment statuswacht runs with here, as a user would set it. */
  public Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("STATUSWACHT_SOURCE", site.root().toString());
    env.put("STATUSWACHT_DATA_DIR", data.toString());
    env.put("STATUSWACHT_MAIL_TRANSPORT", "smtp");
    env.put("STATUSWACHT_MAIL_FROM", "statuswacht@example.net");
    env.put("STATUSWACHT_MAIL_SMTP_HOST", "127.0.0.1");
    env.put("STATUSWACHT_MAIL_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()));
    env.put("STATUSWACHT_MAIL_SMTP_STARTTLS", "off");
    env.put("STATUSWACHT_MAIL_SMTP_TIMEOUT", "5s");
    env.put("STATUSWACHT_SUBSCRIBERS", OPS + "," + MANAGER);
    env.put("STATUSWACHT_MAIL_OPERATOR", OPERATOR);
    env.put("STATUSWACHT_WEB_LISTEN", "127.0.0.1:0");
    env.putAll(settings);
    return env;
  }

  public Statuswacht statuswacht() {
    return statuswacht;
  }

  /** Polls once and delivers what was queued. */
  public PollResult poll() {
    PollResult report = statuswacht.pollOnce();
    statuswacht.deliver();
    return report;
  }

  /** Stops statuswacht and starts it again on the same database. */
  public void restart() throws Exception {
    statuswacht.close();
    statuswacht = Statuswacht.create(config(), clock, "test");
  }

  /** Stops statuswacht, leaving its database to others (a command run in between). */
  public void stop() {
    statuswacht.close();
    statuswacht = null;
  }

  /**
   * Starts statuswacht again after {@link #stop}, the same site, SMTP server and clock, with
   * {@code more} added to the environment (another database, say).
   */
  public void start(Map<String, String> more) throws Exception {
    settings.putAll(more);
    statuswacht = Statuswacht.create(config(), clock, "test");
  }

  public List<MimeMessage> mails() {
    return List.of(smtp.getReceivedMessages());
  }

  public List<MimeMessage> mailsTo(String address) {
    return mails().stream().filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
            .anyMatch(a -> a.toString().equals(address));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  /** The subjects of every mail received, in order. */
  public List<String> subjects() {
    return mails().stream().map(m -> {
      try {
        return m.getSubject();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  /**
   * Makes the archiving of {@code body} fail: puts a file where its blob's folder goes, and
   * returns that file's path (delete it to let the body be archived).
   */
  public Path blockEvidenceOf(String body) throws Exception {
    String sha = Fixtures.sha256(body);
    Path folder = config().evidenceDir().resolve(sha.substring(0, 2));
    assertThat(folder).as("no blob's folder yet").doesNotExist();
    Files.writeString(folder, "a file where the blob's folder goes");
    return folder;
  }

  /** Polls once; the poll must fail with the error of archiving the body of {@code path}. */
  public void pollFailingToArchive(String path) {
    assertThatThrownBy(() -> statuswacht().pollOnce())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("evidence: cannot store the body of " + site.url(path));
  }

  /** The one number a {@code select count(*) …} returns. */
  public int count(String sql) {
    return statuswacht.database().inTransaction(c -> {
      try (ResultSet row = c.createStatement().executeQuery(sql)) {
        row.next();
        return row.getInt(1);
      }
    });
  }

  @Override
  public void close() throws Exception {
    if (statuswacht != null) {
      statuswacht.close();
    }
    smtp.stop();
    site.close();
  }
}
