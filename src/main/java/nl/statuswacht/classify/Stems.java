package nl.statuswacht.classify;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.KpStemmer;

/**
 * The stems of a word, so that a vocabulary word matches its inflected forms: "storing" matches
 * "storingen", "mislukken" matches "mislukt" and "mislukte", "falen" matches "faalt", "error"
 * matches "errors", "fail" matches "fails" and "failed". A word has Dutch keys and an English key:
 *
 * <ul>
 *   <li>Dutch: the Snowball Dutch stem, the Kraaij-Pohlmann stem (which also takes off "ge-" and
 *       the endings of verbs: "gewijzigd" → "wijzig"), and the Kraaij-Pohlmann stem of the word
 *       without the "-t" of the present tense ("faalt" → "faal", as "falen" → "faal"); a noun in
 *       "-ing" keeps its Snowball stem only, so that "oplossing" does not match "opgelost";
 *   <li>English: the Snowball English (Porter2) stem.
 * </ul>
 *
 * <p>Two words match in a language when one of their keys in that language is the same. Keys of
 * different languages are never compared, so that the English stem of "storing" ("store") does
 * not make "stored" a Dutch "storing". Which language a text is in is told by {@link #language}.
 *
 * <p>The stemmers come from Lucene's analysis module. They are not thread-safe, so each call makes
 * its own; the stems of words (not of numbers and two-letter words, which are their own keys) are
 * cached, up to {@link #CACHE_LIMIT} words and then no more, as the words of status posts
 * repeat.
 */
final class Stems {
  private Stems() {}

  /** The language(s) a text's words are compared in. */
  enum Language {
    DUTCH, ENGLISH, BOTH;

    boolean dutch() {
      return this != ENGLISH;
    }

    boolean english() {
      return this != DUTCH;
    }
  }

  /** The keys of one lower-case word: Dutch keys first (three), then the English one. */
  record Keys(String word, String snowballNl, String kp, String kpPresent, String english) {
    /**
     * Whether this word of a text and the vocabulary word {@code listed} share a key in {@code
     * language}. The English key counts only for a vocabulary word that its English stem merely
     * trims ("errors" → "error"), so that a Dutch word ("storing" → "store") never matches English
     * text ("stored").
     */
    boolean matches(Keys listed, Language language) {
      if (word.equals(listed.word)) {
        return true;
      }
      if (language.dutch() && (anyEqual(snowballNl, listed) || anyEqual(kp, listed)
          || anyEqual(kpPresent, listed))) {
        return true;
      }
      return language.english() && english.equals(listed.english) && listed.englishTrims();
    }

    /** Whether the English stem is the word with an ending taken off. */
    boolean englishTrims() {
      return word.startsWith(english);
    }

    /** Whether one of this word's keys ends with one of {@code head}'s: a Dutch compound. */
    boolean endsWith(Keys head, Language language) {
      if (head.word.length() >= MIN_HEAD && (word.endsWith(head.word)
          || endsWithThen(word, head.word, "en") || endsWithThen(word, head.word, "s"))) {
        return true; // the Snowball stem of a long compound can cut into its head
      }
      if (language.dutch() && (dutchEndsWith(snowballNl, head)
          || (kp != snowballNl && dutchEndsWith(kp, head))
          || (kpPresent != kp && kpPresent != snowballNl && dutchEndsWith(kpPresent, head)))) {
        return true;
      }
      return language.english() && head.english.length() >= MIN_HEAD
          && english.endsWith(head.english);
    }

    /** Whether {@code word} ends with {@code head} and then {@code ending}, with no copy made. */
    private static boolean endsWithThen(String word, String head, String ending) {
      int at = word.length() - ending.length() - head.length();
      return at >= 0 && word.endsWith(ending) && word.startsWith(head, at);
    }

    /**
     * Whether {@code key} ends with one of {@code head}'s Dutch keys. A word's Dutch keys are often
     * one string object (a noun in "-ing", a short word; the present-tense key is the stem's when
     * the word has no "-t"), so a key is compared only once.
     */
    private static boolean dutchEndsWith(String key, Keys head) {
      return endsWithHead(key, head.snowballNl)
          || (head.kp != head.snowballNl && endsWithHead(key, head.kp))
          || (head.kpPresent != head.kp && head.kpPresent != head.snowballNl
              && endsWithHead(key, head.kpPresent));
    }

    private static boolean endsWithHead(String key, String head) {
      return head.length() >= MIN_HEAD && key.endsWith(head);
    }

    private static boolean anyEqual(String key, Keys other) {
      return key.equals(other.snowballNl) || key.equals(other.kp)
          || key.equals(other.kpPresent);
    }
  }

  /** A compound's head must be this long to count ("*storing" yes, "*op" never). */
  static final int MIN_HEAD = 4;

  static final int CACHE_LIMIT = 50_000;

  private static final ConcurrentHashMap<String, Keys> CACHE = new ConcurrentHashMap<>();

  /** The keys of a lower-case word. */
  static Keys of(String word) {
    Keys keys = CACHE.get(word);
    if (keys != null) {
      return keys;
    }
    keys = compute(word);
    if (word.length() > 2 && Character.isLetter(word.charAt(0)) && CACHE.size() < CACHE_LIMIT) {
      CACHE.putIfAbsent(word, keys);
    }
    return keys;
  }

  private static Keys compute(String word) {
    if (word.length() <= 2 || !Character.isLetter(word.charAt(0))) {
      return new Keys(word, word, word, word, word);
    }
    String snowball = stem(new DutchStemmer(), word);
    String english = stem(new EnglishStemmer(), word);
    if (word.endsWith("ing") || word.endsWith("ingen")) {
      // a noun: Kraaij-Pohlmann would make "oplossing" the verb of "opgelost"
      return new Keys(word, snowball, snowball, snowball, english);
    }
    String kp = stem(new KpStemmer(), word);
    String present = word.length() > 4 && word.endsWith("t") && !word.endsWith("tt")
        ? stem(new KpStemmer(), word.substring(0, word.length() - 1)) : kp;
    return new Keys(word, snowball, kp, present, english);
  }

  private static String stem(SnowballStemmer stemmer, String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private static final Set<String> DUTCH_WORDS = Set.of("de", "het", "een", "en", "van", "is",
      "niet", "wij", "we", "zijn", "voor", "op", "te", "dat", "die", "met", "bij", "worden",
      "wordt", "u", "uw", "er", "naar", "om", "tot", "ook", "nog", "geen", "deze", "vanaf", "uur");

  private static final Set<String> ENGLISH_WORDS = Set.of("the", "a", "an", "and", "of", "is",
      "not", "we", "are", "for", "on", "to", "that", "with", "be", "will", "our", "your", "you",
      "this", "has", "have", "been", "from", "at", "some", "all", "no", "as", "it");

  /** The little words of each language, as a mask: 1 Dutch, 2 English, 3 both ("is", "we"). */
  private static final Map<String, Integer> LITTLE_WORDS = littleWords();

  private static Map<String, Integer> littleWords() {
    Map<String, Integer> words = new HashMap<>();
    DUTCH_WORDS.forEach(w -> words.merge(w, 1, (a, b) -> a | b));
    ENGLISH_WORDS.forEach(w -> words.merge(w, 2, (a, b) -> a | b));
    return Map.copyOf(words);
  }

  /**
   * The language of a text's words (of all of {@code texts} together), by its most common little
   * words: Dutch or English where one clearly outnumbers the other (two to one), else both.
   */
  static Language language(String[]... texts) {
    int dutch = 0;
    int english = 0;
    for (String[] words : texts) {
      for (String w : words) {
        Integer mask = w.length() > LONGEST_LITTLE_WORD ? null : LITTLE_WORDS.get(w);
        if (mask != null) {
          dutch += mask & 1;
          english += mask >> 1;
        }
      }
    }
    if (dutch >= 2 && dutch >= 2 * english) {
      return Language.DUTCH;
    }
    if (english >= 2 && english >= 2 * dutch) {
      return Language.ENGLISH;
    }
    return Language.BOTH;
  }

  /** No little word is longer: longer words need no lookup. */
  private static final int LONGEST_LITTLE_WORD = LITTLE_WORDS.keySet().stream()
      .mapToInt(String::length).max().orElse(0);

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
