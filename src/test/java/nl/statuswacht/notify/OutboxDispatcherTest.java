package nl.statuswacht.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import nl.statuswacht.config.RetrySettings;
import nl.statuswacht.config.SmtpSettings;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.EventKey;
import nl.statuswacht.store.EventKind;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.PostRepository;
import nl.statuswacht.testing.MutableClock;
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
