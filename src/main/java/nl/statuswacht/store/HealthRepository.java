package nl.statuswacht.store;

import static nl.statuswacht.store.Database.setInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/** Whether a source can be read: failed polls in a row, and whether the operator was told. */
public final class HealthRepository {
  private HealthRepository() {}

  /** A source's health. */
  public record Health(int failures, boolean alerted) {}

  public static Health health(Connection c, String source) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "select failures, alerted from source_health where source = ?")) {
      statement.setString(1, source);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? new Health(row.getInt(1), row.getBoolean(2)) : new Health(0, false);
      }
    }
  }

  public static void save(Connection c, String source, Health health) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement("delete from source_health where source = ?")) {
      delete.setString(1, source);
      delete.executeUpdate();
    }
    try (PreparedStatement statement = c.prepareStatement(
        "insert into source_health (source, failures, alerted) values (?, ?, ?)")) {
      statement.setString(1, source);
      statement.setInt(2, health.failures());
      statement.setBoolean(3, health.alerted());
      statement.executeUpdate();
    }
  }

  /** An event about the source itself, with no post; returns its id. */
  public static long insertSourceEvent(Connection c, String kind, String detail, Instant now)
      throws SQLException {
    String sql = "insert into event (post_id, version, kind, changes, created_at)"
        + " values (null, null, ?, ?, ?)";
    try (PreparedStatement statement =
        c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      statement.setString(1, kind);
      statement.setString(2, detail);
      setInstant(statement, 3, now);
      statement.executeUpdate();
      return PostRepository.generatedId(statement);
    }
  }
}
