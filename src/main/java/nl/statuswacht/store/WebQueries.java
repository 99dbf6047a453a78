package nl.statuswacht.store;

import static nl.statuswacht.store.Database.instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.PostUpdate;

/** What the dashboard ({@code nl.statuswacht.web}) reads besides the digest's view: read-only. */
public final class WebQueries {
  private WebQueries() {}

  /**
   * One stored version of a post, as the post page shows it.
   *
   * @param evidence the classification's evidence as stored, one {@code field: words} a line
   * @param noticeFrom what the version's notice is measured from
   */
  public record Version(int version, Instant seenAt, String title, String link,
      Instant published, Instant updated, Instant announced, Instant noticeFrom,
      String latestStatus, String body, String evidenceSha, Classification classification,
      String evidence, List<PostUpdate> updates) {}

  /** A post with every version, oldest first. */
  public record PostHistory(long id, String key, Instant firstSeen, Instant lastSeen,
      int currentVersion, List<Version> versions) {
    public Version current() {
      return versions.stream().filter(v -> v.version() == currentVersion).findFirst()
          .orElse(versions.get(versions.size() - 1));
    }
  }

  /** Archived document metadata: where it came from and what it was said to be. */
  public record EvidenceInfo(String sha256, String url, Instant firstFetchedAt,
      String contentType, long size) {}

  /** The database id of every post by its key. */
  public static Map<String, Long> idsByKey(Connection c) throws SQLException {
    Map<String, Long> ids = new LinkedHashMap<>();
    try (PreparedStatement statement = c.prepareStatement("select id, post_key from post");
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        ids.put(row.getString("post_key"), row.getLong("id"));
      }
    }
    return ids;
  }

  /** Every post's id, newest first seen first. */
  public static List<Long> postIds(Connection c) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement statement =
            c.prepareStatement("select id from post order by first_seen desc, id desc");
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        ids.add(row.getLong("id"));
      }
    }
    return ids;
  }

  /**
   * The post with database id {@code id} and all its versions, if there is one. Its last sighting
   * is the source's last read while the post is shown (a poll that finds it unchanged writes
   * nothing for it), and the last read that still showed it once it is withdrawn.
   */
  public static Optional<PostHistory> post(Connection c, long id) throws SQLException {
    String key;
    Instant firstSeen;
    Instant lastSeen;
    int current;
    try (PreparedStatement statement = c.prepareStatement("select p.*, r.last_read_at"
        + " from post p left join source_read r on r.source = p.source where p.id = ?")) {
      statement.setLong(1, id);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        key = row.getString("post_key");
        firstSeen = instant(row, "first_seen");
        lastSeen = instant(row, "last_seen");
        Instant lastRead = instant(row, "last_read_at");
        if (row.getObject("withdrawn_at") == null && lastRead != null
            && lastRead.isAfter(lastSeen)) {
          lastSeen = lastRead;
        }
        current = row.getInt("current_version");
      }
    }
    List<Version> versions = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(
        "select * from post_version where post_id = ? order by version")) {
      statement.setLong(1, id);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          Instant announced = instant(row, "announced");
          Instant noticeFrom = instant(row, "notice_from");
          versions.add(new Version(row.getInt("version"), instant(row, "seen_at"),
              row.getString("title"), row.getString("link"), instant(row, "published"),
              instant(row, "updated"), announced, noticeFrom != null ? noticeFrom : announced,
              row.getString("latest_status"), row.getString("body"),
              row.getString("evidence_sha"), PostRepository.classification(row),
              row.getString("evidence"), List.of()));
        }
      }
    }
    List<Version> withUpdates = new ArrayList<>();
    for (Version v : versions) {
      withUpdates.add(new Version(v.version(), v.seenAt(), v.title(), v.link(), v.published(),
          v.updated(), v.announced(), v.noticeFrom(), v.latestStatus(), v.body(),
          v.evidenceSha(), v.classification(), v.evidence(), updates(c, id, v.version())));
    }
    return Optional.of(new PostHistory(id, key, firstSeen, lastSeen, current, withUpdates));
  }

  private static List<PostUpdate> updates(Connection c, long id, int version)
      throws SQLException {
    List<PostUpdate> updates = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(
        "select at, status, text from post_update where post_id = ? and version = ?"
            + " order by seq")) {
      statement.setLong(1, id);
      statement.setInt(2, version);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          updates.add(new PostUpdate(instant(row, "at"), row.getString("status"),
              row.getString("text")));
        }
      }
    }
    return updates;
  }

  /** The metadata of an archived body, the first URL it came from. */
  public static Optional<EvidenceInfo> evidence(Connection c, String sha256)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "select * from evidence where sha256 = ? order by first_fetched_at"
            + " fetch first 1 rows only")) {
      statement.setString(1, sha256);
      try (ResultSet row = statement.executeQuery()) {
        return row.next()
            ? Optional.of(new EvidenceInfo(row.getString("sha256").trim(), row.getString("url"),
                instant(row, "first_fetched_at"), row.getString("content_type"),
                row.getLong("size")))
            : Optional.empty();
      }
    }
  }

  /**
   * The outbox as the health check and the metrics see it.
   *
   * @param pending mails waiting (PENDING or SENDING)
   * @param dead dead letters
   * @param oldestDue when the longest-waiting PENDING mail became due, or {@code null}
   * @param oldestSending when the oldest attempt still SENDING began, or {@code null}
   */
  public record OutboxState(int pending, int dead, Instant oldestDue, Instant oldestSending) {}

  public static OutboxState outbox(Connection c) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "select (select count(*) from outbox where state in ('PENDING', 'SENDING')) as pending,"
            + " (select count(*) from outbox where state = 'DEAD') as dead,"
            + " (select min(next_attempt_at) from outbox where state = 'PENDING') as oldest_due,"
            + " (select min(sending_since) from outbox where state = 'SENDING')"
            + " as oldest_sending");
        ResultSet row = statement.executeQuery()) {
      row.next();
      return new OutboxState(row.getInt("pending"), row.getInt("dead"),
          instant(row, "oldest_due"), instant(row, "oldest_sending"));
    }
  }

  /** How many posts each current category has ({@code UNKNOWN} for none). */
  public static Map<String, Integer> postsByCategory(Connection c) throws SQLException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (PreparedStatement statement = c.prepareStatement(
        "select coalesce(v.category, 'UNKNOWN') as category, count(*) as n from post p"
            + " join post_version v on v.post_id = p.id and v.version = p.current_version"
            + " group by coalesce(v.category, 'UNKNOWN')");
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        counts.put(row.getString("category"), row.getInt("n"));
      }
    }
    return counts;
  }
}
