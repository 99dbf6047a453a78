package nl.statuswacht.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import nl.statuswacht.model.VerdictDetail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundles stay in step: the Dutch and the English file of each have the same keys, and every
 * kind of verdict detail has its required, actual and reason sentences.
 */
class BundleKeysTest {
  private static ResourceBundle bundle(String name, String language) {
    return ResourceBundle.getBundle("nl.statuswacht.words." + name,
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @ParameterizedTest
  @ValueSource(strings = {"words", "mail", "digest"})
  void dutchAndEnglishHaveTheSameKeys(String name) {
    assertThat(bundle(name, "nl").keySet())
        .containsExactlyInAnyOrderElementsOf(bundle(name, "en").keySet());
  }

  @Test
  void everyVerdictDetailHasItsSentences() {
    for (String language : new String[] {"nl", "en"}) {
      ResourceBundle words = bundle("words", language);
      for (Class<?> kind : VerdictDetail.class.getPermittedSubclasses()) {
        String type = kind.getSimpleName();
        for (String part : new String[] {"required", "actual", "reason"}) {
          assertThat(words.keySet()).as("%s %s.%s", language, type, part)
              .anyMatch(key -> key.equals(type + "." + part)
                  || key.startsWith(type + "." + part + "."));
        }
      }
    }
  }
}
