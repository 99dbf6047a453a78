package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A feed is cut into head, entries and tail where they lie in its bytes, whatever a comment, a
 * CDATA section or a quoted attribute holds; a document that cannot be cut so has no split.
 */
class RawEntriesTest {

  @Test
  void anAtomFeedIsItsHeadItsEntriesAndItsTail() {
    String feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- <entry> in a comment is none -->
        <feed xmlns="http://www.w3.org/2005/Atom"><title a="x > y">T</title>
        <entry><title>one</title><content type="html"><![CDATA[<entry></entry> is text]]></content></entry>
        <!-- between --> <entry/>
        <atom:entry xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>three</atom:title></atom:entry>
        </feed>
        <!-- after -->
        """;

    assertThat(parts(feed)).containsExactly(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- <entry> in a comment is none -->\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title a=\"x > y\">T</title>\n",
        "<entry><title>one</title><content type=\"html\"><![CDATA[<entry></entry> is text]]>"
            + "</content></entry>",
        "<entry/>",
        "<atom:entry xmlns:atom=\"http://www.w3.org/2005/Atom\"><atom:title>three</atom:title>"
            + "</atom:entry>",
        "\n</feed>\n<!-- after -->\n");
  }

  @Test
  void anRssFeedHasItsItemsInTheChannel() {
    String feed = """
        <rss version="2.0"><channel><title>S</title><image><title>logo</title></image>
        <item><title>one</title></item><item><title>two</title></item></channel></rss>""";

    assertThat(parts(feed)).containsExactly(
        "<rss version=\"2.0\"><channel><title>S</title><image><title>logo</title></image>\n",
        "<item><title>one</title></item>", "<item><title>two</title></item>",
        "</channel></rss>");
  }

  @Test
  void theHeadWithSomeEntriesAndTheTailIsADocumentOfThoseEntries() {
    String feed = "<feed><entry>1</entry><entry>2</entry><entry>3</entry></feed>";
    byte[] bytes = feed.getBytes(StandardCharsets.UTF_8);

    byte[] some = RawEntries.split(bytes).with(bytes, List.of(0, 2));

    assertThat(new String(some, StandardCharsets.UTF_8))
        .isEqualTo("<feed><entry>1</entry>\n<entry>3</entry>\n</feed>");
  }

  @Test
  void aDocumentThatCannotBeCutHasNoSplit() {
    for (String feed : List.of(
        "", "not xml", "\uFEFF", // nothing, or no tag first
        "<!DOCTYPE feed><feed><entry/></feed>", // a DOCTYPE
        "<feed><title>T</title></feed>", // no entries
        "<feed><entry>1</entry><title>late</title></feed>", // the head after an entry
        "<rss><channel><item/></channel><item/></rss>", // entries in the channel and the root
        "<feed><entry><title>1</title></feed>", // an entry that never closes
        "<feed><entry a=\"1>", // a tag that never closes
        "<feed><entry><!-- open</entry></feed>")) {
      assertThat(RawEntries.split(feed.getBytes(StandardCharsets.UTF_8))).as(feed).isNull();
    }
    assertThat(RawEntries.split("<feed><entry/></feed>".getBytes(StandardCharsets.UTF_16)))
        .as("UTF-16").isNull();
  }

  /** The head, each entry and the tail, as text. */
  private static List<String> parts(String feed) {
    byte[] bytes = feed.getBytes(StandardCharsets.UTF_8);
    RawEntries.Split split = RawEntries.split(bytes);
    assertThat(split).isNotNull();
    List<String> parts = new ArrayList<>();
    parts.add(new String(bytes, 0, split.headEnd(), StandardCharsets.UTF_8));
    for (int i = 0; i < split.entries(); i++) {
      parts.add(new String(bytes, split.starts()[i], split.ends()[i] - split.starts()[i],
          StandardCharsets.UTF_8));
    }
    parts.add(new String(bytes, split.tailStart(), bytes.length - split.tailStart(),
        StandardCharsets.UTF_8));
    return parts;
  }
}
