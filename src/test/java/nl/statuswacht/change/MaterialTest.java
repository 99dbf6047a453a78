package nl.statuswacht.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * {@link Material#normalise} gives what the regular expression it replaced gives, on every text
 * of the reading corpus and on random texts made of every kind of white space.
 */
class MaterialTest {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final String ALPHABET = "ab \t\n\u000B\f\r\u00A0\u2007\u202F\u2003\u2028\u001F"
      + "\u3000\u1680\u200B\uFEFFé-";

  @Test
  void normalisesAsTheRegularExpressionDid() {
    List<String> texts = new ArrayList<>();
    for (String split : Corpus.SPLITS.keySet()) {
      for (Post post : Corpus.read(Corpus.split(split), Corpus.Rendering.STATUSPAGE_ATOM)
          .values()) {
        texts.add(post.title());
        texts.add(post.body());
        post.updates().stream().map(PostUpdate::text).forEach(texts::add);
      }
    }
    Random random = new Random(17);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(12); j > 0; j--) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      texts.add(text.toString());
    }
    texts.add("");
    texts.add(" ");

    for (String text : texts) {
      assertThat(Material.normalise(text)).as("[%s]", text)
          .isEqualTo(WHITESPACE.matcher(text).replaceAll(" ").strip());
    }
    assertThat(Material.normalise(null)).isEmpty();
  }
}
