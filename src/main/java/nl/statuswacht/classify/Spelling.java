package nl.statuswacht.classify;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Long names written with one slip of the keyboard, read as the name: "Mutatieservcie" is the
 * Mutatieservice, "Dataserivce" the Dataservice, "Basisprofeil" the Basisprofiel. A word counts
 * when it is one letter changed, added, dropped or two neighbours swapped away from a name of at
 * least {@link #MIN_LENGTH} letters, starts with the same letter, and is near names of one
 * service only (of two of its names, the shorter: "naamgevingn" is "naamgeving"); shorter names
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
  static final Spelling NONE = new Spelling(Map.of());

  /** Each name and the group (service) it names. */
  private final Map<String, Object> names;
  private final int shortest;

  private Spelling(Map<String, Object> names) {
    this.names = names;
    this.shortest = names.keySet().stream().mapToInt(String::length).min()
        .orElse(Integer.MAX_VALUE);
  }

  /**
   * The long words (letters only) of each group's phrases, as names of that group (a service):
   * a word one slip from two names of one service ("naamgevingn": "naamgeving", "naamgevingen")
   * is read as the shorter.
   */
  static Spelling of(Map<?, ? extends Collection<Phrase>> groups) {
    Map<String, Object> names = new TreeMap<>();
    groups.forEach((group, phrases) -> {
      for (Phrase phrase : phrases) {
        for (String word : phrase.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          if (word.length() >= MIN_LENGTH) {
            names.putIfAbsent(word, group);
          }
        }
      }
    });
    return new Spelling(names);
  }

  /** The name {@code word} (lower case) is one slip away from, or {@code word} itself. */
  String read(String word) {
    if (word.length() < shortest - 1) {
      return word;
    }
    if (names.containsKey(word)) {
      return word;
    }
    String found = null;
    for (Map.Entry<String, Object> name : names.entrySet()) {
      String n = name.getKey();
      if (n.charAt(0) != word.charAt(0) || !oneSlipApart(word, n)) {
        continue;
      }
      if (found == null) {
        found = n;
      } else if (!names.get(found).equals(name.getValue())) {
        return word; // near names of two services: neither
      } else if (n.length() < found.length()) {
        found = n;
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
