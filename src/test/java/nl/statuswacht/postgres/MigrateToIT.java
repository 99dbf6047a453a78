package nl.statuswacht.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.store.Database;
import nl.statuswacht.testing.Cli;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code statuswacht migrate-to} from an H2 installation that watched the fixture site (posts,
 * versions, verdicts, mails sent over SMTP, a subscriber of the database, the evidence index) into
 * a fresh PostgreSQL database: exit 0 and every count equal; statuswacht started on PostgreSQL then
 * mails nothing again for the posts it knew, and stores a new post under a fresh id. A database
 * that holds a row is refused and kept as it was.
 */
class MigrateToIT {
  private static final String D01 = "tag:status.kvk.nl,2005:Incident/1000";
  /** The post that appears only after the move. */
  private static final String LATER = "tag:status.kvk.nl,2005:Incident/1002";
  private static final String FULL = Fixtures.text("kvk/site/history.atom");
  private static final String D01_OPEN = Fixtures.editAtomEntry(FULL, D01,
      entry -> entry.replaceFirst("&lt;p&gt;&lt;small&gt;Sep .*?&lt;/p&gt;", ""));
  private static final String BASELINE =
      Fixtures.withoutAtomEntry(Fixtures.withoutAtomEntry(FULL, D01), LATER);
  private static final String BEFORE_THE_MOVE = Fixtures.withoutAtomEntry(D01_OPEN, LATER);

  /** The tables issue 16 names. */
  private static final List<String> NAMED = List.of("post", "post_version", "verdict", "outbox",
      "sent_log", "subscriber", "evidence");

  /** A line of the counts: table, source, target. */
  private static final Pattern COUNT = Pattern.compile("(?m)^(\\w+) +(\\d+) +(\\d+)\\s*$");

  @TempDir Path data;
  private Postgres postgres;
  private Watch watch;

  @BeforeEach
  void start() throws Exception {
    postgres = new Postgres();
    // 09:00 in Amsterdam on the morning of d01
    watch = new Watch(data, Instant.parse("2025-09-15T07:00:00Z"), Map.of());
    assertThat(watch.statuswacht().database().postgres()).isFalse();
  }

  @AfterEach
  void stop() throws Exception {
    watch.close();
    postgres.close();
  }

  private PollResult poll(String feed) {
    watch.site.atom("/history.atom", feed);
    return watch.poll();
  }

  /** The environment of the operator who moves the installation: the H2 one, the password. */
  private Map<String, String> operator() {
    Map<String, String> env = new HashMap<>(watch.env());
    env.put("STATUSWACHT_DATABASE_PASSWORD", postgres.password);
    return env;
  }

  private long onPostgres(String sql) throws Exception {
    try (Connection c = postgres.connect(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Every row of {@code table}, each value as the Java type its SQL type means. */
  private static List<List<Object>> rows(Connection c, String table) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet row = s.executeQuery("select * from " + table)) {
      ResultSetMetaData meta = row.getMetaData();
      while (row.next()) {
        List<Object> values = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          values.add(switch (meta.getColumnType(i)) {
            // PostgreSQL's JDBC driver calls timestamptz TIMESTAMP
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
              OffsetDateTime at = row.getObject(i, OffsetDateTime.class);
              yield at == null ? "null" : at.toInstant();
            }
            case Types.DATE -> String.valueOf(row.getObject(i, LocalDate.class));
            case Types.TIME -> String.valueOf(row.getObject(i, LocalTime.class));
            default -> String.valueOf(row.getObject(i));
          });
        }
        rows.add(values);
      }
    }
    return rows;
  }

  private long distinctMessageIds() {
    return watch.mails().stream().map(m -> {
      try {
        return m.getMessageID();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).distinct().count();
  }

  @Test
  void anH2InstallationMovesWithEveryRowAndGoesOnWithoutMailingTwice() throws Exception {
    assertThat(((PollResult.Fetched) poll(BASELINE)).baseline()).isTrue();
    PollResult opened = poll(BEFORE_THE_MOVE);
    assertThat(opened.counts().created()).isEqualTo(1);
    assertThat(watch.mails()).hasSize(2);
    watch.stop();
    Cli.Result added = Cli.run(watch.env(), "subscribers", "add", "api@example.org",
        "--services", "KVK_API", "--quiet-hours", "22:00-07:00");
    assertThat(added.exit()).as(added.err()).isZero();

    Cli.Result migrated = Cli.run(operator(), "migrate-to", postgres.url, "--user",
        postgres.user);

    assertThat(migrated.exit()).as(migrated.err()).isZero();
    assertThat(migrated.out()).startsWith("table ");
    Map<String, long[]> counts = new LinkedHashMap<>();
    Matcher line = COUNT.matcher(migrated.out());
    while (line.find()) {
      counts.put(line.group(1), new long[] {Long.parseLong(line.group(2)),
          Long.parseLong(line.group(3))});
    }
    assertThat(counts).containsKeys(NAMED.toArray(String[]::new))
        .doesNotContainKey("flyway_schema_history");
    for (var count : counts.entrySet()) {
      assertThat(count.getValue()[1]).as(count.getKey()).isEqualTo(count.getValue()[0])
          .isEqualTo(onPostgres("select count(*) from " + count.getKey()));
    }
    for (String table : NAMED) {
      assertThat(counts.get(table)[0]).as(table).isPositive();
    }
    assertThat(counts.get("post")[0]).isEqualTo(19);
    assertThat(counts.get("sent_log")[0]).isEqualTo(2);
    assertThat(migrated.out()).contains("next: set database.url to " + postgres.url);
    assertThat(migrated.err()).doesNotContain(postgres.password);
    // value for value: instants, dates and times, booleans, long texts, nulls
    try (Database h2 = Database.openH2(data.resolve("statuswacht"));
        Connection pg = postgres.connect()) {
      for (String table : counts.keySet()) {
        List<List<Object>> inH2 = h2.inTransaction(c -> rows(c, table));
        assertThat(rows(pg, table)).as(table).containsExactlyInAnyOrderElementsOf(inH2);
      }
    }

    // statuswacht on PostgreSQL now: the posts it knew are no news
    watch.start(postgres.env());
    assertThat(watch.statuswacht().database().postgres()).isTrue();
    long lastId = onPostgres("select max(id) from post");
    PollResult again = poll(BEFORE_THE_MOVE);
    assertThat(again.failed()).as(again.toString()).isFalse();
    assertThat(again.counts().created()).isZero();
    assertThat(again.counts().queued()).isZero();
    assertThat(watch.mails()).hasSize(2);

    // a new post: a fresh id after the copied ones, mailed once
    PollResult later = poll(D01_OPEN);
    assertThat(later.failed()).as(later.toString()).isFalse();
    assertThat(later.counts().created()).isEqualTo(1);
    assertThat(onPostgres("select max(id) from post")).isEqualTo(lastId + 1);
    assertThat(onPostgres("select count(*) from post")).isEqualTo(20);
    assertThat(watch.mails()).hasSize(2 + later.counts().queued());
    assertThat(distinctMessageIds()).isEqualTo(watch.mails().size());
    assertThat(onPostgres("select count(*) from sent_log")).isEqualTo(watch.mails().size());
  }

  @Test
  void aDatabaseThatHoldsARowIsRefusedAndKeptAsItWas() throws Exception {
    poll(BASELINE);
    watch.stop();
    try (Connection c = postgres.connect(); Statement s = c.createStatement()) {
      // a live database: statuswacht's schema and one subscriber
      Database.openPostgres(postgres.url, postgres.user, postgres.password)
          .close();
      s.execute("insert into subscriber (address, language, categories, services, reminders,"
          + " quiet_p1, delivery) values ('live@example.org', 'nl', '', '', true, false,"
          + " 'IMMEDIATE')");
    }

    Cli.Result refused = Cli.run(operator(), "migrate-to", postgres.url, "--user",
        postgres.user);

    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).isEqualTo("statuswacht: store: " + postgres.url + " is not empty:"
        + " table subscriber already holds rows; statuswacht copies only into an empty database,"
        + " never into a live one" + System.lineSeparator());
    assertThat(refused.out()).isEmpty();
    assertThat(onPostgres("select count(*) from subscriber")).isEqualTo(1);
    assertThat(onPostgres("select count(*) from post")).isZero();
  }
}
