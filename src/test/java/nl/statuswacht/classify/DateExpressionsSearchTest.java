package nl.statuswacht.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * The grammar searches its long patterns only where a match can start ({@link
 * DateGrammar.Starts}); that must find exactly what {@link Matcher#find()} finds. Checked on every
 * title and update of the reading corpus and on pieces of them spliced together, for each
 * pattern so searched: a pattern given more words before its first token than its {@code Starts}
 * allows fails here.
 */
class DateExpressionsSearchTest {

  @Test
  void anchoredSearchesFindWhatFindFinds() {
    List<String> texts = texts();
    List<String> differences = new ArrayList<>();
    int matches = 0;
    for (String text : texts) {
      String low = DateGrammar.foldDates(text);
      String shape = DateGrammar.Scan.of(text).shape;
      for (Map.Entry<Pattern, DateGrammar.Starts> search
          : DateExpressions.anchoredSearches().entrySet()) {
        String in = search.getKey() == DateGrammar.DATE ? low : shape;
        List<String> found = new ArrayList<>();
        Matcher m = search.getKey().matcher(in);
        while (m.find()) {
          found.add(describe(m));
        }
        List<String> anchored = new ArrayList<>();
        Matcher a = search.getKey().matcher(in);
        for (int pos = 0; search.getValue().find(a, in, pos); pos = a.end()) {
          anchored.add(describe(a));
        }
        matches += found.size();
        if (!found.equals(anchored)) {
          differences.add(search.getKey() + " in \"" + text + "\": " + found + " vs " + anchored);
        }
      }
    }
    assertThat(matches).as("the texts hold matches to compare").isGreaterThan(1000);
    assertThat(differences).isEmpty();
  }

  @Test
  void relativeDaysAndWeekdaysHoldTheirWords() {
    for (String text : texts()) {
      String low = DateGrammar.fold(text);
      if (DateGrammar.REL.matcher(low).find()) {
        assertThat(DateGrammar.containsAny(low, DateGrammar.REL_WORDS)).as(text).isTrue();
      }
      if (DateGrammar.WDAY.matcher(low).find()) {
        assertThat(DateGrammar.containsAny(low, DateGrammar.FULL_WEEKDAY_WORDS)).as(text).isTrue();
      }
    }
  }

  /** The corpus's titles and updates, and 3,000 splices of two of them at random places. */
  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (String split : Corpus.SPLITS.keySet()) {
      for (Corpus.Entry entry : Corpus.split(split)) {
        texts.add(entry.title());
        entry.updates().forEach(u -> texts.add(u.body()));
      }
    }
    Random random = new Random(20261130);
    int corpus = texts.size();
    for (int i = 0; i < 3000; i++) {
      String a = texts.get(random.nextInt(corpus));
      String b = texts.get(random.nextInt(corpus));
      texts.add(a.substring(0, random.nextInt(a.length() + 1))
          + b.substring(random.nextInt(b.length() + 1)));
    }
    return texts;
  }

  private static String describe(Matcher m) {
    StringBuilder groups = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      groups.append(',').append(m.start(g));
    }
    return groups.toString();
  }
}
