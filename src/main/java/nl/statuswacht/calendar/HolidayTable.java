package nl.statuswacht.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The holidays of the years {@value #FIRST} to {@value #LAST} as Jollyday computes them from {@code
 * Holidays_termijnenwet.xml}, computed once by the build ({@link #computed}, written by {@code
 * cli.HolidayTableFile} from {@code pom.xml}) and shipped in the jar as {@value #RESOURCE}, next
 * to this class.
 *
 * <p>Why: Jollyday reads its holiday file through JAXB, whose context alone took a fifth of the
 * CPU time of a one-shot {@code report} (BENCHMARKS.md, issue 17), and every process that judges a
 * post paid it again for the same dates. Years outside the table are still computed by Jollyday
 * when asked for ({@link TermijnenwetHolidays#around}).
 *
 * <p>The file, UTF-8: {@code #} comment lines, then {@code years<TAB>first<TAB>last} (years of
 * four digits), then one {@code yyyy-mm-dd<TAB>Dutch name} line a holiday, Good Friday included.
 */
public final class HolidayTable {
  /** The file's name, next to this class on the class path. */
  static final String RESOURCE = "termijnenwet-holidays.tsv";
  /** The first year the build computes. */
  static final int FIRST = 2000;
  /** The last year the build computes. */
  static final int LAST = 2099;

  /** Every year from the first to the last, each with at least one holiday ({@link #parse}). */
  private final Map<Integer, Map<LocalDate, String>> byYear;

  private HolidayTable(Map<Integer, Map<LocalDate, String>> byYear) {
    this.byYear = byYear;
  }

  /** Whether the table holds {@code year}. */
  boolean covers(int year) {
    return byYear.containsKey(year);
  }

  /** Every year of the table, each with its holidays by date (unmodifiable). */
  Map<Integer, Map<LocalDate, String>> byYear() {
    return byYear;
  }

  /**
   * The table the build wrote, from the class path; empty when it is not there (the build writes
   * it: {@code mvn process-classes}).
   *
   * @throws IllegalStateException when it cannot be read, naming the line
   */
  static Optional<HolidayTable> shipped() {
    try (InputStream in = HolidayTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Optional.of(parse(RESOURCE, text.lines().toList()));
    } catch (IOException e) {
      throw new UncheckedIOException("calendar: cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a table from its {@code lines}; {@code source} names it in errors. Every year from the
   * first to the last must have a holiday (each has New Year's Day), so a table cut short fails.
   *
   * @throws IllegalStateException naming the source and the line, for anything else than the
   *     format above
   */
  static HolidayTable parse(String source, List<String> lines) {
    Integer first = null;
    Integer last = null;
    Map<Integer, Map<LocalDate, String>> byYear = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (first == null) {
        if (fields.length != 3 || !fields[0].equals("years")) {
          throw wrong(source, i, "expected 'years<TAB>first<TAB>last', found '" + line + "'");
        }
        first = year(source, i, fields[1]);
        last = year(source, i, fields[2]);
        if (first > last) {
          throw wrong(source, i, "the first year, " + first + ", is after the last, " + last);
        }
        for (int year = first; year <= last; year++) {
          byYear.put(year, new TreeMap<>());
        }
        continue;
      }
      if (fields.length != 2 || fields[1].isBlank()) {
        throw wrong(source, i, "expected 'yyyy-mm-dd<TAB>name', found '" + line + "'");
      }
      LocalDate date = date(fields[0]);
      if (date == null) {
        throw wrong(source, i, "'" + fields[0] + "' is not a date (yyyy-mm-dd)");
      }
      Map<LocalDate, String> year = byYear.get(date.getYear());
      if (year == null) {
        throw wrong(source, i, date + " is outside the table's years, " + first + " to " + last);
      }
      if (year.putIfAbsent(date, fields[1]) != null) {
        throw wrong(source, i, date + " is in the table twice");
      }
    }
    if (first == null) {
      throw new IllegalStateException("calendar: " + source + " has no 'years' line");
    }
    Map<Integer, Map<LocalDate, String>> kept = new TreeMap<>();
    for (Map.Entry<Integer, Map<LocalDate, String>> year : byYear.entrySet()) {
      if (year.getValue().isEmpty()) {
        throw new IllegalStateException("calendar: " + source + " has no holidays for "
            + year.getKey() + " (cut short?)");
      }
      kept.put(year.getKey(), Collections.unmodifiableMap(year.getValue()));
    }
    return new HolidayTable(Collections.unmodifiableMap(kept));
  }

  private static IllegalStateException wrong(String source, int index, String what) {
    return new IllegalStateException("calendar: " + source + " line " + (index + 1) + ": " + what);
  }

  private static int year(String source, int index, String text) {
    int year = text.length() == 4 ? number(text, 0, 4) : -1;
    if (year < 0) {
      throw wrong(source, index, "'" + text + "' is not a year");
    }
    return year;
  }

  /**
   * {@code yyyy-mm-dd} as a date, or {@code null}. Read by hand rather than by {@link
   * LocalDate#parse}, whose formatter took half the time of reading the table's 898 dates.
   */
  private static LocalDate date(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 7);
    int day = number(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1
        || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The decimal number of {@code text} from {@code from} to {@code to}, or -1 if it is none. */
  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The lines of a table of the years {@code first} to {@code last}, as {@link #parse} reads. */
  static List<String> lines(int first, int last, Map<Integer, Map<LocalDate, String>> byYear) {
    List<String> lines = new ArrayList<>();
    lines.add("# The public holidays of the Algemene termijnenwet art. 3, and Good Friday, as");
    lines.add("# Jollyday computes them from Holidays_termijnenwet.xml. Written by the build");
    lines.add("# (nl.statuswacht.cli.HolidayTableFile); do not edit.");
    lines.add("years\t" + first + "\t" + last);
    for (int year = first; year <= last; year++) {
      new TreeMap<>(byYear.get(year)).forEach((date, name) -> lines.add(date + "\t" + name));
    }
    return lines;
  }

  /**
   * The lines of the table of {@value #FIRST} to {@value #LAST}, computed by Jollyday now: what
   * the build writes ({@code cli.HolidayTableFile}, run by {@code pom.xml} after compiling).
   */
  public static List<String> computed() {
    return lines(FIRST, LAST, TermijnenwetHolidays.span(FIRST, LAST));
  }
}
