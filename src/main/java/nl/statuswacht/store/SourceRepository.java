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

/** Per source: the documents it is read from (its plan). */
public final class SourceRepository {
  private SourceRepository() {}

  /** A source's plan: the URLs to read, and when they were discovered. */
  public record Plan(List<URI> urls, Instant discoveredAt) {}

  public static Optional<Plan> plan(Connection c, String source) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "select plan, discovered_at from source_plan where source = ?")) {
      statement.setString(1, source);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        // by position, as selected (a look-up by name builds H2 a map of the labels)
        return Optional.of(new Plan(urls(row.getString(1)), instant(row, 2)));
      }
    }
  }

  /** The plan's text last read and its URLs: every poll reads the same plan. */
  private record Parsed(String text, List<URI> urls) {}

  private static volatile Parsed lastParsed;

  /** The URLs of a stored plan, one a line; the same list as last time for the same text. */
  static List<URI> urls(String text) {
    Parsed last = lastParsed;
    if (last != null && last.text().equals(text)) {
      return last.urls();
    }
    List<URI> urls = Arrays.stream(text.split("\n")).filter(s -> !s.isBlank())
        .map(URI::create).toList();
    lastParsed = new Parsed(text, urls);
    return urls;
  }

  /** Stores a newly discovered plan. */
  public static void savePlan(Connection c, String source, List<URI> urls, Instant now)
      throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement("delete from source_plan where source = ?")) {
      delete.setString(1, source);
      delete.executeUpdate();
    }
    try (PreparedStatement statement = c.prepareStatement(
        "insert into source_plan (source, plan, discovered_at) values (?, ?, ?)")) {
      statement.setString(1, source);
      statement.setString(2, String.join("\n", urls.stream().map(URI::toString).toList()));
      setInstant(statement, 3, now);
      statement.executeUpdate();
    }
  }
}
