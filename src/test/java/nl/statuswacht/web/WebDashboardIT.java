package nl.statuswacht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.testing.Chromium;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web server of a daemon that polled KVK's history feed (a loopback site) into a real H2
 * database, on 12 November 2025: the dashboard and a post page load in headless Chromium with the
 * network off, without a console message (so without a Content-Security-Policy violation: no
 * inline script or style), and show what was read; the screenshots are kept as {@code
 * target/dashboard.png} and {@code target/post.png} ({@code docs/} has copies). The calendar
 * feed parses with ical4j and carries the UIDs of the mail invitations; {@code /metrics} counts
 * the poll; {@code /readyz} is 200 after it.
 */
class WebDashboardIT {
  static final Instant NOW = Instant.parse("2025-11-12T12:00:00Z");
  /**
   * KVK's history feed with one more incident, opened an hour and a half before {@link #NOW}
   * and not resolved: a P1 ("ernstige verstoring"), whose 4-hour target is still ahead.
   */
  static final String WITH_OPEN_INCIDENT;

  static {
    String feed = Fixtures.text("kvk/site/history.atom");
    String open = "<entry>\n    <id>tag:status.kvk.nl,2005:Incident/9000</id>\n"
        + "    <published>2025-11-12T10:30:00Z</published>\n"
        + "    <updated>2025-11-12T10:30:00Z</updated>\n"
        + "    <link rel=\"alternate\" type=\"text/html\""
        + " href=\"https://status.kvk.nl/incidents/d90\"/>\n"
        + "    <title>Storing: KVK Dataservice niet bereikbaar</title>\n"
        + "    <content type=\"html\">&lt;p&gt;&lt;small&gt;Nov &lt;var data-var=&#x27;date&#x27;"
        + "&gt;12&lt;/var&gt;, &lt;var data-var=&#x27;time&#x27;&gt;10:30&lt;/var&gt; UTC"
        + "&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Onderzoek&lt;/strong&gt; - Vanaf 11:20 uur is"
        + " de KVK Dataservice niet bereikbaar. Er is sprake van een ernstige verstoring."
        + "&lt;/p&gt;</content>\n  </entry>\n  ";
    int first = feed.indexOf("<entry>");
    WITH_OPEN_INCIDENT = feed.substring(0, first) + open + feed.substring(first);
  }

  @TempDir static Path dir;
  static Watch watch;
  static URI base;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void pollAndServe() throws Exception {
    watch = new Watch(dir, NOW, Map.of("STATUSWACHT_POLL_NOTIFY_ON_BASELINE", "true",
        "STATUSWACHT_POLL_MAX_NEW_POSTS", "1000"));
    watch.site.atom("/history.atom", WITH_OPEN_INCIDENT);
    PollResult result = watch.poll();
    assertThat(result.failed()).as(result.toString()).isFalse();
    watch.statuswacht().startWeb();
    base = URI.create("http://127.0.0.1:" + watch.statuswacht().webPort());
  }

  @AfterAll
  static void stop() throws Exception {
    watch.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void dashboardRendersInChromiumWithoutAnError() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(WebServer.CSP);
    assertThat(WebServer.CSP).doesNotContain("unsafe");
    assertThat(page.body()).doesNotContain("style=").doesNotContain("<script>");

    Chromium chromium = Chromium.find();
    Chromium.Run dom = chromium.dumpDom(base.resolve("/"));
    assertThat(dom.problems()).isEmpty();
    assertThat(dom.stdout()).contains("Storing: KVK Dataservice niet bereikbaar",
        "class=\"countdown\"", "95% within 4 hours", "2025-11-12 15:20");
    // started 11:20 in Amsterdam, 4 hours: the server wrote 2h 20m, the script counts on from
    // the server's now (not this machine's clock)
    assertThat(page.body()).contains(">2h 20m</time>");
    assertThat(dom.stdout()).containsPattern(">2h (19|20)m</time>");
    assertThat(dom.stdout()).contains("Open incidents", "Downtime windows, next 14 days",
        "Changes coming into effect", "Violations, last 90 days", "Scoreboard", "KVK_API",
        "class=\"day ");
    Path png = Path.of("target/dashboard.png");
    Files.createDirectories(png.getParent());
    Chromium.Run shot = chromium.screenshot(base.resolve("/"), png, 1280, 1700);
    assertThat(shot.problems()).isEmpty();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  @Test
  void postPageShowsVersionsVerdictsAndEvidence() throws Exception {
    long id = watch.statuswacht().database().inTransaction(c -> {
      try (ResultSet row = c.createStatement().executeQuery(
          "select p.id from post p join post_version v on v.post_id = p.id"
              + " where v.category = 'INCIDENT' order by p.id fetch first 1 rows only")) {
        row.next();
        return row.getLong(1);
      }
    });
    HttpResponse<String> page = get("/posts/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Version 1", "Classification", "Verdicts", "Timeline",
        "SHA-256", "INCIDENT");
    Chromium chromium = Chromium.find();
    Chromium.Run dom = chromium.dumpDom(base.resolve("/posts/" + id));
    assertThat(dom.problems()).isEmpty();
    assertThat(dom.stdout()).contains("Archived documents", "RESTORATION");
    Chromium.Run shot = chromium.screenshot(base.resolve("/posts/" + id),
        Path.of("target/post.png"), 1280, 1400);
    assertThat(shot.problems()).isEmpty();

    String sha = page.body().replaceAll("(?s).*href=\"/evidence/([0-9a-f]{64})\".*", "$1");
    HttpResponse<String> evidence = get("/evidence/" + sha);
    assertThat(evidence.statusCode()).isEqualTo(200);
    assertThat(evidence.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/plain"));
    assertThat(evidence.body()).contains("<feed");
    assertThat(get("/posts/999999").statusCode()).isEqualTo(404);
    assertThat(get("/evidence/" + "0".repeat(64)).statusCode()).isEqualTo(404);
  }

  @Test
  void calendarFeedHasTheUidsOfTheMailInvitations() throws Exception {
    HttpResponse<String> ics = get("/maintenance.ics");
    assertThat(ics.statusCode()).isEqualTo(200);
    Calendar feed = new CalendarBuilder().build(new StringReader(ics.body()));
    Set<String> feedUids = uids(feed);
    assertThat(feedUids).isNotEmpty();

    List<String> invitations = watch.statuswacht().database().inTransaction(c -> {
      List<String> all = new ArrayList<>();
      try (ResultSet row = c.createStatement().executeQuery(
          // an alert's invitation is in its mail_content row, shared by its recipients
          "select coalesce(o.ics, m.ics) from outbox o left join mail_content m"
              + " on m.id = o.content_id where coalesce(o.ics, m.ics) is not null")) {
        while (row.next()) {
          all.add(row.getString(1));
        }
      }
      return all;
    });
    assertThat(invitations).isNotEmpty();
    Set<String> mailUids = new HashSet<>();
    for (String invitation : invitations) {
      mailUids.addAll(uids(new CalendarBuilder().build(new StringReader(invitation))));
    }
    // every window of the feed is one a subscriber was invited to, under the same UID
    assertThat(mailUids).containsAll(feedUids);
  }

  private static Set<String> uids(Calendar calendar) {
    Set<String> uids = new HashSet<>();
    for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
      uids.add(event.<net.fortuna.ical4j.model.property.Uid>getProperty(Property.UID)
          .orElseThrow().getValue());
    }
    return uids;
  }

  @Test
  void feedsApiHealthAndMetrics() throws Exception {
    HttpResponse<String> atom = get("/feed.atom");
    assertThat(atom.statusCode()).isEqualTo(200);
    assertThat(atom.body()).contains("<feed", "[INCIDENT P", "[PLANNED_MAINTENANCE");
    HttpResponse<String> posts = get("/api/posts");
    assertThat(posts.body()).contains("\"posts\"", "\"category\"", "\"verdicts\"");
    HttpResponse<String> report = get("/api/report?from=2025-08-01&to=2025-11-12");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains("\"from\" : \"2025-08-01\"", "\"availability\"");
    assertThat(get("/api/report?from=2025-12-01&to=2025-11-12").statusCode()).isEqualTo(400);
    HttpResponse<String> page = get("/report?from=2025-08-01&to=2025-11-12");
    assertThat(page.body()).contains("KVK service levels, 2025-08-01 to 2025-11-12");
    assertThat(get("/healthz").statusCode()).isEqualTo(200);
    HttpResponse<String> ready = get("/readyz");
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    HttpResponse<String> metrics = get("/metrics");
    assertThat(metrics.body()).contains("statuswacht_polls_total{outcome=\"fetched\"} 1.0",
        "statuswacht_posts{category=\"INCIDENT\"}", "statuswacht_outbox_depth",
        "statuswacht_seconds_since_last_successful_poll 0.0", "statuswacht_mail_send");
  }
}
