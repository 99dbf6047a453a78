package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Documents that are not feeds: refused with one line, never an exception. */
class RefusalTest {

  private static final String URL = "https://status.example/history.atom";

  private static String refusal(byte[] bytes, String contentType) {
    ReadOutcome out = new FeedReader().read(new SourceDocument(bytes, contentType, URL));
    assertThat(out).isInstanceOf(ReadOutcome.Refused.class);
    String reason = ((ReadOutcome.Refused) out).reason();
    assertThat(reason).startsWith("read: " + URL + " ").doesNotContain("\n");
    return reason;
  }

  private static String refusal(String text) {
    return refusal(text.getBytes(StandardCharsets.UTF_8), "application/atom+xml");
  }

  @Test
  void doctypeWithExternalEntityIsRefusedAndNothingIsFetched() {
    // Port 9 (discard) on loopback: nothing listens; were the entity resolved the read would fail
    // differently or hang. The refusal must come from the DOCTYPE itself.
    String xml =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE feed [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">]>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&x;</title></feed>";
    assertThat(refusal(xml)).contains("DOCTYPE").contains("line 2");
  }

  @Test
  void emptyBytesAreRefused() {
    assertThat(refusal(new byte[0], null)).isEqualTo("read: " + URL + " is empty");
    assertThat(refusal(" \n\t ")).isEqualTo("read: " + URL + " is empty");
  }

  @Test
  void htmlBehindAFeedUrlIsRefused() {
    assertThat(refusal("<html><body>Error</body></html>")).isEqualTo("read: " + URL + " is HTML, not a feed");
    assertThat(refusal("<!DOCTYPE html>\n<html><head><title>502</title></head></html>"))
        .endsWith("is HTML, not a feed");
  }

  @Test
  void truncatedXmlIsRefusedWithLineAndColumn() {
    byte[] full = Fixtures.bytes("kvk/site/history.atom");
    byte[] cut = Arrays.copyOf(full, full.length / 2);
    assertThat(refusal(cut, "application/atom+xml"))
        .contains("is not a feed: XML error at line ")
        .contains(", column ");
  }

  @Test
  void wellFormedXmlThatIsNoFeedIsRefused() {
    assertThat(refusal("<?xml version=\"1.0\"?><config><a/></config>"))
        .isEqualTo("read: " + URL + " is not a feed: root element <config> is neither RSS nor Atom");
  }

  @Test
  void rssWithoutChannelIsRefusedNotThrown() {
    assertThat(refusal("<rss></rss>")).contains("is not a feed");
  }
}
