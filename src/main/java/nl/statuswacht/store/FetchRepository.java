package nl.statuswacht.store;

import static nl.statuswacht.store.Database.instant;
import static nl.statuswacht.store.Database.setInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Per-URL HTTP state (validators, Retry-After), the fetch log and evidence metadata. */
public final class FetchRepository {
  /** The newest {@code fetched} and {@code suspect} lines of a URL that a trim keeps. */
  private static final int SUSPECT_WINDOW = 10;
  /** The outcomes that count as reading a document: its posts are known as of then. */
  private static final Set<String> READ = Set.of("fetched", "not_modified");

  private FetchRepository() {}

  /**
   * What the server said about a URL last time: validators, when we may come back, and the
   * archived body the validators belong to.
   */
  public record HttpState(String etag, String lastModified, Instant retryNotBefore,
      String evidenceSha) {
    public static final HttpState NONE = new HttpState(null, null, null, null);
  }

  /** One line of the fetch log. */
  public record FetchLogEntry(
      String source,
      String url,
      Instant startedAt,
      long elapsedMs,
      String outcome,
      Integer httpStatus,
      String detail,
      String evidenceSha,
      Integer posts) {}

  /** Whether the fetch log has a line of {@code url} that started at {@code startedAt}. */
  public static boolean logged(Connection c, String url, Instant startedAt) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "select 1 from fetch_log where url = ? and started_at = ?")) {
      statement.setString(1, url);
      setInstant(statement, 2, startedAt);
      try (ResultSet row = statement.executeQuery()) {
        return row.next();
      }
    }
  }

  public static HttpState httpState(Connection c, String url) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement(
            "select etag, last_modified, retry_not_before, evidence_sha from http_cache"
                + " where url = ?")) {
      statement.setString(1, url);
      try (ResultSet row = statement.executeQuery()) {
        // by position, as selected: a look-up by name makes H2 build a map of the result's
        // labels for each result (every poll reads this)
        return row.next()
            ? new HttpState(
                row.getString(1),
                row.getString(2),
                instant(row, 3),
                row.getString(4))
            : HttpState.NONE;
      }
    }
  }

  public static void saveHttpState(Connection c, String url, HttpState state)
      throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("delete from http_cache where url = ?")) {
      delete.setString(1, url);
      delete.executeUpdate();
    }
    try (PreparedStatement statement =
        c.prepareStatement(
            "insert into http_cache (url, etag, last_modified, retry_not_before, evidence_sha)"
                + " values (?, ?, ?, ?, ?)")) {
      statement.setString(1, url);
      statement.setString(2, state.etag());
      statement.setString(3, state.lastModified());
      setInstant(statement, 4, state.retryNotBefore());
      statement.setString(5, state.evidenceSha());
      statement.executeUpdate();
    }
  }

  public static void log(Connection c, FetchLogEntry entry) throws SQLException {
    String sql =
        "insert into fetch_log (source, url, started_at, elapsed_ms, outcome, http_status,"
            + " detail, evidence_sha, posts) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, entry.source());
      statement.setString(2, entry.url());
      setInstant(statement, 3, entry.startedAt());
      statement.setLong(4, entry.elapsedMs());
      statement.setString(5, entry.outcome());
      statement.setObject(6, entry.httpStatus());
      String detail = entry.detail();
      statement.setString(
          7, detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000));
      statement.setString(8, entry.evidenceSha());
      statement.setObject(9, entry.posts());
      statement.executeUpdate();
    }
    if (READ.contains(entry.outcome())) {
      recordRead(c, entry.source(), entry.startedAt());
    }
  }

  /**
   * Keeps the source's first and last read ({@code source_read}) around {@code at}: the row is
   * updated, or inserted when there is none. Two transactions that both read a source no one has
   * read before (a one-shot {@code poll} beside the daemon on PostgreSQL) both insert it; the one
   * that commits second finds the key taken (SQLState 23505), goes back to before its insert (a
   * failed statement ends a PostgreSQL transaction otherwise) and updates the row instead.
   */
  private static void recordRead(Connection c, String source, Instant at) throws SQLException {
    if (updateRead(c, source, at)) {
      return;
    }
    Savepoint beforeInsert = c.setSavepoint();
    try (PreparedStatement insert = c.prepareStatement("insert into source_read (source,"
        + " first_read_at, last_read_at) values (?, ?, ?)")) {
      insert.setString(1, source);
      setInstant(insert, 2, at);
      setInstant(insert, 3, at);
      insert.executeUpdate();
      c.releaseSavepoint(beforeInsert);
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      c.rollback(beforeInsert);
      if (!updateRead(c, source, at)) {
        throw e;
      }
    }
  }

  /** The SQLState of a duplicate key, in PostgreSQL and in H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** Moves the source's first and last read to include {@code at}; false when it has no row. */
  private static boolean updateRead(Connection c, String source, Instant at) throws SQLException {
    try (PreparedStatement update = c.prepareStatement("update source_read set first_read_at ="
        + " least(first_read_at, ?), last_read_at = greatest(last_read_at, ?) where source = ?")) {
      setInstant(update, 1, at);
      setInstant(update, 2, at);
      update.setString(3, source);
      return update.executeUpdate() > 0;
    }
  }

  /**
   * When a document of the source was first read (fetched, or answered "not modified"): where
   * statuswacht's own watch of it begins.
   */
  public static Optional<Instant> firstRead(Connection c, String source) throws SQLException {
    return read(c, source, "first_read_at");
  }

  /**
   * When a document of the source was last read: fetched, or answered "not modified" (its
   * archived copy still holds).
   */
  public static Optional<Instant> lastRead(Connection c, String source) throws SQLException {
    return read(c, source, "last_read_at");
  }

  private static Optional<Instant> read(Connection c, String source, String column)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "select " + column + " from source_read where source = ?")) {
      statement.setString(1, source);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(instant(row, column)) : Optional.empty();
      }
    }
  }

  /**
   * When a document of the source was last read before {@code before}: the fetch log's newest
   * {@code fetched} or {@code not_modified} line older than it (empty when the log has none, or
   * was trimmed past it).
   */
  public static Optional<Instant> lastReadBefore(Connection c, String source, Instant before)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement("select max(started_at) from fetch_log"
        + " where source = ? and outcome in ('fetched', 'not_modified') and started_at < ?")) {
      statement.setString(1, source);
      setInstant(statement, 2, before);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.ofNullable(instant(row, 1)) : Optional.empty();
      }
    }
  }

  /**
   * Removes the fetch-log lines older than {@code before}, except the newest {@value
   * #SUSPECT_WINDOW} {@code fetched} and {@code suspect} lines of each URL, which {@link
   * #suspectInARow} reads whatever their age. When a source was first and last read is kept apart
   * ({@code source_read}), so the lines can go. Returns how many went.
   */
  public static int trim(Connection c, Instant before) throws SQLException {
    List<String> urls = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(
        "select distinct url from fetch_log where started_at < ?")) {
      setInstant(statement, 1, before);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          urls.add(row.getString(1));
        }
      }
    }
    int removed = 0;
    for (String url : urls) {
      long keepFrom;
      try (PreparedStatement statement = c.prepareStatement("select id from fetch_log where url = ?"
          + " and outcome in ('fetched', 'suspect') order by id desc offset " + (SUSPECT_WINDOW - 1)
          + " rows fetch next 1 rows only")) {
        statement.setString(1, url);
        try (ResultSet row = statement.executeQuery()) {
          // fewer than the window: every one of them stays
          keepFrom = row.next() ? row.getLong(1) : 0;
        }
      }
      try (PreparedStatement delete = c.prepareStatement("delete from fetch_log where url = ?"
          + " and started_at < ? and (outcome not in ('fetched', 'suspect') or id < ?)")) {
        delete.setString(1, url);
        setInstant(delete, 2, before);
        delete.setLong(3, keepFrom);
        removed += delete.executeUpdate();
      }
    }
    return removed;
  }

  /**
   * How many readings of {@code url} in a row, newest first, were set aside as suspect (the
   * document had suddenly lost most of its posts).
   */
  public static int suspectInARow(Connection c, String url) throws SQLException {
    String sql = "select outcome from fetch_log where url = ? and outcome in ('fetched',"
        + " 'suspect') order by id desc fetch first " + SUSPECT_WINDOW + " rows only";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, url);
      int count = 0;
      try (ResultSet row = statement.executeQuery()) {
        while (row.next() && row.getString("outcome").equals("suspect")) {
          count++;
        }
      }
      return count;
    }
  }

  /** The newest fetch-log line for a source, for status and tests. */
  public static Optional<FetchLogEntry> lastLog(Connection c, String source) throws SQLException {
    String sql =
        "select * from fetch_log where source = ? order by id desc fetch first 1 rows only";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, source);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new FetchLogEntry(
                row.getString("source"),
                row.getString("url"),
                instant(row, "started_at"),
                row.getLong("elapsed_ms"),
                row.getString("outcome"),
                (Integer) row.getObject("http_status"),
                row.getString("detail"),
                row.getString("evidence_sha"),
                (Integer) row.getObject("posts")));
      }
    }
  }

  /** Records where an archived body came from, once per (sha256, url). */
  public static void recordEvidence(
      Connection c, String sha256, String url, Instant fetchedAt, String contentType, long size)
      throws SQLException {
    try (PreparedStatement find =
        c.prepareStatement("select 1 from evidence where sha256 = ? and url = ?")) {
      find.setString(1, sha256);
      find.setString(2, url);
      try (ResultSet row = find.executeQuery()) {
        if (row.next()) {
          return;
        }
      }
    }
    try (PreparedStatement statement =
        c.prepareStatement(
            "insert into evidence (sha256, url, first_fetched_at, content_type, size)"
                + " values (?, ?, ?, ?, ?)")) {
      statement.setString(1, sha256);
      statement.setString(2, url);
      setInstant(statement, 3, fetchedAt);
      statement.setString(4, contentType);
      statement.setLong(5, size);
      statement.executeUpdate();
    }
  }
}
