package nl.statuswacht.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database: an embedded H2 file by default, or PostgreSQL ({@code database.url}, through a
 * HikariCP pool), its schema owned by Flyway. Work runs in {@link
 * #inTransaction}; repositories take the transaction's connection.
 */
public final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);

  static {
    // H2's mixed mode (AUTO_SERVER) listens for the other processes' connections on every
    // interface unless told otherwise; statuswacht's own commands run on the same machine. H2 reads
    // this once, when its settings class loads, so it is set before any H2 class is used here. An
    // operator's own -Dh2.bindAddress wins.
    if (System.getProperty("h2.bindAddress") == null) {
      System.setProperty("h2.bindAddress", "127.0.0.1");
    }
  }

  /** H2's page cache at most, in KB (see {@link #url}). */
  static final int CACHE_KB = 4096;
  /** How long H2 may keep a commit in memory before its background writer puts it in the file. */
  static final int WRITE_DELAY_MS = 10000;
  /** How many parsed statements each H2 session keeps, by their SQL text (see {@link #url}). */
  static final int QUERY_CACHE = 16;

  private final DataSource pool;
  private final Runnable dispose;
  private final String name;
  private final boolean postgres;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Database(DataSource pool, Runnable dispose, String name, boolean postgres) {
    this.pool = pool;
    this.dispose = dispose;
    this.name = name;
    this.postgres = postgres;
  }

  /**
   * Opens PostgreSQL at {@code url} ({@code jdbc:postgresql://…}) through a HikariCP pool and
   * migrates its schema. The password is never part of a message.
   *
   * @throws StoreException when it cannot be reached or its schema cannot be brought up to date
   */
  public static Database openPostgres(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setPoolName("statuswacht");
    // statuswacht's own work needs few at once; Quartz's cluster takes up to four more (trigger
    // acquisition, check-in, misfires, a job's completion)
    config.setMaximumPoolSize(12);
    config.setConnectionTimeout(10_000);
    config.setAutoCommit(false);
    // fail at once, in words, rather than with a pool that never fills
    config.setInitializationFailTimeout(1);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException("store: cannot connect to " + url + " as " + user + ": "
          + rootMessage(e), e);
    }
    try {
      migrate(pool);
    } catch (MigrationFailure e) {
      pool.close();
      throw new StoreException("store: cannot bring the schema of " + url + " up to date: "
          + e.getMessage(), e);
    }
    return new Database(pool, pool::close, url, true);
  }

  private static String rootMessage(Throwable e) {
    Throwable at = e;
    while (at.getCause() != null && at.getCause() != at) {
      at = at.getCause();
    }
    return at.getMessage();
  }

  /**
   * The pool itself, for the one other user of this database's connections: Quartz's clustered
   * job store, which keeps the schedule in Quartz's own tables (migration V14).
   */
  public DataSource dataSource() {
    return pool;
  }

  /** The database file, or PostgreSQL's URL (which never carries the password), for messages. */
  public String name() {
    return name;
  }

  /** Whether this is PostgreSQL (else the embedded H2 file). */
  public boolean postgres() {
    return postgres;
  }

  /** The file H2 keeps the database {@code file} in: {@code file.mv.db}. */
  public static Path h2File(Path file) {
    return file.resolveSibling(file.getFileName() + ".mv.db");
  }

  /**
   * The file H2 writes beside the database {@code file} while a process holds it open (and, in
   * mixed mode, where that process serves it): {@code file.lock.db}.
   */
  public static Path h2LockFile(Path file) {
    return file.resolveSibling(file.getFileName() + ".lock.db");
  }

  /**
   * Opens (creating if needed) the H2 database at {@code file} (without the {@code .mv.db}
   * suffix) and migrates its schema.
   *
   * @throws StoreException when it cannot be opened or written (its directory is a file, the
   *     file is read-only, another process holds it), and for a path the JDBC URL would read as
   *     more than a path (a {@code ;} starts a setting there, such as {@code INIT=RUNSCRIPT})
   */
  public static Database openH2(Path file) {
    String url = url(file);
    directory(file.toAbsolutePath().getParent());
    String name = h2File(file.toAbsolutePath()).toString();
    if (Files.exists(Path.of(name)) && !Files.isWritable(Path.of(name))) {
      // H2 would open a file it may not write read-only, which its mixed mode refuses in words
      // of its own ("Feature not supported"), and every write would fail later anyway
      throw new StoreException(readOnly(name), null);
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("statuswacht");
    h2.setPassword("");
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(h2Pool(h2));
    } catch (RuntimeException e) {
      SQLException cause = sqlCause(e);
      if (cause == null) {
        throw e;
      }
      throw new StoreException(cause.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
          ? "store: " + name + " is in use by another process that does not share it (no"
              + " statuswacht server in " + h2LockFile(file.toAbsolutePath()) + "): stop that"
              + " process first"
          : "store: cannot open " + name + ": " + cause.getMessage(), cause);
    }
    try (Connection first = pool.getConnection()) {
      if (first.isReadOnly()) {
        // H2 opens a file it may not write read-only, and every write would fail later
        throw new StoreException(readOnly(name), null);
      }
    } catch (SQLException e) {
      pool.close();
      throw new StoreException("store: cannot open " + name + ": " + e.getMessage(), e);
    } catch (StoreException e) {
      pool.close();
      throw e;
    }
    try {
      migrate(pool);
    } catch (MigrationFailure e) {
      pool.close();
      throw new StoreException("store: cannot bring the schema of " + name + " up to date: "
          + e.getMessage(), e);
    }
    return new Database(pool, () -> closeH2(pool, h2, name), name, false);
  }

  /**
   * The pool of sessions on the H2 file: HikariCP, as for PostgreSQL, rather than H2's own
   * {@code JdbcConnectionPool}. A statement prepared through H2's pool is parsed every time (its
   * handles miss the session's query cache): 40% of a sampled profile of an unchanged poll.
   * HikariCP hands out the same session, whose cache then holds, and the polling threads spend a
   * quarter less on such a poll (BENCHMARKS.md). One session is kept open, at most ten; it is
   * opened at once, so that a file that cannot be opened fails here.
   *
   * <p>Both pools hand out sessions in a transaction ({@code autoCommit} false), as {@link
   * #inTransaction} wants them. A pool puts a session back as it handed it out, and with {@code
   * autoCommit} true it would switch it back on after every transaction, which in H2 is a {@code
   * COMMIT} of its own: 7 of the 14 an unchanged poll ran. Flyway and Quartz's job store set
   * {@code autoCommit} as they need it themselves.
   */
  private static HikariConfig h2Pool(JdbcDataSource h2) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(h2);
    config.setPoolName("statuswacht-h2");
    config.setMaximumPoolSize(10);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(10_000);
    config.setAutoCommit(false);
    config.setInitializationFailTimeout(1);
    return config;
  }

  /** The first SQLException in the causes of {@code e}, or null. */
  private static SQLException sqlCause(Throwable e) {
    for (Throwable at = e; at != null; at = at.getCause() == at ? null : at.getCause()) {
      if (at instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  /** Closing the file compacts it whole only below this share of live data (in per cent)… */
  static final int COMPACT_BELOW_PERCENT = 50;

  /** …and only when that frees at least this many bytes, 1 MiB ({@link Fill#worthCompacting}). */
  static final long COMPACT_AT_LEAST_BYTES = 1 << 20;

  /**
   * Closes the H2 file, compacting it whole ({@code SHUTDOWN COMPACT}) when that is {@linkplain
   * Fill#worthCompacting worth it} and no one else is using it.
   *
   * <p>Why: H2 writes in appended chunks and frees them as they empty; a baseline's large
   * transaction and the polls after it leave a file of mostly dead chunks (11 MB holding 1.3 MB
   * of data at 1,000 posts). H2's own compaction at close ({@code MAX_COMPACT_TIME}, 200 ms) moves
   * a little of it each time and never catches up, so every one-shot command spent its 200 ms on
   * it (BENCHMARKS.md). A whole compaction copies only the live data, once in a while. It is not
   * done while another connection uses the database: another process reaching it through this
   * one (H2's mixed mode), or this process through another (then it is not this process's to
   * close), or a second {@link Database} on the same file in this JVM.
   */
  private static void closeH2(HikariDataSource pool, JdbcDataSource h2, String name) {
    // a session outside the pool, opened while the pool's sessions keep the file open: the last
    try (Connection last = h2.getConnection()) {
      // the pool's sessions close now; this one, the last, when it is closed below
      pool.close();
      Fill fill = Fill.FULL;
      if (alone(last)) {
        // what is committed but not yet in the file (WRITE_DELAY) is written first, or the file's
        // figures would not count what it frees: a large delete just before the close, say
        try (Statement checkpoint = last.createStatement()) {
          checkpoint.execute("CHECKPOINT");
        }
        fill = Fill.of(last);
      }
      if (fill.worthCompacting()) {
        try (Statement shutdown = last.createStatement()) {
          shutdown.execute("SHUTDOWN COMPACT");
        }
        log.info("store: compacted {} ({}% of its {} bytes was live data)", name,
            fill.livePercent(), fill.fileBytes());
      }
    } catch (SQLException e) {
      log.warn("store: closing {}: {}", name, e.getMessage());
    } finally {
      pool.close();
    }
  }

  /** Whether {@code connection} is the only session of the database, and opened the file itself. */
  private static boolean alone(Connection connection) throws SQLException {
    if (connection.unwrap(JdbcConnection.class).getSession().isRemote()) {
      return false;
    }
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(
            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
      return row.next() && row.getInt(1) == 1;
    }
  }

  /**
   * What the file holds, as H2 counts it: the share of it that is live data, in per cent (the
   * share of the file that chunks occupy, {@code info.FILL_RATE}, times the share of the chunks
   * that is live, {@code info.CHUNKS_FILL_RATE}), and its size in bytes ({@code info.FILE_SIZE}).
   */
  record Fill(int livePercent, long fileBytes) {
    /** A file as full as can be: nothing to compact. */
    static final Fill FULL = new Fill(100, 0);

    /**
     * Whether a whole compaction is worth its cost: less than {@value
     * Database#COMPACT_BELOW_PERCENT}% of the file is live data, and the rest is at least {@value
     * Database#COMPACT_AT_LEAST_BYTES} bytes.
     *
     * <p>Why the floor: a small database (tens of posts) is a file of a few hundred KiB, in one
     * chunk after a whole compaction. The first change after it leaves that chunk less full than
     * H2 keeps its chunks (90%), so H2 writes all of it again, and two polls later more than half
     * of the file was dead once more: every third one-shot poll compacted it. Left to itself, H2
     * keeps such a file small (60 polls in a row at 20 posts: 248 to 672 KiB); what a whole
     * compaction is for is the megabytes a baseline or a trimmed log leaves behind (BENCHMARKS.md).
     */
    boolean worthCompacting() {
      return livePercent < COMPACT_BELOW_PERCENT
          && fileBytes * (100 - livePercent) / 100 >= COMPACT_AT_LEAST_BYTES;
    }

    /** H2's figures of the database {@code connection} is a session of. */
    static Fill of(Connection connection) throws SQLException {
      int fill = 100;
      int chunks = 100;
      long bytes = 0;
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE"
              + " FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME"
              + " IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE', 'info.FILE_SIZE')")) {
        while (rows.next()) {
          long value;
          try {
            value = Long.parseLong(rows.getString(2).trim());
          } catch (NumberFormatException e) {
            // a figure this release of H2 words otherwise: no compaction rather than no close
            continue;
          }
          switch (rows.getString(1)) {
            case "info.FILL_RATE" -> fill = (int) value;
            case "info.CHUNKS_FILL_RATE" -> chunks = (int) value;
            case "info.FILE_SIZE" -> bytes = value;
            default -> { } // not asked for
          }
        }
      }
      return new Fill(fill * chunks / 100, bytes);
    }
  }

  /**
   * Whether another process serves this database file and this one reaches it through that one
   * (H2's mixed mode): most likely the running daemon.
   */
  public boolean servedByAnotherProcess() {
    if (postgres) {
      // a server is shared by design: the outbox's rows are claimed (FOR UPDATE SKIP LOCKED)
      return false;
    }
    try (Connection connection = pool.getConnection()) {
      return connection.unwrap(JdbcConnection.class).getSession().isRemote();
    } catch (SQLException e) {
      throw new StoreException("store: " + e.getMessage(), e);
    }
  }

  /**
   * Refuses {@code command} while another process serves the database: a command that polls or
   * delivers the outbox would do so beside the daemon, and two processes delivering at once could
   * each take the same mail (one's {@code SENDING} looks like a crash's to the other).
   */
  public void refuseBesideTheDaemon(String command) {
    refuseBesideTheDaemon(command, "which polls and delivers the outbox itself",
        "two processes delivering at once could send a mail twice");
  }

  /**
   * Refuses {@code command} while another process serves the database, saying what that process
   * does ({@code doing}) and why the command must not run beside it ({@code why}).
   */
  public void refuseBesideTheDaemon(String command, String doing, String why) {
    if (servedByAnotherProcess()) {
      throw new StoreException("store: " + name + " is served by another statuswacht process,"
          + " most likely the running daemon, " + doing + ": stop it before `" + command + "` ("
          + why + ")", null);
    }
  }

  /**
   * {@code name} as a pattern of {@link DatabaseMetaData}'s look-ups ({@code getTables}, {@code
   * getColumns}) that matches that name alone: its {@code _} and {@code %}, which a pattern reads
   * as any character and any characters, escaped.
   */
  static String namePattern(DatabaseMetaData meta, String name) throws SQLException {
    String escape = meta.getSearchStringEscape();
    return name.replace("_", escape + "_").replace("%", escape + "%");
  }

  private static String readOnly(String name) {
    return "store: " + name + " is read-only: statuswacht must be able to write it (check its"
        + " owner and permissions)";
  }

  /**
   * Refuses a data directory that is a file, or under one, in words (H2 would say
   * {@code NotDirectoryException}); a missing one H2 creates.
   */
  private static void directory(Path dir) {
    for (Path at = dir; at != null; at = at.getParent()) {
      if (Files.isDirectory(at)) {
        return;
      }
      if (Files.exists(at)) {
        throw new StoreException("store: the data directory " + dir
            + (at.equals(dir) ? " is a file, not a directory"
                : " cannot be made: " + at + " is a file")
            + " (data-dir, STATUSWACHT_DATA_DIR)", null);
      }
    }
  }

  /**
   * The JDBC URL of the database file: the path and our own settings, nothing else. H2 has no
   * escape for {@code ;} in a path, so a path with one (or with a control character) is refused.
   *
   * <p>{@code AUTO_SERVER=TRUE} is H2's mixed mode: the first process to open the file (the
   * daemon) also serves it over TCP on a random port of the loopback interface, and writes that
   * port and a random key into {@code statuswacht.lock.db} beside it; a second process (a command
   * run while the daemon runs) reads them there and connects through the first instead of failing.
   * When the serving process exits, a process still connected opens the file itself and serves it.
   * H2 refuses mixed mode with {@code DB_CLOSE_ON_EXIT=FALSE}, so H2 closes the database itself when
   * the JVM exits.
   *
   * <p>{@code CACHE_SIZE} (in KB) is H2's page cache, which lives in this JVM's heap: H2's default
   * of 16 MB is a quarter of the daemon's 64 MB heap ({@code bin/statuswacht run}) and half of a
   * 32 MB one. The file is a few MB for thousands of posts and the operating system caches it
   * too, so a smaller cache costs little: a sixteenth of the heap, at most {@value #CACHE_KB} KB
   * ({@link #cacheKb}).
   *
   * <p>{@code WRITE_DELAY=10000}: H2's background writer puts commits in the file within ten
   * seconds (H2's default is half a second) and wakes three times as often as that to look: every
   * 3.3 s, where the default woke it six times a second in a daemon that is idle between polls
   * (at 2 s, one and a half times a second, it was still a sixth of an idle daemon's CPU;
   * BENCHMARKS.md). What must not wait for it is written through by {@link #durably}: the outbox's
   * marks, the first poll's baseline, and what an operator or a subscriber was told is done (a
   * subscriber added or removed, an unsubscribe, held mails released), and each such write puts
   * everything committed before it in the file too. The rest a crash may lose is read again by
   * the next poll. H2 writes sooner when what waits to be written outgrows its buffer, whatever
   * the delay.
   *
   * <p>{@code QUERY_CACHE_SIZE}: each session keeps its last {@value #QUERY_CACHE} statements
   * parsed and planned, by their SQL text. H2 keeps 8, fewer than the 12 distinct statements of
   * one unchanged poll (its plan, HTTP state, fetch log, outbox and digest look-ups, and the
   * commits), so each poll parsed every one of them again. More than 16 kept the 5,000-post
   * daemon's peak RSS a few MiB higher (BENCHMARKS.md).
   *
   * <p>{@code OPTIMIZE_REUSE_RESULTS=0}: a statement kept in that cache would also keep the rows
   * of its last result, to hand them out again if asked the same; a digest's 5,000 posts, say.
   */
  static String url(Path file) {
    String path = file.toAbsolutePath().toString();
    if (path.indexOf(';') >= 0 || path.chars().anyMatch(Character::isISOControl)) {
      throw new StoreException("store: the database path " + path.replaceAll("\\p{Cntrl}", "?")
          + " contains ';' or a control character, which the JDBC URL would read as more than a"
          + " path; choose a data directory without it", null);
    }
    return "jdbc:h2:file:" + path + ";AUTO_SERVER=TRUE;CACHE_SIZE="
        + cacheKb(Runtime.getRuntime().maxMemory()) + ";WRITE_DELAY=" + WRITE_DELAY_MS
        + ";QUERY_CACHE_SIZE=" + QUERY_CACHE + ";OPTIMIZE_REUSE_RESULTS=0";
  }

  /**
   * H2's page cache for a heap of {@code maxHeapBytes}, in KB: a sixteenth of it, at most {@value
   * #CACHE_KB} KB and at least 256. {@value #CACHE_KB} KB in the daemon's 64 MB heap; 2 MB in a
   * 32 MB one, where the 5,000-post feed's changed poll needs those 2 MB (BENCHMARKS.md).
   */
  static int cacheKb(long maxHeapBytes) {
    return (int) Math.max(256, Math.min(CACHE_KB, maxHeapBytes / 16 / 1024));
  }

  /** Flyway's migrations, skipped when the database already has them all ({@link Migrations}). */
  private static void migrate(DataSource dataSource) {
    Migrations.migrate(dataSource);
  }

  /** Work inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  public <T> T inTransaction(Work<T> work) {
    return run(work, false);
  }

  /**
   * Runs {@code work} in one transaction like {@link #inTransaction}, and returns only once the
   * commit is in the database file and the file is forced to the disk ({@code CHECKPOINT SYNC}).
   *
   * <p>Why: H2 keeps a commit in memory and its background writer puts it in the file up to
   * {@code WRITE_DELAY} ({@value #WRITE_DELAY_MS} ms) later, so a process killed with {@code kill
   * -9} loses the commits of its last seconds. For most of statuswacht that is harmless (the
   * next poll reads the page again), but a lost "sent" mark sends a mail again, and a lost
   * baseline is taken again by the next poll, with any post that appeared meanwhile in it, never
   * mailed. {@code WRITE_DELAY=0} on the URL would write every commit of every transaction, and it
   * also stops the background writer that keeps the file compact; so only those pay for being
   * written through. A checkpoint writes everything committed so far, whoever committed it ({@code
   * durably(c -> null)} writes through what was just committed). On PostgreSQL a commit is on the
   * disk when it returns, so nothing more is done there.
   */
  public <T> T durably(Work<T> work) {
    return run(work, true);
  }

  private <T> T run(Work<T> work, boolean durably) {
    // the pools hand out sessions with autoCommit off, and take them back so (h2Pool)
    try (Connection connection = pool.getConnection()) {
      T result;
      try {
        result = work.run(connection);
        connection.commit();
      } catch (SQLException | RuntimeException | Error e) {
        // an Error too (an OutOfMemoryError in work the transaction waited for): rolled back here,
        // not left to the pool
        connection.rollback();
        throw e;
      }
      if (durably && !postgres) {
        // on PostgreSQL a commit is durable when it returns (synchronous_commit)
        try (Statement checkpoint = connection.createStatement()) {
          checkpoint.execute("CHECKPOINT SYNC");
        }
        // and the transaction the checkpoint began, in HikariCP's eyes, ended too: it rolls back
        // a session whose last statement came after its commit when the session is handed back,
        // and H2's rollback drops the statements the session kept parsed (QUERY_CACHE_SIZE), so
        // the outbox parsed each of its statements again for every mail (BENCHMARKS.md)
        connection.commit();
      }
      return result;
    } catch (SQLException e) {
      throw new StoreException("store: " + e.getMessage(), e);
    }
  }

  /** Closes the database; closing it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      dispose.run();
    }
  }

  static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    statement.setObject(
        index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
