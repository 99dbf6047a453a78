package nl.statuswacht.calendar;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dutch and English month names and their abbreviations ("maart", "March", "mrt", "Mar.",
 * "sept", "febr."), for every reader of dates in status posts. Case-insensitive; a trailing dot is
 * ignored.
 */
public final class MonthNames {
  private static final Map<String, Integer> BY_ABBREVIATION = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("maa", 3),
      Map.entry("mrt", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("mei", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
      Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Set<String> FULL = Set.of("januari", "january", "februari", "february",
      "febr", "maart", "march", "april", "mei", "may", "juni", "june", "juli", "july",
      "augustus", "august", "september", "sept", "oktober", "october", "november", "december");

  private MonthNames() {}

  /** The month (1–12) a word names, if it is a month name or a three-letter abbreviation. */
  public static Optional<Integer> month(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (!FULL.contains(w) && w.length() != 3) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_ABBREVIATION.get(w.substring(0, 3)));
  }
}
