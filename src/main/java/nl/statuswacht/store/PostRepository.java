package nl.statuswacht.store;

import static nl.statuswacht.store.Database.instant;
import static nl.statuswacht.store.Database.setInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.statuswacht.change.StoredVersion;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.ImpactClass;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.model.Window;
import nl.statuswacht.words.VerdictWords;

/**
 * Posts, their material versions with timelines, and the events they raise.
 *
 * <p>Over 300 lines: every statement on the post, post_version, post_update, verdict and event
 * tables, one short method each; the tables are read and written together in one transaction.
 */
public final class PostRepository {
  private PostRepository() {}

  /** A stored post: its row id and its last version. */
  public record Stored(long id, StoredVersion last) {}

  public static Optional<Stored> find(Connection c, String source, String key) throws SQLException {
    String sql =
        "select p.id, v.version, v.fingerprint, v.title, v.latest_status,"
            + " (select count(*) from post_update u where u.post_id = v.post_id"
            + "  and u.version = v.version) as updates"
            + " from post p join post_version v on v.post_id = p.id and v.version = p.current_version"
            + " where p.source = ? and p.post_key = ?";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, source);
      statement.setString(2, key);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Stored(
                row.getLong("id"),
                new StoredVersion(
                    row.getInt("version"),
                    row.getString("fingerprint"),
                    row.getString("title"),
                    row.getString("latest_status"),
                    row.getInt("updates"))));
      }
    }
  }

  /** What the classifier read out of one stored version of a post. */
  public static Optional<Classification> classification(Connection c, long postId, int version)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "select * from post_version where post_id = ? and version = ?")) {
      statement.setLong(1, postId);
      statement.setInt(2, version);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(classification(row)) : Optional.empty();
      }
    }
  }

  /** Inserts a post with no version yet and returns its id. */
  public static long insertPost(Connection c, String source, String key, Instant now)
      throws SQLException {
    String sql =
        "insert into post (source, post_key, first_seen, last_seen, current_version)"
            + " values (?, ?, ?, ?, 0)";
    try (PreparedStatement statement =
        c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      statement.setString(1, source);
      statement.setString(2, key);
      setInstant(statement, 3, now);
      setInstant(statement, 4, now);
      statement.executeUpdate();
      return generatedId(statement);
    }
  }

  /**
   * Stores {@code post} as version {@code version} of post {@code postId}, with what the
   * classifier read out of it, and makes it current.
   */
  public static void insertVersion(
      Connection c,
      long postId,
      int version,
      Post post,
      Classification classification,
      String fingerprint,
      Instant seenAt,
      String evidenceSha)
      throws SQLException {
    String sql =
        "insert into post_version (post_id, version, fingerprint, seen_at, title, link,"
            + " published, updated, latest_status, body, evidence_sha, category, downtime,"
            + " services, priority, impact_class, window_start, window_end, effective_date,"
            + " started, resolved, calendar_year, evidence)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setLong(1, postId);
      statement.setInt(2, version);
      statement.setString(3, fingerprint);
      setInstant(statement, 4, seenAt);
      statement.setString(5, post.title());
      statement.setString(6, post.link());
      setInstant(statement, 7, post.published());
      setInstant(statement, 8, post.updated());
      statement.setString(9, post.latestStatus());
      statement.setString(10, post.body());
      statement.setString(11, evidenceSha);
      setClassification(statement, 12, classification);
      statement.executeUpdate();
    }
    insertTimeline(c, postId, version, post.updates());
    try (PreparedStatement statement =
        c.prepareStatement("update post set current_version = ?, current_fingerprint = ?,"
            + " last_seen = ? where id = ?")) {
      statement.setInt(1, version);
      statement.setString(2, fingerprint);
      setInstant(statement, 3, seenAt);
      statement.setLong(4, postId);
      statement.executeUpdate();
    }
  }

  /**
   * Stores the verdicts of a version, with the instant the post was announced and the one its
   * notice was measured from (they differ when an edit moved the date earlier).
   */
  public static void insertVerdicts(Connection c, long postId, int version, Instant announced,
      Instant noticeFrom, List<Verdict> verdicts, Instant now) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement("update post_version"
        + " set announced = ?, notice_from = ? where post_id = ? and version = ?")) {
      setInstant(statement, 1, announced);
      setInstant(statement, 2, noticeFrom);
      statement.setLong(3, postId);
      statement.setInt(4, version);
      statement.executeUpdate();
    }
    String sql = "insert into verdict (post_id, version, rule, outcome, required, actual,"
        + " reason_nl, reason_en, judged_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (Verdict verdict : verdicts) {
        statement.setLong(1, postId);
        statement.setInt(2, version);
        statement.setString(3, verdict.rule().name());
        statement.setString(4, verdict.outcome().name());
        statement.setString(5, VerdictWords.ENGLISH.required(verdict));
        statement.setString(6, VerdictWords.ENGLISH.actual(verdict));
        statement.setString(7, VerdictWords.DUTCH.reason(verdict));
        statement.setString(8, VerdictWords.ENGLISH.reason(verdict));
        setInstant(statement, 9, now);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /**
   * Replaces the stored {@code PENDING} verdict of a version's rule by {@code verdict}, now that
   * time has decided it (an open incident past its longest deadline); a verdict already decided
   * stays as it is. Returns whether a row changed.
   */
  public static boolean settleVerdict(Connection c, long postId, int version, Verdict verdict,
      Instant now) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement("update verdict set outcome = ?,"
        + " required = ?, actual = ?, reason_nl = ?, reason_en = ?, judged_at = ?"
        + " where post_id = ? and version = ? and rule = ? and outcome = 'PENDING'")) {
      statement.setString(1, verdict.outcome().name());
      statement.setString(2, VerdictWords.ENGLISH.required(verdict));
      statement.setString(3, VerdictWords.ENGLISH.actual(verdict));
      statement.setString(4, VerdictWords.DUTCH.reason(verdict));
      statement.setString(5, VerdictWords.ENGLISH.reason(verdict));
      setInstant(statement, 6, now);
      statement.setLong(7, postId);
      statement.setInt(8, version);
      statement.setString(9, verdict.rule().name());
      return statement.executeUpdate() > 0;
    }
  }

  /**
   * One stored version of a post as the notice rules need it.
   *
   * @param seenAt when statuswacht first saw this version
   * @param updated its last update as the source dates it, or {@code null}
   * @param announced when the post was announced, as stored with this version's verdicts
   */
  public record SeenVersion(int version, Instant seenAt, Instant updated, Instant announced,
      Classification classification) {}

  /** When statuswacht first saw the post, and its versions oldest first. */
  public record History(Instant firstSeen, List<SeenVersion> versions) {}

  /** The post's first sighting and every stored version of it. */
  public static History history(Connection c, long postId) throws SQLException {
    Instant firstSeen;
    try (PreparedStatement statement =
        c.prepareStatement("select first_seen from post where id = ?")) {
      statement.setLong(1, postId);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw new SQLException("store: no post with id " + postId);
        }
        firstSeen = instant(row, "first_seen");
      }
    }
    List<SeenVersion> versions = new java.util.ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(
        "select * from post_version where post_id = ? order by version")) {
      statement.setLong(1, postId);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          versions.add(new SeenVersion(row.getInt("version"), instant(row, "seen_at"),
              instant(row, "updated"), instant(row, "announced"), classification(row)));
        }
      }
    }
    return new History(firstSeen, versions);
  }

  /** An incident whose current version is open: started, with a priority, not resolved. */
  public record OpenIncident(long postId, String key, int version, Priority priority,
      Instant started, String title, String link, Classification classification,
      Instant firstSeen) {}

  /** The source's open incidents, as their current versions classify them. */
  public static List<OpenIncident> openIncidents(Connection c, String source)
      throws SQLException {
    String sql = "select p.id, p.post_key, p.first_seen, " + LISTED_COLUMNS + " from post p"
        + " join post_version v on v.post_id = p.id and v.version = p.current_version"
        + " where p.source = ? and v.category = 'INCIDENT' and v.resolved is null"
        + " and v.priority is not null and v.started is not null order by p.id";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, source);
      List<OpenIncident> open = new java.util.ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          open.add(new OpenIncident(row.getLong("id"), row.getString("post_key"),
              row.getInt("version"), Priority.valueOf(row.getString("priority")),
              instant(row, "started"), row.getString("title"), row.getString("link"),
              classification(row), instant(row, "first_seen")));
        }
      }
      return open;
    }
  }

  /** A maintenance window still to come, as the current version of its post states it. */
  public record Upcoming(long postId, String key, int version, String title, String link,
      Classification classification) {}

  /** The source's maintenance with downtime whose window starts after {@code now}. */
  public static List<Upcoming> upcomingWindows(Connection c, String source, Instant now)
      throws SQLException {
    String sql = "select p.id, p.post_key, " + LISTED_COLUMNS + " from post p join post_version v"
        + " on v.post_id = p.id and v.version = p.current_version where p.source = ?"
        + " and v.category in ('PLANNED_MAINTENANCE', 'EMERGENCY_MAINTENANCE')"
        + " and v.downtime = true and v.window_start > ? order by v.window_start";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, source);
      setInstant(statement, 2, now);
      List<Upcoming> upcoming = new java.util.ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          upcoming.add(new Upcoming(row.getLong("id"), row.getString("post_key"),
              row.getInt("version"), row.getString("title"), row.getString("link"),
              classification(row)));
        }
      }
      return upcoming;
    }
  }

  /** Whether the post has an event under this key, in any version. */
  public static boolean hasEvent(Connection c, long postId, EventKey key) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("select 1 from event where post_id = ? and " + KEY_MATCHES)) {
      statement.setLong(1, postId);
      setKey(statement, 2, key);
      try (ResultSet row = statement.executeQuery()) {
        return row.next();
      }
    }
  }

  /** The columns of an event's key (V12), in the order {@link #setKey} binds them. */
  private static final String KEY_COLUMNS =
      "kind, priority, target_percent, target_amount, target_unit, lead_seconds";
  private static final String KEY_MATCHES = "kind = ? and priority = ? and target_percent = ?"
      + " and target_amount = ? and target_unit = ? and lead_seconds = ?";

  /** Binds an event key's six columns from {@code from} on; a part the key lacks is '' or 0. */
  private static void setKey(PreparedStatement statement, int from, EventKey key)
      throws SQLException {
    statement.setString(from, key.kind().name());
    EventKey.Deadline deadline = key instanceof EventKey.Deadline d ? d : null;
    statement.setString(from + 1, deadline == null ? "" : deadline.priority().name());
    statement.setInt(from + 2, deadline == null ? 0 : deadline.percent());
    statement.setInt(from + 3, deadline == null ? 0 : deadline.amount());
    statement.setString(from + 4, deadline == null ? "" : deadline.unit().name());
    statement.setLong(from + 5,
        key instanceof EventKey.Reminder reminder ? reminder.lead().toSeconds() : 0);
  }

  private static void setClassification(PreparedStatement statement, int from, Classification c)
      throws SQLException {
    statement.setString(from, c.category() == null ? null : c.category().name());
    statement.setObject(from + 1, c.downtime());
    statement.setString(from + 2, c.services() == null ? null
        : String.join(",", c.services().stream().map(Enum::name).toList()));
    statement.setString(from + 3, c.priority() == null ? null : c.priority().name());
    statement.setString(from + 4, c.impactClass() == null ? null : c.impactClass().name());
    setInstant(statement, from + 5, c.window() == null ? null : c.window().start());
    setInstant(statement, from + 6, c.window() == null ? null : c.window().end());
    statement.setObject(from + 7, c.effectiveDate());
    setInstant(statement, from + 8, c.started());
    setInstant(statement, from + 9, c.resolved());
    statement.setObject(from + 10, c.calendarYear());
    statement.setString(from + 11, String.join("\n", c.evidence().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .map(e -> e.getKey() + ": " + e.getValue()).toList()));
  }

  private static void insertTimeline(
      Connection c, long postId, int version, List<PostUpdate> updates) throws SQLException {
    String sql =
        "insert into post_update (post_id, version, seq, at, status, text)"
            + " values (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int seq = 0; seq < updates.size(); seq++) {
        PostUpdate update = updates.get(seq);
        statement.setLong(1, postId);
        statement.setInt(2, version);
        statement.setInt(3, seq);
        setInstant(statement, 4, update.at());
        statement.setString(5, update.status());
        statement.setString(6, update.text());
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** Records that the post was seen again, unchanged. */
  public static void touch(Connection c, long postId, Instant now) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("update post set last_seen = ? where id = ?")) {
      setInstant(statement, 1, now);
      statement.setLong(2, postId);
      statement.executeUpdate();
    }
  }

  /**
   * Records an event for a version. The unique key (post, version, event key) makes a second one
   * impossible; an existing event's id is returned instead of a new one.
   */
  public static long insertEvent(
      Connection c, long postId, int version, EventKey key, List<String> changes, Instant now)
      throws SQLException {
    try (PreparedStatement find = c.prepareStatement(
        "select id from event where post_id = ? and version = ? and " + KEY_MATCHES)) {
      find.setLong(1, postId);
      find.setInt(2, version);
      setKey(find, 3, key);
      try (ResultSet row = find.executeQuery()) {
        if (row.next()) {
          return row.getLong(1);
        }
      }
    }
    String sql = "insert into event (post_id, version, " + KEY_COLUMNS + ", changes, created_at)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement =
        c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      statement.setLong(1, postId);
      statement.setInt(2, version);
      setKey(statement, 3, key);
      statement.setString(9, String.join("\n", changes));
      setInstant(statement, 10, now);
      statement.executeUpdate();
      return generatedId(statement);
    }
  }

  /** When the source's first poll recorded its baseline, if it did. */
  public static Optional<Instant> baseline(Connection c, String source) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("select baseline_at from source_state where source = ?")) {
      statement.setString(1, source);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(instant(row, "baseline_at")) : Optional.empty();
      }
    }
  }

  public static void markBaseline(Connection c, String source, Instant now) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("insert into source_state (source, baseline_at) values (?, ?)")) {
      statement.setString(1, source);
      setInstant(statement, 2, now);
      statement.executeUpdate();
    }
  }

  static long generatedId(Statement statement) throws SQLException {
    try (ResultSet keys = statement.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("no generated key returned");
      }
      return keys.getLong(1);
    }
  }

  /** An event that belongs to no post (about the source, or a digest); returns its id. */
  public static long insertEventWithoutPost(Connection c, EventKind kind, String detail,
      Instant now) throws SQLException {
    String sql = "insert into event (post_id, version, " + KEY_COLUMNS + ", changes, created_at)"
        + " values (null, null, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement =
        c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      setKey(statement, 1, EventKey.of(kind));
      statement.setString(7, detail);
      setInstant(statement, 8, now);
      statement.executeUpdate();
      return generatedId(statement);
    }
  }

  /** The columns of a version (alias {@code v}) that {@link #classification} reads. */
  static final String CLASSIFICATION_COLUMNS = "v.category, v.downtime, v.services, v.priority,"
      + " v.impact_class, v.window_start, v.window_end, v.effective_date, v.started, v.resolved,"
      + " v.calendar_year";

  /**
   * A post_version row ({@code v}) as a list of posts shows it: its number, title and link, and
   * its classification ({@link #CLASSIFICATION_COLUMNS}); not its body or evidence.
   */
  static final String LISTED_COLUMNS = "v.version, v.title, v.link, " + CLASSIFICATION_COLUMNS;

  /** The classification columns of a post_version row (without evidence). */
  static Classification classification(ResultSet row) throws SQLException {
    String services = row.getString("services");
    LocalDate effective = row.getObject("effective_date", LocalDate.class);
    var start = instant(row, "window_start");
    var end = instant(row, "window_end");
    return new Classification(
        name(Category.class, row.getString("category")),
        (Boolean) row.getObject("downtime"),
        services == null ? null
            : Arrays.stream(services.split(",")).map(Service::valueOf).toList(),
        name(Priority.class, row.getString("priority")),
        name(ImpactClass.class, row.getString("impact_class")),
        start == null && end == null ? null : new Window(start, end),
        effective,
        instant(row, "started"),
        instant(row, "resolved"),
        (Integer) row.getObject("calendar_year"),
        Map.of());
  }

  private static <E extends Enum<E>> E name(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }
}
