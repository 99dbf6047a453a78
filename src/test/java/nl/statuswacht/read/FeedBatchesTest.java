package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.synd.SyndEntry;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import nl.statuswacht.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A feed read a few entries at a time: each batch is the feed's head with the next entries, and
 * a document whose head does not all come before its entries is left to be read whole.
 */
class FeedBatchesTest {
  private static final String URL = "https://status.example/history.atom";

  private static String entry(int n) {
    return """
        <entry><id>tag:status.example,2005:Incident/%d</id>
        <published>2026-01-0%dT08:00:00Z</published><updated>2026-01-0%dT08:00:00Z</updated>
        <link rel="alternate" type="text/html" href="https://status.example/incidents/%d"/>
        <title>Storing %d</title><content type="html">Sinds 09.00 uur storing %d.</content></entry>
        """.formatted(n, n, n, n, n, n);
  }

  @Test
  void fiveEntriesInBatchesOfTwoAreThreeFeedsWithTheHeadEach() throws Exception {
    StringBuilder entries = new StringBuilder();
    for (int n = 1; n <= 5; n++) {
      entries.append(entry(n));
    }
    String feed = Fixtures.atomFeed(entries.toString());
    List<Integer> firsts = new ArrayList<>();
    List<List<String>> titles = new ArrayList<>();
    List<String> feedTitles = new ArrayList<>();

    boolean cut = new FeedBatches(2).read(new StringReader(feed), (batch, first) -> {
      firsts.add(first);
      titles.add(batch.getEntries().stream().map(SyndEntry::getTitle).toList());
      feedTitles.add(batch.getTitle());
    });

    assertThat(cut).isTrue();
    assertThat(firsts).containsExactly(0, 2, 4);
    assertThat(titles).containsExactly(List.of("Storing 1", "Storing 2"),
        List.of("Storing 3", "Storing 4"), List.of("Storing 5"));
    assertThat(feedTitles).containsOnly("KVK Status");
  }

  @Test
  void aFeedWithoutEntriesIsOneBatchOfItsHead() throws Exception {
    List<Integer> sizes = new ArrayList<>();
    List<String> types = new ArrayList<>();

    boolean cut = new FeedBatches(2).read(new StringReader(Fixtures.atomFeed("")),
        (batch, first) -> {
          sizes.add(batch.getEntries().size());
          types.add(batch.getFeedType());
        });

    assertThat(cut).isTrue();
    assertThat(sizes).containsExactly(0);
    assertThat(types).containsExactly("atom_1.0");
  }

  /** RSS 2.0 that names its own address after the items: that part of the head comes late. */
  private static final String LATE_HEAD = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
      <title>Status</title><link>https://status.example</link><description>x</description>
      <item><title>Storing 1</title><link>https://status.example/incidents/1</link>
      <pubDate>Fri, 02 Jan 2026 08:00:00 GMT</pubDate></item>
      <item><title>Storing 2</title><link>https://status.example/incidents/2</link>
      <pubDate>Sat, 03 Jan 2026 08:00:00 GMT</pubDate></item>
      <language>nl</language>
      </channel></rss>
      """;

  @Test
  void aHeadElementAfterAnEntryLeavesTheDocumentToBeReadWhole() throws Exception {
    assertThat(new FeedBatches(1).read(new StringReader(LATE_HEAD), (batch, first) -> { }))
        .isFalse();

    // read whole instead, as every document was before batches
    SourceDocument doc = new SourceDocument(LATE_HEAD.getBytes(StandardCharsets.UTF_8), null, URL);
    ReadOutcome read = new FeedReader(true, 1).read(doc);
    assertThat(read).isEqualTo(new FeedReader(true, 0).read(doc));
    assertThat(read).isInstanceOfSatisfying(ReadOutcome.Posts.class, posts ->
        assertThat(posts.posts()).extracting(p -> p.title())
            .containsExactly("Storing 1", "Storing 2"));
  }

  @Test
  void aDoctypeIsLeftToTheWholeReadingWhichRefusesIt() throws Exception {
    String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY x \"y\">]>\n"
        + Fixtures.atomFeed(entry(1)).replaceFirst("^<\\?xml[^>]*>\\s*", "");

    assertThat(new FeedBatches(1).read(new StringReader(feed), (batch, first) -> { })).isFalse();
    assertThat(new FeedReader().read(new SourceDocument(feed.getBytes(StandardCharsets.UTF_8),
        null, URL))).isInstanceOfSatisfying(ReadOutcome.Refused.class, refused ->
            assertThat(refused.reason()).contains("DOCTYPE"));
  }

  @Test
  void anExternalDtdIsNeverFetched() throws Exception {
    java.nio.file.Path dtd = java.nio.file.Files.createTempFile("feed", ".dtd");
    java.nio.file.Files.writeString(dtd, "<!ENTITY x \"y\">");
    try {
      String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed SYSTEM \"" + dtd.toUri() + "\">\n"
          + Fixtures.atomFeed(entry(1).replace("Storing 1", "Storing &x;"))
              .replaceFirst("^<\\?xml[^>]*>\\s*", "");

      // the StAX reader refuses to open it (access to external DTDs is off): the whole reading
      // then refuses the DOCTYPE
      assertThatThrownBy(() -> new FeedBatches(1).read(new StringReader(feed), (b, f) -> { }))
          .hasStackTraceContaining("accessExternalDTD");
    } finally {
      java.nio.file.Files.delete(dtd);
    }
  }

  @Test
  void whatFollowsTheRootMustBeWellFormedToo() {
    String feed = Fixtures.atomFeed(entry(1)) + "<trailing>";

    assertThatThrownBy(() -> new FeedBatches(1).read(new StringReader(feed), (b, f) -> { }))
        .isInstanceOf(XMLStreamException.class);
  }

  @Test
  void anEntityTheDocumentNeverDeclaredIsAnError() {
    String feed = Fixtures.atomFeed(entry(1).replace("Storing 1", "Storing&nbsp;1"));

    assertThatThrownBy(() -> new FeedBatches(1).read(new StringReader(feed), (b, f) -> { }))
        .hasStackTraceContaining("The entity \"nbsp\" was referenced, but not declared");
  }
}
