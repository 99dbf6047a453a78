package nl.statuswacht.poll;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.store.SightingRepository;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.LogRecorder;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed of which one entry of many changed stores that change and nothing else: one new version
 * and its mails. Every other post is not looked up, compared or touched post by post, and nothing
 * is written for it: that it is still shown is the source's last read (see {@code LastSeenTest}).
 */
class ChangedPollTest {
  private static final String FEED = Fixtures.text("kvk/site/history.atom");
  private static final String D03 = "tag:status.kvk.nl,2005:Incident/1002";
  /** d03 with one more update: the change. */
  private static final String D03_UPDATED = Fixtures.editAtomEntry(FEED, D03, entry ->
      entry.replace("&lt;p&gt;&lt;small&gt;Dec &lt;var data-var=&#x27;date&#x27;&gt;31",
          "&lt;p&gt;&lt;small&gt;Jan &lt;var data-var=&#x27;date&#x27;&gt;2&lt;/var&gt;,"
              + " &lt;var data-var=&#x27;time&#x27;&gt;08:30&lt;/var&gt; UTC&lt;/small&gt;&lt;"
              + "br&gt;&lt;strong&gt;Opgelost&lt;/strong&gt; - Nabericht: de oorzaak was een"
              + " defecte schijf.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Dec &lt;var"
              + " data-var=&#x27;date&#x27;&gt;31"));

  /** A P1 incident posted at 09:20 Amsterdam time on 2 January 2026, never resolved. */
  private static final String OPEN_INCIDENT = """
      <entry><id>tag:status.kvk.nl,2005:Incident/7203</id>
      <published>2026-01-02T08:20:00Z</published><updated>2026-01-02T08:20:00Z</updated>
      <link rel="alternate" type="text/html" href="https://status.kvk.nl/incidents/new72"/>
      <title>Storing KVK Mutatieservice</title>
      <content type="html">Sinds 09.15 uur levert de KVK Mutatieservice geen signalen. Prioriteit
      1.</content></entry>
      """;

  @TempDir Path data;
  private Watch watch;

  @BeforeEach
  void start() throws Exception {
    watch = new Watch(data, Instant.parse("2026-01-02T09:00:00Z"), Map.of());
    watch.site.atom("/history.atom", FEED);
    watch.poll();
  }

  @AfterEach
  void stop() throws Exception {
    watch.close();
  }

  @Test
  void oneChangedEntryOfManyStoresOnlyThatChange() {
    assertThat(D03_UPDATED).isNotEqualTo(FEED).contains("Nabericht");
    Instant first = watch.clock.instant();
    watch.clock.advance(Duration.ofMinutes(5));
    Instant now = watch.clock.instant();
    watch.site.atom("/history.atom", D03_UPDATED);

    Map<String, Long> statements = statementsOf(() -> {
      PollResult result = watch.statuswacht().pollOnce();
      assertThat(result.counts().posts()).isEqualTo(20);
      assertThat(result.counts().created()).isZero();
      assertThat(result.counts().updated()).isEqualTo(1);
    });
    watch.statuswacht().deliver();

    assertThat(watch.count("select count(*) from post_version")).isEqualTo(21);
    assertThat(watch.count("select count(*) from post_version where version = 2 and post_id ="
        + " (select id from post where post_key = 'd03')")).isEqualTo(1);
    assertThat(watch.mailsTo(Watch.OPS)).hasSize(1);
    assertThat(watch.count("select count(*) from post where last_seen = " + at(now)))
        .as("only the changed post's row written").isEqualTo(1);
    assertThat(watch.count("select count(*) from post_sighting where seen_at = " + at(now)))
        .isEqualTo(1);
    assertThat(watch.count("select count(*) from post_sighting where seen_at = " + at(first)))
        .isEqualTo(19);
    // per post: looked up (find), compared (its sightings), touched, identified: for d03 only
    assertThat(executions(statements, "from post p join post_version v on v.post_id = p.id"
        + " and v.version = p.current_version where p.source = ? and p.post_key = ?"))
        .as("posts looked up one by one").isEqualTo(1);
    assertThat(executions(statements, "update post set identity")).isEqualTo(1);
    assertThat(executions(statements, "update post_sighting set fingerprint")).isEqualTo(1);
    assertThat(executions(statements, "update post set last_seen"))
        .as("the others not touched").isZero();
    assertThat(executions(statements, "update post_sighting set seen_at")).isZero();
  }

  @Test
  void theFirstChangedPollOfAProcessMapsOnlyTheEntryThatChanged() {
    // the first poll (start) discovered the plan and read the feed as discovery fetched it
    watch.clock.advance(Duration.ofMinutes(5));
    watch.site.atom("/history.atom", D03_UPDATED);

    try (LogRecorder log = new LogRecorder(PollCycle.class, Level.DEBUG)) {
      assertThat(watch.statuswacht().pollOnce().counts().updated()).isEqualTo(1);

      assertThat(log.at(Level.DEBUG)).filteredOn(line -> line.startsWith("poll read "))
          .singleElement().asString()
          .endsWith("memo_entries=20 reused=19 read_by=poll");
    }
  }

  @Test
  void aChangedBodyIsArchivedUnderTheSha256OfItsBytes() throws Exception {
    // the second poll of the process: the body differs from the one it holds, and is hashed and
    // archived while it is read
    watch.clock.advance(Duration.ofMinutes(5));
    watch.site.atom("/history.atom", D03_UPDATED);
    assertThat(watch.statuswacht().pollOnce().counts().updated()).isEqualTo(1);

    String sha = Fixtures.sha256(D03_UPDATED);
    assertThat(watch.count("select count(*) from fetch_log where outcome = 'fetched'"
        + " and evidence_sha = '" + sha + "'")).isEqualTo(1);
    assertThat(watch.count("select count(*) from post_version where evidence_sha = '" + sha + "'"))
        .as("the new version names the body it was read from").isEqualTo(1);
    try (InputStream blob = new GZIPInputStream(Files.newInputStream(
        watch.config().evidenceDir().resolve(sha.substring(0, 2)).resolve(sha + ".gz")))) {
      assertThat(new String(blob.readAllBytes(), UTF_8)).isEqualTo(D03_UPDATED);
    }
  }

  @Test
  void aChangedBodyThatCannotBeArchivedFailsThePollWithTheArchivesErrorAndIsStoredNextTime()
      throws Exception {
    watch.clock.advance(Duration.ofMinutes(5));
    watch.site.atom("/history.atom", D03_UPDATED);
    String sha = Fixtures.sha256(D03_UPDATED);
    Path folder = watch.blockEvidenceOf(D03_UPDATED);

    watch.pollFailingToArchive("/history.atom");
    assertThat(watch.count("select count(*) from post_version")).as("nothing stored")
        .isEqualTo(20);

    Files.delete(folder);
    watch.clock.advance(Duration.ofMinutes(5));
    assertThat(watch.statuswacht().pollOnce().counts().updated()).isEqualTo(1);
    assertThat(watch.count("select count(*) from post_version where evidence_sha = '" + sha + "'"))
        .isEqualTo(1);
  }

  @Test
  void aChangedPollAfterThisProcesssOwnReadsOnlyThePostsItWrites() {
    watch.clock.advance(Duration.ofMinutes(5));
    watch.site.atom("/history.atom", D03_UPDATED);

    Map<String, Long> statements = statementsOf(() ->
        assertThat(watch.statuswacht().pollOnce().counts().updated()).isEqualTo(1));

    assertThat(executions(statements, "where p.source = ? and p.current_version > 0"))
        .as("where every post stands: kept from the last poll, not read").isZero();
    assertThat(executions(statements, "where p.id = ? and p.current_version > 0"))
        .as("where d03 stands now, read after it was written").isEqualTo(1);
  }

  @Test
  void aWithdrawalByAnotherProcessIsNotHiddenByWhatThisProcessKept() throws Exception {
    String withoutD03 = Fixtures.withoutAtomEntry(FEED, D03);
    assertThat(withoutD03).doesNotContain(D03);
    watch.site.atom("/history.atom", withoutD03);
    try (Statuswacht other = Statuswacht.create(watch.config(), watch.clock, "test")) {
      watch.clock.advance(Duration.ofMinutes(5));
      other.pollOnce();
    }
    assertThat(watch.count("select count(*) from post where post_key = 'd03'"
        + " and withdrawn_at is not null")).as("withdrawn by the other process").isEqualTo(1);

    // this process saw d03 shown, as it still is; a new post makes the poll store something
    watch.site.atom("/history.atom", FEED.replace("</feed>", OPEN_INCIDENT + "</feed>"));
    watch.clock.advance(Duration.ofMinutes(5));
    Map<String, Long> statements = statementsOf(() ->
        assertThat(watch.statuswacht().pollOnce().counts().created()).isEqualTo(1));

    assertThat(executions(statements, "where p.source = ? and p.current_version > 0"))
        .as("another process wrote the posts: where they stand is read").isEqualTo(1);
    assertThat(watch.count("select count(*) from post where post_key = 'd03'"
        + " and withdrawn_at is null")).as("shown again").isEqualTo(1);
    assertThat(watch.statuswacht().pollCycle().applier().kept().byKey())
        .as("what this process keeps now, made of the strings it holds anyway")
        .isEqualTo(standingsAsRead());
  }

  private Map<String, SightingRepository.Standing> standingsAsRead() throws Exception {
    String source = watch.config().source().toString();
    return watch.statuswacht().database().inTransaction(c ->
        SightingRepository.standings(c, source));
  }

  @Test
  void aWithdrawalByAReleaseThatDoesNotCountItsWritingsIsNotHiddenEither() throws Exception {
    // a release before V19 writes the posts without counting, but stores the body it read
    watch.site.atom("/history.atom", Fixtures.withoutAtomEntry(FEED, D03));
    try (Statuswacht other = Statuswacht.create(watch.config(), watch.clock, "test")) {
      watch.clock.advance(Duration.ofMinutes(5));
      other.pollOnce();
    }
    sql("update post_generation set generation = generation - 1");
    assertThat(watch.count("select count(*) from post where post_key = 'd03'"
        + " and withdrawn_at is not null")).isEqualTo(1);

    watch.site.atom("/history.atom", FEED.replace("</feed>", OPEN_INCIDENT + "</feed>"));
    watch.clock.advance(Duration.ofMinutes(5));
    watch.statuswacht().pollOnce();

    assertThat(watch.count("select count(*) from post where post_key = 'd03'"
        + " and withdrawn_at is null")).as("shown again").isEqualTo(1);
  }

  @Test
  void whereThePostsStandAsKeptIsWhereTheyStandAsRead() throws Exception {
    // a new post, an update, a withdrawal and a moved link, each kept as it was written
    String moved = D03_UPDATED.replace("https://status.kvk.nl/incidents/d03",
        "https://status.kvk.nl/incidents/d03-moved");
    assertThat(moved).isNotEqualTo(D03_UPDATED);
    for (String feed : List.of(FEED.replace("</feed>", OPEN_INCIDENT + "</feed>"),
        D03_UPDATED.replace("</feed>", OPEN_INCIDENT + "</feed>"), D03_UPDATED, moved)) {
      watch.clock.advance(Duration.ofMinutes(5));
      watch.site.atom("/history.atom", feed);
      watch.statuswacht().pollOnce();

      Applier.Standings kept = watch.statuswacht().pollCycle().applier().kept();
      assertThat(kept).isNotNull();
      assertThat(kept.byKey()).isEqualTo(standingsAsRead());
    }
    assertThat(watch.count("select count(*) from post where withdrawn_at is not null"))
        .as("the new incident, withdrawn").isEqualTo(1);
    assertThat(watch.count("select count(*) from post where post_key like 'd03%'"))
        .as("d03 re-keyed, not new").isEqualTo(1);
  }

  @Test
  void theThreadsThatArchiveChangedBodiesEndWhenTheDaemonCloses() throws Exception {
    Set<Thread> before = evidenceThreads();
    Set<Thread> started;
    watch.site.atom("/history.atom", D03_UPDATED);
    try (Statuswacht other = Statuswacht.create(watch.config(), watch.clock, "test")) {
      watch.clock.advance(Duration.ofMinutes(5));
      assertThat(other.pollOnce().counts().updated()).isEqualTo(1);
      // a second change: the process holds the body it read, so the new one is hashed on a
      // thread of its own too, beside its gzip
      watch.site.atom("/history.atom", D03_UPDATED.replace("defecte schijf", "kapotte schijf"));
      watch.clock.advance(Duration.ofMinutes(5));
      assertThat(other.pollOnce().counts().updated()).isEqualTo(1);
      started = evidenceThreads();
      started.removeAll(before);
      assertThat(started).as("the hash and the gzip, each on a thread").hasSize(2);
    }

    await().atMost(Duration.ofSeconds(10))
        .until(() -> started.stream().noneMatch(Thread::isAlive));
  }

  private static Set<Thread> evidenceThreads() {
    Set<Thread> threads = new HashSet<>(Thread.getAllStackTraces().keySet());
    threads.removeIf(thread -> !thread.getName().startsWith("statuswacht-evidence-"));
    return threads;
  }

  @Test
  void whatTheReaderNotesOfABodyIsLoggedOnceWhenTheBodyIsNewAndNotWhenItIsServedAgain()
      throws Exception {
    String dated = Fixtures.editAtomEntry(D03_UPDATED, D03,
        entry -> entry.replaceFirst("<published>[^<]*</published>",
            "<published>2026-01-32T10:00:00Z</published>"));
    watch.site.atom("/history.atom", dated);
    try (Statuswacht other = Statuswacht.create(watch.config(), watch.clock, "test");
        LogRecorder log = new LogRecorder(PollCycle.class, Level.WARN)) {
      // a process of its own, which has not counted the posts of the stored body: it waits for
      // the new body's SHA-256 before the merge (is it suspect?)
      watch.clock.advance(Duration.ofMinutes(5));
      other.pollOnce();
      assertThat(notes(log)).singleElement().asString().contains("2026-01-32");

      watch.clock.advance(Duration.ofMinutes(5));
      other.pollOnce();
      assertThat(notes(log)).as("the same body served again").hasSize(1);

      // now it has counted them: it waits for the SHA-256 only before it writes
      watch.site.atom("/history.atom", dated.replace("defecte schijf", "kapotte schijf"));
      watch.clock.advance(Duration.ofMinutes(5));
      assertThat(other.pollOnce().counts().updated()).isEqualTo(1);
      assertThat(notes(log)).as("a new body").hasSize(2).last().asString()
          .contains("2026-01-32");
    }
  }

  private static List<String> notes(LogRecorder log) {
    return log.at(Level.WARN).stream().filter(line -> line.startsWith("read ")).toList();
  }

  @Test
  void aPostWithdrawnAndShownAgainIsShownAgainFromWhatThisProcessKept() throws Exception {
    watch.clock.advance(Duration.ofMinutes(5));
    watch.site.atom("/history.atom", Fixtures.withoutAtomEntry(FEED, D03));
    watch.statuswacht().pollOnce();
    assertThat(watch.count("select count(*) from post where post_key = 'd03'"
        + " and withdrawn_at is not null")).isEqualTo(1);

    watch.clock.advance(Duration.ofMinutes(5));
    watch.site.atom("/history.atom", FEED);
    Map<String, Long> statements = statementsOf(() -> watch.statuswacht().pollOnce());

    assertThat(executions(statements, "where p.source = ? and p.current_version > 0"))
        .as("where the posts stand: kept from the withdrawal, not read").isZero();
    assertThat(watch.count("select count(*) from post where post_key = 'd03'"
        + " and withdrawn_at is null")).as("shown again").isEqualTo(1);
    assertThat(watch.statuswacht().pollCycle().applier().kept().byKey())
        .isEqualTo(standingsAsRead());
  }

  @Test
  void anApplyThatFailsKeepsNothingAndTheNextPollStoresTheChangeFromWhereThePostsStand()
      throws Exception {
    watch.clock.advance(Duration.ofMinutes(5));
    watch.site.atom("/history.atom", FEED.replace("</feed>", OPEN_INCIDENT + "</feed>"));
    assertThat(watch.statuswacht().pollCycle().applier().kept()).as("kept by the first poll")
        .isNotNull();
    // a real failure inside the poll's transaction: the table a new post's version goes into
    sql("alter table post_version rename to post_version_away");

    assertThatThrownBy(() -> watch.statuswacht().pollOnce()).hasMessageContaining("POST_VERSION");
    sql("alter table post_version_away rename to post_version");
    assertThat(watch.count("select count(*) from post where post_key = 'new72'"))
        .as("rolled back").isZero();
    assertThat(watch.statuswacht().pollCycle().applier().kept())
        .as("nothing kept from an apply that did not commit").isNull();

    watch.clock.advance(Duration.ofMinutes(5));
    Map<String, Long> statements = statementsOf(() ->
        assertThat(watch.statuswacht().pollOnce().counts().created()).isEqualTo(1));

    assertThat(executions(statements, "where p.source = ? and p.current_version > 0"))
        .as("where the posts stand: read, not taken from the failed apply").isEqualTo(1);
    assertThat(watch.count("select count(*) from post_version")).isEqualTo(21);
    assertThat(watch.statuswacht().pollCycle().applier().kept().byKey())
        .isEqualTo(standingsAsRead());
  }

  @Test
  void aPollThatWritesMoreThanAHundredPostsLeavesWhereTheyStandToBeReadWhole() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 101; i++) {
      many.append(OPEN_INCIDENT.replace("Incident/7203", "Incident/8" + i)
          .replace("incidents/new72", "incidents/many" + i)
          .replace("Storing KVK Mutatieservice", "Storing KVK Mutatieservice " + i));
    }
    watch.clock.advance(Duration.ofMinutes(5));
    watch.site.atom("/history.atom", FEED.replace("</feed>", many + "</feed>"));

    assertThat(watch.statuswacht().pollOnce().counts().created()).isEqualTo(101);
    assertThat(watch.statuswacht().pollCycle().applier().kept())
        .as("101 posts written: not read again one by one").isNull();

    watch.clock.advance(Duration.ofMinutes(5));
    watch.site.atom("/history.atom", D03_UPDATED.replace("</feed>", many + "</feed>"));
    Map<String, Long> statements = statementsOf(() ->
        assertThat(watch.statuswacht().pollOnce().counts().updated()).isEqualTo(1));

    assertThat(executions(statements, "where p.source = ? and p.current_version > 0"))
        .as("read whole").isEqualTo(1);
    assertThat(watch.statuswacht().pollCycle().applier().kept().byKey())
        .hasSize(121).isEqualTo(standingsAsRead());
  }

  @Test
  void aChangeThatOpensNoIncidentAndAnnouncesNoWindowLeavesDeadlinesAlone() {
    watch.clock.advance(Duration.ofMinutes(5));
    watch.site.atom("/history.atom", D03_UPDATED);

    Map<String, Long> statements = statementsOf(() -> watch.statuswacht().pollOnce());

    assertThat(executions(statements, "v.category = 'INCIDENT' and v.resolved is null"))
        .as("open incidents not looked up: d03 stays resolved").isZero();
    assertThat(executions(statements, "v.window_start > ?")).isZero();
  }

  @Test
  void theDeadlineOfAnIncidentOpenedBeforeAChangeElsewhereIsStillMailed() {
    watch.site.atom("/history.atom", FEED.replace("</feed>", OPEN_INCIDENT + "</feed>"));
    watch.poll();
    assertThat(watch.mailsTo(Watch.OPS)).as("the new incident").hasSize(1);

    watch.clock.set(Instant.parse("2026-01-02T10:00:00Z"));
    watch.site.atom("/history.atom", D03_UPDATED.replace("</feed>", OPEN_INCIDENT + "</feed>"));
    Map<String, Long> statements = statementsOf(() -> watch.statuswacht().pollOnce());
    watch.statuswacht().deliver();
    assertThat(executions(statements, "v.category = 'INCIDENT' and v.resolved is null"))
        .as("nothing due yet, and the change opened nothing").isZero();
    assertThat(watch.mailsTo(Watch.OPS)).as("and d03's update").hasSize(2);

    watch.clock.set(Instant.parse("2026-01-02T13:00:00Z")); // 14:00: past 4 hours from 09:15
    watch.poll();
    assertThat(watch.mailsTo(Watch.OPS)).hasSize(3);
    assertThat(watch.subjects().get(watch.subjects().size() - 1))
        .contains("Storing KVK Mutatieservice").endsWith("nog niet opgelost");
  }

  @Test
  void aRetitledPostIsIdentifiedByItsNewTitleAsAFreshProcessWouldIdentifyIt(@TempDir Path fresh)
      throws Exception {
    // a poll reuses the content identities the last one computed, by title and first update
    String retitled = Fixtures.editAtomEntry(FEED, D03, entry -> entry.replace(
        "<title>Signalen Mutatieservice later beschikbaar</title>",
        "<title>Signalen Mutatieservice weer op tijd</title>"));
    assertThat(retitled).isNotEqualTo(FEED);
    String before = identity(watch, "d03");
    watch.clock.advance(Duration.ofMinutes(5));
    watch.site.atom("/history.atom", retitled);
    watch.poll();
    String after = identity(watch, "d03");
    assertThat(after).isNotNull().isNotEqualTo(before);

    try (Watch other = new Watch(fresh, watch.clock.instant(), Map.of())) {
      other.site.atom("/history.atom", retitled);
      other.poll();
      assertThat(identity(other, "d03")).as("computed afresh").isEqualTo(after);
    }
  }

  private static String identity(Watch watch, String key) {
    return watch.statuswacht().database().inTransaction(c -> {
      try (Statement statement = c.createStatement(); ResultSet row = statement.executeQuery(
          "select identity from post where post_key = '" + key + "'")) {
        return row.next() ? row.getString(1) : null;
      }
    });
  }

  /** The SQL statements H2 ran while {@code poll} ran, with how often each ran. */
  private Map<String, Long> statementsOf(Runnable poll) {
    sql("set query_statistics false");
    sql("set query_statistics_max_entries 1000");
    sql("set query_statistics true");
    poll.run();
    Map<String, Long> statements = watch.statuswacht().database().inTransaction(c -> {
      Map<String, Long> seen = new LinkedHashMap<>();
      try (Statement statement = c.createStatement(); ResultSet row = statement.executeQuery(
          "select sql_statement, execution_count from information_schema.query_statistics")) {
        while (row.next()) {
          seen.put(row.getString(1), row.getLong(2));
        }
      }
      return seen;
    });
    sql("set query_statistics false");
    return statements;
  }

  private static long executions(Map<String, Long> statements, String part) {
    return statements.entrySet().stream().filter(e -> e.getKey().contains(part))
        .mapToLong(Map.Entry::getValue).sum();
  }

  private static String at(Instant instant) {
    return "timestamp with time zone '" + instant.toString().replace('T', ' ') + "'";
  }

  private void sql(String sql) {
    watch.statuswacht().database().inTransaction(c -> {
      try (Statement statement = c.createStatement()) {
        statement.execute(sql);
      }
      return null;
    });
  }
}
