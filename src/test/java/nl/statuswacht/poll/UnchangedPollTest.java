package nl.statuswacht.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.StatusSite;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A poll that finds the page unchanged (a 304, or a 200 with the very bytes of the stored
 * reading) does no work per post: it reads no post, touches none, mails nothing; the statements
 * H2 ran for it (its query statistics) name no table of posts, events or mail. Time still
 * reaches the posts: a deadline that passes and a reminder that falls due while the page stays
 * as it is are mailed.
 */
class UnchangedPollTest {
  private static final String FEED = Fixtures.text("kvk/site/history.atom");
  /** What an unchanged poll may not read or write. */
  private static final Pattern PER_POST = Pattern.compile(
      "\\b(post|post_version|post_update|post_sighting|verdict|event|outbox)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Maintenance with downtime from 10:00 to 12:00 Amsterdam time on Monday 5 January 2026. */
  private static final String WINDOW = """
      <entry><id>tag:status.kvk.nl,2005:Incident/7102</id>
      <published>2025-12-20T08:00:00Z</published><updated>2025-12-20T08:00:00Z</updated>
      <link rel="alternate" type="text/html" href="https://status.kvk.nl/incidents/m71"/>
      <title>Gepland onderhoud KVK Dataservice</title>
      <content type="html">Op maandag 5 januari 2026 van 10.00 tot 12.00 uur is de KVK
      Dataservice niet beschikbaar wegens onderhoud.</content></entry>
      """;
  /** A P1 incident posted at 09:20 Amsterdam time on 2 January 2026, never resolved. */
  private static final String OPEN_INCIDENT = """
      <entry><id>tag:status.kvk.nl,2005:Incident/7103</id>
      <published>2026-01-02T08:20:00Z</published><updated>2026-01-02T08:20:00Z</updated>
      <link rel="alternate" type="text/html" href="https://status.kvk.nl/incidents/new71"/>
      <title>Storing KVK Mutatieservice</title>
      <content type="html">Sinds 09.15 uur levert de KVK Mutatieservice geen signalen. Prioriteit
      1.</content></entry>
      """;

  @TempDir Path data;
  private Watch watch;

  @BeforeEach
  void start() throws Exception {
    // after the fixture's newest post, so that nothing of it is due or pending
    watch = new Watch(data, Instant.parse("2026-01-02T09:00:00Z"), Map.of());
  }

  @AfterEach
  void stop() throws Exception {
    watch.close();
  }

  @Test
  void aByteIdenticalBodyIsNotReadAndTouchesNoPost() {
    watch.site.atom("/history.atom", FEED);
    PollResult baseline = watch.poll();
    assertThat(baseline.counts().created()).isEqualTo(20);
    String sha = lastLog().evidenceSha();
    int fetches = watch.count("select count(*) from fetch_log");

    watch.clock.advance(Duration.ofMinutes(5));
    watch.site.serve("/history.atom", request -> new MockResponse.Builder().code(200)
        .setHeader("ETag", "\"v2\"").setHeader("Content-Type", "application/atom+xml")
        .body(FEED).build());
    List<String> statements = statementsOf(PollResult.Unchanged.class);

    assertThat(statements).as("what H2 ran for the poll").isNotEmpty()
        .noneMatch(sql -> PER_POST.matcher(sql).find());
    assertThat(watch.count("select count(*) from post where last_seen <> first_seen"))
        .as("no post touched").isZero();
    assertThat(watch.count("select count(*) from post_sighting s join post p on p.id = s.post_id"
        + " where s.seen_at <> p.first_seen")).isZero();
    assertThat(watch.count("select count(*) from post_version")).isEqualTo(20);
    assertThat(watch.mails()).isEmpty();
    assertThat(watch.count("select count(*) from fetch_log")).isEqualTo(fetches + 1);
    FetchRepository.FetchLogEntry logged = lastLog();
    assertThat(logged.outcome()).isEqualTo("fetched");
    assertThat(logged.httpStatus()).isEqualTo(200);
    assertThat(logged.evidenceSha()).isEqualTo(sha);
    assertThat(logged.posts()).as("not read, so not counted").isNull();
    assertThat(logged.detail()).isEqualTo(Documents.SAME_BYTES);

    watch.poll();
    assertThat(lastRequest().getHeaders().get("If-None-Match"))
        .as("the validators the same bytes came with are kept").isEqualTo("\"v2\"");
  }

  @Test
  void aNotModifiedTouchesNoPostEither() {
    watch.site.serve("/history.atom", request -> "\"v1\"".equals(
        request.getHeaders().get("If-None-Match"))
        ? new MockResponse.Builder().code(304).build()
        : new MockResponse.Builder().code(200).setHeader("ETag", "\"v1\"")
            .setHeader("Content-Type", "application/atom+xml").body(FEED).build());
    watch.poll();
    watch.clock.advance(Duration.ofMinutes(5));

    List<String> statements = statementsOf(PollResult.Unchanged.class);

    assertThat(statements).isNotEmpty().noneMatch(sql -> PER_POST.matcher(sql).find());
    assertThat(lastLog().outcome()).isEqualTo("not_modified");
  }

  @Test
  void theSameBytesAreReadInFullAfterAStartAndAfterAFailedFetch() throws Exception {
    watch.site.atom("/history.atom", FEED);
    watch.poll();

    watch.restart();
    PollResult afterStart = watch.poll();
    assertThat(afterStart).as("a new process reads what it has not read itself")
        .isInstanceOf(PollResult.Fetched.class);
    assertThat(afterStart.counts().posts()).isEqualTo(20);
    assertThat(afterStart.counts().created()).isZero();
    assertThat(watch.poll()).isInstanceOf(PollResult.Unchanged.class);

    watch.site.serve("/history.atom", new MockResponse.Builder().code(500).build());
    assertThat(watch.poll().failed()).isTrue();
    watch.site.atom("/history.atom", FEED);
    PollResult back = watch.poll();
    assertThat(back).isInstanceOf(PollResult.Fetched.class);
    assertThat(back.counts().updated()).isZero();
    assertThat(watch.poll()).isInstanceOf(PollResult.Unchanged.class);
    assertThat(watch.mailsTo(Watch.OPS)).isEmpty();
  }

  @Test
  void aReminderDueWhileThePageStaysTheSameIsMailed() {
    watch.site.atom("/history.atom", Fixtures.atomFeed(WINDOW));
    watch.poll();
    watch.clock.set(Instant.parse("2026-01-04T08:00:00Z")); // 09:00, a day and an hour before
    assertThat(statementsOf(PollResult.Unchanged.class))
        .noneMatch(sql -> PER_POST.matcher(sql).find());
    assertThat(watch.mails()).isEmpty();

    watch.clock.set(Instant.parse("2026-01-04T09:05:00Z")); // 10:05: less than 24 hours before
    assertThat(watch.poll()).isInstanceOf(PollResult.Unchanged.class);
    assertThat(watch.subjects()).hasSize(2).allMatch(s -> s.contains("Gepland onderhoud"));

    watch.clock.set(Instant.parse("2026-01-05T08:05:00Z")); // 09:05: less than an hour before
    watch.poll();
    assertThat(watch.mailsTo(Watch.OPS)).hasSize(2);
  }

  @Test
  void aDeadlineThatPassesWhileThePageStaysTheSameIsMailed() {
    watch.site.atom("/history.atom", Fixtures.atomFeed(""));
    watch.poll();
    watch.site.atom("/history.atom", Fixtures.atomFeed(OPEN_INCIDENT));
    watch.poll();
    assertThat(watch.mailsTo(Watch.OPS)).as("the new incident").hasSize(1);

    watch.clock.set(Instant.parse("2026-01-02T11:00:00Z")); // 12:00: before 4 hours from 09:15
    assertThat(statementsOf(PollResult.Unchanged.class))
        .noneMatch(sql -> PER_POST.matcher(sql).find());
    assertThat(watch.mailsTo(Watch.OPS)).hasSize(1);

    watch.clock.set(Instant.parse("2026-01-02T13:00:00Z")); // 14:00: past 4 hours from 09:15
    assertThat(watch.poll()).isInstanceOf(PollResult.Unchanged.class);
    assertThat(watch.mailsTo(Watch.OPS)).hasSize(2);
    assertThat(watch.subjects().get(watch.subjects().size() - 1))
        .contains("Storing KVK Mutatieservice").endsWith("nog niet opgelost");
  }

  @Test
  void aNotModifiedAfterARestartTouchesNoPostEither() throws Exception {
    // a one-shot `statuswacht poll` is a new process each time: what the last look at deadlines
    // and reminders found is in the database
    conditional(Fixtures.atomFeed(WINDOW + OPEN_INCIDENT));
    watch.poll();
    watch.restart();
    watch.clock.advance(Duration.ofMinutes(5));

    List<String> statements = statementsOf(PollResult.Unchanged.class);

    assertThat(statements).isNotEmpty().noneMatch(sql -> PER_POST.matcher(sql).find());
    assertThat(lastLog().outcome()).isEqualTo("not_modified");
  }

  @Test
  void aDeadlineAndAReminderThatFallDueBetweenProcessesAreMailed() throws Exception {
    conditional(Fixtures.atomFeed(""));
    watch.poll();
    conditional(Fixtures.atomFeed(WINDOW + OPEN_INCIDENT));
    watch.poll();
    assertThat(watch.mailsTo(Watch.OPS)).as("the new incident and the window").hasSize(2);
    watch.restart();
    watch.clock.set(Instant.parse("2026-01-02T11:00:00Z")); // 12:00: before 4 hours from 09:15
    assertThat(statementsOf(PollResult.Unchanged.class))
        .noneMatch(sql -> PER_POST.matcher(sql).find());

    watch.restart();
    watch.clock.set(Instant.parse("2026-01-02T13:00:00Z")); // 14:00: past 4 hours from 09:15
    assertThat(watch.poll()).isInstanceOf(PollResult.Unchanged.class);
    assertThat(watch.mailsTo(Watch.OPS)).hasSize(3);
    assertThat(watch.subjects().get(watch.subjects().size() - 1))
        .contains("Storing KVK Mutatieservice").endsWith("nog niet opgelost");

    watch.restart();
    watch.clock.set(Instant.parse("2026-01-04T09:05:00Z")); // 10:05: less than 24 hours before
    assertThat(watch.poll()).isInstanceOf(PollResult.Unchanged.class);
    assertThat(watch.mailsTo(Watch.OPS)).hasSize(4);
    assertThat(watch.subjects().get(watch.subjects().size() - 1))
        .contains("Gepland onderhoud");
  }

  @Test
  void otherReminderLeadsLookAgainAfterARestart() throws Exception {
    conditional(Fixtures.atomFeed(WINDOW));
    watch.poll();
    watch.stop();
    // a reminder two days ahead, which the leads of the last look (24 h, 1 h) did not have
    watch.start(Map.of("STATUSWACHT_MAIL_REMINDERS", "48h, 1h"));
    watch.clock.set(Instant.parse("2026-01-03T12:00:00Z"));

    assertThat(statementsOf(PollResult.Unchanged.class))
        .anyMatch(sql -> PER_POST.matcher(sql).find());
    watch.statuswacht().deliver();
    assertThat(watch.mailsTo(Watch.OPS)).hasSize(1);
    assertThat(watch.subjects()).allMatch(s -> s.contains("Gepland onderhoud"));
  }

  /** Serves {@code feed} with an ETag of its own, and a 304 to a request that sends it. */
  private void conditional(String feed) {
    String etag = "\"" + Integer.toHexString(feed.hashCode()) + "\"";
    watch.site.serve("/history.atom", StatusSite.conditionalFeed(etag, feed));
  }

  /**
   * The SQL statements H2 ran (its query statistics, which list each distinct statement) for one
   * poll (without the delivery of the outbox after it), which must end as {@code outcome}.
   */
  private List<String> statementsOf(Class<? extends PollResult> outcome) {
    sql("set query_statistics false");
    sql("set query_statistics true");
    assertThat(watch.statuswacht().pollOnce()).isInstanceOf(outcome);
    List<String> statements = watch.statuswacht().database().inTransaction(c -> {
      List<String> seen = new ArrayList<>();
      try (Statement statement = c.createStatement(); ResultSet row = statement.executeQuery(
          "select sql_statement from information_schema.query_statistics")) {
        while (row.next()) {
          seen.add(row.getString(1));
        }
      }
      return seen;
    });
    sql("set query_statistics false");
    return statements.stream().filter(s -> !s.toLowerCase().contains("query_statistics"))
        .toList();
  }

  private void sql(String sql) {
    watch.statuswacht().database().inTransaction(c -> {
      try (Statement statement = c.createStatement()) {
        statement.execute(sql);
      }
      return null;
    });
  }

  private FetchRepository.FetchLogEntry lastLog() {
    return watch.statuswacht().database().inTransaction(c ->
        FetchRepository.lastLog(c, watch.site.root().toString())).orElseThrow();
  }

  private mockwebserver3.RecordedRequest lastRequest() {
    return watch.site.requests().get(watch.site.requests().size() - 1);
  }
}
