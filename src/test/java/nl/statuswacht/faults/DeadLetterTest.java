package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.notify.OutboxDispatcher;
import nl.statuswacht.store.EventKind;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.PostRepository;
import nl.statuswacht.testing.MutableClock;
import nl.statuswacht.testing.Cli;
import nl.statuswacht.testing.SmtpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mailbox the server refuses for good: the mail becomes a dead letter, the operator is told
 * once, {@code statuswacht outbox list} shows it and {@code statuswacht outbox retry} delivers it
 * once the server takes it. Real GreenMail, behind a proxy that answers RCPT TO for the refused
 * address with a 550 (GreenMail takes every recipient); a real H2 file; the real command line.
 */
class DeadLetterTest {
  private static final String GONE = "gone@example.org";
  private static final String OPS = "ops@example.org";
  private static final String OPERATOR = "operator@example.net";
  private static final String REFUSAL = "550 5.1.1 <gone@example.org>: mailbox unavailable";

  @TempDir Path data;
  private GreenMail greenMail;
  private SmtpProxy proxy;
  private Map<String, String> env;
  /** Now, to the second: the command line reads the system clock, the daemon this one. */
  private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

  @BeforeEach
  void start() throws Exception {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    proxy = new SmtpProxy(greenMail.getSmtp().getPort()).reject(GONE, REFUSAL);
    env = new HashMap<>();
    env.put("STATUSWACHT_SOURCE", "https://status.example.org");
    env.put("STATUSWACHT_DATA_DIR", data.toString());
    env.put("STATUSWACHT_MAIL_TRANSPORT", "smtp");
    env.put("STATUSWACHT_MAIL_FROM", "statuswacht@example.net");
    env.put("STATUSWACHT_MAIL_SMTP_HOST", "127.0.0.1");
    env.put("STATUSWACHT_MAIL_SMTP_PORT", Integer.toString(proxy.port()));
    env.put("STATUSWACHT_MAIL_SMTP_STARTTLS", "off");
    env.put("STATUSWACHT_MAIL_SMTP_TIMEOUT", "10s");
    env.put("STATUSWACHT_MAIL_OPERATOR", OPERATOR);
    env.put("STATUSWACHT_MAIL_RETRY_PERMANENT_ATTEMPTS", "2");
    env.put("STATUSWACHT_SUBSCRIBERS", OPS);
  }

  @AfterEach
  void stop() throws Exception {
    proxy.close();
    greenMail.stop();
  }

  @Test
  void aRefusedMailboxIsToldToTheOperatorOnceListedAndDeliveredOnRetry() throws Exception {
    long id;
    try (Statuswacht daemon = Statuswacht.create(config(), clock, "test")) {
      id = queue(daemon, GONE, "sw.gone@example.net");
      queue(daemon, OPS, "sw.ops@example.net");

      OutboxDispatcher.Report first = daemon.deliver();
      assertThat(first).isEqualTo(new OutboxDispatcher.Report(1, 1, 0));
      assertThat(mailsTo(OPERATOR)).as("a refusal that may be retried tells no one").isEmpty();

      clock.advance(Duration.ofMinutes(1));
      OutboxDispatcher.Report dying = daemon.deliver();

      assertThat(dying).as("the dead letter, then the operator's notice in the same drain")
          .isEqualTo(new OutboxDispatcher.Report(1, 0, 1));
      for (int drain = 0; drain < 3; drain++) {
        clock.advance(Duration.ofHours(1));
        assertThat(daemon.deliver()).isEqualTo(new OutboxDispatcher.Report(0, 0, 0));
      }
    }
    assertThat(mailsTo(OPERATOR)).as("told once, over several drains").hasSize(1);
    MimeMessage notice = mailsTo(OPERATOR).get(0);
    assertThat(notice.getSubject()).isEqualTo("[statuswacht] mail niet bezorgd");
    assertThat(textPart(notice).lines()).contains("- #" + id + " → " + GONE + " \"Mail to "
        + GONE + "\" (2 attempts): smtp: " + REFUSAL + " from 127.0.0.1:" + proxy.port()
        + " (RCPT TO:<" + GONE + ">)");
    assertThat(mailsTo(GONE)).isEmpty();

    Cli.Result list = run("outbox", "list");
    assertThat(list.exit()).isZero();
    assertThat(list.out().lines()).containsExactly(
        id + " " + GONE + " dead since " + clock.instant().minus(Duration.ofHours(3))
            + " after 2 attempts: \"Mail to " + GONE + "\" — smtp: " + REFUSAL + " from 127.0.0.1:"
            + proxy.port() + " (RCPT TO:<" + GONE + ">)",
        "1 dead letter; send again with: statuswacht outbox retry ID (or --all)");

    proxy.accept(GONE);
    Cli.Result retry = run("outbox", "retry", Long.toString(id));

    assertThat(retry.exit()).as(retry.err()).isZero();
    assertThat(retry.out()).isEqualTo(id + " " + GONE + ": sent via smtp\n");
    assertThat(mailsTo(GONE)).hasSize(1);
    assertThat(mailsTo(GONE).get(0).getMessageID()).isEqualTo("<sw.gone@example.net>");
    assertThat(run("outbox", "list").out()).isEqualTo("no dead letters\n");
    assertThat(run("outbox", "retry", "--all").out()).isEqualTo("no dead letters\n");
    assertThat(mailsTo(OPERATOR)).hasSize(1);
    assertThat(mailsTo(OPS)).hasSize(1);
  }

  @Test
  void aRetriedLetterThatIsRefusedAgainIsToldAgainOnce() throws Exception {
    try (Statuswacht daemon = Statuswacht.create(config(), clock, "test")) {
      queue(daemon, GONE, "sw.gone@example.net");
      daemon.deliver();
      clock.advance(Duration.ofMinutes(1));
      daemon.deliver();
    }
    assertThat(mailsTo(OPERATOR)).hasSize(1);

    Cli.Result retry = run("outbox", "retry", "--all");

    assertThat(retry.exit()).isEqualTo(1);
    assertThat(retry.out()).contains(GONE + ": not sent yet");
    try (Statuswacht daemon = Statuswacht.create(config(), clock, "test")) {
      for (int drain = 0; drain < 3; drain++) {
        clock.advance(Duration.ofHours(1));
        daemon.deliver();
      }
    }
    assertThat(mailsTo(OPERATOR)).as("the second death is news: told once more").hasSize(2);
    assertThat(mailsTo(GONE)).isEmpty();
  }

  @Test
  void aLetterThatDiedUntoldBeforeThisProcessIsToldAtItsFirstDrain() throws Exception {
    String operator = env.remove("STATUSWACHT_MAIL_OPERATOR");
    try (Statuswacht noOperator = Statuswacht.create(config(), clock, "test")) {
      queue(noOperator, GONE, "sw.gone@example.net");
      noOperator.deliver();
      clock.advance(Duration.ofMinutes(1));
      assertThat(noOperator.deliver()).isEqualTo(new OutboxDispatcher.Report(0, 0, 1));
    }
    env.put("STATUSWACHT_MAIL_OPERATOR", operator);

    try (Statuswacht daemon = Statuswacht.create(config(), clock, "test")) {
      assertThat(daemon.deliver()).as("the notice, sent in the first drain")
          .isEqualTo(new OutboxDispatcher.Report(1, 0, 0));
      assertThat(daemon.deliver()).isEqualTo(new OutboxDispatcher.Report(0, 0, 0));
    }
    assertThat(mailsTo(OPERATOR)).hasSize(1);
  }

  @Test
  void aLetterAnotherProcessLeftUntoldIsToldWithinTheHourAndNotBefore() throws Exception {
    try (Statuswacht daemon = Statuswacht.create(config(), clock, "test")) {
      assertThat(daemon.deliver()).as("its first look: nothing to tell")
          .isEqualTo(new OutboxDispatcher.Report(0, 0, 0));
      // another process's drain gave the letter up and stopped before it told anyone
      long id = queue(daemon, GONE, "sw.gone@example.net");
      daemon.database().inTransaction(c -> {
        OutboxRepository.markDead(c, id, "smtp: " + REFUSAL, clock.instant());
        return null;
      });

      clock.advance(OutboxDispatcher.LOOK_FOR_UNTOLD_EVERY.minusSeconds(1));
      daemon.deliver();
      assertThat(mailsTo(OPERATOR)).as("a drain in which nothing died does not look").isEmpty();

      clock.advance(Duration.ofSeconds(1));
      assertThat(daemon.deliver()).isEqualTo(new OutboxDispatcher.Report(1, 0, 0));
    }
    assertThat(mailsTo(OPERATOR)).hasSize(1);
  }

  private Config config() throws Exception {
    return new ConfigLoader("test", java.time.Clock.systemUTC())
            .load(data.resolve("none.yaml"), false, env);
  }

  /** Queues a mail to {@code to} for an event of its own; returns its outbox id. */
  private long queue(Statuswacht daemon, String to, String messageId) {
    return daemon.database().inTransaction(c -> {
      long event = PostRepository.insertEventWithoutPost(c, EventKind.DIGEST, to, clock.instant());
      OutboxRepository.enqueue(c, event, new OutboxRepository.NewMail(to, messageId, null,
          "statuswacht@example.net", "Mail to " + to, "Hello"), clock.instant());
      return OutboxRepository.idOf(c, messageId).orElseThrow();
    });
  }

  private Cli.Result run(String... args) {
    return Cli.run(env, args);
  }

  /** The text/plain part: the first of the alternatives. */
  private static String textPart(MimeMessage mail) throws Exception {
    Object content = mail.getContent();
    while (content instanceof MimeMultipart multipart) {
      content = multipart.getBodyPart(0).getContent();
    }
    return ((String) content).replace("\r\n", "\n");
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> {
          try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                .anyMatch(a -> a.toString().equals(address));
          } catch (MessagingException e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
  }
}
