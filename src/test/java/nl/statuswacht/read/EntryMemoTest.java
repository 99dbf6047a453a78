package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.statuswacht.model.Post;
import nl.statuswacht.testing.Corpus;
import nl.statuswacht.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A reading with the memo of the document's last reading ({@link EntryMemo}) gives what a reading
 * without it gives, whatever the memo holds; an entry that did not change is the very post of the
 * last reading, not mapped again.
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

  private static SourceDocument doc(String feed) {
    return new SourceDocument(feed.getBytes(StandardCharsets.UTF_8), null, LOCATION);
  }

  private static List<Post> posts(ReadOutcome outcome) {
    return ((ReadOutcome.Posts) outcome).posts();
  }
}
