package nl.statuswacht.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DatabaseCopy} from one H2 file into another: the source is what statuswacht really wrote
 * watching the fixture site (posts, versions, verdicts, mails sent over SMTP, a digest, a
 * subscriber of the database, the evidence index); the copy holds the same rows, value for value,
 * and a new row gets a fresh id. A target that holds a row is refused and left as it was; a copy
 * that fails half-way leaves the target empty.
 */
class DatabaseCopyTest {
  private static final String D01 = "tag:status.kvk.nl,2005:Incident/1000";
  private static final String FULL = Fixtures.text("kvk/site/history.atom");
  private static final String BEFORE_D01 = Fixtures.withoutAtomEntry(FULL, D01);
  private static final String D01_OPEN = Fixtures.editAtomEntry(FULL, D01,
      entry -> entry.replaceFirst("&lt;p&gt;&lt;small&gt;Sep .*?&lt;/p&gt;", ""));
  private static final String BOTH = "both@example.org";

  /** The tables issue 16 names: each must be copied. */
  private static final List<String> NAMED = List.of("post", "post_version", "verdict", "outbox",
      "sent_log", "subscriber", "evidence");

  @TempDir Path dir;
  private Database source;
  private Database target;

  @BeforeEach
  void watchTheFixtureSite() throws Exception {
    // 09:00 in Amsterdam on Monday 15 September 2025: last week's digest is due
    Watch watch = new Watch(dir.resolve("source"), Instant.parse("2025-09-15T07:00:00Z"),
        Map.of());
    try {
      watch.statuswacht().database().inTransaction(c -> {
        SubscriberRepository.save(c, new Subscriber(BOTH, "Both Ways", "en",
            Set.of(Category.INCIDENT), Set.of(Service.KVK_API), Priority.P2,
            Subscriber.Delivery.BOTH, true, LocalTime.of(22, 0), LocalTime.of(7, 0), false));
        return null;
      });
      watch.site.atom("/history.atom", BEFORE_D01);
      watch.poll();
      watch.site.atom("/history.atom", D01_OPEN);
      watch.poll();
      watch.site.atom("/history.atom", FULL);
      watch.poll();
      watch.statuswacht().queueDigests();
      watch.statuswacht().deliver();
      List<Subscriber> configured = watch.config().subscribers();
      watch.statuswacht().database().inTransaction(c -> SubscriberRepository.unsubscribe(c,
          Watch.MANAGER, configured, Instant.parse("2025-09-15T07:30:00Z")));
      assertThat(watch.mails()).isNotEmpty();
    } finally {
      watch.close();
    }
    source = Database.openH2(dir.resolve("source/statuswacht"));
  }

  @AfterEach
  void close() {
    source.close();
    if (target != null) {
      target.close();
    }
  }

  private Database target() {
    target = Database.openH2(dir.resolve("target/statuswacht"));
    return target;
  }

  @Test
  void everyTableIsCopiedRowForRowAndValueForValue() throws Exception {
    DatabaseCopy.Report report = DatabaseCopy.copy(source, target());

    assertThat(report.verified()).isTrue();
    List<String> tables = report.counts().stream().map(DatabaseCopy.Count::table).toList();
    assertThat(tables).containsAll(NAMED).contains("post_update", "event", "digest",
        "unsubscribed", "fetch_log", "source_read", "http_cache").doesNotContain("flyway_schema_history");
    for (String table : NAMED) {
      assertThat(count(source, table)).as(table).isPositive();
    }
    assertThat(count(source, "digest")).isPositive();
    assertThat(count(source, "unsubscribed")).isEqualTo(1);
    for (DatabaseCopy.Count count : report.counts()) {
      assertThat(count.source()).as(count.table()).isEqualTo(count(source, count.table()));
      assertThat(count.target()).as(count.table()).isEqualTo(count(target, count.table()));
      assertThat(rows(target, count.table())).as(count.table())
          .isEqualTo(rows(source, count.table()));
    }

    // parents before the tables that reference them
    assertThat(tables.indexOf("post")).isLessThan(tables.indexOf("post_version"));
    assertThat(tables.indexOf("post_version")).isLessThan(tables.indexOf("verdict"));
    assertThat(tables.indexOf("event")).isLessThan(tables.indexOf("outbox"));
    assertThat(tables.indexOf("outbox")).isLessThan(tables.indexOf("sent_log"));
    assertThat(tables.indexOf("outbox")).isLessThan(tables.indexOf("digest"));

    // a few values, exactly: a timestamp with its zone, booleans, a time, long text, nulls
    // (an alert's text is kept once per language in mail_content since V15)
    String sql = "select o.created_at, o.operator_told, coalesce(o.html, c.html), o.in_reply_to"
        + " from outbox o left join mail_content c on c.id = o.content_id"
        + " where o.id = (select min(id) from outbox)";
    assertThat(row(target, sql)).isEqualTo(row(source, sql));
    List<Object> outbox = row(target, sql);
    assertThat(outbox.get(0)).isInstanceOf(OffsetDateTime.class);
    assertThat(outbox.get(1)).isEqualTo(false);
    assertThat((String) outbox.get(2)).hasSizeGreaterThan(2000);
    assertThat(outbox.get(3)).isNull();
    String subscriber = "select name, reminders, quiet_p1, quiet_from, min_priority, delivery"
        + " from subscriber where address = '" + BOTH + "'";
    assertThat(row(target, subscriber))
        .containsExactly("Both Ways", true, false, java.sql.Time.valueOf(LocalTime.of(22, 0)), "P2",
            "BOTH");
    String firstSeen = "select first_seen from post where id = (select max(id) from post)";
    assertThat(row(target, firstSeen)).isEqualTo(row(source, firstSeen)).first()
        .isNotNull();

    // the target's identities go on past the copied ids
    long post = target.inTransaction(c ->
        PostRepository.insertPost(c, "https://status.kvk.nl", "new", Instant.now()));
    assertThat(post).isEqualTo(1 + (long) row(source, "select max(id) from post").get(0));
  }

  @Test
  void aTargetThatHoldsARowIsRefusedAndLeftAsItWas() {
    Database target = target();
    target.inTransaction(c -> {
      SubscriberRepository.save(c, new Subscriber("live@example.org", null, "nl", Set.of(),
          Set.of(), null, Subscriber.Delivery.IMMEDIATE, true, null, null, false));
      return null;
    });

    StoreException refused = catchThrowableOfType(StoreException.class,
        () -> DatabaseCopy.copy(source, target));

    assertThat(refused).hasMessage("store: " + target.name() + " is not empty: table subscriber"
        + " already holds rows; statuswacht copies only into an empty database, never into a"
        + " live one");
    assertThat(count(target, "subscriber")).isEqualTo(1);
    assertThat(count(target, "post")).isZero();
    assertThat(count(target, "outbox")).isZero();
  }

  @Test
  void aCopyThatFailsHalfWayLeavesTheTargetEmpty() throws Exception {
    Database target = target();
    // sent_log comes after post, post_version, event and outbox: those are written when it fails
    execute(target, "alter table sent_log add constraint no_mail_to_ops"
        + " check (recipient <> '" + Watch.OPS + "')");

    StoreException failed = catchThrowableOfType(StoreException.class,
        () -> DatabaseCopy.copy(source, target));

    assertThat(failed).hasMessageContaining("NO_MAIL_TO_OPS");
    for (String table : tables(target)) {
      assertThat(count(target, table)).as(table).isZero();
    }
  }

  @Test
  void quartzTablesAndFlywaysHistoryAreNotCopied() throws Exception {
    // the scheduler's state of the H2 installation (Quartz's tables come with V14)
    execute(source, "insert into qrtz_locks values ('statuswacht', 'TRIGGER_ACCESS')");

    DatabaseCopy.Report report = DatabaseCopy.copy(source, target());

    assertThat(report.verified()).isTrue();
    assertThat(report.counts()).extracting(DatabaseCopy.Count::table)
        .doesNotContain("qrtz_locks", "flyway_schema_history");
    assertThat(count(target, "qrtz_locks")).isZero();
    assertThat(DatabaseCopy.copied("QRTZ_TRIGGERS")).isFalse();
    assertThat(DatabaseCopy.copied("flyway_schema_history")).isFalse();
    assertThat(DatabaseCopy.copied("POST_VERSION")).isTrue();
  }

  private static void execute(Database database, String sql) {
    database.inTransaction(c -> {
      try (Statement s = c.createStatement()) {
        s.execute(sql);
      }
      return null;
    });
  }

  private static long count(Database database, String table) {
    return (long) row(database, "select count(*) from " + table).get(0);
  }

  private static List<Object> row(Database database, String sql) {
    return database.inTransaction(c -> {
      try (Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
        row.next();
        List<Object> values = new ArrayList<>();
        for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
          values.add(row.getObject(i));
        }
        return values;
      }
    });
  }

  /** Every row of {@code table}, ordered by every column, each as its column's values. */
  private static List<Map<String, Object>> rows(Database database, String table) {
    return database.inTransaction(c -> {
      int columns;
      try (Statement s = c.createStatement();
          ResultSet none = s.executeQuery("select * from " + table + " where 1 = 0")) {
        columns = none.getMetaData().getColumnCount();
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet row = s.executeQuery("select * from " + table + " order by "
              + orderByEveryColumn(columns))) {
        while (row.next()) {
          Map<String, Object> values = new LinkedHashMap<>();
          for (int i = 1; i <= columns; i++) {
            values.put(row.getMetaData().getColumnName(i), row.getObject(i));
          }
          rows.add(values);
        }
      }
      return rows;
    });
  }

  private static String orderByEveryColumn(int columns) {
    StringBuilder order = new StringBuilder();
    for (int i = 1; i <= columns; i++) {
      order.append(i == 1 ? "" : ", ").append(i);
    }
    return order.toString();
  }

  /** The tables of statuswacht's schema in {@code database}, in lower case. */
  private static List<String> tables(Database database) {
    return database.inTransaction(c -> tables(c));
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet row = c.getMetaData().getTables(null, c.getSchema(), "%", null)) {
      while (row.next()) {
        String name = row.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
        if (!name.equals("flyway_schema_history")
            && row.getString("TABLE_TYPE").contains("TABLE")) {
          tables.add(name);
        }
      }
    }
    return tables;
  }
}
