package nl.statuswacht.store;

import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The least a one-shot {@code poll} has to do when the site answers 304, as a benchmark's floor
 * (issue 17, BENCHMARKS.md "One-shot commands"): open statuswacht's H2 file with the URL
 * statuswacht opens it with, read the feed's validators, make the conditional GET, log the fetch,
 * commit and close. No command line, configuration, logging, scheduler, pool or schema check: what
 * a JVM costs for the database and the request alone. {@code scripts/bench-start.sh floor} runs
 * it by turns with the real {@code poll} on the same data directory.
 *
 * <p>Arguments: the database file without {@code .mv.db} ({@code DATA_DIR/statuswacht}) and the
 * feed's URL, which must have been polled before (its validators stored).
 */
public final class OneShotFloor {
  private OneShotFloor() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String url = args[1];
    try (Connection c = DriverManager.getConnection(Database.url(file), "statuswacht", "")) {
      c.setAutoCommit(false);
      String etag = null;
      String lastModified = null;
      try (PreparedStatement s =
          c.prepareStatement("select etag, last_modified from http_cache where url = ?")) {
        s.setString(1, url);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            etag = r.getString(1);
            lastModified = r.getString(2);
          }
        }
      }
      Instant started = Instant.now();
      HttpURLConnection get = (HttpURLConnection) URI.create(url).toURL().openConnection();
      if (etag != null) {
        get.setRequestProperty("If-None-Match", etag);
      }
      if (lastModified != null) {
        get.setRequestProperty("If-Modified-Since", lastModified);
      }
      int status = get.getResponseCode();
      get.disconnect();
      if (status != HttpURLConnection.HTTP_NOT_MODIFIED) {
        throw new IllegalStateException(url + " answered " + status + ", not 304: poll it first");
      }
      try (PreparedStatement log = c.prepareStatement("insert into fetch_log (source, url,"
          + " started_at, elapsed_ms, outcome, http_status) values (?, ?, ?, ?, ?, ?)")) {
        log.setString(1, url);
        log.setString(2, url);
        log.setTimestamp(3, Timestamp.from(started));
        log.setLong(4, java.time.Duration.between(started, Instant.now()).toMillis());
        log.setString(5, "not_modified");
        log.setInt(6, status);
        log.executeUpdate();
      }
      c.commit();
    }
  }
}
