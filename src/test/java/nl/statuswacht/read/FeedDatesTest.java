package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.statuswacht.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * {@link FeedDates#impossible} finds what a plain regex search over the whole text finds (its
 * first version, kept here as the reference): on every capture under {@code fixtures/}, every
 * rendering of the reading corpus, and feeds with impossible dates.
 */
class FeedDatesTest {
  private static final Pattern ENTRY = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?(?:item|entry)"
      + "[\\s>/]");
  private static final Pattern DATE = Pattern.compile("<((?:[A-Za-z_][\\w.-]*:)?(?:pubDate"
      + "|published|updated|date|issued|modified))(?:\\s[^>]*)?>\\s*([^<]{4,80}?)\\s*</\\1>");

  @Test
  void findsWhatASearchOfTheWholeTextFinds() throws IOException {
    List<byte[]> documents = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        documents.add(Files.readAllBytes(file));
      }
    }
    for (String split : Corpus.SPLITS.keySet()) {
      for (Corpus.Rendering rendering : Corpus.Rendering.values()) {
        documents.add(Corpus.render(Corpus.split(split), rendering)
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    documents.add(nl.statuswacht.testing.Fixtures.atomFeed("""
        <entry><id>a</id><published>2026-01-32T10:00:00Z</published></entry>
        <entry><id>b</id><updated> 2026-02-29T10:00:00Z </updated></entry>
        <entry><id>c</id><updated>2024-02-29T10:00:00Z</updated></entry>
        <entry><id>d</id><title>Storing — één dienst</title>
        <published>2026-01-32T10:00:00Z — €</published></entry>
        """).getBytes(StandardCharsets.UTF_8));
    documents.add("""
        <rss><channel><item><pubDate>Sat, 32 Jan 2026 10:00:00 GMT</pubDate></item>
        <item><dc:date>2026-04-31</dc:date><pubDate>Thu, 30 Apr 2026 10:00:00 GMT</pubDate></item>
        <item><pubDate>Mon, 30 Feb 26 10:00:00 GMT</pubDate></item></channel></rss>
        """.getBytes(StandardCharsets.UTF_8));
    int found = 0;
    for (byte[] document : documents) {
      String xml = new String(document, StandardCharsets.UTF_8);
      int entries = (int) ENTRY.matcher(xml).results().count();
      Map<Integer, String> expected = reference(xml, entries);
      assertThat(FeedDates.impossible(document, entries)).isEqualTo(expected);
      assertThat(FeedDates.impossible(document, entries + 1)).isEmpty();
      found += expected.size();
    }
    assertThat(found).as("impossible dates among them").isEqualTo(6);
  }

  private static Map<Integer, String> reference(String xml, int entries) {
    List<Integer> starts = new ArrayList<>();
    Matcher entry = ENTRY.matcher(xml);
    while (entry.find()) {
      starts.add(entry.start());
    }
    Map<Integer, String> bad = new LinkedHashMap<>();
    if (starts.size() != entries) {
      return bad;
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : xml.length();
      Matcher date = DATE.matcher(xml).region(starts.get(i), end);
      while (date.find()) {
        String written = date.group(2).strip();
        if (!FeedDates.possible(written)) {
          bad.put(i, date.group(1) + " \"" + written + "\"");
          break;
        }
      }
    }
    return bad;
  }
}
