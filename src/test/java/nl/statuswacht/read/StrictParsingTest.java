package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.statuswacht.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * A feed is parsed strictly first and through Rome's healer only when that fails (or when the
 * healer would read it differently): every capture under {@code fixtures/} and every rendering
 * of the reading corpus reads exactly as through the healer alone, and a feed only the healer can
 * mend still reads.
 */
class StrictParsingTest {
  private static final String URL = "https://status.example/history.atom";

  @Test
  void everyFixtureAndCorpusRenderingReadsAsThroughTheHealer() throws IOException {
    List<SourceDocument> documents = documents();
    int strict = 0;
    for (SourceDocument doc : documents) {
      assertThat(new FeedReader(true, 0).read(doc)).as(doc.location())
          .isEqualTo(new FeedReader(false).read(doc));
      strict += FeedReader.strictReadsAsHealed(doc.bytes()) ? 1 : 0;
    }
    assertThat(documents).hasSizeGreaterThan(60);
    assertThat(strict).as("documents parsed strictly first").isGreaterThan(50);
  }

  /**
   * Read a few entries at a time ({@link FeedBatches}), every document reads as it does whole:
   * the same posts in the same order, the same feed type, the same notes and refusals, with
   * batches of one entry, two, three and the reader's own.
   */
  @Test
  void everyDocumentReadInBatchesReadsAsWhole() throws IOException {
    List<SourceDocument> documents = documents();
    int cut = 0;
    for (SourceDocument doc : documents) {
      ReadOutcome whole = new FeedReader(true, 0).read(doc);
      for (int batch : new int[] {1, 2, 3, FeedReader.BATCH}) {
        assertThat(new FeedReader(true, batch).read(doc)).as(doc.location() + ", batch " + batch)
            .isEqualTo(whole);
      }
      cut += FeedReader.strictReadsAsHealed(doc.bytes()) && readsInBatches(doc) ? 1 : 0;
    }
    assertThat(cut).as("documents read in batches").isGreaterThan(50);
  }

  @Test
  void aFeedOnlyTheHealerReadsIsStillRead() {
    // a blank line and a comment before the XML declaration: not well-formed, which Rome's
    // healer mends by dropping them
    byte[] jira = Fixtures.bytes("real/generic-feeds/rome-jira_issue1.xml");
    assertThat(new String(jira, StandardCharsets.UTF_8)).startsWith("\n<!-- hackedString");

    ReadOutcome read = new FeedReader().read(new SourceDocument(jira, null, URL));

    assertThat(read).isInstanceOfSatisfying(ReadOutcome.Posts.class, posts ->
        assertThat(posts.posts()).hasSize(2));
    assertThat(read).isEqualTo(new FeedReader(false).read(new SourceDocument(jira, null, URL)));
  }

  @Test
  void aFeedWithHtmlEntitiesFailsStrictlyAndIsMendedByTheHealer() {
    String feed = nl.statuswacht.testing.Fixtures.atomFeed("""
        <entry><id>tag:status.kvk.nl,2005:Incident/9001</id>
        <published>2026-01-02T08:00:00Z</published>
        <link rel="alternate" type="text/html" href="https://status.kvk.nl/incidents/e1"/>
        <title>Storing&nbsp;KVK&nbsp;API &eacute;&eacute;n uur</title>
        <content type="html">Sinds 09.00 uur is de KVK API niet bereikbaar.</content></entry>
        """).strip();
    byte[] bytes = feed.getBytes(StandardCharsets.UTF_8);
    assertThat(FeedReader.strictReadsAsHealed(bytes)).as("tried strictly first").isTrue();

    ReadOutcome read = new FeedReader().read(new SourceDocument(bytes, null, URL));

    assertThat(read).isInstanceOfSatisfying(ReadOutcome.Posts.class, posts ->
        assertThat(posts.posts().get(0).title()).isEqualTo("Storing KVK API één uur"));
  }

  @Test
  void entityReferencesInsideCdataAreReadAsTheHealerReadsThem() {
    String feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Status</title><link>https://status.example</link>
        <description>x</description><item><title><![CDATA[Storing &amp; onderhoud]]></title>
        <link>https://status.example/incidents/c1</link>
        <description><![CDATA[<p>Sinds 09.00&nbsp;uur &eacute;&eacute;n storing.</p>]]></description>
        </item></channel></rss>
        """;
    byte[] bytes = feed.getBytes(StandardCharsets.UTF_8);
    assertThat(FeedReader.strictReadsAsHealed(bytes)).isFalse();

    assertThat(new FeedReader().read(new SourceDocument(bytes, null, URL)))
        .isEqualTo(new FeedReader(false).read(new SourceDocument(bytes, null, URL)));
    assertThat(FeedReader.strictReadsAsHealed(feed.replace("&amp;", "and")
        .replace("&nbsp;", " ").replace("&eacute;", "e").getBytes(StandardCharsets.UTF_8)))
        .as("CDATA without entity references").isTrue();
  }

  @Test
  void onlyDocumentsThatStartAsAsciiAreSearchedForCdata() {
    assertThat(FeedReader.strictReadsAsHealed("<rss/>".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(FeedReader.strictReadsAsHealed("\uFEFF<rss/>".getBytes(StandardCharsets.UTF_8)))
        .as("after a UTF-8 byte-order mark").isTrue();
    assertThat(FeedReader.strictReadsAsHealed("<rss/>".getBytes(StandardCharsets.UTF_16LE)))
        .isFalse();
    assertThat(FeedReader.strictReadsAsHealed("<rss/>".getBytes(StandardCharsets.UTF_16)))
        .isFalse();
    assertThat(FeedReader.strictReadsAsHealed(" <rss/>".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }

  /** Every capture under {@code fixtures/} and every rendering of the reading corpus. */
  private static List<SourceDocument> documents() throws IOException {
    List<SourceDocument> documents = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
      files.filter(Files::isRegularFile).sorted().forEach(file -> documents.add(
          new SourceDocument(bytes(file), null, file.toString())));
    }
    for (String split : Corpus.SPLITS.keySet()) {
      for (Corpus.Rendering rendering : Corpus.Rendering.values()) {
        documents.add(new SourceDocument(Corpus.render(Corpus.split(split), rendering)
            .getBytes(StandardCharsets.UTF_8), null, split + " " + rendering));
      }
    }
    return documents;
  }

  /** Whether {@link FeedBatches} cuts {@code doc} into batches (rather than leave it whole). */
  private static boolean readsInBatches(SourceDocument doc) {
    try (Reader reader = new XmlReader(new ByteArrayInputStream(doc.bytes()), true, "UTF-8")) {
      return new FeedBatches(2).read(reader, (feed, first) -> { });
    } catch (Exception e) {
      return false;
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
