package nl.statuswacht.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.statuswacht.model.Post;
import nl.statuswacht.read.DocumentReader;
import nl.statuswacht.read.ReadOutcome;
import nl.statuswacht.read.SourceDocument;

/**
 * The reading corpus of {@code src/test/resources/corpus/} (its README says the format), and its
 * posts rendered in three shapes a status page serves: Statuspage-style Atom and RSS history
 * feeds, the update timeline in each entry's HTML with times in UTC and no year, and a plain Dutch
 * RSS feed, its timeline as dated paragraphs in Amsterdam time. Each shape is read back through statuswacht's
 * own {@link DocumentReader}, so a post is classified as a poll would see it.
 */
public final class Corpus {
  private Corpus() {}

  /** The present for verdicts when a post names none. */
  public static final Instant AS_OF = Instant.parse("2026-11-28T12:00:00Z");

  /**
   * The files of each split, newest first: stormvloed, windhoos, hoosbui, zonnesteek, hittegolf, windvlaag, ijsregen, motregen, bliksem, bui, wolk, nevel, dauw, zon, wind, onweer, regen, storm, ijzel, vorst, mist, rijp, hagel, dooi,
   * ijs, schaats, tulp, sneeuw, valentijn, lichtmis, krokus, driekoningen, oudejaar, kerstvakantie, winterslaap,
   * herfstvakantie, zomertijd, koningsdag, pinksteren, carnaval, advies, oogst, sint, hemelvaart,
   * pasen, voorjaar, nieuwjaar, kerst, herfst, zomer, lente, february, november, october,
   * september, august, july, june, may, april, march, january, advent, winter, spare, december,
   * latest, fresh, unread, sealed, blind, unseen, final, test and holdout, each written by someone
   * who saw neither the reader nor the other posts, and validation, written before any tuning: each
   * measured blind once (BENCHMARKS.md) and tuned on since; training, tuned on from the start.
   */
  public static final Map<String, List<String>> SPLITS = splits();

  private static Map<String, List<String>> splits() {
    Map<String, List<String>> splits = new LinkedHashMap<>();
    splits.put("stormvloed", List.of("stormvloed.json"));
    splits.put("windhoos", List.of("windhoos.json"));
    splits.put("hoosbui", List.of("hoosbui.json"));
    splits.put("zonnesteek", List.of("zonnesteek.json"));
    splits.put("hittegolf", List.of("hittegolf.json"));
    splits.put("windvlaag", List.of("windvlaag.json"));
    splits.put("ijsregen", List.of("ijsregen.json"));
    splits.put("motregen", List.of("motregen.json"));
    splits.put("bliksem", List.of("bliksem.json"));
    splits.put("bui", List.of("bui.json"));
    splits.put("wolk", List.of("wolk.json"));
    splits.put("nevel", List.of("nevel.json"));
    splits.put("dauw", List.of("dauw.json"));
    splits.put("zon", List.of("zon.json"));
    splits.put("wind", List.of("wind.json"));
    splits.put("onweer", List.of("onweer.json"));
    splits.put("regen", List.of("regen.json"));
    splits.put("storm", List.of("storm.json"));
    splits.put("ijzel", List.of("ijzel.json"));
    splits.put("vorst", List.of("vorst.json"));
    splits.put("mist", List.of("mist.json"));
    splits.put("rijp", List.of("rijp.json"));
    splits.put("hagel", List.of("hagel.json"));
    splits.put("dooi", List.of("dooi.json"));
    splits.put("ijs", List.of("ijs.json"));
    splits.put("schaats", List.of("schaats.json"));
    splits.put("tulp", List.of("tulp.json"));
    splits.put("sneeuw", List.of("sneeuw.json"));
    splits.put("valentijn", List.of("valentijn.json"));
    splits.put("lichtmis", List.of("lichtmis.json"));
    splits.put("krokus", List.of("krokus.json"));
    splits.put("driekoningen", List.of("driekoningen.json"));
    splits.put("oudejaar", List.of("oudejaar.json"));
    splits.put("kerstvakantie", List.of("kerstvakantie.json"));
    splits.put("winterslaap", List.of("winterslaap.json"));
    splits.put("herfstvakantie", List.of("herfstvakantie.json"));
    splits.put("zomertijd", List.of("zomertijd.json"));
    splits.put("koningsdag", List.of("koningsdag.json"));
    splits.put("pinksteren", List.of("pinksteren.json"));
    splits.put("carnaval", List.of("carnaval.json"));
    splits.put("advies", List.of("advies.json"));
    splits.put("oogst", List.of("oogst.json"));
    splits.put("sint", List.of("sint.json"));
    splits.put("hemelvaart", List.of("hemelvaart.json"));
    splits.put("pasen", List.of("pasen.json"));
    splits.put("voorjaar", List.of("voorjaar.json"));
    splits.put("nieuwjaar", List.of("nieuwjaar.json"));
    splits.put("kerst", List.of("kerst.json"));
    splits.put("herfst", List.of("herfst.json"));
    splits.put("zomer", List.of("zomer.json"));
    splits.put("lente", List.of("lente.json"));
    splits.put("february", List.of("february.json"));
    splits.put("november", List.of("november.json"));
    splits.put("october", List.of("october.json"));
    splits.put("september", List.of("september.json"));
    splits.put("august", List.of("august.json"));
    splits.put("july", List.of("july.json"));
    splits.put("june", List.of("june.json"));
    splits.put("may", List.of("may.json"));
    splits.put("april", List.of("april.json"));
    splits.put("march", List.of("march.json"));
    splits.put("january", List.of("january.json"));
    splits.put("advent", List.of("advent.json"));
    splits.put("winter", List.of("winter.json"));
    splits.put("spare", List.of("spare.json"));
    splits.put("december", List.of("december.json"));
    splits.put("latest", List.of("latest.json"));
    splits.put("fresh", List.of("fresh.json"));
    splits.put("unread", List.of("unread.json"));
    splits.put("sealed", List.of("sealed.json"));
    splits.put("blind", List.of("blind.json"));
    splits.put("unseen", List.of("unseen.json"));
    splits.put("final", List.of("final.json"));
    splits.put("test", List.of("test.json"));
    splits.put("holdout", List.of("holdout.json"));
    splits.put("validation", List.of("validation.json"));
    splits.put("training", List.of("training-incidents.json", "training-maintenance.json"));
    return Collections.unmodifiableMap(splits);
  }

  /** One post of the corpus. */
  public record Entry(String id, String kind, String title, List<Update> updates, Instant asOf,
      JsonNode expected) {}

  /** One update of a post, as written in the corpus. */
  public record Update(OffsetDateTime at, String status, String body) {}

  /** The renderings: Statuspage's Atom and RSS history feeds, and a plain Dutch RSS feed. */
  public enum Rendering { STATUSPAGE_ATOM, STATUSPAGE_RSS, PLAIN_RSS }

  /** The posts of one split, in file order. */
  public static List<Entry> split(String name) {
    List<Entry> entries = new ArrayList<>();
    for (String file : SPLITS.get(name)) {
      entries.addAll(load(file));
    }
    return entries;
  }

  static List<Entry> load(String file) {
    try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus file " + file);
      }
      List<Entry> entries = new ArrayList<>();
      for (JsonNode post : new ObjectMapper().readTree(in)) {
        List<Update> updates = new ArrayList<>();
        for (JsonNode u : post.get("updates")) {
          updates.add(new Update(OffsetDateTime.parse(u.get("at").asText()),
              u.path("status").asText(""), u.get("body").asText()));
        }
        Instant asOf = post.hasNonNull("asOf") ? Instant.parse(post.get("asOf").asText()) : AS_OF;
        entries.add(new Entry(post.get("id").asText(), post.get("kind").asText(),
            post.get("title").asText(), updates, asOf, post.get("expected")));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("corpus/" + file + ": " + e.getMessage(), e);
    }
  }

  /** Every post rendered in {@code rendering} and read back, by corpus id. */
  public static Map<String, Post> read(List<Entry> entries, Rendering rendering) {
    String document = render(entries, rendering);
    DocumentReader.Reading reading = new DocumentReader().read(new SourceDocument(
        document.getBytes(StandardCharsets.UTF_8), null, rendering.name()));
    if (!(reading.outcome() instanceof ReadOutcome.Posts posts)) {
      throw new IllegalStateException(rendering + " was not read: " + reading.outcome());
    }
    Map<String, Post> byId = new LinkedHashMap<>();
    for (Post post : posts.posts()) {
      String link = post.link();
      byId.put(link.substring(link.lastIndexOf('/') + 1), post);
    }
    return byId;
  }

  /** The document of {@code entries} in {@code rendering}. */
  public static String render(List<Entry> entries, Rendering rendering) {
    return switch (rendering) {
      case STATUSPAGE_ATOM -> atom(entries);
      case STATUSPAGE_RSS -> statuspageRss(entries);
      case PLAIN_RSS -> rss(entries);
    };
  }

  private static final String BASE = "https://status.kvk.nl";
  private static final DateTimeFormatter ISO_UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;
  private static final String[] MONTHS_EN = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
      "Aug", "Sep", "Oct", "Nov", "Dec"};
  private static final String[] MONTHS_NL = {"januari", "februari", "maart", "april", "mei",
      "juni", "juli", "augustus", "september", "oktober", "november", "december"};

  /** Statuspage's RSS history feed: the Atom feed's entries as items, dated at their last update. */
  static String statuspageRss(List<Entry> entries) {
    StringBuilder r = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>KVK Status - Incident History</title>
            <link>https://status.kvk.nl</link>
            <description>Statuspage</description>
        """);
    for (Entry e : entries) {
      r.append("    <item>\n")
          .append("      <title>").append(xml(e.title())).append("</title>\n")
          .append("      <description>").append(xml(timelineHtml(e))).append("</description>\n")
          .append("      <pubDate>").append(RFC_1123.format(last(e).at()
              .withOffsetSameInstant(ZoneOffset.UTC))).append("</pubDate>\n")
          .append("      <link>").append(BASE).append("/incidents/").append(e.id())
          .append("</link>\n")
          .append("      <guid>").append(BASE).append("/incidents/").append(e.id())
          .append("</guid>\n")
          .append("    </item>\n");
    }
    return r.append("  </channel>\n</rss>\n").toString();
  }

  /** A post's updates as Statuspage writes them in its feeds: newest first, times in UTC. */
  private static String timelineHtml(Entry e) {
    StringBuilder html = new StringBuilder();
    for (int i = e.updates().size() - 1; i >= 0; i--) {
      Update u = e.updates().get(i);
      OffsetDateTime t = u.at().withOffsetSameInstant(ZoneOffset.UTC);
      html.append(String.format(Locale.ROOT, "<p><small>%s <var data-var='date'>%2d</var>, "
              + "<var data-var='time'>%02d:%02d</var> UTC</small><br><strong>%s</strong> - %s"
              + "</p>", MONTHS_EN[t.getMonthValue() - 1], t.getDayOfMonth(), t.getHour(),
          t.getMinute(), xml(u.status()), lines(u.body())));
    }
    return html.toString();
  }

  /** A Statuspage history feed: one entry per post, its updates newest first, times in UTC. */
  static String atom(List<Entry> entries) {
    StringBuilder a = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xml:lang="nl-NL" xmlns="http://www.w3.org/2005/Atom">
          <id>tag:status.kvk.nl,2005:/history</id>
          <link rel="alternate" type="text/html" href="https://status.kvk.nl"/>
          <title>KVK Status - Incident History</title>
        """);
    Instant latest = entries.stream().map(e -> last(e).at().toInstant())
        .max(Comparator.naturalOrder()).orElse(AS_OF);
    a.append("  <updated>").append(ISO_UTC.format(latest.atOffset(ZoneOffset.UTC)))
        .append("</updated>\n");
    int number = 1000;
    for (Entry e : entries) {
      String html = timelineHtml(e);
      String stamp = ISO_UTC.format(last(e).at().withOffsetSameInstant(ZoneOffset.UTC));
      a.append("  <entry>\n")
          .append("    <id>tag:status.kvk.nl,2005:Incident/").append(number++).append("</id>\n")
          .append("    <published>").append(stamp).append("</published>\n")
          .append("    <updated>").append(stamp).append("</updated>\n")
          .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(BASE)
          .append("/incidents/").append(e.id()).append("\"/>\n")
          .append("    <title>").append(xml(e.title())).append("</title>\n")
          .append("    <content type=\"html\">").append(xml(html))
          .append("</content>\n")
          .append("  </entry>\n");
    }
    return a.append("</feed>\n").toString();
  }

  /** A plain Dutch feed: one item per post dated at its first update, dated paragraphs. */
  static String rss(List<Entry> entries) {
    StringBuilder r = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
          <channel>
            <title>KVK statusberichten</title>
            <link>https://status.kvk.nl</link>
            <description>Storingen, onderhoud en wijzigingen</description>
            <language>nl-nl</language>
        """);
    for (Entry e : entries) {
      StringBuilder body = new StringBuilder();
      for (Update u : e.updates()) {
        OffsetDateTime t = u.at();
        body.append(String.format(Locale.ROOT, "<p><em>%d %s %d %02d:%02d — %s</em><br/>%s</p>",
            t.getDayOfMonth(), MONTHS_NL[t.getMonthValue() - 1], t.getYear(), t.getHour(),
            t.getMinute(), xml(u.status()), lines(u.body())));
      }
      r.append("    <item>\n")
          .append("      <title>").append(xml(e.title())).append("</title>\n")
          .append("      <link>").append(BASE).append("/berichten/").append(e.id())
          .append("</link>\n")
          .append("      <guid isPermaLink=\"false\">kvk-").append(e.id()).append("</guid>\n")
          .append("      <pubDate>").append(RFC_1123.format(e.updates().get(0).at()))
          .append("</pubDate>\n")
          .append("      <description>").append(xml(body.toString())).append("</description>\n")
          .append("    </item>\n");
    }
    return r.append("  </channel>\n</rss>\n").toString();
  }

  private static Update last(Entry e) {
    return e.updates().get(e.updates().size() - 1);
  }

  /** A body's text in HTML, its line breaks as {@code <br />}, as Statuspage writes them. */
  private static String lines(String body) {
    return xml(body).replace("\n", "<br />");
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
