package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Window;
import nl.statuswacht.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link HtmlPageReader} with {@link HtmlSelectors#STATUSPAGE} on two real Statuspage index pages
 * captured in January 2021. Every expected value was read by hand off the HTML.
 */
class HtmlPageReaderStatuspageTest {
  static final String FASTLY = "real/statuspage/fastly-index-2021-01.html";
  static final String PYTHON = "real/statuspage/pythoninfra-index-2021-01.html";
  static final String FASTLY_AT = "https://889dh1w1xtt0.statuspage.io/";
  static final String PYTHON_AT = "https://status.python.org/";

  private final HtmlPageReader reader = new HtmlPageReader(HtmlSelectors.STATUSPAGE);

  static List<Post> posts(ReadOutcome outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Posts.class);
    return ((ReadOutcome.Posts) outcome).posts();
  }

  static Post post(List<Post> posts, String id) {
    return posts.stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no post " + id));
  }

  private List<Post> read(String fixture, String location) {
    return posts(reader.read(new SourceDocument(Fixtures.bytes(fixture),
        "text/html; charset=utf-8", location)));
  }

  /** id, title, updates, first update, last update, impact, latest status. */
  static Stream<Arguments> fastly() {
    return Stream.of(
        // the unresolved incident: its one stamp "Mar 16, 04:38 UTC" has no year and no day;
        // <meta name="issued" content="1611344895"> (2021-01-22T19:48:15Z) makes it March 2020
        Arguments.of("mjtrykb6rg3g", "A COVID-19 Business Continuity Update From Fastly", 1,
            "2020-03-16T04:38:00Z", "2020-03-16T04:38:00Z", "none", "Monitoring"),
        Arguments.of("4zgm7ysssq2t",
            "Retroactive - Fastly Application & API Performance Issues", 1,
            "2021-01-22T19:03:00Z", "2021-01-22T19:03:00Z", "none", "Resolved"),
        // listed under Jan 22, 2021, announced two days before
        Arguments.of("j8xbn0rbs0c3", "Capacity Expansion: Atlanta (FTY)", 3,
            "2021-01-20T23:09:00Z", "2021-01-22T07:00:00Z", "maintenance", "Completed"),
        // listed under Jan 14, 2021; announced "Jan  5, 23:20 UTC" (padded day)
        Arguments.of("9607xf2spvd7", "Capacity Expansion - Frankfurt (HHN) POP", 3,
            "2021-01-05T23:20:00Z", "2021-01-14T00:00:00Z", "maintenance", "Completed"),
        Arguments.of("bnh658d8w7t8", "Elevated Errors in Bogota (BOG) and Rio de Janeiro (GIG)", 4,
            "2021-01-14T17:46:00Z", "2021-01-14T20:51:00Z", "minor", "Resolved"),
        Arguments.of("1rbr326kjsmt", "Incident - Global CDN Performance Impact", 9,
            "2021-01-12T15:25:00Z", "2021-01-12T16:51:00Z", "major", "Resolved"),
        Arguments.of("k17ks18xb016", "Capacity Expansion: Palo Alto (PAO)", 3,
            "2021-01-06T01:23:00Z", "2021-01-08T08:21:00Z", "maintenance", "Completed"));
  }

  @ParameterizedTest(name = "fastly {0}")
  @MethodSource("fastly")
  void readsFastlyPosts(String id, String title, int updates, String first, String last,
      String impact, String latest) {
    Post post = post(read(FASTLY, FASTLY_AT), id);
    assertPost(post, FASTLY_AT, id, title, updates, first, last, impact, latest);
  }

  static Stream<Arguments> python() {
    return Stream.of(
        // unresolved; stamps run from "Dec 14, 09:41 UTC" to "Jan 12, 16:04 UTC" with no year;
        // issued 1611337235 (2021-01-22T17:40:35Z) puts them across the turn of the year
        Arguments.of("grk0k7sz6zkp", "PyPI XMLRPC Search Disabled", 9,
            "2020-12-14T09:41:00Z", "2021-01-12T16:04:00Z", "major", "Update"),
        Arguments.of("lc5jx9rrwl1z",
            "wiki.python.org experiencing a distributed denial of service attack.", 3,
            "2021-01-15T02:53:00Z", "2021-01-15T14:31:00Z", "critical", "Resolved"),
        Arguments.of("b3mj9mhvnbkt", "CDN Instability", 2,
            "2021-01-12T16:06:00Z", "2021-01-12T16:52:00Z", "minor", "Resolved"));
  }

  @ParameterizedTest(name = "python {0}")
  @MethodSource("python")
  void readsPythonInfraPosts(String id, String title, int updates, String first, String last,
      String impact, String latest) {
    Post post = post(read(PYTHON, PYTHON_AT), id);
    assertPost(post, PYTHON_AT, id, title, updates, first, last, impact, latest);
  }

  private static void assertPost(Post post, String site, String id, String title, int updates,
      String first, String last, String impact, String latest) {
    assertThat(post.title()).isEqualTo(title);
    assertThat(post.link()).isEqualTo(site + "incidents/" + id);
    assertThat(post.updates()).hasSize(updates);
    assertThat(post.updates().get(0).at()).isEqualTo(Instant.parse(first));
    assertThat(post.updates().get(updates - 1).at()).isEqualTo(Instant.parse(last));
    assertThat(post.published()).isEqualTo(Instant.parse(first));
    assertThat(post.updated()).isEqualTo(Instant.parse(last));
    assertThat(post.hints().impact()).isEqualTo(impact);
    assertThat(post.latestStatus()).isEqualTo(latest);
  }

  @Test
  void readsEveryPostOnceInPageOrder() {
    ReadOutcome outcome = reader.read(new SourceDocument(Fixtures.bytes(FASTLY), null, FASTLY_AT));
    assertThat(outcome).isInstanceOf(ReadOutcome.Posts.class);
    assertThat(((ReadOutcome.Posts) outcome).format()).isEqualTo("html_statuspage");
    assertThat(posts(outcome)).extracting(Post::id).containsExactly(
        "mjtrykb6rg3g", "4zgm7ysssq2t", "j8xbn0rbs0c3", "lpb30trshp8f", "sqcrtjc109wd",
        "631bfb4wrplq", "9nxq5jxtc8zy", "bnh658d8w7t8", "rzzzm4pf4jd1", "9607xf2spvd7",
        "z24hx60xkt63", "1rbr326kjsmt", "ck3lvhkz2r4v", "mvm7kpmd9ljh", "k17ks18xb016");
    assertThat(read(PYTHON, PYTHON_AT)).extracting(Post::id)
        .containsExactly("grk0k7sz6zkp", "lc5jx9rrwl1z", "b3mj9mhvnbkt");
  }

  @Test
  void readsStatusWordAndTextOfEachUpdateOldestFirst() {
    Post post = post(read(PYTHON, PYTHON_AT), "lc5jx9rrwl1z");
    assertThat(post.updates()).extracting(PostUpdate::status)
        .containsExactly("Identified", "Monitoring", "Resolved");
    assertThat(post.updates().get(1).text())
        .isEqualTo("We have restored the service and are monitoring for problematic traffic.");
    assertThat(post.updates().get(2).text()).isEqualTo("This incident has been resolved.");
    assertThat(post.body()).contains("Resolved - This incident has been resolved.");

    Post covid = post(read(FASTLY, FASTLY_AT), "mjtrykb6rg3g");
    assertThat(covid.updates().get(0).text()).isEqualTo(
        "A COVID-19 Business Continuity Update From Fastly"
            + " https://www.fastly.com/blog/covid-19-update"
            + " Questions can be directed to support@fastly.com");
  }

  @Test
  void dropsUpdatesWhoseYearThePageDoesNotGive() {
    String page = Fixtures.text(FASTLY).replace("<meta name=\"issued\" content=\"1611344895\">", "");
    List<Post> posts = posts(reader.read(new SourceDocument(page.getBytes(StandardCharsets.UTF_8),
        "text/html", FASTLY_AT)));

    // the unresolved incident has no day heading and the page no longer says when it was made
    Post covid = post(posts, "mjtrykb6rg3g");
    assertThat(covid.title()).isEqualTo("A COVID-19 Business Continuity Update From Fastly");
    assertThat(covid.updates()).isEmpty();
    assertThat(covid.published()).isNull();
    assertThat(covid.updated()).isNull();
    // the past incidents keep the year of their day
    assertThat(post(posts, "j8xbn0rbs0c3").published())
        .isEqualTo(Instant.parse("2021-01-20T23:09:00Z"));
  }

  @Test
  void takesTheYearClosestToTheDayAcrossNewYear() {
    String page = statuspagePage("""
        <div class="incidents-list format-expanded">
          <div class="status-day font-regular">
            <div class="date border-color font-large">Jan <var data-var="date"> 1</var>,
              <var data-var="year">2021</var></div>
            <div class="incident-container">
              <div class="incident-title impact-minor font-large">
                <a href="/incidents/nieuwjaar1">Storing rond de jaarwisseling</a></div>
              <div class="updates-container">
                <div class="update font-regular resolved"><strong>Opgelost</strong> - Verholpen.
                  <br><small>Jan <var data-var='date'>1</var>, <var data-var='time'>00:20</var>
                  UTC</small></div>
                <div class="update font-regular investigating"><strong>Onderzoek</strong> - We
                  kijken ernaar.<br><small>Dec <var data-var='date'>31</var>,
                  <var data-var='time'>23:50</var> UTC</small></div>
              </div>
            </div>
          </div>
        </div>""");
    Post post = posts(reader.read(doc(page))).get(0);
    assertThat(post.id()).isEqualTo("nieuwjaar1");
    assertThat(post.link()).isEqualTo("https://status.example.nl/incidents/nieuwjaar1");
    assertThat(post.updates()).containsExactly(
        new PostUpdate(Instant.parse("2020-12-31T23:50:00Z"), "Onderzoek", "We kijken ernaar."),
        new PostUpdate(Instant.parse("2021-01-01T00:20:00Z"), "Opgelost", "Verholpen."));
  }

  @Test
  void readsAnUpcomingMaintenanceWithItsWindow() {
    String page = statuspagePage("""
        <div class="scheduled-maintenances-container">
          <div class="scheduled-maintenance">
            <div class="incident-title font-large border-color">
              <a href="https://status.example.nl/incidents/onderhoud42" class="color-primary">
                Gepland onderhoud KVK API</a>
              <small class="pull-right" data-unix-time="1611446400">Jan <var data-var="date">24</var>,
                <var data-var="time">00:00</var>-<var data-var="time">03:00</var> UTC</small>
            </div>
            <div class="updates-container font-regular">
              <div class="update">De KVK API is tijdens dit onderhoud niet beschikbaar.<br>
                <small>Posted on Jan <var data-var='date'>22</var>,
                  <var data-var='time'>10:00</var> UTC</small></div>
            </div>
          </div>
        </div>""").replace("<head>", "<head><meta name=\"issued\" content=\"1611337235\">");
    Post post = posts(reader.read(doc(page))).get(0);
    assertThat(post.id()).isEqualTo("onderhoud42");
    assertThat(post.title()).isEqualTo("Gepland onderhoud KVK API");
    assertThat(post.hints().impact()).isNull();
    assertThat(post.hints().scheduled()).isEqualTo(new Window(
        Instant.parse("2021-01-24T00:00:00Z"), Instant.parse("2021-01-24T03:00:00Z")));
    assertThat(post.updates()).containsExactly(new PostUpdate(
        Instant.parse("2021-01-22T10:00:00Z"), "",
        "De KVK API is tijdens dit onderhoud niet beschikbaar."));
  }

  @Test
  void aStatusPageWithoutIncidentsHasNoPosts() {
    String page = statuspagePage("""
        <div class="page-status status-none"><span class="status font-large">
          All Systems Operational</span></div>
        <div class="components-container one-column">
          <div class="component-inner-container status-green">KVK API</div></div>
        <div class="incidents-list format-expanded">
          <div class="status-day font-regular no-incidents">
            <div class="date border-color font-large">Mar <var data-var="date">14</var>,
              <var data-var="year">2026</var></div>
            <p class="color-secondary">No incidents reported today.</p></div>
        </div>""");
    ReadOutcome outcome = reader.read(doc(page));
    assertThat(outcome).isEqualTo(new ReadOutcome.Posts("html_statuspage", List.of()));
  }

  @Test
  void readsTheSameUnderAnyDefaultZoneAndLocale() {
    List<Post> fastly = read(FASTLY, FASTLY_AT);
    List<Post> python = read(PYTHON, PYTHON_AT);
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      for (String id : new String[] {"Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata"}) {
        TimeZone.setDefault(TimeZone.getTimeZone(id));
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        assertThat(read(FASTLY, FASTLY_AT)).isEqualTo(fastly);
        assertThat(read(PYTHON, PYTHON_AT)).isEqualTo(python);
      }
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  static SourceDocument doc(String html) {
    return new SourceDocument(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
        "https://status.example.nl/");
  }

  static String statuspagePage(String content) {
    return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Status</title>"
        + "</head><body><div class=\"layout-content status status-index\"><div class=\"container\">"
        + content + "</div></div></body></html>";
  }
}
