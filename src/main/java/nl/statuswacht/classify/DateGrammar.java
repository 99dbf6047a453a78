package nl.statuswacht.classify;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.calendar.MonthNames;

/**
 * The words, patterns and calendar arithmetic behind {@link DateExpressions}. Pure: no clock, no
 * default locale or zone.
 */
final class DateGrammar {
  private DateGrammar() {}

  static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  static final String SP = "[\\s\\u00A0]+";
  static final String OSP = "[\\s\\u00A0]*";
  /** No letter follows. */
  static final String NL = "(?![\\p{L}])";
  /** No letter precedes. */
  static final String NLB = "(?<![\\p{L}])";

  static final String WEEKDAY_WORDS = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
      + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
      + "|tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun|ma|di|wo|do|vr|za|zo)";

  static final String MONTH_WORDS = "(?:januari|january|februari|february|maart|march|april|mei|may"
      + "|juni|june|juli|july|augustus|august|september|oktober|october|november|december"
      + "|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)";

  /** The dot of "mrt. 2026"; a dot that ends the sentence is not part of the date. */
  static final String MONTH_DOT = "(?:\\.(?=[\\s\\u00A0]*\\d))?";

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
      Map.entry("maandag", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
      Map.entry("mon", DayOfWeek.MONDAY), Map.entry("ma", DayOfWeek.MONDAY),
      Map.entry("dinsdag", DayOfWeek.TUESDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
      Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
      Map.entry("di", DayOfWeek.TUESDAY),
      Map.entry("woensdag", DayOfWeek.WEDNESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
      Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("wo", DayOfWeek.WEDNESDAY),
      Map.entry("donderdag", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
      Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
      Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("do", DayOfWeek.THURSDAY),
      Map.entry("vrijdag", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
      Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("vr", DayOfWeek.FRIDAY),
      Map.entry("zaterdag", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
      Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("za", DayOfWeek.SATURDAY),
      Map.entry("zondag", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY),
      Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("zo", DayOfWeek.SUNDAY));

  /** How many years ahead (or back) a date without a year is looked for (29 February). */
  private static final int YEAR_SEARCH = 8;

  // ---------------------------------------------------------------------------------- dates

  /**
   * A calendar date with an optional weekday before it, its groups prefixed with {@code p}:
   * "zaterdag 18 oktober 2025", "1e juli", "Sunday, 20 July 2025", "14-03-2026", "2026-03-14",
   * "za 19-09". Day-month without a year in digits only counts with a weekday before it.
   */
  static String date(String p) {
    String dayStart = "(?<![\\p{L}\\p{N}.,:/\\-])";
    return "(?:" + NLB + "(?<" + p + "w>" + WEEKDAY_WORDS + ")" + NL + "\\.?,?" + SP + ")?"
        + "(?:" + dayStart + "(?<" + p + "d>\\d{1,2})(?:ste|st|nd|rd|th|de|e)?" + SP
        + "(?:of" + SP + ")?(?<" + p + "m>" + MONTH_WORDS + ")" + NL + MONTH_DOT
        + "(?:,?" + SP + "(?<" + p + "y>\\d{4})(?!\\d))?"
        + "|" + dayStart + "(?<" + p + "iy>\\d{4})-(?<" + p + "im>\\d{2})-(?<" + p
        + "id>\\d{2})(?!\\d)"
        + "|" + dayStart + "(?<" + p + "nd>\\d{1,2})(?<" + p + "ns>[-/.])(?<" + p
        + "nm>\\d{1,2})(?:\\k<" + p + "ns>(?<" + p + "ny>\\d{4}))?(?!\\d|[-/.:]\\d)"
        + ")";
  }

  static final Pattern DATE = Pattern.compile(date("x"), FLAGS);

  /** The parts of a date as written; nothing resolved yet. */
  record DateParts(int day, int month, Integer year, DayOfWeek weekday) {}

  /** The date matched by {@link #date(String)}, or null when it does not count as a date. */
  static DateParts parts(Matcher m, String p) {
    String w = m.group(p + "w");
    DayOfWeek weekday = w == null ? null : WEEKDAYS.get(lower(w));
    if (m.group(p + "d") != null) {
      return new DateParts(num(m.group(p + "d")), month(m.group(p + "m")),
          m.group(p + "y") == null ? null : num(m.group(p + "y")), weekday);
    }
    if (m.group(p + "iy") != null) {
      return new DateParts(num(m.group(p + "id")), num(m.group(p + "im")),
          num(m.group(p + "iy")), weekday);
    }
    if (m.group(p + "nd") == null) {
      return null;
    }
    Integer year = m.group(p + "ny") == null ? null : num(m.group(p + "ny"));
    if (year == null && weekday == null) {
      return null; // "10-12" alone is too often not a date
    }
    return new DateParts(num(m.group(p + "nd")), num(m.group(p + "nm")), year, weekday);
  }

  static int month(String word) {
    Integer m = MonthNames.month(word).orElse(null);
    if (m == null) {
      throw new IllegalStateException("month word not in table: " + word);
    }
    return m;
  }

  static DayOfWeek weekday(String word) {
    return word == null ? null : WEEKDAYS.get(lower(word));
  }

  /** The date in the given year, if it exists and matches the stated weekday. */
  static Optional<LocalDate> exact(DateParts d, int year) {
    if (!exists(d.day(), d.month(), year)) {
      return Optional.empty();
    }
    LocalDate x = LocalDate.of(year, d.month(), d.day());
    if (d.weekday() != null && x.getDayOfWeek() != d.weekday()) {
      return Optional.empty();
    }
    return Optional.of(x);
  }

  /** The stated date, or without a year the first such date on or after {@code from}. */
  static Optional<LocalDate> onOrAfter(DateParts d, LocalDate from) {
    if (d.year() != null) {
      return exact(d, d.year());
    }
    for (int y = from.getYear(); y <= from.getYear() + YEAR_SEARCH; y++) {
      if (exists(d.day(), d.month(), y) && !LocalDate.of(y, d.month(), d.day()).isBefore(from)) {
        return exact(d, y); // the weekday must match this one; no searching for a better year
      }
    }
    return Optional.empty();
  }

  /** The stated date, or without a year the last such date on or before {@code to}. */
  static Optional<LocalDate> onOrBefore(DateParts d, LocalDate to) {
    if (d.year() != null) {
      return exact(d, d.year());
    }
    for (int y = to.getYear(); y >= to.getYear() - YEAR_SEARCH; y--) {
      if (exists(d.day(), d.month(), y) && !LocalDate.of(y, d.month(), d.day()).isAfter(to)) {
        return exact(d, y);
      }
    }
    return Optional.empty();
  }

  private static boolean exists(int day, int month, int year) {
    return month >= 1 && month <= 12 && day >= 1
        && day <= YearMonth.of(year, month).lengthOfMonth();
  }

  // ---------------------------------------------------------------------------------- times

  /**
   * A clock time "08:00", "8.00", "08.00 uur", optionally followed by a zone "CEST", "(CET)",
   * "UTC", "GMT"; groups prefixed with {@code p}. Not after a letter, digit, dot, comma or euro
   * sign (versions, prices).
   */
  static String time(String p) {
    return "(?<![\\p{L}\\p{N}.,:\u20AC])(?<!\u20AC[\\s\\u00A0])(?<" + p + "h>\\d{1,2})[:.](?<" + p
        + "n>\\d{2})(?!\\d|[.:]\\d)"
        + "(?:" + OSP + "(?:uur|u)" + NL + ")?"
        + "(?:" + OSP + "\\(?(?<" + p + "z>CEST|CET|UTC|GMT)" + NL + "\\)?)?";
  }

  /** Minutes after midnight, or -1 when impossible; 24:00 only when {@code end}. */
  static int minutes(Matcher m, String p, boolean end) {
    int h = num(m.group(p + "h"));
    int n = num(m.group(p + "n"));
    if (h == 24 && n == 0 && end) {
      return 24 * 60;
    }
    if (h > 23 || n > 59) {
      return -1;
    }
    return h * 60 + n;
  }

  /** The offset of a stated zone abbreviation, or null when none was stated. */
  static ZoneOffset offset(String abbreviation) {
    if (abbreviation == null) {
      return null;
    }
    return switch (abbreviation.toUpperCase(Locale.ROOT)) {
      case "CEST" -> ZoneOffset.ofHours(2);
      case "CET" -> ZoneOffset.ofHours(1);
      default -> ZoneOffset.UTC;
    };
  }

  /**
   * A local date-time as an instant: at a stated offset, or in {@code zone} with
   * {@link ZonedDateTime#ofLocal}'s rule (a time in a spring gap moves forward by the gap's length;
   * a time in an autumn overlap takes the earlier offset, summer time).
   */
  static Instant instant(LocalDateTime local, ZoneOffset stated, ZoneId zone) {
    return stated != null ? local.toInstant(stated)
        : ZonedDateTime.ofLocal(local, zone, null).toInstant();
  }

  // ------------------------------------------------------------------------------- sentences

  /** A sentence ends at . ! or ? before white space and a capital, or at a blank line. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.!?](?=[\\s\\u00A0]+\\p{Lu})|\\R[\\s\\u00A0]*\\R");

  /** The [start, end) of each sentence of the text. */
  static List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int start = 0;
    while (m.find()) {
      out.add(new int[] {start, m.end()});
      start = m.end();
    }
    out.add(new int[] {start, text.length()});
    return out;
  }

  static int[] sentenceOf(List<int[]> sentences, int position) {
    for (int[] s : sentences) {
      if (position >= s[0] && position < s[1]) {
        return s;
      }
    }
    return sentences.get(sentences.size() - 1);
  }

  // ---------------------------------------------------------------------------------- helpers

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static int num(String digits) {
    return Integer.parseInt(digits);
  }
}
