package nl.statuswacht.store;

import static nl.statuswacht.store.Database.instant;
import static nl.statuswacht.store.Database.setInstant;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Per source: the documents it is read from (its plan), and how many polls failed in a row. */
public final class SourceRepository {
  private SourceRepository() {}

  /** A source's plan: the URLs to read, when they were discovered, failed polls since. */
  public record Plan(List<URI> urls, Instant discoveredAt, int failures) {}

  public static Optional<Plan> plan(Connection c, String source) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "select plan, discovered_at, failures from source_plan where source = ?")) {
      statement.setString(1, source);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        List<URI> urls = Arrays.stream(row.getString("plan").split("\n"))
            .filter(s -> !s.isBlank()).map(URI::create).toList();
        return Optional.of(new Plan(urls, instant(row, "discovered_at"), row.getInt("failures")));
      }
    }
  }

  /** Stores a newly discovered plan; its failure count starts at zero. */
  public static void savePlan(Connection c, String source, List<URI> urls, Instant now)
      throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement("delete from source_plan where source = ?")) {
      delete.setString(1, source);
      delete.executeUpdate();
    }
    try (PreparedStatement statement = c.prepareStatement(
        "insert into source_plan (source, plan, discovered_at, failures) values (?, ?, ?, 0)")) {
      statement.setString(1, source);
      statement.setString(2, String.join("\n", urls.stream().map(URI::toString).toList()));
      setInstant(statement, 3, now);
      statement.executeUpdate();
    }
  }

  public static void countFailure(Connection c, String source) throws SQLException {
    update(c, "update source_plan set failures = failures + 1 where source = ?", source);
  }

  public static void resetFailures(Connection c, String source) throws SQLException {
    update(c, "update source_plan set failures = 0 where source = ?", source);
  }

  private static void update(Connection c, String sql, String source) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, source);
      statement.executeUpdate();
    }
  }
}
