package nl.statuswacht.store;

import static nl.statuswacht.store.Database.instant;
import static nl.statuswacht.store.Database.setInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each post was seen: per document of the plan the fingerprint of the post as that
 * document showed it, the post's content identity (which survives a moved link), and whether it
 * has been withdrawn from every document.
 */
public final class SightingRepository {
  private SightingRepository() {}

  /** The fingerprint of the post as each document last showed it, by the document's location. */
  public static Map<String, String> sightings(Connection c, long postId) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "select location, fingerprint from post_sighting where post_id = ?")) {
      statement.setLong(1, postId);
      Map<String, String> seen = new HashMap<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          seen.put(row.getString("location"), row.getString("fingerprint"));
        }
      }
      return seen;
    }
  }

  /** Records how {@code location} shows the post now. */
  public static void saw(Connection c, long postId, String location, String fingerprint,
      Instant now) throws SQLException {
    try (PreparedStatement update = c.prepareStatement("update post_sighting"
        + " set fingerprint = ?, seen_at = ? where post_id = ? and location = ?")) {
      update.setString(1, fingerprint);
      setInstant(update, 2, now);
      update.setLong(3, postId);
      update.setString(4, location);
      if (update.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement insert = c.prepareStatement("insert into post_sighting"
        + " (post_id, location, fingerprint, seen_at) values (?, ?, ?, ?)")) {
      insert.setLong(1, postId);
      insert.setString(2, location);
      insert.setString(3, fingerprint);
      setInstant(insert, 4, now);
      insert.executeUpdate();
    }
  }

  /** Sets the post's content identity ({@link nl.statuswacht.change.Material#identity}). */
  public static void identify(Connection c, long postId, String identity) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("update post set identity = ? where id = ?")) {
      statement.setString(1, identity);
      statement.setLong(2, postId);
      statement.executeUpdate();
    }
  }

  /** A stored post that a moved link may belong to. */
  public record Known(long id, String key) {}

  /**
   * The source's one post with this identity whose key none of the documents shows any more:
   * the post a moved link belongs to. Empty when there is none, or more than one.
   */
  public static Optional<Known> movedFrom(Connection c, String source, String identity,
      Set<String> keysShown) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "select id, post_key from post where source = ? and identity = ?")) {
      statement.setString(1, source);
      statement.setString(2, identity);
      List<Known> candidates = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          if (!keysShown.contains(row.getString("post_key"))) {
            candidates.add(new Known(row.getLong("id"), row.getString("post_key")));
          }
        }
      }
      return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
  }

  /** Stores the post under a new key: its link moved. */
  public static void rekey(Connection c, long postId, String key) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("update post set post_key = ? where id = ?")) {
      statement.setString(1, key);
      statement.setLong(2, postId);
      statement.executeUpdate();
    }
  }

  /**
   * A stored post as the last poll that read it left it: its row id, the fingerprint of its
   * current version, its content identity, whether it is withdrawn, and the fingerprint of the
   * post as each document last showed it, by the document's location.
   */
  public record Standing(long id, String fingerprint, String identity, boolean withdrawn,
      Map<String, String> sightings) {}

  private static final String STANDINGS = "select p.id, p.post_key, p.identity, p.withdrawn_at,"
      + " p.current_fingerprint, s.location, s.fingerprint as shown"
      + " from post p left join post_sighting s on s.post_id = p.id";

  /**
   * Every post of the source as it stands, by its key: one statement, whatever their number, that
   * reads no version (the current one's fingerprint is kept on the post, V18).
   */
  public static Map<String, Standing> standings(Connection c, String source)
      throws SQLException {
    Map<String, Standing> standings = new HashMap<>();
    try (PreparedStatement statement = c.prepareStatement(
        STANDINGS + " where p.source = ? and p.current_version > 0")) {
      statement.setString(1, source);
      addStandings(statement, standings);
    }
    return standings;
  }

  /**
   * Brings {@code standings} (as {@link #standings} read them) up to date for the posts with these
   * row ids, which were written since: each is read as it stands now, under its key now (a moved
   * link re-keys it).
   */
  public static void restand(Connection c, Map<String, Standing> standings, Set<Long> ids)
      throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    standings.values().removeIf(standing -> ids.contains(standing.id()));
    try (PreparedStatement statement = c.prepareStatement(
        STANDINGS + " where p.id = ? and p.current_version > 0")) {
      for (long id : ids) {
        statement.setLong(1, id);
        addStandings(statement, standings);
      }
    }
  }

  /**
   * Adds the posts the statement reads to {@code standings}, each with its sightings in a map of
   * its own size (most posts are shown by one document) and the documents' locations shared: a
   * daemon keeps them between polls, 5,000 posts and more.
   */
  private static void addStandings(PreparedStatement statement, Map<String, Standing> standings)
      throws SQLException {
    Map<String, Standing> read = new HashMap<>();
    Map<String, String> locations = new HashMap<>();
    try (ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        String key = row.getString("post_key");
        Standing standing = read.get(key);
        if (standing == null) {
          standing = new Standing(row.getLong("id"), row.getString("current_fingerprint"),
              row.getString("identity"), row.getObject("withdrawn_at") != null,
              new HashMap<>());
          read.put(key, standing);
        }
        String location = row.getString("location");
        if (location != null) {
          standing.sightings().put(locations.computeIfAbsent(location, l -> l),
              row.getString("shown"));
        }
      }
    }
    read.forEach((key, standing) -> standings.put(key, new Standing(standing.id(),
        standing.fingerprint(), standing.identity(), standing.withdrawn(),
        Map.copyOf(standing.sightings()))));
  }

  /**
   * Counts one more writing of the source's posts, and returns the count (1 the first time). The
   * first thing a poll writes to the posts: the row's lock makes it wait for any other
   * transaction that is writing them, and a process that kept where the posts stood after its
   * last poll (count n) knows them unchanged since when this one is n + 1.
   */
  public static long nextGeneration(Connection c, String source) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(
        "update post_generation set generation = generation + 1 where source = ?")) {
      update.setString(1, source);
      if (update.executeUpdate() == 0) {
        try (PreparedStatement insert = c.prepareStatement(
            "insert into post_generation (source, generation) values (?, 1)")) {
          insert.setString(1, source);
          insert.executeUpdate();
        }
        return 1;
      }
    }
    try (PreparedStatement select = c.prepareStatement(
        "select generation from post_generation where source = ?")) {
      select.setString(1, source);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** A post no document shows any more. */
  public record Withdrawn(long id, String key, String title, Instant lastSeen) {}

  /**
   * Marks those of the posts {@code candidates} (row ids) that are not withdrawn already and
   * whose key none of {@code keysShown} is as withdrawn at {@code now} (the poll's start), last
   * seen at the last read of {@code source} before it; returns them.
   */
  public static List<Withdrawn> withdraw(Connection c, String source,
      Collection<Long> candidates, Set<String> keysShown, Instant now) throws SQLException {
    List<Withdrawn> gone = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement("select p.id, p.post_key, v.title,"
        + " p.last_seen"
        + " from post p join post_version v on v.post_id = p.id"
        + " and v.version = p.current_version where p.id = ? and p.withdrawn_at is null")) {
      for (long id : candidates) {
        statement.setLong(1, id);
        try (ResultSet row = statement.executeQuery()) {
          if (row.next() && !keysShown.contains(row.getString("post_key"))) {
            gone.add(new Withdrawn(row.getLong("id"), row.getString("post_key"),
                row.getString("title"), instant(row, "last_seen")));
          }
        }
      }
    }
    if (gone.isEmpty()) {
      return gone;
    }
    // last seen: the source's last read before this poll, which still showed them (a poll that
    // found them unchanged wrote nothing for them)
    Instant lastShown = FetchRepository.lastReadBefore(c, source, now).orElse(null);
    try (PreparedStatement mark = c.prepareStatement("update post set withdrawn_at = ?,"
        + " last_seen = greatest(last_seen, ?) where id = ?")) {
      for (Withdrawn w : gone) {
        setInstant(mark, 1, now);
        // no read before this poll (the log trimmed past it): as last written
        setInstant(mark, 2, lastShown != null ? lastShown : w.lastSeen());
        mark.setLong(3, w.id());
        mark.addBatch();
      }
      mark.executeBatch();
    }
    return gone;
  }

  /**
   * Clears the post's withdrawal: a document shows it again. Returns when it had been withdrawn,
   * or empty when it was not.
   */
  public static Optional<Instant> reappeared(Connection c, long postId) throws SQLException {
    Instant withdrawn;
    try (PreparedStatement statement =
        c.prepareStatement("select withdrawn_at from post where id = ?")) {
      statement.setLong(1, postId);
      try (ResultSet row = statement.executeQuery()) {
        withdrawn = row.next() ? instant(row, "withdrawn_at") : null;
      }
    }
    if (withdrawn == null) {
      return Optional.empty();
    }
    try (PreparedStatement clear =
        c.prepareStatement("update post set withdrawn_at = null where id = ?")) {
      clear.setLong(1, postId);
      clear.executeUpdate();
    }
    return Optional.of(withdrawn);
  }
}
