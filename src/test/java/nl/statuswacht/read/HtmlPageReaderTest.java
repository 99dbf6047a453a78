package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** {@link HtmlPageReader} with selectors of one's own, and the documents it must refuse. */
class HtmlPageReaderTest {
  static final String MELDINGEN = "https://status.example.nl/meldingen";

  /** A hand-written Dutch page: one post with two updates, one with a year, one without. */
  static final String DUTCH_PAGE = """
      <!DOCTYPE html>
      <html lang="nl"><head><meta charset="utf-8"><title>Storingen en onderhoud</title></head>
      <body><main>
        <article class="melding">
          <h2><a href="/meldingen/2026-031">Storing KVK API</a></h2>
          <div class="stap"><time datetime="2026-03-14T22:15:00+01:00">14 maart, 22:15</time>
            <span class="status">Opgelost</span><p>De storing is verholpen.</p></div>
          <div class="stap"><time datetime="2026-03-14T21:00:00+01:00">14 maart, 21:00</time>
            <span class="status">Onderzoek</span><p>De KVK API geeft foutmeldingen.</p></div>
        </article>
        <article class="melding">
          <h2><a href="2026-030/">Gepland onderhoud Dataservice</a></h2>
          <div class="stap"><time>12 maart 2026 09:30</time><span class="status">Gepland</span>
            <p>Op 20 maart van 06:00 tot 08:00 is de Dataservice niet beschikbaar.</p></div>
        </article>
        <article class="melding">
          <h2><a href="#wijziging">Wijziging Mutatieservice</a></h2>
          <div class="stap"><time>13 maart 10:00</time><span class="status">Aangekondigd</span>
            <p>Zonder jaartal.</p></div>
        </article>
      </main></body></html>
      """;

  static HtmlSelectors dutch(ZoneId zone) {
    return HtmlSelectors.of("article.melding", "h2", "h2 a", "time", ".status", "p", ".stap",
        zone);
  }

  static SourceDocument doc(String html, String location) {
    return new SourceDocument(html.getBytes(StandardCharsets.UTF_8), "text/html", location);
  }

  static List<Post> posts(ReadOutcome outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Posts.class);
    return ((ReadOutcome.Posts) outcome).posts();
  }

  @Test
  void readsAPageWithItsOwnSelectors() {
    ReadOutcome outcome = new HtmlPageReader(dutch(ZoneId.of("Europe/Amsterdam")))
        .read(doc(DUTCH_PAGE, MELDINGEN));
    assertThat(((ReadOutcome.Posts) outcome).format()).isEqualTo("html_selectors");
    List<Post> posts = posts(outcome);
    assertThat(posts).hasSize(3);

    Post storing = posts.get(0);
    assertThat(storing.id()).isEqualTo("2026-031");
    assertThat(storing.title()).isEqualTo("Storing KVK API");
    assertThat(storing.link()).isEqualTo("https://status.example.nl/meldingen/2026-031");
    assertThat(storing.updates()).containsExactly(
        new PostUpdate(Instant.parse("2026-03-14T20:00:00Z"), "Onderzoek",
            "De KVK API geeft foutmeldingen."),
        new PostUpdate(Instant.parse("2026-03-14T21:15:00Z"), "Opgelost",
            "De storing is verholpen."));
    assertThat(storing.published()).isEqualTo(Instant.parse("2026-03-14T20:00:00Z"));
    assertThat(storing.updated()).isEqualTo(Instant.parse("2026-03-14T21:15:00Z"));
    assertThat(storing.hints()).isEqualTo(PlatformHints.NONE);

    // a local time read in the configured zone: 09:30 in Amsterdam on 12 March 2026 is 08:30 UTC
    Post onderhoud = posts.get(1);
    assertThat(onderhoud.id()).isEqualTo("2026-030");
    assertThat(onderhoud.link()).isEqualTo("https://status.example.nl/2026-030/");
    assertThat(onderhoud.updates()).containsExactly(new PostUpdate(
        Instant.parse("2026-03-12T08:30:00Z"), "Gepland",
        "Op 20 maart van 06:00 tot 08:00 is de Dataservice niet beschikbaar."));

    // "13 maart 10:00": no year on the element and no date context on the page: dropped
    Post wijziging = posts.get(2);
    assertThat(wijziging.id()).isEqualTo("https://status.example.nl/meldingen#wijziging");
    assertThat(wijziging.title()).isEqualTo("Wijziging Mutatieservice");
    assertThat(wijziging.updates()).isEmpty();
    assertThat(wijziging.published()).isNull();
  }

  @Test
  void dropsLocalTimesWhenNoZoneIsConfigured() {
    List<Post> posts = posts(new HtmlPageReader(dutch(null)).read(doc(DUTCH_PAGE, MELDINGEN)));
    assertThat(posts.get(0).updates()).hasSize(2);
    assertThat(posts.get(1).updates()).isEmpty();
  }

  @Test
  void readsTheSameUnderAnotherDefaultZone() {
    HtmlPageReader reader = new HtmlPageReader(dutch(ZoneId.of("Europe/Amsterdam")));
    List<Post> expected = posts(reader.read(doc(DUTCH_PAGE, MELDINGEN)));
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/Sao_Paulo"));
      assertThat(posts(reader.read(doc(DUTCH_PAGE, MELDINGEN)))).isEqualTo(expected);
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
      assertThat(posts(reader.read(doc(DUTCH_PAGE, MELDINGEN)))).isEqualTo(expected);
    } finally {
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void refusesATruncatedPage() {
    String whole = Fixtures.text(HtmlPageReaderStatuspageTest.FASTLY);
    // cut inside the Past Incidents list, after three whole days: it must not read as fewer posts
    byte[] cut = whole.substring(0, whole.indexOf("Jan <var data-var=\"date\">19</var>"))
        .getBytes(StandardCharsets.UTF_8);
    ReadOutcome outcome = new HtmlPageReader(HtmlSelectors.STATUSPAGE).read(new SourceDocument(
        cut, "text/html; charset=utf-8", "https://889dh1w1xtt0.statuspage.io/"));
    assertThat(outcome).isEqualTo(new ReadOutcome.Refused("read: https://889dh1w1xtt0"
        + ".statuspage.io/ is truncated: no closing </html> or </body> in its " + cut.length
        + " bytes"));

    String dutchCut = DUTCH_PAGE.substring(0, DUTCH_PAGE.indexOf("<article class=\"melding\">",
        DUTCH_PAGE.indexOf("Storing KVK API")));
    assertThat(new HtmlPageReader(dutch(null)).read(doc(dutchCut, MELDINGEN)))
        .isInstanceOf(ReadOutcome.Refused.class)
        .extracting(r -> ((ReadOutcome.Refused) r).reason()).asString().contains("is truncated");
  }

  @Test
  void refusesAnUnrelatedPage() {
    String page = "<!DOCTYPE html><html><head><title>Welkom</title></head>"
        + "<body><h1>Welkom bij ons bedrijf</h1><p>Hier is geen status.</p></body></html>";
    assertThat(new HtmlPageReader(HtmlSelectors.STATUSPAGE)
        .read(doc(page, "https://www.example.nl/")))
        .isEqualTo(new ReadOutcome.Refused("read: https://www.example.nl/ does not look like a"
            + " status page (no element matches '.unresolved-incident, .scheduled-maintenance,"
            + " .incident-container')"));
    assertThat(new HtmlPageReader(dutch(null)).read(doc(page, "https://www.example.nl/")))
        .isEqualTo(new ReadOutcome.Refused("read: https://www.example.nl/ does not look like a"
            + " status page (no element matches 'article.melding')"));
  }

  @Test
  void refusesEmptyAndNonHtmlDocuments() {
    HtmlPageReader reader = new HtmlPageReader(HtmlSelectors.STATUSPAGE);
    assertThat(reader.read(new SourceDocument(new byte[0], "text/html", "https://a.example/")))
        .isEqualTo(new ReadOutcome.Refused("read: https://a.example/ is empty"));
    assertThat(reader.read(doc(" \n\t ", "https://a.example/")))
        .isEqualTo(new ReadOutcome.Refused("read: https://a.example/ is empty"));
    assertThat(reader.read(doc("{\"incidents\": []}", "https://a.example/api/v2/incidents.json")))
        .isEqualTo(new ReadOutcome.Refused("read: https://a.example/api/v2/incidents.json is not"
            + " an HTML page (no <html> or <body> in it)"));
  }

  @Test
  void neverThrowsOnGarbage() {
    byte[] garbage = new byte[4096];
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = (byte) (i * 31 + 7);
    }
    byte[] withEnd = Arrays.copyOf(garbage, garbage.length + 7);
    System.arraycopy("</html>".getBytes(StandardCharsets.US_ASCII), 0, withEnd, garbage.length, 7);
    HtmlPageReader reader = new HtmlPageReader(HtmlSelectors.STATUSPAGE);
    assertThat(reader.read(new SourceDocument(withEnd, "text/html; charset=bogus-9",
        "file:///tmp/x"))).isInstanceOf(ReadOutcome.Refused.class);
    assertThat(reader.read(new SourceDocument(garbage, null, "not a uri at all")))
        .isInstanceOf(ReadOutcome.Refused.class);
  }

  @Test
  void takesTheCharsetFromTheContentTypeElseFromTheMetaTag() {
    String page = "<html><head><meta charset=\"iso-8859-1\"></head><body>"
        + "<article class=\"melding\"><h2><a href=\"/m/1\">Storing caf\u00e9-API</a></h2>"
        + "</article></body></html>";
    byte[] latin1 = page.getBytes(StandardCharsets.ISO_8859_1);
    HtmlPageReader reader = new HtmlPageReader(dutch(null));
    assertThat(posts(reader.read(new SourceDocument(latin1, null, MELDINGEN))).get(0).title())
        .isEqualTo("Storing caf\u00e9-API");
    byte[] utf8 = page.replace("iso-8859-1", "utf-8").getBytes(StandardCharsets.UTF_8);
    assertThat(posts(reader.read(new SourceDocument(utf8, "text/html", MELDINGEN))).get(0).title())
        .isEqualTo("Storing caf\u00e9-API");
    // the header wins over the meta tag
    assertThat(posts(reader.read(new SourceDocument(latin1, "text/html; charset=ISO-8859-1",
        MELDINGEN))).get(0).title()).isEqualTo("Storing caf\u00e9-API");
  }

  @Test
  void selectorsAreCheckedWhenMade() {
    assertThatThrownBy(() -> HtmlSelectors.of("article[", "h2", null, null, null, null, null,
        null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("post selector");
    assertThatThrownBy(() -> HtmlSelectors.of(" ", null, null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("post");
    assertThatThrownBy(() -> HtmlSelectors.of("article", "h2", null, "time,,", null, null, null,
        null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time selector");
    assertThat(HtmlSelectors.STATUSPAGE.time()).isEqualTo("> small");
  }
}
