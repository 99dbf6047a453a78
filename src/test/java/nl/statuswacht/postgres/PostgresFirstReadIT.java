package nl.statuswacht.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.store.FetchRepository.FetchLogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two transactions that both read a source no one has read before (a one-shot {@code poll}
 * beside the daemon, which PostgreSQL allows): neither sees the other's {@code source_read} row,
 * so both insert one. The second insert waits for the first transaction and, once it commits,
 * finds the key taken. That second poll must still commit, with both reads counted.
 */
class PostgresFirstReadIT {
  private static final String SOURCE = "https://status.example.org";
  private static final String FEED = SOURCE + "/history.atom";
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private Postgres postgres;
  private Database database;

  @BeforeEach
  void create() throws Exception {
    postgres = new Postgres();
    database = Database.openPostgres(postgres.url, postgres.user, postgres.password);
  }

  @AfterEach
  void drop() throws Exception {
    database.close();
    postgres.close();
  }

  @Test
  void twoTransactionsThatBothReadABrandNewSourceFirstBothCommit() throws Exception {
    CountDownLatch logged = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> first = threads.submit(() -> database.inTransaction(c -> {
        FetchRepository.log(c, entry(T0.plusSeconds(60), "fetched"));
        logged.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        return null;
      }));
      logged.await();
      Future<?> second = threads.submit(() -> database.inTransaction(c -> {
        FetchRepository.log(c, entry(T0, "not_modified"));
        return null;
      }));
      // the second transaction waits for the first one's row lock: PostgreSQL says so
      await().atMost(Duration.ofSeconds(20)).until(() -> waitingForALock() > 0);
      release.countDown();
      first.get();
      second.get();
    } finally {
      release.countDown();
      threads.shutdownNow();
    }

    database.inTransaction(c -> {
      assertThat(FetchRepository.firstRead(c, SOURCE)).contains(T0);
      assertThat(FetchRepository.lastRead(c, SOURCE)).contains(T0.plusSeconds(60));
      return null;
    });
    try (Connection c = postgres.connect(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery("select count(*) from fetch_log where url = '" + FEED
            + "'")) {
      row.next();
      assertThat(row.getInt(1)).isEqualTo(2);
    }
  }

  private static FetchLogEntry entry(Instant at, String outcome) {
    return new FetchLogEntry(SOURCE, FEED, at, 5, outcome, null, null, null, null);
  }

  /** Sessions of this database that wait for a lock another holds. */
  private int waitingForALock() throws Exception {
    try (Connection c = postgres.connect(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery("select count(*) from pg_stat_activity"
            + " where datname = current_database() and wait_event_type = 'Lock'")) {
      row.next();
      return row.getInt(1);
    }
  }
}
