package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.statuswacht.model.Post;
import nl.statuswacht.testing.Corpus;
import nl.statuswacht.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A reading with the memo of the document's last reading ({@link EntryMemo}) gives what a reading
 * without it gives, whatever the memo holds; an entry that did not change is the very post of the
 * last reading, not mapped again, also when the feed's own time moved with the change; an entry
 * read under another head (its {@code xml:base}) is read again.
 */
class EntryMemoTest {
  private static final String LOCATION = "https://status.kvk.nl/history.atom";
  private static final String FEED = Fixtures.text("kvk/site/history.atom");

  @Test
  void aReadingWithTheMemoOfAnyOtherReadsAsWithout() throws IOException {
    List<byte[]> documents = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        documents.add(Files.readAllBytes(file));
      }
    }
    for (String split : List.of("training", "latest")) {
      for (Corpus.Rendering rendering : Corpus.Rendering.values()) {
        documents.add(Corpus.render(Corpus.split(split), rendering)
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    // the same entries under another feed link, or another language: other posts (the links
    // resolved against the feed's, the times of a Dutch feed in Amsterdam time)
    String relative = FEED.replace("https://status.kvk.nl/incidents/", "incidents/");
    documents.add(relative.getBytes(StandardCharsets.UTF_8));
    documents.add(relative.replace("href=\"https://status.kvk.nl\"",
        "href=\"https://status.example/\"").getBytes(StandardCharsets.UTF_8));
    String plain = Corpus.render(Corpus.split("latest"), Corpus.Rendering.PLAIN_RSS);
    documents.add(plain.getBytes(StandardCharsets.UTF_8));
    documents.add(plain.replace("<language>nl-nl</language>", "")
        .getBytes(StandardCharsets.UTF_8));
    documents.add(plain.getBytes(StandardCharsets.UTF_8));
    // the feed's own time changed (not part of an entry's key), and the xml:base entries are read
    // under (part of it)
    documents.add(FEED.replaceFirst("<updated>[^<]*</updated>", "<updated>2026-02-01T00:00:00Z"
        + "</updated>").getBytes(StandardCharsets.UTF_8));
    documents.add(relative.replace("<feed ", "<feed xml:base=\"https://elsewhere.example/\" ")
        .getBytes(StandardCharsets.UTF_8));
    documents.add(plain.replace("<channel>", "<channel><lastBuildDate>Mon, 02 Feb 2026 10:00:00"
        + " GMT</lastBuildDate><pubDate>Mon, 02 Feb 2026 10:00:00 GMT</pubDate>")
        .getBytes(StandardCharsets.UTF_8));
    EntryMemo memo = new EntryMemo();
    FeedReader reader = new FeedReader();
    for (byte[] document : documents) {
      SourceDocument doc = new SourceDocument(document, null, LOCATION);
      assertThat(reader.read(doc, memo)).isEqualTo(reader.read(doc));
      assertThat(reader.read(doc, memo)).as("read again with its own memo")
          .isEqualTo(reader.read(doc));
    }
  }

  @Test
  void onlyTheEntryThatChangedIsMappedAgain() {
    EntryMemo memo = new EntryMemo();
    FeedReader reader = new FeedReader();
    List<Post> before = posts(reader.read(doc(FEED), memo));
    assertThat(memo.reused()).isZero();
    String changed = Fixtures.editAtomEntry(FEED, "tag:status.kvk.nl,2005:Incident/1002",
        entry -> entry.replace("Alle signalen zijn weer actueel.",
            "Alle signalen zijn weer actueel; excuses voor het ongemak."));

    List<Post> after = posts(reader.read(doc(changed), memo));

    assertThat(memo.reused()).isEqualTo(19);
    assertThat(memo.size()).isEqualTo(20);
    for (int i = 0; i < after.size(); i++) {
      if (after.get(i).body().contains("excuses")) {
        assertThat(after.get(i)).isNotEqualTo(before.get(i));
      } else {
        assertThat(after.get(i)).as("the very post of the last reading").isSameAs(before.get(i));
      }
    }
    assertThat(after).isEqualTo(posts(reader.read(doc(changed))));
  }

  @Test
  void anEntryOfAFeedWhoseOwnTimeMovedWithItIsNotReadAgain() {
    EntryMemo memo = new EntryMemo();
    FeedReader reader = new FeedReader();
    List<Post> before = posts(reader.read(doc(FEED), memo));
    String changed = Fixtures.editAtomEntry(FEED, "tag:status.kvk.nl,2005:Incident/1002",
        entry -> entry.replace("Alle signalen zijn weer actueel.",
            "Alle signalen zijn weer actueel; excuses voor het ongemak."))
        .replaceFirst("<updated>[^<]*</updated>", "<updated>2026-02-01T00:00:00Z</updated>");
    assertThat(changed).contains("<updated>2026-02-01T00:00:00Z</updated>");

    List<Post> after = posts(reader.read(doc(changed), memo));

    assertThat(memo.reused()).isEqualTo(19);
    assertThat(after).isEqualTo(posts(reader.read(doc(changed))));
    assertThat(after.stream().filter(post -> before.stream().anyMatch(b -> b == post)))
        .hasSize(19);
  }

  @Test
  void anEntryThatMovedIsFoundWhereverItIsNow() {
    String d03 = "tag:status.kvk.nl,2005:Incident/1002";
    StringBuilder entry = new StringBuilder();
    Fixtures.editAtomEntry(FEED, d03, text -> {
      entry.append(text);
      return text;
    });
    // d03 taken from the top and put after the last entry; a new entry first (the feed's head, up
    // to the first entry, as it was: another head is another reading)
    String fresh = entry.toString().strip().replace(d03, "tag:status.kvk.nl,2005:Incident/7777")
        .replace("Alle signalen zijn weer actueel.", "Nieuw.");
    String moved = Fixtures.withoutAtomEntry(FEED, d03).replace("</feed>", entry + "</feed>")
        .replaceFirst("<entry>", Matcher.quoteReplacement(fresh) + "\n  <entry>");
    assertThat(moved).contains("Incident/7777").containsOnlyOnce(d03);
    EntryMemo memo = new EntryMemo();
    FeedReader reader = new FeedReader();
    List<Post> before = posts(reader.read(doc(FEED), memo));

    List<Post> after = posts(reader.read(doc(moved), memo));

    assertThat(memo.reused()).as("every entry of the last reading, d03 too").isEqualTo(20);
    assertThat(after).hasSize(21).isEqualTo(posts(reader.read(doc(moved))));
    assertThat(after.get(20)).as("d03, the very post").isSameAs(
        before.stream().filter(post -> post.body().contains("Alle signalen zijn weer actueel."))
            .filter(post -> after.get(20).equals(post)).findFirst().orElseThrow());
    assertTheMemoHashesEachEntryAsItsBytesDo(memo);

    // read once more, the new entry gone: what the memo kept of the last reading still finds them
    String third = Fixtures.withoutAtomEntry(moved, "tag:status.kvk.nl,2005:Incident/7777");
    assertThat(posts(reader.read(doc(third), memo))).isEqualTo(posts(reader.read(doc(third))));
    assertThat(memo.reused()).isEqualTo(20);
    assertTheMemoHashesEachEntryAsItsBytesDo(memo);
  }

  @Test
  void theEntriesOfAFeedInReverseOrderAreEachFoundByTheirHash() {
    List<String> entries = new ArrayList<>();
    Matcher each = Pattern.compile("\\s*<entry>.*?</entry>", Pattern.DOTALL).matcher(FEED);
    while (each.find()) {
      entries.add(each.group());
    }
    assertThat(entries).hasSize(20);
    String head = FEED.substring(0, FEED.indexOf(entries.get(0)));
    String tail = FEED.substring(FEED.lastIndexOf("</entry>") + "</entry>".length());
    Collections.reverse(entries);
    String reversed = head + String.join("", entries) + tail;
    EntryMemo memo = new EntryMemo();
    FeedReader reader = new FeedReader();
    reader.read(doc(FEED), memo);

    List<Post> read = posts(reader.read(doc(reversed), memo));

    assertThat(memo.reused()).as("more sought than one by one: through the map")
        .isEqualTo(20).isGreaterThan(FeedReader.LastEntries.ONE_BY_ONE);
    assertThat(read).isEqualTo(posts(reader.read(doc(reversed))));
    assertTheMemoHashesEachEntryAsItsBytesDo(memo);
  }

  /** The memo's hash of each entry is {@link EntryMemo#hash} of the entry's bytes. */
  private static void assertTheMemoHashesEachEntryAsItsBytesDo(EntryMemo memo) {
    EntryMemo.ByBytes kept = memo.byBytes();
    for (int i = 0; i < kept.hashes().length; i++) {
      assertThat(kept.hashes()[i]).as("entry %d", i)
          .isEqualTo(EntryMemo.hash(kept.bytes(), kept.starts()[i], kept.ends()[i]));
    }
  }

  @Test
  void anEntryWhoseBytesHashAsAnotherDidIsStillReadAgain() {
    // "Aa" and "BB" hash alike (31 * 'A' + 'a' == 31 * 'B' + 'B'): the entry is found by its hash,
    // but it is known only when its bytes are the same
    assertThat(EntryMemo.hash("xAay".getBytes(StandardCharsets.US_ASCII), 0, 4))
        .isEqualTo(EntryMemo.hash("xBBy".getBytes(StandardCharsets.US_ASCII), 0, 4));
    String d03 = "tag:status.kvk.nl,2005:Incident/1002";
    String before = Fixtures.editAtomEntry(FEED, d03,
        entry -> entry.replace("Alle signalen zijn weer actueel.", "Aa"));
    String after = Fixtures.editAtomEntry(FEED, d03,
        entry -> entry.replace("Alle signalen zijn weer actueel.", "BB"));
    EntryMemo memo = new EntryMemo();
    FeedReader reader = new FeedReader();
    reader.read(doc(before), memo);

    List<Post> read = posts(reader.read(doc(after), memo));

    assertThat(memo.reused()).isEqualTo(19);
    assertThat(read).isEqualTo(posts(reader.read(doc(after))));
    assertThat(read).anyMatch(post -> post.body().contains("BB"));
  }

  @Test
  void aFeedWithAnImpossibleDateKeepsItsNoteReadWithTheMemo() {
    String dated = Fixtures.editAtomEntry(FEED, "tag:status.kvk.nl,2005:Incident/1002",
        entry -> entry.replaceFirst("<published>[^<]*</published>",
            "<published>2026-01-32T10:00:00Z</published>"));
    EntryMemo memo = new EntryMemo();
    FeedReader reader = new FeedReader();
    ReadOutcome.Posts without = (ReadOutcome.Posts) reader.read(doc(dated));
    assertThat(without.notes()).singleElement().asString().contains("2026-01-32");

    assertThat(reader.read(doc(FEED), memo)).isEqualTo(reader.read(doc(FEED)));
    assertThat(reader.read(doc(dated), memo)).isEqualTo(without);
    assertThat(reader.read(doc(dated), memo)).as("and again").isEqualTo(without);
    assertThat(reader.read(doc(FEED), memo)).isEqualTo(reader.read(doc(FEED)));
  }

  @Test
  void anEntryUnderAnotherXmlBaseOrAtAnotherLocationIsReadAgain() {
    EntryMemo memo = new EntryMemo();
    FeedReader reader = new FeedReader();
    String relative = FEED.replace("https://status.kvk.nl/incidents/", "incidents/");
    reader.read(doc(relative), memo);
    String based = relative.replace("<feed ", "<feed xml:base=\"https://elsewhere.example/\" ");

    List<Post> after = posts(reader.read(doc(based), memo));
    assertThat(memo.reused()).isZero();
    assertThat(after).isEqualTo(posts(reader.read(doc(based))));

    SourceDocument moved = new SourceDocument(based.getBytes(StandardCharsets.UTF_8), null,
        "https://status.example/history.atom");
    assertThat(reader.read(moved, memo)).isEqualTo(reader.read(moved));
    assertThat(memo.reused()).isZero();
  }

  private static SourceDocument doc(String feed) {
    return new SourceDocument(feed.getBytes(StandardCharsets.UTF_8), null, LOCATION);
  }

  private static List<Post> posts(ReadOutcome outcome) {
    return ((ReadOutcome.Posts) outcome).posts();
  }
}
