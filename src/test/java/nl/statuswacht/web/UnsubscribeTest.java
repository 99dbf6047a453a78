package nl.statuswacht.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.notify.UnsubscribeTokens;
import nl.statuswacht.store.SubscriberRepository;
import nl.statuswacht.testing.LogRecorder;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-click unsubscribe (RFC 8058) with real parts: statuswacht watching a page on loopback, an
 * H2 file database, GreenMail, the daemon's own {@link Router} on loopback with {@link UnsubscribeRoutes}, and
 * {@link HttpClient} following the link parsed out of the mail that arrived.
 */
class UnsubscribeTest {
  private static final String KEY = "test-key-0123456789abcdef";
  private static final String DATABASE_SUBSCRIBER = "db-reader@example.org";
  private static final Pattern LINK = Pattern.compile("<(https?://[^>]+)>");

  @TempDir Path data;
  private final Router routes = new Router();
  private Router.Server web;
  private Watch watch;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private int incident = 8000;

  @BeforeEach
  void start() throws Exception {
    web = routes.listen("127.0.0.1", 0);
    watch = new Watch(data, Instant.parse("2026-01-02T08:30:00Z"), Map.of(
        "STATUSWACHT_UNSUBSCRIBE_KEY", KEY,
        "STATUSWACHT_WEB_PUBLIC_URL", "http://127.0.0.1:" + web.port() + "/"));
    UnsubscribeRoutes.register(routes, watch.statuswacht().database(), watch.config(),
        watch.clock);
    watch.site.atom("/history.atom", feed(""));
    watch.poll(); // the baseline: no mail
  }

  @AfterEach
  void stop() throws Exception {
    web.close();
    watch.close();
  }

  @Test
  void theLinkInAMailUnsubscribesAtOnceAndTheNextAlertSkipsThem() throws Exception {
    newIncident();
    MimeMessage mail = only(watch.mailsTo(Watch.OPS));
    assertThat(mail.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    assertThat(jakarta.mail.internet.MimeUtility.unfold(mail.getHeader("List-Unsubscribe")[0]))
        .matches("<http://127\\.0\\.0\\.1:\\d+/unsubscribe\\?t=[A-Za-z0-9_.-]+>,"
            + " <mailto:statuswacht@example\\.net\\?subject=unsubscribe>");

    HttpResponse<String> response;
    Instant clicked = watch.clock.instant();
    try (LogRecorder log = new LogRecorder(UnsubscribeRoutes.class)) {
      response = oneClick(link(mail));
      assertThat(log.at(Level.INFO)).containsExactly("unsubscribe address=ops@example.org"
          + " result=OPTED_OUT one-click=true: skipped from now on; it is in the config file,"
          + " which statuswacht does not edit: remove it there");
    }

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("ops@example.org is unsubscribed");
    assertThat(watch.count("select count(*) from unsubscribed")).isEqualTo(1);
    newIncident();
    assertThat(watch.mailsTo(Watch.OPS)).as("no further mail").hasSize(1);
    assertThat(watch.mailsTo(Watch.MANAGER)).as("the others still get it").hasSize(2);
    try (LogRecorder log = new LogRecorder(Statuswacht.class)) {
      watch.statuswacht().start();
      assertThat(log.at(Level.INFO)).as("a daemon started later names it once").filteredOn(
          line -> line.startsWith("subscriber skipped")).containsExactly("subscriber skipped"
              + " address=ops@example.org: unsubscribed at " + clicked + " with the one-click"
              + " link; remove it from the config file");
    }
    assertThat(oneClick(link(mail)).body()).as("a second click changes nothing")
        .contains("is not (or no longer) subscribed");
  }

  @Test
  void aSubscriberKeptInTheDatabaseIsRemoved() throws Exception {
    watch.statuswacht().database().inTransaction(c -> {
      SubscriberRepository.save(c, new Subscriber(DATABASE_SUBSCRIBER, null, "en",
          java.util.Set.of(), java.util.Set.of(), null, Subscriber.Delivery.IMMEDIATE, true,
          null, null, false));
      return null;
    });
    newIncident();
    MimeMessage mail = only(watch.mailsTo(DATABASE_SUBSCRIBER));

    assertThat(oneClick(link(mail)).statusCode()).isEqualTo(200);

    assertThat(watch.count("select count(*) from subscriber")).isZero();
    assertThat(watch.count("select count(*) from unsubscribed")).as("not a file subscriber")
        .isZero();
    newIncident();
    assertThat(watch.mailsTo(DATABASE_SUBSCRIBER)).hasSize(1);
    assertThat(watch.mailsTo(Watch.OPS)).hasSize(2);
  }

  @Test
  void aForgedOrAlteredTokenIsRefusedAndChangesNothing() throws Exception {
    newIncident();
    String link = link(only(watch.mailsTo(Watch.OPS)));
    String token = link.substring(link.indexOf("?t=") + 3);
    String mac = token.substring(token.indexOf('.') + 1);
    String base = link.substring(0, link.indexOf("?t="));
    char last = mac.charAt(mac.length() - 2);
    String altered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A')
        + token.charAt(token.length() - 1);
    String otherAddress = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(Watch.MANAGER.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String forged = otherAddress + "." + mac; // OPS's MAC on MANAGER's address
    String otherKey = UnsubscribeTokens.of("another key").orElseThrow().token(Watch.OPS);

    for (String bad : List.of(altered, forged, otherKey, "garbage", "a.b.c", "%00")) {
      HttpResponse<String> response = oneClick(base + "?t=" + bad);
      assertThat(response.statusCode()).as(bad).isEqualTo(403);
      assertThat(response.body()).contains("not valid; nothing was changed");
      assertThat(get(base + "?t=" + bad).statusCode()).isEqualTo(403);
    }
    assertThat(oneClick(base).statusCode()).as("no token").isEqualTo(400);

    assertThat(watch.count("select count(*) from unsubscribed")).isZero();
    newIncident();
    assertThat(watch.mailsTo(Watch.OPS)).hasSize(2);
    assertThat(watch.mailsTo(Watch.MANAGER)).hasSize(2);
  }

  @Test
  void getShowsAConfirmationPageThatPostsAndUnsubscribesNoOne() throws Exception {
    newIncident();
    String link = link(only(watch.mailsTo(Watch.OPS)));

    HttpResponse<String> page = get(link);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html"));
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.body())
        .contains("No more mail from statuswacht to <strong>ops@example.org</strong>?")
        .contains("<form method=\"post\" action=\"?t=" + link.substring(link.indexOf("?t=") + 3)
            + "\">")
        .contains("name=\"List-Unsubscribe\" value=\"One-Click\"");
    assertThat(watch.count("select count(*) from unsubscribed")).isZero();
    newIncident();
    assertThat(watch.mailsTo(Watch.OPS)).hasSize(2);
  }

  @Test
  void theConfirmationPageEscapesTheAddress() throws Exception {
    String address = "o'brien&<b>@example.org";
    String token = UnsubscribeTokens.of(KEY).orElseThrow().token(address);

    HttpResponse<String> page = get("http://127.0.0.1:" + web.port() + "/unsubscribe?t="
        + token);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("o&#39;brien&amp;&lt;b&gt;@example.org")
        .doesNotContain("<b>@");
  }

  @Test
  void withoutAKeyTheRoutesAnswerNotFound() throws Exception {
    Router bareRoutes = new Router();
    try (Router.Server bare = bareRoutes.listen("127.0.0.1", 0)) {
      var config = new nl.statuswacht.config.ConfigLoader("test", java.time.Clock.systemUTC())
          .load(data.resolve("none.yaml"), false,
              Map.of("STATUSWACHT_DATA_DIR", data.toString()));
      UnsubscribeRoutes.register(bareRoutes, watch.statuswacht().database(), config, watch.clock);
      String token = UnsubscribeTokens.of(KEY).orElseThrow().token(Watch.OPS);
      assertThat(oneClick("http://127.0.0.1:" + bare.port() + "/unsubscribe?t=" + token)
          .statusCode()).isEqualTo(404);
      assertThat(watch.count("select count(*) from unsubscribed")).isZero();
    }
  }

  @Test
  void theDaemonSaysOnceAtStartWhetherMailsOfferTheLinkAndNeverShowsTheKey() throws Exception {
    try (LogRecorder log = new LogRecorder(nl.statuswacht.Statuswacht.class)) {
      watch.statuswacht().start();
      watch.statuswacht().close();
      try (Watch bare = new Watch(data.resolve("bare"), Instant.parse("2026-01-02T08:30:00Z"),
          Map.of())) {
        bare.statuswacht().start();
      }

      assertThat(log.at(Level.INFO)).containsOnlyOnce(
          "unsubscribe: mails link to http://127.0.0.1:" + web.port() + "/unsubscribe");
      assertThat(log.at(Level.WARN)).containsExactly("unsubscribe: no"
          + " STATUSWACHT_UNSUBSCRIBE_KEY set: mails offer no one-click unsubscribe link, only"
          + " the mailto to statuswacht@example.net");
      assertThat(log.at(Level.INFO)).noneSatisfy(line -> assertThat(line).contains(KEY));
    }
    watch.restart(); // for stop()
  }

  /** A new P2 incident a few minutes later: one alert to every subscriber. */
  private void newIncident() {
    watch.clock.advance(Duration.ofMinutes(5));
    incident++;
    String published = watch.clock.instant().toString();
    entries.insert(0, """
        <entry><id>tag:status.kvk.nl,2005:Incident/%d</id>
        <published>%s</published><updated>%s</updated>
        <link rel="alternate" type="text/html" href="https://status.kvk.nl/incidents/u%d"/>
        <title>Storing KVK Dataservice %d</title>
        <content type="html">De KVK Dataservice is traag. Prioriteit 2.</content></entry>
        """.formatted(incident, published, published, incident, incident));
    watch.site.atom("/history.atom", feed(entries.toString()));
    watch.poll();
  }

  private final StringBuilder entries = new StringBuilder();

  private static String link(MimeMessage mail) throws Exception {
    Matcher link = LINK.matcher(mail.getHeader("List-Unsubscribe")[0]);
    assertThat(link.find()).as("an http(s) link in List-Unsubscribe").isTrue();
    return link.group(1);
  }

  private static MimeMessage only(List<MimeMessage> mails) {
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  /** What a mail client does for RFC 8058's one-click. */
  private HttpResponse<String> oneClick(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String feed(String entries) {
    return Fixtures.atomFeed(entries);
  }
}
