package nl.statuswacht.notify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.statuswacht.digest.DigestReport;
import nl.statuswacht.digest.DigestReport.DayState;

/**
 * The digest's day-by-day bars as the templates see them: a row of coloured cells with their
 * titles for the HTML part, a line of characters for the text part, and the days that were not
 * fine in words ("Storing op 15 september; onderhoud op 20 augustus en 18 oktober."), from the
 * bundle {@code digest_<lang>.properties}.
 */
final class DigestBars {
  /** The colour of a day in the bar picture. */
  private static final Map<DayState, String> COLOURS = new EnumMap<>(Map.of(
      DayState.DOWN, "#d93025",
      DayState.DEGRADED, "#f29900",
      DayState.MAINTENANCE, "#1a73e8",
      DayState.OK, "#1e8e3e"));

  /** The character of a day in the text part's bar. */
  private static final Map<DayState, Character> SIGNS = new EnumMap<>(Map.of(
      DayState.DOWN, 'X',
      DayState.DEGRADED, 'd',
      DayState.MAINTENANCE, 'm',
      DayState.OK, '.'));

  /** The states that are not fine, the worst first. */
  private static final List<DayState> NOT_FINE =
      List.of(DayState.DOWN, DayState.DEGRADED, DayState.MAINTENANCE);

  private DigestBars() {}

  static Map<String, Object> bar(DigestReport.Bar bar, Words words, MailWords mail) {
    Map<String, Object> entry = new HashMap<>();
    String service = words.service(bar.service());
    entry.put("service", service);
    List<Map<String, Object>> cells = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    Map<DayState, Integer> tally = new EnumMap<>(DayState.class);
    for (DigestReport.Day day : bar.days()) {
      Map<String, Object> cell = new HashMap<>();
      cell.put("colour", COLOURS.get(day.state()));
      cell.put("title", words.shortDate(day.date()) + ": " + words.dayState(day.state()));
      cells.add(cell);
      line.append(SIGNS.get(day.state()));
      tally.merge(day.state(), 1, Integer::sum);
    }
    entry.put("cells", cells);
    entry.put("line", String.format("%-19s%s", service, line));
    LocalDate first = bar.days().get(0).date();
    LocalDate last = bar.days().get(bar.days().size() - 1).date();
    entry.put("first", words.shortDate(first));
    entry.put("last", words.shortDate(last));
    List<String> parts = new ArrayList<>();
    for (DayState state : List.of(DayState.DOWN, DayState.DEGRADED, DayState.MAINTENANCE,
        DayState.OK)) {
      int n = tally.getOrDefault(state, 0);
      if (n > 0) {
        parts.add(mail.count("count.days", n) + " " + words.dayState(state));
      }
    }
    entry.put("aria", service + ", " + words.days(first, last) + ": " + String.join(", ", parts));
    entry.put("notFine", notFine(bar, words, mail));
    return entry;
  }

  /**
   * "Storing op 15 september; onderhoud op 20 augustus en 18 oktober.", consecutive days as one
   * range, the worst state first; or that every day was fine.
   */
  static String notFine(DigestReport.Bar bar, Words words, MailWords mail) {
    List<String> clauses = new ArrayList<>();
    boolean spansYears = bar.days().get(0).date().getYear()
        != bar.days().get(bar.days().size() - 1).date().getYear();
    for (DayState state : NOT_FINE) {
      List<String> runs = new ArrayList<>();
      LocalDate runStart = null;
      LocalDate previous = null;
      for (DigestReport.Day day : bar.days()) {
        if (day.state() == state) {
          if (runStart == null) {
            runStart = day.date();
          }
          previous = day.date();
        } else if (runStart != null) {
          runs.add(run(runStart, previous, spansYears, words));
          runStart = null;
        }
      }
      if (runStart != null) {
        runs.add(run(runStart, previous, spansYears, words));
      }
      if (!runs.isEmpty()) {
        clauses.add(mail.text("days.state." + state.name(), Map.of("days", words.and(runs))));
      }
    }
    return clauses.isEmpty() ? mail.word("days.fine") : sentence(String.join("; ", clauses));
  }

  /** A phrase as a sentence: its first letter a capital, a full stop after it. */
  static String sentence(String phrase) {
    return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) + ".";
  }

  private static String run(LocalDate from, LocalDate to, boolean withYear, Words words) {
    return withYear ? words.days(from, to) : words.daysInYear(from, to);
  }
}
