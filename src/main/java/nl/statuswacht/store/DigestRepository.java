package nl.statuswacht.store;

import static nl.statuswacht.store.Database.instant;
import static nl.statuswacht.store.Database.setInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.PostUpdate;

/**
 * What the weekly digest reads and writes: the current version of every post, and per subscriber
 * the weeks queued (one row per week, the primary key) and the watermark (the last week queued).
 * Addresses are kept in lower case, so that a subscriber spelt twice is one.
 */
public final class DigestRepository {
  private DigestRepository() {}

  /**
   * A post's current version as the digest needs it.
   *
   * @param announced when the post was announced
   * @param noticeFrom what this version's notice is measured from: {@code announced}, or a later
   *     edit that moved the date earlier
   * @param newest its newest update, or {@code null} when it has none
   * @param evidenceSha the archived document it was read from, or {@code null}
   */
  public record Current(String key, int version, String title, String link, Instant firstSeen,
      Instant announced, Instant noticeFrom, Classification classification, PostUpdate newest,
      String evidenceSha) {}

  /**
   * Every post's current version, oldest first. Only the columns a {@link Current} has are read:
   * not the version's body and classification evidence, which the database would otherwise hold
   * in the result for every post at once (5,000 at the daemon's peak).
   */
  public static List<Current> current(Connection c) throws SQLException {
    String sql = "select p.id, p.post_key, p.first_seen, " + PostRepository.LISTED_COLUMNS
        + ", v.announced, v.notice_from, v.evidence_sha,"
        + " (select u.at from post_update u where u.post_id = p.id and u.version = v.version"
        + "   order by u.seq desc fetch first 1 rows only) as newest_at,"
        + " (select u.status from post_update u where u.post_id = p.id and u.version = v.version"
        + "   order by u.seq desc fetch first 1 rows only) as newest_status,"
        + " (select u.text from post_update u where u.post_id = p.id and u.version = v.version"
        + "   order by u.seq desc fetch first 1 rows only) as newest_text"
        + " from post p join post_version v on v.post_id = p.id and v.version = p.current_version"
        + " order by p.id";
    List<Current> posts = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        Instant newestAt = instant(row, "newest_at");
        posts.add(new Current(row.getString("post_key"), row.getInt("version"),
            row.getString("title"), row.getString("link"), instant(row, "first_seen"),
            instant(row, "announced"), noticeFrom(row), PostRepository.classification(row),
            newestAt == null ? null : new PostUpdate(newestAt, row.getString("newest_status"),
                row.getString("newest_text")),
            row.getString("evidence_sha")));
      }
    }
    return posts;
  }

  /** The version's notice start; {@code announced} for a row judged before it was kept. */
  private static Instant noticeFrom(ResultSet row) throws SQLException {
    Instant noticeFrom = instant(row, "notice_from");
    return noticeFrom != null ? noticeFrom : instant(row, "announced");
  }

  /** The last week (its Monday) queued for {@code recipient}, if any. */
  public static Optional<LocalDate> watermark(Connection c, String recipient)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "select week_start from digest_watermark where recipient = ?")) {
      statement.setString(1, key(recipient));
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(row.getObject(1, LocalDate.class)) : Optional.empty();
      }
    }
  }

  /**
   * Who has had the digest of the week starting {@code monday} or a later one (their watermark
   * is there), as a test of an address: one look-up for all subscribers, which the poll makes
   * after every poll.
   */
  public static Predicate<String> hadWeek(Connection c, LocalDate monday) throws SQLException {
    Set<String> had = new HashSet<>();
    try (PreparedStatement statement = c.prepareStatement(
        "select recipient from digest_watermark where week_start >= ?")) {
      statement.setObject(1, monday);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          had.add(row.getString(1));
        }
      }
    }
    return address -> had.contains(key(address));
  }

  /**
   * Records, in the transaction that queued it, the digest of the week starting {@code monday}
   * for {@code recipient}, and moves the watermark there. A second digest for the same recipient
   * and week fails on the primary key.
   */
  public static void record(Connection c, String recipient, LocalDate monday, long outboxId,
      Instant now) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "insert into digest (recipient, week_start, outbox_id, queued_at) values (?, ?, ?, ?)")) {
      statement.setString(1, key(recipient));
      statement.setObject(2, monday);
      statement.setLong(3, outboxId);
      setInstant(statement, 4, now);
      statement.executeUpdate();
    }
    try (PreparedStatement update = c.prepareStatement(
        "update digest_watermark set week_start = ? where recipient = ? and week_start < ?")) {
      update.setObject(1, monday);
      update.setString(2, key(recipient));
      update.setObject(3, monday);
      if (update.executeUpdate() == 1 || watermark(c, recipient).isPresent()) {
        return;
      }
    }
    try (PreparedStatement insert = c.prepareStatement(
        "insert into digest_watermark (recipient, week_start) values (?, ?)")) {
      insert.setString(1, key(recipient));
      insert.setObject(2, monday);
      insert.executeUpdate();
    }
  }

  /** How many digests were queued for {@code recipient} (every week). */
  public static int count(Connection c, String recipient) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("select count(*) from digest where recipient = ?")) {
      statement.setString(1, key(recipient));
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  private static String key(String recipient) {
    return recipient.strip().toLowerCase(Locale.ROOT);
  }
}
