package nl.statuswacht.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox on a real H2 file database, migrated by Flyway. */
class OutboxRepositoryTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  @TempDir Path dir;
  private Database database;
  private long eventId;

  @BeforeEach
  void open() {
    database = Database.openH2(dir.resolve("statuswacht"));
    eventId = nl.statuswacht.testing.StoredPosts.newEvent(database, NOW);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private int count(String state) {
    return database.inTransaction(c -> OutboxRepository.count(c, state));
  }

  private List<QueuedMail> due(Instant now) {
    return database.inTransaction(c -> OutboxRepository.due(c, now, 10));
  }

  private OutboxRepository.NewMail mail(String to, String id) {
    return new OutboxRepository.NewMail(to, id, null, "sw@example.net", "s", "b");
  }

  @Test
  void theSameEventIsQueuedOncePerRecipient() {
    boolean first = database.inTransaction(c ->
        OutboxRepository.enqueue(c, eventId, mail("a@example.org", "m1"), NOW));
    boolean again = database.inTransaction(c ->
        OutboxRepository.enqueue(c, eventId, mail("a@example.org", "m1"), NOW));

    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(count("PENDING")).isEqualTo(1);
  }

  @Test
  void aMailQueuedOnItsOwnKeepsItsTextOutOfTheRowItsStateChangesRewrite() {
    String digest = "Weekoverzicht\n" + "- een open storing\n".repeat(20_000);
    database.inTransaction(c -> OutboxRepository.enqueue(c, eventId,
        new OutboxRepository.NewMail("a@example.org", "m1", null, "sw@example.net", "Week 48",
            digest, "<p>html</p>", "BEGIN:VCALENDAR", null), NOW));

    List<Object> row = database.inTransaction(c -> {
      try (var rows = c.createStatement().executeQuery("select o.subject, o.body, o.html, o.ics,"
          + " length(m.body) from outbox o join mail_content m on m.id = o.content_id")) {
        rows.next();
        return java.util.Arrays.asList(rows.getObject(1), rows.getObject(2), rows.getObject(3),
            rows.getObject(4), rows.getObject(5));
      }
    });
    assertThat(row).containsExactly(null, null, null, null, (long) digest.length());
    QueuedMail queued = due(NOW).get(0);
    assertThat(queued.subject()).isEqualTo("Week 48");
    assertThat(queued.body()).isEqualTo(digest);
    assertThat(queued.html()).isEqualTo("<p>html</p>");
    assertThat(queued.ics()).isEqualTo("BEGIN:VCALENDAR");
  }

  @Test
  void aMailWaitsWhileAnOlderOneToTheSameRecipientWaitsForItsRetry() {
    long second = database.inTransaction(c -> {
      long other =
          PostRepository.insertEvent(c, 1, 1, EventKey.of(EventKind.UPDATED), List.of(), NOW);
      OutboxRepository.enqueue(c, eventId, mail("a@example.org", "m1"), NOW);
      OutboxRepository.enqueue(c, other, mail("a@example.org", "m2"), NOW);
      OutboxRepository.enqueue(c, other, mail("b@example.org", "m3"), NOW);
      return other;
    });
    assertThat(second).isPositive();
    long first = due(NOW).get(0).id();
    database.inTransaction(c -> {
      OutboxRepository.markRetry(c, first, NOW.plusSeconds(60), "421 try later");
      return null;
    });

    assertThat(due(NOW)).extracting(QueuedMail::messageId).containsExactly("m3");
    assertThat(due(NOW.plusSeconds(60)))
        .extracting(QueuedMail::messageId).containsExactly("m1", "m2", "m3");
  }

  @Test
  void sentMailsLeaveTheQueueWithALineInTheSentLog() {
    database.inTransaction(c ->
        OutboxRepository.enqueue(c, eventId, mail("a@example.org", "m1"), NOW));
    QueuedMail queued = due(NOW).get(0);

    database.inTransaction(c -> {
      OutboxRepository.markSending(c, queued.id(), "attempt-1", NOW);
      OutboxRepository.markSent(c, queued, "attempt-1", "smtp", NOW);
      return null;
    });

    assertThat(due(NOW)).isEmpty();
    assertThat(count("SENT")).isEqualTo(1);
    int logged = database.inTransaction(c -> {
      try (var row = c.createStatement().executeQuery(
          "select count(*) from sent_log where message_id = 'm1' and transport = 'smtp'"
              + " and attempt_id = 'attempt-1'")) {
        row.next();
        return row.getInt(1);
      }
    });
    assertThat(logged).isEqualTo(1);
  }

  @Test
  void aMailLeftSendingIsDueAgainInDoubtAndOnlyItsNewAttemptMarksItSent() {
    database.inTransaction(c ->
        OutboxRepository.enqueue(c, eventId, mail("a@example.org", "m1"), NOW));
    QueuedMail queued = due(NOW).get(0);
    assertThat(queued.inDoubt()).isFalse();
    database.inTransaction(c -> {
      OutboxRepository.markSending(c, queued.id(), "attempt-1", NOW);
      return null;
    }); // and then the process dies

    QueuedMail again = due(NOW.plusSeconds(60)).get(0);

    assertThat(again.id()).isEqualTo(queued.id());
    assertThat(again.inDoubt()).isTrue();
    assertThat(again.interruptedAttempt()).isEqualTo("attempt-1");
    assertThat(again.interruptedSince()).isEqualTo(NOW);
    database.inTransaction(c -> {
      OutboxRepository.markSending(c, again.id(), "attempt-2", NOW.plusSeconds(60));
      return null;
    });
    assertThatThrownBy(() -> database.inTransaction(c -> {
      OutboxRepository.markSent(c, again, "attempt-1", "smtp", NOW.plusSeconds(61));
      return null;
    })).isInstanceOf(StoreException.class).hasMessageContaining("attempt-1");
    database.inTransaction(c -> {
      OutboxRepository.markSent(c, again, "attempt-2", "smtp", NOW.plusSeconds(61));
      return null;
    });
    assertThat(count("SENT")).isEqualTo(1);
    assertThat(due(NOW.plusSeconds(120))).isEmpty();
  }

  /**
   * Shared with other daemons (the time limit of PostgreSQL, 15 minutes, far away): a mail another
   * daemon is sending is left alone while that daemon is in the cluster, and is due again, in doubt,
   * as soon as the cluster has dropped it; a mail a command claimed (no instance) waits for the time
   * limit.
   */
  @Test
  void aMailClaimedByADaemonTheClusterDroppedIsDueAgainAtOnce() {
    database.inTransaction(c -> {
      OutboxRepository.enqueue(c, eventId, mail("a@example.org", "m1"), NOW);
      OutboxRepository.enqueue(c, eventId, mail("b@example.org", "m2"), NOW);
      try (var sql = c.createStatement()) {
        sql.execute("insert into qrtz_scheduler_state (sched_name, instance_name,"
            + " last_checkin_time, checkin_interval) values ('statuswacht', 'a-1', 0, 7500)");
      }
      return null;
    });
    List<QueuedMail> queued = due(NOW);
    database.inTransaction(c -> {
      OutboxRepository.markSending(c, queued.get(0).id(), "attempt-1", "a-1", NOW);
      OutboxRepository.markSending(c, queued.get(1).id(), "attempt-2", null, NOW);
      return null;
    });
    Instant later = NOW.plusSeconds(60);
    Instant limit = later.minus(OutboxRepository.SHARED_IN_DOUBT_AFTER);
    java.util.function.Supplier<List<QueuedMail>> shared =
        () -> database.inTransaction(c -> OutboxRepository.due(c, later, limit, 10));

    assertThat(shared.get()).as("a-1 lives; the command's claim is fresh").isEmpty();

    database.inTransaction(c -> c.createStatement()
        .executeUpdate("delete from qrtz_scheduler_state where instance_name = 'a-1'"));

    assertThat(shared.get()).as("a-1 is gone").singleElement()
        .satisfies(mail -> {
          assertThat(mail.messageId()).isEqualTo("m1");
          assertThat(mail.inDoubt()).isTrue();
          assertThat(mail.interruptedAttempt()).isEqualTo("attempt-1");
        });
    List<QueuedMail> afterTheLimit = database.inTransaction(c -> OutboxRepository.due(c,
        NOW.plus(OutboxRepository.SHARED_IN_DOUBT_AFTER), NOW, 10));
    assertThat(afterTheLimit).as("15 minutes on, the command's claim too").extracting(QueuedMail::messageId)
        .containsExactly("m1", "m2");
  }
}
