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
import nl.statuswacht.store.FetchRepository.FetchLogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fetch log keeps its lines for {@code poll.log-keep}: a trim removes older ones, but not the
 * newest ten {@code fetched} and {@code suspect} lines of a URL (the suspect readings in a row are
 * counted over them), and not when the source was first and last read, which is kept apart from
 * the lines (V17), for every source, also of a database that had lines before V17.
 */
class FetchLogRetentionTest {
  private static final String SOURCE = "https://status.example.org";
  private static final String FEED = SOURCE + "/history.atom";
  private static final String JSON = SOURCE + "/api/v2/incidents.json";
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  @TempDir Path dir;
  private Database database;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void firstAndLastReadAreTheEarliestAndLatestFetchedOrNotModifiedLine() {
    database = Database.openH2(dir.resolve("statuswacht"));
    // logged out of their order in time, and among lines that are no reading of the source
    log(FEED, T0.plusSeconds(600), "not_modified");
    log(FEED, T0.minusSeconds(60), "failed");
    log(FEED, T0, "fetched");
    log(JSON, T0.plusSeconds(1200), "fetched");
    log(FEED, T0.plusSeconds(1800), "suspect");
    log(FEED, T0.plusSeconds(2400), "rate_limited");

    assertThat(firstRead()).isEqualTo(T0);
    assertThat(lastRead()).isEqualTo(T0.plusSeconds(1200));
    database.inTransaction(c -> {
      assertThat(FetchRepository.firstRead(c, "https://other.example.org")).isEmpty();
      return null;
    });
  }

  @Test
  void aTrimRemovesOldLinesButKeepsTheNewestTenReadingsOfEachUrlAndTheFirstRead() {
    database = Database.openH2(dir.resolve("statuswacht"));
    // twelve readings of the feed an hour apart, the last two suspect; a failure and a 304 between
    for (int hour = 0; hour < 12; hour++) {
      log(FEED, T0.plus(Duration.ofHours(hour)), hour < 10 ? "fetched" : "suspect");
    }
    log(FEED, T0.plus(Duration.ofMinutes(30)), "failed");
    log(FEED, T0.plus(Duration.ofMinutes(90)), "not_modified");
    // the JSON document: three old readings (fewer than ten: all stay) and a 304 of its own
    for (int hour = 0; hour < 3; hour++) {
      log(JSON, T0.plus(Duration.ofHours(hour)), "fetched");
    }
    log(JSON, T0.plus(Duration.ofHours(3)), "not_modified");
    // newer than the trim's limit: stays whatever it is
    log(FEED, T0.plus(Duration.ofDays(3)), "failed");
    int suspectBefore = suspectInARow();

    int removed = trim(T0.plus(Duration.ofDays(2)));

    // the feed's first two fetched lines (hours 0 and 1), its failure and its 304; the JSON 304
    assertThat(removed).isEqualTo(5);
    assertThat(lines(FEED)).containsExactly(
        "2026-01-05T11:00:00Z fetched", "2026-01-05T12:00:00Z fetched",
        "2026-01-05T13:00:00Z fetched", "2026-01-05T14:00:00Z fetched",
        "2026-01-05T15:00:00Z fetched", "2026-01-05T16:00:00Z fetched",
        "2026-01-05T17:00:00Z fetched", "2026-01-05T18:00:00Z fetched",
        "2026-01-05T19:00:00Z suspect", "2026-01-05T20:00:00Z suspect",
        "2026-01-08T09:00:00Z failed");
    assertThat(lines(JSON)).containsExactly("2026-01-05T09:00:00Z fetched",
        "2026-01-05T10:00:00Z fetched", "2026-01-05T11:00:00Z fetched");
    assertThat(suspectBefore).isEqualTo(2);
    assertThat(suspectInARow()).isEqualTo(2);
    // the removed 304 (10:30) was no first or last read: those still stand
    assertThat(firstRead()).isEqualTo(T0);
    assertThat(lastRead()).isEqualTo(T0.plus(Duration.ofHours(9)));

    assertThat(trim(T0.plus(Duration.ofDays(2)))).as("a second trim finds nothing more").isZero();
  }

  @Test
  void aTrimOfEveryLineKeepsWhenTheSourceWasFirstAndLastRead() {
    database = Database.openH2(dir.resolve("statuswacht"));
    log(FEED, T0, "not_modified");
    log(FEED, T0.plusSeconds(300), "not_modified");

    assertThat(trim(T0.plus(Duration.ofDays(1)))).isEqualTo(2);

    assertThat(lines(FEED)).isEmpty();
    assertThat(firstRead()).isEqualTo(T0);
    assertThat(lastRead()).isEqualTo(T0.plusSeconds(300));
  }

  @Test
  void aDatabaseWithLinesBeforeV17KeepsItsFirstAndLastRead() throws Exception {
    Path file = dir.resolve("statuswacht");
    String url = OldSchema.at(file, "16");
    try (Connection c = DriverManager.getConnection(url, "statuswacht", "");
        Statement s = c.createStatement()) {
      for (String[] line : new String[][] {
          {SOURCE, FEED, "2026-01-05 08:00:00Z", "failed"},
          {SOURCE, FEED, "2026-01-05 09:00:00Z", "fetched"},
          {SOURCE, JSON, "2026-01-05 09:30:00Z", "not_modified"},
          {SOURCE, FEED, "2026-01-05 10:00:00Z", "suspect"},
          {"https://other.example.org", "https://other.example.org/feed", "2026-01-04 07:00:00Z",
              "fetched"}}) {
        s.execute("insert into fetch_log (source, url, started_at, elapsed_ms, outcome) values ('"
            + line[0] + "', '" + line[1] + "', timestamp with time zone '" + line[2] + "', 5, '"
            + line[3] + "')");
      }
    }

    database = Database.openH2(file);

    assertThat(firstRead()).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
    assertThat(lastRead()).isEqualTo(Instant.parse("2026-01-05T09:30:00Z"));
    database.inTransaction(c -> {
      assertThat(FetchRepository.firstRead(c, "https://other.example.org"))
          .contains(Instant.parse("2026-01-04T07:00:00Z"));
      return null;
    });
    // and a reading after the migration moves the last read on
    log(FEED, Instant.parse("2026-01-06T09:00:00Z"), "not_modified");
    assertThat(lastRead()).isEqualTo(Instant.parse("2026-01-06T09:00:00Z"));
    assertThat(firstRead()).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
  }

  private void log(String url, Instant at, String outcome) {
    database.inTransaction(c -> {
      FetchRepository.log(c, new FetchLogEntry(SOURCE, url, at, 5, outcome, null, null, null,
          null));
      return null;
    });
  }

  private int trim(Instant before) {
    return database.inTransaction(c -> FetchRepository.trim(c, before));
  }

  private int suspectInARow() {
    return database.inTransaction(c -> FetchRepository.suspectInARow(c, FEED));
  }

  private Instant firstRead() {
    return database.inTransaction(c -> FetchRepository.firstRead(c, SOURCE)).orElseThrow();
  }

  private Instant lastRead() {
    return database.inTransaction(c -> FetchRepository.lastRead(c, SOURCE)).orElseThrow();
  }

  /** The URL's lines in the order they were logged: when, and the outcome. */
  private List<String> lines(String url) {
    return database.inTransaction(c -> {
      List<String> lines = new ArrayList<>();
      try (var statement = c.prepareStatement(
          "select started_at, outcome from fetch_log where url = ? order by started_at")) {
        statement.setString(1, url);
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            lines.add(Database.instant(row, "started_at") + " " + row.getString("outcome"));
          }
        }
      }
      return lines;
    });
  }
}
