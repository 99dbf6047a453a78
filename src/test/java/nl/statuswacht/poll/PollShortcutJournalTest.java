package nl.statuswacht.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.store.FetchRepository.FetchLogEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal of polls done without the database, written into the fetch log by a full poll. */
class PollShortcutJournalTest {
  private static final String URL = "https://status.example.org/history.atom";
  @TempDir Path dir;

  @Test
  void eachFetchIsWrittenOnceAndALineThatIsNoFetchIsLeftOut() throws Exception {
    Config config = new ConfigLoader("test", Clock.systemUTC()).load(dir.resolve("none.yaml"),
        false, Map.of("STATUSWACHT_DATA_DIR", dir.resolve("data").toString(),
            "STATUSWACHT_SOURCE", "https://status.example.org/"));
    Files.createDirectories(config.dataDir());
    try (Database database = Database.openH2(config.databaseFile())) {
      // an import cut short after its commit: the first line is in the fetch log already
      database.inTransaction(c -> {
        FetchRepository.log(c, new FetchLogEntry("https://status.example.org/", URL,
            Instant.parse("2026-12-07T06:45:00.123456Z"), 7, "not_modified", 304, null, null,
            null));
        return null;
      });
      Files.writeString(PollShortcut.journal(config), String.join("\n",
          // the clock's nanoseconds: the fetch log keeps microseconds
          "2026-12-07T06:45:00.123456789Z\t7\thttps://status.example.org/\t" + URL,
          "2026-12-07T06:50:00Z\t9\thttps://status.example.org/\t" + URL,
          "half a line written when the disk filled up",
          ""));

      assertThat(PollShortcut.importJournal(config, database)).isEqualTo(1);

      assertThat(fetches(database)).containsExactly(
          "2026-12-07T06:45:00.123456Z not_modified 304 7",
          "2026-12-07T06:50:00Z not_modified 304 9");
      assertThat(Files.size(PollShortcut.journal(config))).isZero();
      assertThat(PollShortcut.importJournal(config, database)).as("nothing twice").isZero();
      assertThat(fetches(database)).hasSize(2);
    }
  }

  private static List<String> fetches(Database database) {
    return database.inTransaction(c -> {
      List<String> rows = new ArrayList<>();
      try (ResultSet row = c.createStatement().executeQuery("select started_at, outcome,"
          + " http_status, elapsed_ms from fetch_log order by started_at")) {
        while (row.next()) {
          rows.add(row.getObject(1, java.time.OffsetDateTime.class).toInstant() + " "
              + row.getString(2) + " " + row.getInt(3) + " " + row.getLong(4));
        }
      }
      return rows;
    });
  }
}
