package nl.statuswacht.classify;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Long names written with one slip of the keyboard, read as the name: "Mutatieservcie" is the
 * Mutatieservice, "Dataserivce" the Dataservice, "Basisprofeil" the Basisprofiel. A word counts
 * when it is one letter changed, added, dropped or two neighbours swapped away from exactly one
 * name of at least {@link #MIN_LENGTH} letters, and starts with the same letter; shorter names
 * are left alone, where one letter is too often another word ("dienst", "diensten").
 *
 * <p>The names are the long words of the services' vocabulary ({@link #of}): what a post about
 * KVK's services cannot do without. Only how a text's words are compared changes; the text and
 * its evidence stay as written.
 */
final class Spelling {
  /** How many letters a name needs to be read through a slip ("naamgeving" has ten). */
  static final int MIN_LENGTH = 9;

  /** Reads every word as written. */
  static final Spelling NONE = new Spelling(Set.of());

  private final List<String> names;
  private final int shortest;

  private Spelling(Collection<String> names) {
    this.names = List.copyOf(names);
    this.shortest = names.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
  }

  /** The long words (letters only) of {@code phrases}, as names. */
  static Spelling of(Collection<Phrase> phrases) {
    Set<String> names = new TreeSet<>();
    for (Phrase phrase : phrases) {
      for (String word : phrase.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (word.length() >= MIN_LENGTH) {
          names.add(word);
        }
      }
    }
    return new Spelling(names);
  }

  /** The name {@code word} (lower case) is one slip away from, or {@code word} itself. */
  String read(String word) {
    if (word.length() < shortest - 1) {
      return word;
    }
    String found = null;
    for (String name : names) {
      if (name.equals(word)) {
        return word;
      }
      if (name.charAt(0) == word.charAt(0) && oneSlipApart(word, name)) {
        if (found != null) {
          return word; // near two names: neither
        }
        found = name;
      }
    }
    return found != null ? found : word;
  }

  /** Whether {@code a} and {@code b} differ by one letter changed, added, dropped or swapped. */
  static boolean oneSlipApart(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      return a.regionMatches(i + 1, b, i + 1, la - i - 1) // one changed
          || i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2); // two swapped
    }
    return la > lb ? a.regionMatches(i + 1, b, i, lb - i) // one added
        : a.regionMatches(i, b, i + 1, la - i); // one dropped
  }
}
