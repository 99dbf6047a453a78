package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import nl.statuswacht.model.Post;
import org.junit.jupiter.api.Test;

/** How entries become posts: ids, links, dates, text. */
class EntryMappingTest {

  private static Post only(String rssItems, String location) {
    String xml =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + "<link>https://status.example/</link><description>d</description>"
            + rssItems
            + "</channel></rss>";
    ReadOutcome out =
        new FeedReader().read(new SourceDocument(xml.getBytes(StandardCharsets.UTF_8), null, location));
    return ((ReadOutcome.Posts) out).posts().get(0);
  }

  @Test
  void relativeLinkIsResolvedAgainstTheFeedLink() {
    Post p = only("<item><title>a</title><link> /incidents/x1 </link></item>", "file:feed.rss");
    assertThat(p.link()).isEqualTo("https://status.example/incidents/x1");
  }

  @Test
  void withoutGuidOrLinkTheIdIsAContentHash() {
    Post p =
        only(
            "<item><title>Storing &amp; meer</title><description>&lt;p&gt;Tekst  hier&lt;/p&gt;"
                + "</description></item>",
            "https://status.example/feed.rss");
    assertThat(p.id()).matches("sha256:[0-9a-f]{64}");
    assertThat(p.link()).isNull();
    assertThat(p.title()).isEqualTo("Storing & meer");
    assertThat(p.body()).isEqualTo("Tekst hier");
  }

  @Test
  void aContentHashIdIsOfTheBodyInOneLineSoThatKeptLineBreaksChangeNoId() {
    Post lines = only("<item><title>a</title><description>&lt;p&gt;Gepland&lt;br&gt;22:00 tot"
        + " 02:00&lt;/p&gt;&lt;p&gt;KVK API&lt;/p&gt;</description></item>", "https://s.example/");
    Post oneLine = only("<item><title>a</title><description>Gepland 22:00 tot 02:00 KVK API"
        + "</description></item>", "https://s.example/");
    assertThat(lines.body()).isEqualTo("Gepland\n22:00 tot 02:00\n\nKVK API");
    // the id earlier versions stored for the same entry, when they read its body in one line
    assertThat(lines.id()).isEqualTo(oneLine.id());
  }

  @Test
  void onlyTheDatesTheEntryGivesAreSet() {
    Post p =
        only(
            "<item><title>a</title><guid>g1</guid><pubDate>Wed, 31 Dec 2025 09:00:00 +0100</pubDate>"
                + "</item>",
            "https://status.example/feed.rss");
    assertThat(p.id()).isEqualTo("g1");
    assertThat(p.published()).isEqualTo(Instant.parse("2025-12-31T08:00:00Z"));
    assertThat(p.updated()).isNull();
  }
}
