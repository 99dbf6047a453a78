package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text of a feed's HTML: the writer's line breaks kept, the markup's white space not. */
class TextsTest {

  @Test
  void aLineBreakIsALineAndABlockAParagraph() {
    assertThat(Texts.ofHtml("<p>Het verloop:<br>08:55 storing geconstateerd<br />09:48 opgelost"
        + "</p><p>Excuses.</p>"))
        .isEqualTo("Het verloop:\n08:55 storing geconstateerd\n09:48 opgelost\n\nExcuses.");
    assertThat(Texts.ofHtml("<ul><li>KVK API</li><li>KVK Dataservice</li></ul>"))
        .isEqualTo("KVK API\n\nKVK Dataservice");
  }

  @Test
  void theMarkupsOwnWhiteSpaceIsOneSpaceAsABrowserShowsIt() {
    assertThat(Texts.ofHtml("<p>\n  De KVK API\n  is   weer&nbsp;bereikbaar.\n</p>\n\n"))
        .isEqualTo("De KVK API is weer bereikbaar.");
    assertThat(Texts.ofHtml("<b>Fixed</b> &amp; <i>done</i>")).isEqualTo("Fixed & done");
  }

  @Test
  void manyLineBreaksAreOneBlankLineAndNoneAtTheEnds() {
    assertThat(Texts.ofHtml("<br><br>a <br> <br><br><br>b<br><br>")).isEqualTo("a\n\nb");
    assertThat(Texts.lines("  a  \r\n\r\n\r\n  b \u00A0c \n")).isEqualTo("a\n\nb c");
  }
}
