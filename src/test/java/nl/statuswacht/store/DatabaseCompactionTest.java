package nl.statuswacht.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the H2 file compacts it whole when most of it is dead chunks, and at least a MiB of
 * them, and only when no one else uses the database: a second {@link Database} on the same file
 * in this JVM keeps working after the first closes.
 */
class DatabaseCompactionTest {
  @TempDir Path dir;

  @Test
  void aFileOfMostlyDeadChunksIsCompactedWhenClosed() throws Exception {
    Path file = dir.resolve("statuswacht");
    Database database = Database.openH2(file);
    // the delete is committed but not yet in the file (WRITE_DELAY): the close must count it
    long withData = churn(database, ROWS);
    Object inode = inode(file);
    database.close();

    // the set-up's own premise: what the delete frees, 49 fiftieths of the file, is more than the
    // MiB a compaction needs (else this test would be about the floor, not the compaction)
    assertThat(withData * 49 / 50).isGreaterThanOrEqualTo(Database.COMPACT_AT_LEAST_BYTES);
    assertThat(inode(file)).isNotEqualTo(inode);
    Path mvDb = Path.of(file + ".mv.db");
    assertThat(Files.size(mvDb)).isLessThan(withData / 2);
    assertThat(reopened(file, DatabaseCompactionTest::live))
        .isGreaterThanOrEqualTo(Database.COMPACT_BELOW_PERCENT);
    assertThat(reopened(file, DatabaseCompactionTest::count)).isEqualTo(ROWS / 50);
  }

  @Test
  void notWhileASecondDatabaseOnTheFileStillUsesIt() throws Exception {
    Path file = dir.resolve("statuswacht");
    Database first = Database.openH2(file);
    Database second = Database.openH2(file);
    churn(first, ROWS);

    first.close();

    // SHUTDOWN would have closed the database under the second one
    assertThat(count(second)).isEqualTo(ROWS / 50);
    // and the file was left as it was: mostly dead, once the delete is in it
    second.durably(c -> null);
    assertThat(live(second)).isLessThan(Database.COMPACT_BELOW_PERCENT);
    second.close();
    assertThat(reopened(file, DatabaseCompactionTest::live))
        .isGreaterThanOrEqualTo(Database.COMPACT_BELOW_PERCENT);
  }

  @Test
  void aFileOfMostlyLiveDataIsLeftAsItIs() throws Exception {
    Path file = dir.resolve("statuswacht");
    Database database = Database.openH2(file);
    database.durably(c -> null);
    int live = live(database);
    Object inode = inode(file);
    database.close();

    assertThat(live).isGreaterThanOrEqualTo(Database.COMPACT_BELOW_PERCENT);
    // a whole compaction writes a new file in the old one's place
    assertThat(inode(file)).isEqualTo(inode);
  }

  @Test
  void aSmallFileOfMostlyDeadChunksIsLeftToH2() throws Exception {
    Path file = dir.resolve("statuswacht");
    Database database = Database.openH2(file);
    // 100 rows of 2 KB, 98 of them deleted: far less than a MiB to free
    long withData = churn(database, 100);
    database.durably(c -> null);
    Database.Fill fill = database.inTransaction(Database.Fill::of);
    Object inode = inode(file);
    database.close();

    assertThat(fill.livePercent()).isLessThan(Database.COMPACT_BELOW_PERCENT);
    assertThat(fill.fileBytes()).isGreaterThanOrEqualTo(withData)
        .isLessThan(Database.COMPACT_AT_LEAST_BYTES);
    assertThat(inode(file)).isEqualTo(inode);
    assertThat(reopened(file, DatabaseCompactionTest::count)).isEqualTo(2);
  }

  @Test
  void aWholeCompactionIsWorthItWhenMoreThanHalfTheFileAndAMibAreDead() {
    long mib = 1 << 20;
    // 49% live: 51% of 2 MiB is more than a MiB; of 1.9 MiB, less
    assertThat(new Database.Fill(49, 2 * mib).worthCompacting()).isTrue();
    assertThat(new Database.Fill(49, 19 * mib / 10).worthCompacting()).isFalse();
    // exactly a MiB dead: 0% live of 1 MiB
    assertThat(new Database.Fill(0, mib).worthCompacting()).isTrue();
    assertThat(new Database.Fill(0, mib - 1).worthCompacting()).isFalse();
    // half live is not less than half: 50 MiB dead or not
    assertThat(new Database.Fill(50, 100 * mib).worthCompacting()).isFalse();
    assertThat(Database.Fill.FULL.worthCompacting()).isFalse();
  }

  private static Object inode(Path file) throws Exception {
    return Files.getAttribute(Path.of(file + ".mv.db"), "unix:ino");
  }

  private static final int ROWS = 1_000;

  /**
   * Writes {@code rows} rows (a multiple of 50) of 2 KB of random text in transactions of at most
   * 200, puts them in the file, then deletes 49 in 50 (committed, not yet in the file): the file as
   * large as all of them, a fiftieth of it live once the delete is written. Returns the file's
   * size.
   */
  private static long churn(Database database, int rows) throws Exception {
    database.inTransaction(c -> {
      try (Statement statement = c.createStatement()) {
        statement.execute("CREATE TABLE scratch (id INT PRIMARY KEY, body VARCHAR)");
      }
      return null;
    });
    // H2 compresses what repeats; these bodies do not
    Random random = new Random(17);
    for (int from = 0; from < rows; from += 200) {
      int start = from;
      int end = Math.min(rows, from + 200);
      database.inTransaction(c -> {
        try (PreparedStatement insert =
            c.prepareStatement("INSERT INTO scratch (id, body) VALUES (?, ?)")) {
          for (int id = start; id < end; id++) {
            insert.setInt(1, id);
            byte[] bytes = new byte[1_000];
            random.nextBytes(bytes);
            insert.setString(2, HexFormat.of().formatHex(bytes));
            insert.addBatch();
          }
          insert.executeBatch();
        }
        return null;
      });
    }
    database.durably(c -> null);
    database.inTransaction(c -> {
      try (Statement statement = c.createStatement()) {
        statement.execute("DELETE FROM scratch WHERE MOD(id, 50) <> 0");
      }
      return null;
    });
    return database.inTransaction(Database.Fill::of).fileBytes();
  }

  /** What {@code look} finds in the database at {@code file} opened again (and closed). */
  private static <T> T reopened(Path file, Function<Database, T> look) {
    Database database = Database.openH2(file);
    try {
      return look.apply(database);
    } finally {
      database.close();
    }
  }

  private static int live(Database database) {
    return database.inTransaction(Database.Fill::of).livePercent();
  }

  private static long count(Database database) {
    return database.inTransaction(c -> {
      try (Statement statement = c.createStatement();
          ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM scratch")) {
        row.next();
        return row.getLong(1);
      }
    });
  }
}
