package nl.statuswacht;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.notify.OutboxDispatcher;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.MutableClock;
import nl.statuswacht.testing.StatusSite;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spine end to end with real parts: a status page on MockWebServer, a real H2 file database,
 * real SMTP (GreenMail), and mails parsed back with Jakarta Mail.
 */
class SpineTest {
  private static final String D01 = "tag:status.kvk.nl,2005:Incident/1000";
  private static final String OPS = "ops@example.org";
  private static final String MANAGER = "manager@example.org";
  private static final String OPERATOR = "operator@example.net";

  /** history.atom as KVK-style Statuspage serves it: 20 posts. */
  private static final String FULL = Fixtures.text("kvk/site/history.atom");
  /** The same feed before d01 was posted. */
  private static final String BEFORE_D01 = Fixtures.withoutAtomEntry(FULL, D01);
  /** d01 when it was first posted: only its "Onderzoek" update. */
  private static final String D01_OPEN = Fixtures.editAtomEntry(FULL, D01,
      entry -> entry.replaceFirst("&lt;p&gt;&lt;small&gt;Sep .*?&lt;/p&gt;", ""));
  /** d01 resolved: the fixture as it is. */
  private static final String D01_RESOLVED = FULL;
  /** d01 resolved, with only its updated timestamp ticked. */
  private static final String D01_TICKED = Fixtures.editAtomEntry(FULL, D01,
      entry -> entry.replace("<updated>2025-09-15T08:05:00Z</updated>",
          "<updated>2025-09-15T09:30:00Z</updated>"));

  @TempDir Path data;
  private Watch watch;
  private StatusSite site;
  private GreenMail smtp;
  private MutableClock clock;
  private Statuswacht statuswacht;

  @BeforeEach
  void start() throws Exception {
    // 09:00 in Amsterdam on the morning of d01, twenty minutes after it was first posted
    watch = new Watch(data, Instant.parse("2025-09-15T07:00:00Z"), Map.of());
    site = watch.site;
    smtp = watch.smtp;
    clock = watch.clock;
    statuswacht = watch.statuswacht();
  }

  @AfterEach
  void stop() throws Exception {
    if (statuswacht != watch.statuswacht()) {
      statuswacht.close(); // a test started its own on the same database
    }
    watch.close();
  }

  private Config config() throws Exception {
    return watch.config();
  }

  private PollResult pollAndDeliver(String feed) {
    site.atom("/history.atom", feed);
    PollResult report = statuswacht.pollOnce();
    statuswacht.deliver();
    return report;
  }

  private List<MimeMessage> mailsTo(String address) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> {
          try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                .anyMatch(a -> a.toString().equals(address));
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
  }

  @Test
  void baselineThenOneMailPerSubscriberForANewPostAndOneMoreWhenResolved() throws Exception {
    PollResult baseline = pollAndDeliver(BEFORE_D01);
    assertThat(((PollResult.Fetched) baseline).baseline()).isTrue();
    assertThat(baseline.counts().created()).isEqualTo(19);
    assertThat(baseline.counts().queued()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    PollResult opened = pollAndDeliver(D01_OPEN);
    assertThat(opened.counts().created()).isEqualTo(1);
    assertThat(opened.counts().queued()).isEqualTo(2);
    assertThat(mailsTo(OPS)).hasSize(1);
    assertThat(mailsTo(MANAGER)).hasSize(1);
    MimeMessage first = mailsTo(OPS).get(0);
    assertThat(first.getSubject())
        .isEqualTo("[KVK storing P1] Storing: KVK API's niet bereikbaar — nieuw");

    PollResult resolved = pollAndDeliver(D01_RESOLVED);
    assertThat(resolved.counts().updated()).isEqualTo(1);
    assertThat(mailsTo(OPS)).hasSize(2);
    assertThat(mailsTo(MANAGER)).hasSize(2);
    MimeMessage update = mailsTo(OPS).get(1);
    assertThat(update.getSubject())
        .isEqualTo("[KVK storing P1] Storing: KVK API's niet bereikbaar — opgelost");
    assertThat(textPart(update)).contains("Opgelost");
    assertThat(update.getHeader("In-Reply-To")).containsExactly(first.getMessageID());

    PollResult ticked = pollAndDeliver(D01_TICKED);
    assertThat(ticked.counts().updated()).isZero();
    assertThat(ticked.counts().queued()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(4);
  }

  @Test
  void aRestartedDaemonOnTheSameDatabaseMailsNothingForTheSameContent() throws Exception {
    pollAndDeliver(BEFORE_D01);
    pollAndDeliver(D01_OPEN);
    assertThat(smtp.getReceivedMessages()).hasSize(2);

    statuswacht.close();
    statuswacht = Statuswacht.create(config(), clock, "test");
    PollResult again = pollAndDeliver(D01_OPEN);

    assertThat(((PollResult.Fetched) again).baseline()).isFalse();
    assertThat(again.counts().created()).isZero();
    assertThat(again.counts().queued()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  @Test
  void mailQueuedWhileSmtpRefusesConnectionsIsDeliveredExactlyOnceWhenItIsBack()
      throws Exception {
    pollAndDeliver(BEFORE_D01);
    int port = smtp.getSmtp().getPort();
    smtp.stop();

    site.atom("/history.atom", D01_OPEN);
    assertThat(statuswacht.pollOnce().counts().queued()).isEqualTo(2);
    OutboxDispatcher.Report refused = statuswacht.deliver();
    assertThat(refused.sent()).isZero();
    assertThat(refused.retrying()).as("the first mail finds no server; the other waits, untried")
        .isEqualTo(1);

    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    assertThat(statuswacht.deliver().sent()).as("the one not tried; the other waits its backoff")
        .isEqualTo(1);
    clock.advance(Duration.ofHours(2));
    site.atom("/history.atom", D01_OPEN);
    statuswacht.pollOnce();
    assertThat(statuswacht.deliver().sent()).isEqualTo(1);
    assertThat(statuswacht.deliver().sent()).isZero();

    assertThat(mailsTo(OPS)).hasSize(1);
    assertThat(mailsTo(MANAGER)).hasSize(1);
  }

  @Test
  void notModifiedParsesNothingAddsNoRowsAndKeepsTheValidators() throws Exception {
    site.serve("/history.atom", request -> "\"v1\"".equals(request.getHeaders().get("If-None-Match"))
        ? new MockResponse.Builder().code(304).build()
        : new MockResponse.Builder().code(200).setHeader("ETag", "\"v1\"")
            .setHeader("Last-Modified", "Wed, 31 Dec 2025 09:00:00 GMT")
            .setHeader("Content-Type", "application/atom+xml").body(FULL).build());
    statuswacht.pollOnce();
    int versions = count("select count(*) from post_version");
    int fetches = count("select count(*) from fetch_log");

    PollResult second = statuswacht.pollOnce();
    PollResult third = statuswacht.pollOnce();

    assertThat(second.outcome()).isEqualTo("not_modified");
    assertThat(third.outcome()).isEqualTo("not_modified");
    assertThat(count("select count(*) from post_version")).isEqualTo(versions);
    assertThat(count("select count(*) from fetch_log")).isEqualTo(fetches + 2);
    var lastRequest = site.requests().get(site.requests().size() - 1);
    assertThat(lastRequest.getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(lastRequest.getHeaders().get("If-Modified-Since"))
        .isEqualTo("Wed, 31 Dec 2025 09:00:00 GMT");
  }

  @Test
  void brokenResponsesAreFailedFetchesThatLoseNothingAndReannounceNothing() throws Exception {
    pollAndDeliver(D01_OPEN);
    List<MockResponse> broken = List.of(
        new MockResponse.Builder().code(500).body("Internal Server Error").build(),
        new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
            .setHeader("ETag", "\"error-page\"")
            .body("<html><body><h1>Onderhoud</h1></body></html>").build(),
        new MockResponse.Builder().code(200).setHeader("Content-Type", "application/atom+xml")
            .body("").build(),
        StatusSite.feedResponse(FULL.substring(0, FULL.length() / 2)));

    for (MockResponse response : broken) {
      site.serve("/history.atom", response);
      PollResult report = statuswacht.pollOnce();
      statuswacht.deliver();
      assertThat(report.failed()).as("%s", response).isTrue();
      assertThat(((PollResult.Failed) report).detail()).isNotBlank();
      assertThat(statuswacht.database().inTransaction(c -> FetchRepository.lastLog(c,
          site.root().toString())).orElseThrow().outcome()).isEqualTo("failed");
      assertThat(count("select count(*) from post")).isEqualTo(20);
    }

    PollResult back = pollAndDeliver(D01_OPEN);
    assertThat(back.outcome()).isEqualTo("fetched");
    assertThat(back.counts().created()).isZero();
    assertThat(back.counts().updated()).isZero();
    assertThat(mailsTo(OPS)).isEmpty();
    assertThat(mailsTo(MANAGER)).isEmpty();
    assertThat(mailsTo(OPERATOR)).as("unreadable after three, readable again").hasSize(2);
    assertThat(site.requests().get(site.requests().size() - 1).getHeaders().get("If-None-Match"))
        .as("validators of an unreadable body are not kept").isNull();
  }

  @Test
  void aFeedWithADoctypeIsRefusedAndTheEntityIsNeverFetched() throws Exception {
    site.serve("/secret", new MockResponse.Builder().code(200).body("secret").build());
    String hostile = FULL.replace("<feed ", "<!DOCTYPE feed [<!ENTITY xxe SYSTEM \""
        + site.url("/secret") + "\">]>\n<feed ").replace("<title>KVK Status", "<title>&xxe;");

    site.atom("/history.atom", hostile);
    PollResult report = statuswacht.pollOnce();

    assertThat(report.failed()).isTrue();
    assertThat(((PollResult.Failed) report).detail()).containsIgnoringCase("DOCTYPE");
    assertThat(site.requestedPaths()).doesNotContain("/secret");
    assertThat(count("select count(*) from post")).isZero();
  }

  @Test
  void afterThreeFailedPollsTheSourceIsDiscoveredAnewAndTheNewPlanReannouncesNothing()
      throws Exception {
    pollAndDeliver(BEFORE_D01);
    site.serve("/history.atom", new MockResponse.Builder().code(404).build());
    site.serve("/feed.rss", new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/rss+xml")
        .body(Fixtures.text("kvk/site/feed.rss")).build());

    for (int i = 0; i < 3; i++) {
      assertThat(statuswacht.pollOnce().failed()).isTrue();
    }
    PollResult rediscovered = statuswacht.pollOnce();
    statuswacht.deliver();

    assertThat(rediscovered.url()).isEqualTo(site.url("/feed.rss").toString());
    assertThat(rediscovered.counts().created()).as("d01 is new").isEqualTo(1);
    assertThat(rediscovered.counts().queued()).as("only d01, to both subscribers").isEqualTo(2);
    assertThat(mailsTo(OPS)).singleElement().satisfies(mail -> assertThat(mail.getSubject())
        .startsWith("[KVK storing P1] Storing: KVK API's niet bereikbaar — nieuw"));
  }

  @Test
  void aPlanIsDiscoveredAnewAfterADay() {
    pollAndDeliver(FULL);
    int probes = site.requestedPaths().size();
    statuswacht.pollOnce();
    assertThat(site.requestedPaths()).as("within a day: one request, the feed")
        .hasSize(probes + 1);

    clock.advance(Duration.ofHours(25));
    statuswacht.pollOnce();

    assertThat(site.requestedPaths().subList(probes + 1, site.requestedPaths().size()))
        .contains("/", "/history.rss", "/api/v2/incidents.json");
  }

  @Test
  void everyVersionIsJudgedAndItsVerdictsKept() {
    // after the newest post of the fixture: a post is never announced later than it is first
    // seen, so a clock before the posts' dates would move their announcements back to it
    clock.set(Instant.parse("2026-01-02T09:00:00Z"));
    pollAndDeliver(FULL);

    assertThat(count("select count(*) from verdict where outcome = 'VIOLATION'"))
        .as("d02 restoration, d07 window, d08 notice, d14 change notice").isEqualTo(4);
    assertThat(count("select count(*) from verdict v join post p on p.id = v.post_id"
        + " where p.post_key = 'd02' and v.rule = 'RESTORATION' and v.outcome = 'VIOLATION'"))
        .isEqualTo(1);
    assertThat(count("select count(*) from post_version where category is null")).isZero();
  }

  @Test
  void anOpenIncidentPastItsDeadlinesRaisesOneEventAndOneMailPerDeadline() {
    pollAndDeliver(BEFORE_D01);
    pollAndDeliver(D01_OPEN);
    assertThat(count("select count(*) from event where kind like 'DEADLINE%'")).isZero();

    clock.advance(Duration.ofHours(4)); // 13:00: past "within 4 hours" of 08:25
    pollAndDeliver(D01_OPEN);
    pollAndDeliver(D01_OPEN);
    assertThat(count("select count(*) from event where kind like 'DEADLINE%'")).isEqualTo(1);
    assertThat(count("select count(*) from event where kind = 'DEADLINE' and priority = 'P1'"
        + " and target_percent = 95 and target_amount = 4 and target_unit = 'HOURS'"))
        .as("keyed by the target, not by its description").isEqualTo(1);

    clock.advance(Duration.ofDays(1)); // Tuesday 13:00: past one business day
    pollAndDeliver(D01_OPEN);
    assertThat(count("select count(*) from event where kind like 'DEADLINE%'")).isEqualTo(2);
    assertThat(count("select count(*) from outbox o join event e on e.id = o.event_id"
        + " where e.kind like 'DEADLINE%' and o.state = 'SENT'"))
        .as("each deadline mailed once to each subscriber").isEqualTo(4);

    pollAndDeliver(D01_RESOLVED);
    assertThat(count("select count(*) from event where kind like 'DEADLINE%'")).isEqualTo(2);
  }

  /**
   * A database of the release before V12 keyed the deadline by its description ("DEADLINE P1 95%
   * within 4 hours"). Upgraded, the same deadline is recognised by its priority and target: the
   * next poll, still past it, raises and mails nothing again.
   */
  @Test
  void aDeadlineKeyedByItsWordingBeforeTheUpgradeIsNotRaisedAgain() throws Exception {
    pollAndDeliver(BEFORE_D01);
    pollAndDeliver(D01_OPEN);
    clock.advance(Duration.ofHours(4)); // 13:00: past "within 4 hours" of 08:25
    pollAndDeliver(D01_OPEN);
    int mails = smtp.getReceivedMessages().length;
    assertThat(count("select count(*) from event where kind = 'DEADLINE'")).isEqualTo(1);

    // the database as the release before V12 left it: the deadline keyed by prose
    statuswacht.database().inTransaction(c -> {
      try (java.sql.Statement sql = c.createStatement()) {
        sql.execute("alter table event drop constraint event_once");
        sql.execute("update event set kind = 'DEADLINE P1 95% within 4 hours'"
            + " where kind = 'DEADLINE'");
        for (String column : List.of("priority", "target_percent", "target_amount",
            "target_unit", "lead_seconds")) {
          sql.execute("alter table event drop column " + column);
        }
        sql.execute("alter table event add constraint event_once unique (post_id, version, kind)");
        // and without what came after V12 (V13's table of opt-outs, V14's of the cluster, V15's
        // of mail contents, V16's of the last look at deadlines, V17's of first and last reads,
        // V18's current fingerprint, V19's count of writings of the posts)
        sql.execute("drop table post_generation");
        sql.execute("alter table post drop column current_fingerprint");
        sql.execute("drop index post_version_open");
        sql.execute("drop index post_version_window");
        sql.execute("drop table source_read");
        for (String index : List.of("fetch_log_started", "fetch_log_url", "fetch_log_source")) {
          sql.execute("drop index " + index);
        }
        sql.execute("drop table poll_quiet");
        sql.execute("alter table outbox drop column content_id");
        sql.execute("drop table mail_content");
        sql.execute("drop table unsubscribed");
        for (String table : List.of("fired_triggers", "paused_trigger_grps", "scheduler_state",
            "locks", "simple_triggers", "cron_triggers", "simprop_triggers", "blob_triggers",
            "triggers", "job_details", "calendars")) {
          sql.execute("drop table qrtz_" + table);
        }
        sql.execute("alter table outbox drop column claimed_by");
        sql.execute("delete from \"flyway_schema_history\""
            + " where \"version\" in ('12', '13', '14', '15', '16', '17', '18', '19')");
      }
      return null;
    });
    statuswacht.close();
    statuswacht = Statuswacht.create(config(), clock, "test"); // migrates V12 to V19 again
    assertThat(count("select count(*) from post_generation where generation = 0"))
        .as("V19: a count for the source whose posts were there").isEqualTo(1);

    clock.advance(Duration.ofMinutes(30));
    pollAndDeliver(D01_OPEN);
    assertThat(count("select count(*) from event where kind = 'DEADLINE'")).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).as("no deadline mailed again").hasSize(mails);
  }

  @Test
  void downtimeMaintenanceGetsAReminderADayAndAnHourAheadOnce() {
    String feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><id>tag:x</id><title>KVK</title>
        <updated>2025-09-10T10:00:00Z</updated>
        <entry><id>tag:status.kvk.nl,2005:Incident/2001</id>
        <published>2025-09-10T10:00:00Z</published><updated>2025-09-10T10:00:00Z</updated>
        <link rel="alternate" href="https://status.kvk.nl/incidents/m1"/>
        <title>Gepland onderhoud KVK API</title>
        <content type="text">Op zaterdag 27 september 2025 van 08:00 tot 12:00 uur is de KVK API
        niet beschikbaar wegens onderhoud.</content></entry></feed>
        """;
    pollAndDeliver(feed);
    assertThat(smtp.getReceivedMessages()).isEmpty();

    clock.advance(Duration.ofDays(1)); // 16 September: nothing due yet
    pollAndDeliver(feed);
    assertThat(smtp.getReceivedMessages()).isEmpty();

    clock.advance(Duration.ofDays(10)); // 26 September 07:00Z: within 24 h of 06:00Z
    pollAndDeliver(feed);
    pollAndDeliver(feed);
    assertThat(smtp.getReceivedMessages()).hasSize(2);

    clock.advance(Duration.ofHours(22).plusMinutes(30)); // 27 September 05:30Z: within the hour
    pollAndDeliver(feed);
    assertThat(smtp.getReceivedMessages()).hasSize(4);
    assertThat(count("select count(*) from event where kind like 'REMINDER%'")).isEqualTo(2);
  }

  @Test
  void aNewDowntimeWindowComesWithACalendarInvitation() throws Exception {
    pollAndDeliver(BEFORE_D01);
    String maintenance = FULL.replaceFirst("<entry>", """
        <entry><id>tag:status.kvk.nl,2005:Incident/2002</id>
        <published>2026-11-28T10:00:00Z</published><updated>2026-11-28T10:00:00Z</updated>
        <link rel="alternate" href="https://status.kvk.nl/incidents/m2"/>
        <title>Gepland onderhoud KVK Dataservice</title>
        <content type="text">Op zaterdag 12 december 2026 van 08:00 tot 12:00 uur is de KVK
        Dataservice niet beschikbaar.</content></entry>
        <entry>""".strip()).replace(Fixtures.atomEntry(FULL, D01), "");

    pollAndDeliver(maintenance);

    MimeMessage mail = mailsTo(OPS).get(0);
    assertThat(mail.getSubject()).startsWith("[KVK onderhoud]");
    var parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat(parts.getBodyPart(2).getContentType()).startsWith("text/calendar")
        .contains("method=REQUEST");
    String ics = new String(parts.getBodyPart(2).getInputStream().readAllBytes(), "UTF-8");
    assertThat(ics).contains("METHOD:REQUEST", "UID:statuswacht-m2@example.net",
        "DTSTART;TZID=Europe/Amsterdam:20261212T080000",
        "DTEND;TZID=Europe/Amsterdam:20261212T120000");
    assertThat(mail.getHeader("List-Unsubscribe")).isNotNull();
  }

  @Test
  void theOperatorHearsOnceWhenThePageIsUnreadableAndOnceWhenItReadsAgain() throws Exception {
    pollAndDeliver(FULL);
    site.serve("/history.atom", new MockResponse.Builder().code(503).body("down").build());
    for (int i = 0; i < 5; i++) {
      statuswacht.pollOnce();
      statuswacht.deliver();
    }
    assertThat(mailsTo(OPERATOR)).singleElement().satisfies(mail ->
        assertThat(mail.getSubject()).isEqualTo("[statuswacht] KVK-statuspagina onleesbaar"));

    pollAndDeliver(FULL);
    pollAndDeliver(FULL);

    assertThat(mailsTo(OPERATOR)).hasSize(2);
    assertThat(mailsTo(OPERATOR).get(1).getSubject()).contains("weer leesbaar");
    assertThat(mailsTo(OPS)).isEmpty();
  }

  @Test
  void aCalledOffWindowSendsACancellation() throws Exception {
    pollAndDeliver(BEFORE_D01);
    String planned = "<p><small>Nov <var data-var='date'>28</var>, <var data-var='time'>10:00"
        + "</var> UTC</small><br><strong>Gepland</strong> - Op zaterdag 12 december 2026 van"
        + " 08:00 tot 12:00 uur is de KVK Dataservice niet beschikbaar.</p>";
    String cancelled = "<p><small>Nov <var data-var='date'>29</var>, <var data-var='time'>09:00"
        + "</var> UTC</small><br><strong>Geannuleerd</strong> - Het onderhoud gaat niet door.</p>"
        + planned;
    pollAndDeliver(BEFORE_D01.replaceFirst("<entry>", maintenanceEntry(planned) + "<entry>"));
    pollAndDeliver(BEFORE_D01.replaceFirst("<entry>", maintenanceEntry(cancelled) + "<entry>"));

    List<MimeMessage> mails = mailsTo(OPS);
    assertThat(mails).hasSize(2);
    var parts = (jakarta.mail.internet.MimeMultipart) mails.get(1).getContent();
    String ics = new String(parts.getBodyPart(2).getInputStream().readAllBytes(), "UTF-8");
    assertThat(ics).contains("METHOD:CANCEL", "STATUS:CANCELLED", "UID:statuswacht-m3@example.net",
        "SEQUENCE:2");
  }

  private static String maintenanceEntry(String html) {
    return "<entry><id>tag:status.kvk.nl,2005:Incident/2003</id>"
        + "<published>2026-11-29T09:00:00Z</published><updated>2026-11-29T09:00:00Z</updated>"
        + "<link rel=\"alternate\" href=\"https://status.kvk.nl/incidents/m3\"/>"
        + "<title>Gepland onderhoud KVK Dataservice</title><content type=\"html\">"
        + html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        + "</content></entry>";
  }

  @Test
  void quietHoursHoldAMailUntilTheyEndAndThenReleaseIt() throws Exception {
    statuswacht.close();
    java.nio.file.Path file = data.resolve("quiet.yaml");
    java.nio.file.Files.writeString(file, """
        subscribers:
          - address: night@example.org
            quiet-hours: "22:00-07:00"
            min-priority: P3
        """);
    Map<String, String> env = new HashMap<>(Map.of(
        "STATUSWACHT_SOURCE", site.root().toString(),
        "STATUSWACHT_DATA_DIR", data.toString(),
        "STATUSWACHT_MAIL_TRANSPORT", "smtp",
        "STATUSWACHT_MAIL_FROM", "statuswacht@example.net",
        "STATUSWACHT_MAIL_SMTP_HOST", "127.0.0.1",
        "STATUSWACHT_MAIL_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
        "STATUSWACHT_MAIL_SMTP_STARTTLS", "off"));
    statuswacht = Statuswacht.create(new ConfigLoader("test", java.time.Clock.systemUTC())
            .load(file, true, env), clock,
        "test");
    clock.advance(Duration.ofHours(14).plusMinutes(30)); // 2025-09-15 23:30 in Amsterdam

    pollAndDeliver(Fixtures.withoutAtomEntry(BEFORE_D01, "tag:status.kvk.nl,2005:Incident/1001"));
    pollAndDeliver(FULL); // d01 (P1) and d02 (P2) appear
    assertThat(mailsTo("night@example.org")).as("the P1 at once, the P2 held")
        .singleElement().satisfies(mail -> assertThat(mail.getSubject()).contains("P1"));

    clock.advance(Duration.ofHours(7).plusMinutes(31)); // 07:01 the next morning
    statuswacht.deliver();
    assertThat(mailsTo("night@example.org")).hasSize(2);
    assertThat(mailsTo("night@example.org").get(1).getSubject()).contains("P2");
  }

  private static String textPart(MimeMessage mail) throws Exception {
    return (String) ((jakarta.mail.internet.MimeMultipart) mail.getContent()).getBodyPart(0)
        .getContent();
  }

  private int count(String sql) {
    return statuswacht.database().inTransaction(c -> {
      try (ResultSet row = c.createStatement().executeQuery(sql)) {
        row.next();
        return row.getInt(1);
      }
    });
  }
}
