package nl.statuswacht.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.statuswacht.config.RetrySettings;
import nl.statuswacht.config.SmtpSettings;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.EventKey;
import nl.statuswacht.store.EventKind;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.PostRepository;
import nl.statuswacht.testing.MutableClock;
import nl.statuswacht.testing.SmtpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox drained over real SMTP replies from a loopback server, on a real H2 file. */
class OutboxDispatcherTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final RetrySettings RETRY =
      new RetrySettings(Duration.ofSeconds(30), Duration.ofHours(1), 3, 2);

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(NOW);
  private Database database;
  private long event;

  @BeforeEach
  void open() {
    database = Database.openH2(dir.resolve("statuswacht"));
    event = nl.statuswacht.testing.StoredPosts.newEvent(database, NOW);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private void queue(String recipient, String messageId) {
    database.inTransaction(c -> OutboxRepository.enqueue(c, event, new OutboxRepository.NewMail(
        recipient, messageId, null, "statuswacht@example.net", "[KVK status] Nieuw: Storing",
        "Storing"), clock.instant()));
  }

  private OutboxDispatcher dispatcher(MailSender sender) {
    return new OutboxDispatcher(database, sender, new Backoff(RETRY.baseDelay(),
        RETRY.maxDelay(), new Random(7)), RETRY, clock);
  }

  private static SmtpMailSender smtp(int port) {
    return new SmtpMailSender(new SmtpSettings("127.0.0.1", port, null, null, false,
        Duration.ofSeconds(2), Duration.ofSeconds(2)));
  }

  private String column(String sql) {
    return database.inTransaction(c -> {
      try (ResultSet row = c.createStatement().executeQuery(sql)) {
        return row.next() ? row.getString(1) : null;
      }
    });
  }

  /** Queues a mail to each of {@code n} recipients, r0@example.org and on, in that order. */
  private List<String> queueToEach(int n) {
    List<String> recipients = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String recipient = "r" + i + "@example.org";
      queue(recipient, "sw.fan-" + i + "@example.net");
      recipients.add(recipient);
    }
    return recipients;
  }

  /** How many mails each recipient got. */
  private static Map<String, Integer> received(GreenMail greenMail) throws Exception {
    Map<String, Integer> counts = new TreeMap<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      counts.merge(message.getRecipients(Message.RecipientType.TO)[0].toString(), 1,
          Integer::sum);
    }
    return counts;
  }

  @Test
  void oneDrainSendsEveryDueMailOverOneConnectionAndARefusalMidBatchRetriesOnlyThatMail()
      throws Exception {
    List<String> recipients = queueToEach(150);
    GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    try (SmtpProxy proxy = new SmtpProxy(greenMail.getSmtp().getPort())) {
      proxy.reject("r75@example.org", "451 4.3.0 try again later");
      OutboxDispatcher dispatcher = dispatcher(smtp(proxy.port()));

      assertThat(dispatcher.drain()).as("more than one read of the outbox, in one drain")
          .isEqualTo(new OutboxDispatcher.Report(149, 1, 0));
      assertThat(proxy.connections()).as("one connection, reset (RSET) after the refusal")
          .isEqualTo(1);
      assertThat(greenMail.getReceivedMessages()).hasSize(149);
      assertThat(column("select state from outbox where recipient = 'r75@example.org'"))
          .isEqualTo("PENDING");

      proxy.accept("r75@example.org");
      clock.advance(Duration.ofSeconds(30));
      assertThat(dispatcher.drain()).as("only the refused one")
          .isEqualTo(new OutboxDispatcher.Report(1, 0, 0));
      Map<String, Integer> received = received(greenMail);
      assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(recipients);
      assertThat(received.values()).as("each exactly once").containsOnly(1);
      assertThat(column("select count(*) from outbox where state = 'SENT'")).isEqualTo("150");
    } finally {
      greenMail.stop();
    }
  }

  @Test
  void aConnectionTheServerDropsBetweenTwoMailsIsOpenedAgainAndTheNextMailGoesAtOnce()
      throws Exception {
    List<String> recipients = queueToEach(10);
    GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    try (SmtpProxy proxy = new SmtpProxy(greenMail.getSmtp().getPort())) {
      proxy.dropConnectionAfterMessage(3);

      assertThat(dispatcher(smtp(proxy.port())).drain())
          .isEqualTo(new OutboxDispatcher.Report(10, 0, 0));

      assertThat(proxy.connections()).as("the dropped one, and one more").isEqualTo(2);
      Map<String, Integer> received = received(greenMail);
      assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(recipients);
      assertThat(received.values()).as("none lost, none twice").containsOnly(1);
      assertThat(column("select max(attempts) from outbox")).as("no mail counted a failure")
          .isEqualTo("1");
    } finally {
      greenMail.stop();
    }
  }

  @Test
  void aMailAServerTurnsAwayWith421OnTheSharedConnectionGoesAtOnceOverANewOne() throws Exception {
    List<String> recipients = queueToEach(5);
    GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    try (SmtpProxy proxy = new SmtpProxy(greenMail.getSmtp().getPort())) {
      proxy.rejectOnce("r2@example.org", "421 4.7.0 too many mails on one connection, closing");

      assertThat(dispatcher(smtp(proxy.port())).drain())
          .isEqualTo(new OutboxDispatcher.Report(5, 0, 0));

      assertThat(proxy.connections()).isEqualTo(2);
      Map<String, Integer> received = received(greenMail);
      assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(recipients);
      assertThat(received.values()).containsOnly(1);
    } finally {
      greenMail.stop();
    }
  }

  @Test
  void aServerThatCannotBeReachedStopsTheDrainAtTheFirstMailAndTheOthersWaitUntried()
      throws Exception {
    queueToEach(3);
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    OutboxDispatcher dispatcher = dispatcher(smtp(port));

    assertThat(dispatcher.drain()).isEqualTo(new OutboxDispatcher.Report(0, 1, 0));

    assertThat(column("select attempts from outbox where recipient = 'r0@example.org'"))
        .isEqualTo("1");
    assertThat(column("select count(*) from outbox where attempts = 0 and state = 'PENDING'"))
        .as("not tried, no try counted").isEqualTo("2");
    Instant retry = Instant.parse(column("select next_attempt_at from outbox"
        + " where recipient = 'r0@example.org'").replace(' ', 'T').replaceAll("\\+00$", "Z"));
    assertThat(dispatcher.nextDue()).as("the next drain is due at that mail's retry")
        .contains(retry);
  }

  @Test
  void nothingWaitsWhenEverythingWasSentAndAMailHeldForQuietHoursIsDueAtTheirEnd() {
    OutboxDispatcher dispatcher = dispatcher(new FileMailSender(dir.resolve("mail")));
    queue("ops@example.org", "sw.1@example.net");
    dispatcher.drain();
    assertThat(dispatcher.nextDue()).isEmpty();

    Instant morning = NOW.plus(Duration.ofHours(8));
    database.inTransaction(c -> OutboxRepository.enqueue(c, event, new OutboxRepository.NewMail(
        "night@example.org", "sw.2@example.net", null, "statuswacht@example.net", "s", "b"), NOW,
        morning));
    assertThat(dispatcher.drain().sent()).isZero();
    assertThat(dispatcher.nextDue()).contains(morning);
  }

  @Test
  void aPermanentRefusalIsTriedPermanentAttemptsTimesThenKeptAsADeadLetter() throws Exception {
    queue("ops@example.org", "sw.1@example.net");
    try (FakeSmtpServer server =
        FakeSmtpServer.rejectingRecipients("550 5.1.1 mailbox unavailable")) {
      OutboxDispatcher dispatcher = dispatcher(smtp(server.port()));

      OutboxDispatcher.Report first = dispatcher.drain();
      assertThat(first).isEqualTo(new OutboxDispatcher.Report(0, 1, 0));
      Instant next = Instant.parse(column("select next_attempt_at from outbox")
          .replace(' ', 'T').replaceAll("\\+00$", "Z"));
      assertThat(next).isBetween(NOW.plusSeconds(15), NOW.plusSeconds(30));

      clock.advance(Duration.ofSeconds(30));
      OutboxDispatcher.Report second = dispatcher.drain();

      assertThat(second).isEqualTo(new OutboxDispatcher.Report(0, 0, 1));
      assertThat(column("select state from outbox")).isEqualTo("DEAD");
      assertThat(column("select attempts from outbox")).isEqualTo("2");
      assertThat(column("select last_error from outbox")).contains("550");
      clock.advance(Duration.ofDays(1));
      assertThat(dispatcher.drain()).isEqualTo(new OutboxDispatcher.Report(0, 0, 0));
    }
  }

  @Test
  void aTemporaryRefusalIsRetriedWithBackoffAndGivenUpAfterMaxAttempts() throws Exception {
    queue("ops@example.org", "sw.1@example.net");
    try (FakeSmtpServer server = FakeSmtpServer.rejectingData("451 4.3.0 try again later")) {
      OutboxDispatcher dispatcher = dispatcher(smtp(server.port()));

      assertThat(dispatcher.drain().retrying()).isEqualTo(1);
      assertThat(dispatcher.drain()).as("not due before its backoff")
          .isEqualTo(new OutboxDispatcher.Report(0, 0, 0));
      clock.advance(Duration.ofSeconds(30));
      assertThat(dispatcher.drain().retrying()).isEqualTo(1);
      clock.advance(Duration.ofSeconds(60));
      assertThat(dispatcher.drain().dead()).isEqualTo(1);
      assertThat(column("select last_error from outbox")).contains("451");
    }
  }

  @Test
  void aFailedMailHoldsBackLaterMailToTheSameRecipientButNoOneElse() throws Exception {
    queue("ops@example.org", "sw.1@example.net");
    database.inTransaction(c -> {
      long later =
          PostRepository.insertEvent(c, 1, 1, EventKey.of(EventKind.UPDATED), List.of(), NOW);
      OutboxRepository.enqueue(c, later, new OutboxRepository.NewMail("ops@example.org",
          "sw.2@example.net", "sw.1@example.net", "statuswacht@example.net", "update", "u"), NOW);
      return OutboxRepository.enqueue(c, later, new OutboxRepository.NewMail(
          "manager@example.org", "sw.3@example.net", null, "statuswacht@example.net", "update",
          "u"), NOW);
    });
    try (FakeSmtpServer server = FakeSmtpServer.rejectingData("421 4.3.2 shutting down")) {
      OutboxDispatcher.Report report = dispatcher(smtp(server.port())).drain();

      assertThat(report.retrying()).isEqualTo(2);
      assertThat(server.commands()).filteredOn("RCPT"::equals).hasSize(2);
      assertThat(column("select attempts from outbox where message_id = 'sw.3@example.net'"))
          .as("another recipient's mail is tried").isEqualTo("1");
      assertThat(column("select attempts from outbox where message_id = 'sw.2@example.net'"))
          .isEqualTo("0");
    }
  }

  @Test
  void a552IsPermanentAndEndsAsADeadLetter() throws Exception {
    queue("ops@example.org", "sw.1@example.net");
    try (FakeSmtpServer server = FakeSmtpServer.rejectingData("552 5.3.4 message too big")) {
      OutboxDispatcher dispatcher = dispatcher(smtp(server.port()));

      assertThat(dispatcher.drain().retrying()).isEqualTo(1);
      clock.advance(Duration.ofSeconds(30));
      assertThat(dispatcher.drain().dead()).isEqualTo(1);
      assertThat(column("select last_error from outbox")).contains("552");
    }
  }

  @Test
  void aServerThatStallsAfterDataTimesOutAndHoldsUpNoOtherRecipient() throws Exception {
    queue("ops@example.org", "sw.1@example.net");
    queue("manager@example.org", "sw.2@example.net");
    try (FakeSmtpServer server = FakeSmtpServer.stallingAfterData()) {
      SmtpMailSender impatient = new SmtpMailSender(new SmtpSettings("127.0.0.1", server.port(),
          null, null, false, Duration.ofSeconds(2), Duration.ofMillis(500)));

      OutboxDispatcher.Report report = dispatcher(impatient).drain();

      assertThat(report.retrying()).as("both tried, both timed out").isEqualTo(2);
      assertThat(column("select last_error from outbox where message_id = 'sw.1@example.net'"))
          .contains("timeout");
      assertThat(column("select attempts from outbox where message_id = 'sw.2@example.net'"))
          .isEqualTo("1");
    }
  }

  @Test
  void aNoticeToAnOperatorWhoIsRefusedTooDiesWithoutANoticeOfItsOwn() throws Exception {
    queue("ops@example.org", "sw.1@example.net");
    try (FakeSmtpServer server =
        FakeSmtpServer.rejectingRecipients("550 5.1.1 mailbox unavailable")) {
      OutboxDispatcher dispatcher = new OutboxDispatcher(database, smtp(server.port()),
          new Backoff(RETRY.baseDelay(), RETRY.maxDelay(), new Random(7)), RETRY,
          new DeadLetterNotice("operator@example.org", "statuswacht@example.net",
              "https://status.kvk.nl"), clock);

      dispatcher.drain();
      clock.advance(Duration.ofSeconds(30));
      assertThat(dispatcher.drain()).as("the mail dies; the notice is tried and refused")
          .isEqualTo(new OutboxDispatcher.Report(0, 1, 1));
      for (int drain = 0; drain < 4; drain++) {
        clock.advance(Duration.ofHours(1));
        dispatcher.drain();
      }

      assertThat(column("select count(*) from outbox where state = 'DEAD'")).isEqualTo("2");
      assertThat(column("select count(*) from outbox o join event e on e.id = o.event_id"
          + " where e.kind = 'DEAD_LETTERS'")).as("one notice, never a notice of a notice")
          .isEqualTo("1");
      assertThat(column("select recipient from outbox o join event e on e.id = o.event_id"
          + " where e.kind = 'DEAD_LETTERS'")).isEqualTo("operator@example.org");
    }
  }
}
