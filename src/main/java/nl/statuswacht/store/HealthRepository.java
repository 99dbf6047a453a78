package nl.statuswacht.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
}
