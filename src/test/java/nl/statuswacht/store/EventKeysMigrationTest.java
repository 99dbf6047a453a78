package nl.statuswacht.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.statuswacht.model.Priority;
import nl.statuswacht.rules.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V12: a database whose events are keyed by prose ("DEADLINE P1 95% within 4 hours", "REMINDER
 * 24h") keeps working. After the migration the same deadline and reminder are found by their
 * typed keys, so they are not raised (nor mailed) again, whatever the target's description reads
 * like now; and a second event under the same key is still impossible.
 */
class EventKeysMigrationTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final Policy.Target FOUR_HOURS = new Policy.Target(95, 4, Policy.Unit.HOURS);
  private static final Policy.Target ONE_DAY =
      new Policy.Target(100, 1, Policy.Unit.BUSINESS_DAYS);

  @TempDir Path dir;

  @Test
  void proseKeysBecomeTypedKeysAndNothingFiresAgain() throws Exception {
    Path file = dir.resolve("statuswacht");
    String url = OldSchema.at(file, "11");
    try (Connection c = DriverManager.getConnection(url, "statuswacht", "");
        Statement s = c.createStatement()) {
      s.execute("set referential_integrity false");
      for (String kind : List.of("NEW", "DEADLINE P1 95% within 4 hours",
          "DEADLINE P1 100% within 1 business day", "REMINDER 24h", "REMINDER 1h30m")) {
        s.execute("insert into event (post_id, version, kind, changes, created_at) values"
            + " (7, 1, '" + kind + "', '', timestamp with time zone '2026-11-01 10:00:00Z')");
      }
      s.execute("insert into event (post_id, version, kind, changes, created_at) values"
          + " (null, null, 'SOURCE_UNREADABLE', 'x', timestamp with time zone"
          + " '2026-11-01 10:00:00Z')");
      s.execute("set referential_integrity true");
    }

    try (Database database = Database.openH2(file)) {
      assertThat(rows(database)).containsExactlyInAnyOrder(
          "NEW||0|0||0",
          "DEADLINE|P1|95|4|HOURS|0",
          "DEADLINE|P1|100|1|BUSINESS_DAYS|0",
          "REMINDER||0|0||86400",
          "REMINDER||0|0||5400",
          "SOURCE_UNREADABLE||0|0||0");
      database.inTransaction(c -> {
        // what Alerting asks before it raises a deadline or a reminder
        assertThat(PostRepository.hasEvent(c, 7, EventKey.deadline(Priority.P1, FOUR_HOURS)))
            .isTrue();
        assertThat(PostRepository.hasEvent(c, 7, EventKey.deadline(Priority.P1, ONE_DAY)))
            .isTrue();
        assertThat(PostRepository.hasEvent(c, 7, EventKey.deadline(Priority.P2, ONE_DAY)))
            .isFalse();
        assertThat(PostRepository.hasEvent(c, 7, EventKey.reminder(Duration.ofHours(24))))
            .isTrue();
        assertThat(PostRepository.hasEvent(c, 7, EventKey.reminder(Duration.ofMinutes(90))))
            .isTrue();
        assertThat(PostRepository.hasEvent(c, 7, EventKey.reminder(Duration.ofHours(1))))
            .isFalse();
        return null;
      });
    }
  }

  @Test
  void aKeyIsRecordedOncePerVersionAndItsPartsKeepEventsApart() {
    try (Database database = Database.openH2(dir.resolve("fresh"))) {
      long post = nl.statuswacht.testing.StoredPosts.newEvent(database, NOW);
      database.inTransaction(c -> {
        long postId = postIdOf(c, post);
        long first = PostRepository.insertEvent(c, postId, 1,
            EventKey.deadline(Priority.P1, FOUR_HOURS), List.of("a"), NOW);
        long again = PostRepository.insertEvent(c, postId, 1,
            EventKey.deadline(Priority.P1, new Policy.Target(95, 4, Policy.Unit.HOURS)),
            List.of("b"), NOW);
        long other = PostRepository.insertEvent(c, postId, 1,
            EventKey.deadline(Priority.P1, ONE_DAY), List.of("c"), NOW);
        assertThat(again).as("the same deadline is the same event").isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        return null;
      });
    }
  }

  @Test
  void theKeyIsMadeOfTheTargetNotOfItsDescription() {
    EventKey key = EventKey.deadline(Priority.P1, FOUR_HOURS);
    assertThat(key.messageIdPart()).doesNotContain(FOUR_HOURS.describe())
        .isEqualTo("DEADLINE P1 95% 4 HOURS");
    assertThat(EventKey.reminder(Duration.ofHours(24)).messageIdPart())
        .as("a reminder's Message-ID is what it was before V12").isEqualTo("REMINDER 24h");
    assertThat(EventKey.of(EventKind.NEW).messageIdPart()).isEqualTo("NEW");
  }

  private static long postIdOf(Connection c, long eventId) throws java.sql.SQLException {
    try (Statement s = c.createStatement();
        ResultSet row = s.executeQuery("select post_id from event where id = " + eventId)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static List<String> rows(Database database) {
    return database.inTransaction(c -> {
      List<String> rows = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet row = s.executeQuery("select kind, priority, target_percent,"
              + " target_amount, target_unit, lead_seconds from event")) {
        while (row.next()) {
          rows.add(String.join("|", row.getString(1), row.getString(2), row.getString(3),
              row.getString(4), row.getString(5), row.getString(6)));
        }
      }
      return rows;
    });
  }
}
