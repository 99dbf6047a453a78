package nl.statuswacht.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * What the last look at a source's deadlines and reminders found, kept for the next process: a
 * one-shot {@code statuswacht poll} starts with no memory of the one before it.
 */
public final class QuietRepository {
  private QuietRepository() {}

  /**
   * Nothing of the posts as {@code documents} gave them is due before {@code until} ({@link
   * Instant#MAX}: nothing ever will), under the settings {@code fingerprint} names.
   */
  public record Quiet(String documents, String fingerprint, Instant until) {}

  public static Optional<Quiet> quiet(Connection c, String source) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "select documents, fingerprint, until_at from poll_quiet where source = ?")) {
      statement.setString(1, source);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        String until = row.getString(3);
        return Optional.of(new Quiet(row.getString(1), row.getString(2),
            until == null ? Instant.MAX : Instant.parse(until)));
      }
    }
  }

  public static void save(Connection c, String source, Quiet quiet) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement("delete from poll_quiet where source = ?")) {
      delete.setString(1, source);
      delete.executeUpdate();
    }
    try (PreparedStatement statement = c.prepareStatement(
        "insert into poll_quiet (source, documents, fingerprint, until_at) values (?, ?, ?, ?)")) {
      statement.setString(1, source);
      statement.setString(2, quiet.documents());
      statement.setString(3, quiet.fingerprint());
      statement.setString(4, quiet.until().equals(Instant.MAX) ? null : quiet.until().toString());
      statement.executeUpdate();
    }
  }
}
