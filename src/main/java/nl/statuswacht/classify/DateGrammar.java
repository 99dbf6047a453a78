package nl.statuswacht.classify;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.calendar.MonthNames;
import nl.statuswacht.calendar.ZoneAbbreviations;

/**
 * The words, patterns, tokens and calendar arithmetic behind {@link DateExpressions}. Pure: no
 * clock, no default locale or zone.
 *
 * <p>A text is read in two steps. {@link Scan#of} finds its tokens — calendar dates, clock times
 * (with their zone), relative days ("morgenavond"), weekdays ("komende zaterdag"), nights ("nacht
 * van 6 op 7 juni") and weekends ("weekend van 13 en 14 juni") — in lower-cased text, without
 * resolving anything. It then writes the text's <em>shape</em>: the lower-cased text with each
 * token replaced by one marker character, so that the sequences ("van" date time "tot" date time)
 * are short patterns over the shape rather than one pattern over every spelling.
 *
 * <p>Over 300 lines: the grammar is one vocabulary of patterns (dates, times, zones, relative
 * days, nights, weekends) whose alternations refer to one another; split up, a change to one
 * spelling would have to be made in several files. Zone abbreviations come from the one table,
 * {@link nl.statuswacht.calendar.ZoneAbbreviations}.
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

  static final String WEEKDAY_WORDS = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"
      + "|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
      + "|tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun|ma|di|wo|do|vr|za|zo)";

  /** Weekdays that stand alone (without a date) as a day: only the full words. */
  static final List<String> FULL_WEEKDAY_WORDS = List.of("maandag", "dinsdag", "woensdag",
      "donderdag", "vrijdag", "zaterdag", "zondag", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");
  static final String FULL_WEEKDAYS = "(?:" + String.join("|", FULL_WEEKDAY_WORDS) + ")";

  static final String MONTH_WORDS = "(?:januari|january|februari|february|maart|march|april|mei|may"
      + "|juni|june|juli|july|augustus|august|september|oktober|october|november|december"
      + "|jan|febr|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)";

  /** The dot of "mrt. 2026"; a dot that ends the sentence is not part of the date. */
  static final String MONTH_DOT = "(?:\\.(?=[\\s\\u00A0]*\\d))?";

  static final String MERIDIEM = "(?:a\\.?m\\.?|p\\.?m\\.?)";

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

  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("een", 1), Map.entry("één", 1), Map.entry("eén", 1), Map.entry("one", 1),
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("twee", 2), Map.entry("two", 2),
      Map.entry("drie", 3), Map.entry("three", 3), Map.entry("vier", 4), Map.entry("four", 4),
      Map.entry("vijf", 5), Map.entry("five", 5), Map.entry("zes", 6), Map.entry("six", 6),
      Map.entry("zeven", 7), Map.entry("seven", 7), Map.entry("acht", 8), Map.entry("eight", 8),
      Map.entry("negen", 9), Map.entry("nine", 9), Map.entry("tien", 10), Map.entry("ten", 10),
      Map.entry("elf", 11), Map.entry("eleven", 11), Map.entry("twaalf", 12),
      Map.entry("twelve", 12));

  /** How many years ahead (or back) a date without a year is looked for (29 February). */
  private static final int YEAR_SEARCH = 8;

  /** Europe/Amsterdam, for "Nederlandse tijd"; a constant, never the JVM's default zone. */
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  /** The wall clock of "UK time", "British time", "London time". */
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
  static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
  static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");
  /** The clock of the Caribbean islands of the Kingdom: AST, UTC−4 all year. */
  static final ZoneId CARIBBEAN = ZoneId.of("America/Kralendijk");

  /** The islands whose clock a post may name: "Bonaire-tijd", "lokale tijd" on Curaçao. */
  static final String CARIBBEAN_PLACES = "(?:bonaire|cura[cç]ao|aruba|sint" + SP + "maarten"
      + "|st\\.?" + OSP + "maarten|sint" + SP + "eustatius|statia|saba|caribisch" + SP
      + "nederland|caribbean" + SP + "netherlands|caribbean)";

  /** One of {@link #CARIBBEAN_PLACES}, as a word. */
  static final Pattern CARIBBEAN_PLACE = Pattern.compile(NLB + CARIBBEAN_PLACES + NL);

  /** The islands' clock by name: "Bonaire-tijd", "Curaçao time", "Arubaanse tijd". */
  private static final String ISLAND_CLOCK_NAMES = "(?:" + CARIBBEAN_PLACES + "(?:-|" + SP
      + ")(?:tijd|time)|arubaanse" + SP + "tijd)";

  /** The islands' clock by name or abbreviation: those names, and "AST". */
  private static final String ISLAND_CLOCK = "(?:" + ISLAND_CLOCK_NAMES + "|(?-i:AST))" + NL;

  /** Words that say a post's times are the writer's: "lokale tijd", "local time". */
  private static final String LOCAL_WORDS = "(?:(?:lokale|plaatselijke)" + SP + "tijd|local"
      + SP + "time)" + NL;

  /** Amsterdam's clock in words: "Nederlandse tijd", "NL-tijd", "Netherlands time". */
  private static final String DUTCH_CLOCK_WORDS = "nederlandse" + SP + "tijd|nl-tijd|nl" + SP
      + "(?:tijd|time)|dutch" + SP + "time|netherlands" + SP + "time|europese" + SP + "tijd";

  /** Names of Amsterdam's clock: those words, and "CET". */
  private static final String DUTCH_NAMES = DUTCH_CLOCK_WORDS + "|(?-i:CET|CEST)";

  /** Words of Amsterdam's clock beside a local time: "(13:45 uur Nederlandse tijd)". */
  private static final String DUTCH_CLOCK = "(?:" + DUTCH_NAMES + "|in" + SP + "nederland)";

  private static final String CLOCK_TIME = "(\\d{1,2})[:.](\\d{2})" + OSP + "(?:uur" + OSP + ")?";

  /** The start of a range whose end is compared: "(07:00 tot 11:00 uur Nederlandse tijd)". */
  private static final String RANGE_START = "(?:\\d{1,2}[:.]\\d{2}" + OSP + "(?:uur" + OSP
      + ")?(?:tot|to|till|until|[-\u2013])" + OSP + ")?";

  /**
   * A time on the writer's clock with Amsterdam's beside it, or the ends of two ranges so:
   * "08:45 uur lokale tijd (13:45 uur Nederlandse tijd)", "10:00 uur Bonaire-tijd (15:00 uur
   * Nederlandse tijd)", "van 02:00 tot 06:00 uur lokale tijd (07:00 tot 11:00 uur Nederlandse
   * tijd)"; not the other way round, which makes Amsterdam's the post's clock.
   */
  private static final Pattern LOCAL_THEN_DUTCH = Pattern.compile("(?iu)" + CLOCK_TIME + "\\(?"
      + OSP + "(" + LOCAL_WORDS + "|" + ISLAND_CLOCK + ")" + OSP + "\\)?" + OSP + "[(,/]" + OSP
      + RANGE_START + CLOCK_TIME + DUTCH_CLOCK + NL);

  /** The writer's clock after a time: "07:30 uur (Aruba-tijd)", "09:30 AST", "lokale tijd". */
  private static final Pattern WRITERS_TIME = Pattern.compile("(?iu)" + CLOCK_TIME + "\\(?" + OSP
      + "(?:" + ISLAND_CLOCK + "|" + LOCAL_WORDS + ")");

  /** The islands' clock, anywhere. */
  private static final Pattern ISLAND_WORDS = Pattern.compile("(?iu)" + NLB + ISLAND_CLOCK);

  /** A clock time, the first of which the islands' must be. */
  private static final Pattern ANY_CLOCK_TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}");

  /** Words of Amsterdam's clock anywhere: "Alle tijden zijn Nederlandse tijd", "10:00 CET". */
  private static final Pattern DUTCH_WORDS = Pattern.compile("(?iu)" + NLB + "(?:" + DUTCH_NAMES
      + ")" + NL);

  /**
   * The clock a post's times without a zone are on: Amsterdam's, KVK's own, unless the post is
   * written on another. It is when the post gives a time on the writer's clock with Amsterdam's
   * beside it ("08:45 uur lokale tijd (13:45 uur Nederlandse tijd)"): five or six hours behind in
   * Dutch words is the islands' (AST, UTC−4 all year, whatever the season of the day it names),
   * one hour London's, else the offset the two differ by on the day of {@code anchor}; or when
   * its first time is on the writer's clock ("07:30 uur (Aruba-tijd)", "09:30 AST", "11:00 uur
   * lokale tijd"), it names the islands' clock, and it names Amsterdam's nowhere. A post that
   * says only "lokale tijd" names no clock, and "Voor klanten op Bonaire is dit 02:00 uur lokale
   * tijd" after Amsterdam's times is a gloss.
   */
  static ZoneId clockOf(String text, Instant anchor) {
    Matcher pair = LOCAL_THEN_DUTCH.matcher(text);
    if (pair.find()) {
      int ahead = Math.floorMod(minutes(pair, 4) - minutes(pair, 1) + 720, 1440) - 720;
      boolean dutch = !pair.group(3).toLowerCase(Locale.ROOT).startsWith("local");
      if (dutch && (ahead == 300 || ahead == 360)) {
        return CARIBBEAN;
      }
      if (ahead == 60) {
        return LONDON;
      }
      int seconds = AMSTERDAM.getRules().getOffset(anchor).getTotalSeconds() - ahead * 60;
      if (ahead % 30 == 0 && Math.abs(seconds) <= 14 * 3600) {
        return seconds == AMSTERDAM.getRules().getOffset(anchor).getTotalSeconds() ? AMSTERDAM
            : ZoneOffset.ofTotalSeconds(seconds);
      }
    }
    Matcher writers = WRITERS_TIME.matcher(text);
    Matcher first = ANY_CLOCK_TIME.matcher(text);
    return writers.find() && first.find() && first.start() == writers.start()
        && ISLAND_WORDS.matcher(text).find() && !DUTCH_WORDS.matcher(text).find() ? CARIBBEAN
        : AMSTERDAM;
  }

  private static int minutes(Matcher m, int hourGroup) {
    return num(m.group(hourGroup)) * 60 + num(m.group(hourGroup + 1));
  }

  // ------------------------------------------------------------------------- shape markers

  static final char M_DATE = '\uE001';
  static final char M_BARE = '\uE002';
  static final char M_REL = '\uE003';
  static final char M_WDAY = '\uE004';
  static final char M_NIGHT = '\uE005';
  static final char M_WEEKEND = '\uE006';
  static final char M_TIME = '\uE007';

  /** In a shape pattern: a time. */
  static final String T = "\uE007";
  /** In a shape pattern: a day a time can be on (date, bare day-month, relative day, weekday). */
  static final String DAYC = "[\uE001\uE002\uE003\uE004]";
  /** In a shape pattern: a calendar date. */
  static final String DC = "[\uE001\uE002]";

  // ---------------------------------------------------------------------------------- dates

  /**
   * A calendar date with an optional weekday before it, its groups prefixed with {@code p}:
   * "zaterdag 18 oktober 2025", "1e juli", "14. May 2026" (a dot after the day only before a
   * month and a year: "1. May 14" is a list's first item), "Sunday, 20 July 2025", "June 7, 2026",
   * "14-03-2026", "7/6/2026", "2026-03-14", "za 19-09", "7-6". Matched in lower-cased text.
   */
  static String date(String p) {
    String dayStart = "(?<![\\p{L}\\p{N}.,:/\\-])";
    return "(?:" + NLB + "(?<" + p + "w>" + WEEKDAY_WORDS + ")(?:(?<=dag)(?:ochtend|middag|avond))?"
        + NL
        + "\\.?,?" + SP + ")?"
        + "(?:" + dayStart + "(?<" + p + "d>\\d{1,2})(?:ste|st|nd|rd|th|de|e|\\.(?=" + SP
        + MONTH_WORDS + NL + "\\.?,?" + SP + "\\d{4}))?(?:" + SP
        + "(?:of" + SP + ")?(?<" + p + "m>" + MONTH_WORDS + ")" + NL + MONTH_DOT
        + "(?:,?" + SP + "(?<" + p + "y>\\d{4})(?!\\d))?"
        // "7-Feb-2026", "14-Mar-2026"
        + "|-(?<" + p + "hm>" + MONTH_WORDS + ")" + NL + "(?:-(?<" + p + "hy>\\d{4})(?!\\d))?)"
        + "|" + NLB + "(?<" + p + "fm>" + MONTH_WORDS + ")" + NL + "\\.?" + SP + "(?<" + p
        + "fd>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.:]\\d|" + OSP + "(?:uur|u|" + MERIDIEM
        + ")" + NL + ")(?:,?" + SP + "(?<" + p + "fy>\\d{4})(?!\\d))?"
        // ISO 8601, and as East Asian writers put it: "2026/04/15", "2026.11.26"
        + "|" + dayStart + "(?<" + p + "iy>\\d{4})(?<" + p + "is>[-/.])(?<" + p
        + "im>\\d{1,2})\\k<" + p + "is>(?<" + p + "id>\\d{1,2})(?!\\d|(?<=[./]\\d{1,2})[./:]\\d)"
        + "|" + dayStart + "(?<" + p + "nd>\\d{1,2})(?<" + p + "ns>[-/.])(?<" + p
        + "nm>\\d{1,2})(?:\\k<" + p + "ns>(?:(?<" + p + "ny>\\d{4})|['\u2019](?<" + p
        + "nyy>\\d{2})))?(?!\\d|[-/.:]\\d)" // "14-03-2026", "14-03-'26"
        + ")";
  }

  /** A date starts where no letter or digit precedes: checked first, so words fail fast. */
  static final Pattern DATE = Pattern.compile("(?<![\\p{L}\\p{N}])" + date("x"));

  /** The parts of a date as written; nothing resolved yet. */
  record DateParts(int day, int month, Integer year, DayOfWeek weekday) {}

  /**
   * Whether a day and month with dots and no year is a date as German and Nordic writers put it
   * ("Sunday 05.04. from 22:00", "am 03.06. von"): a dot after the month too, and a weekday
   * before it or no sentence ending there (not "tot 10.12. Daarna"). "zaterdag 08.00" is a time.
   */
  private static boolean dottedDate(Matcher m, String p, String original) {
    int end = m.end();
    if (WEEKDAY_IN_BRACKETS.matcher(original).region(end, original.length()).lookingAt()
        && !precededBy(lower(original), m.start(), TIME_RANGE_BEFORE)) {
      return true; // "10.12 (Thursday)", as Polish writers put it
    }
    if (end >= original.length() || original.charAt(end) != '.') {
      return false;
    }
    if (m.group(p + "w") != null) {
      return true;
    }
    int next = end + 1;
    while (next < original.length() && Character.isWhitespace(original.charAt(next))) {
      next++;
    }
    return next > end + 1 && next < original.length()
        && !Character.isUpperCase(original.charAt(next));
  }

  /** A time and the word of a range's end: "from 09.55 till 10.11 (Thursday)" ends at 10:11. */
  private static final Pattern TIME_RANGE_BEFORE = Pattern.compile("\\d[:.]\\d\\d" + OSP
      + "(?:[-\u2013]|tot|till|until|to|t/m)" + OSP + "$");

  /** A weekday in brackets right after a date: "10.12 (Thursday)", "10.12 (do)". */
  private static final Pattern WEEKDAY_IN_BRACKETS = Pattern.compile(OSP + "\\(" + OSP
      + "(?<bw>" + WEEKDAY_WORDS + ")\\.?" + OSP + "\\)", Pattern.CASE_INSENSITIVE);

  /** Whether the first character after white space from {@code at} on is a capital. */
  private static boolean capitalAfter(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && Character.isUpperCase(text.charAt(i));
  }

  /** Right before an hour as said aloud ("9en"): a word that starts or ends a time. */
  private static final Pattern SPOKEN_HOUR_CUE = Pattern.compile(NLB + "(?:rond|om|sinds|na"
      + "|vanaf|tot|tegen|voor)" + SP + "$");

  /** After an hour as said aloud: words that make it a count ("2en half uur", "10en 11 maart"). */
  private static final Pattern NOT_A_SPOKEN_HOUR = Pattern.compile(SP + "(?:half|een|\\d)");

  /** The names of a maintenance window: "venster", "tijdvak", "time slot". */
  static final String WINDOW_NAMES = "(?:venster|onderhoudsvenster|tijdvak|tijdslot|window|time"
      + SP + "slot)";

  /** Words of about before a time: "ong.", "circa", "approximately". */
  static final String ABOUT_WORDS = "(?:ongeveer|ong\\.|circa|ca\\.|approx\\.|aprox\\."
      + "|approximately|about|around|roughly)";

  /**
   * "since", "sinds", "seit" right before an hour of the morning: "since 2h" is a length (an
   * afternoon's hour is no length a status post counts in: "Since 14h the Mutatieservice does
   * not deliver" is 14:00).
   */
  private static final Pattern SINCE_BEFORE = Pattern.compile(NLB + "(?:since|sinds|seit)" + SP
      + "(?:" + ABOUT_WORDS + SP + ")?$");

  /**
   * A word that starts a time and one of about, right before an hour without minutes: "sinds
   * ong. 14u", "om ongeveer 9 uur", "from about 10 o'clock" are times, not lengths.
   */
  private static final Pattern CUE_ABOUT = Pattern.compile(NLB + "(?:om|vanaf|sinds|since|from"
      + "|at)" + SP + ABOUT_WORDS + SP + "$");

  /** What follows a day-month in digits that makes it no date: "10-12 uur", "13-14 juni", "%". */
  private static final Pattern NOT_AFTER_NUMERIC = Pattern.compile(
      OSP + "(?:(?:uur|u|" + MERIDIEM + ")" + NL + "|%|procent|percent|" + MONTH_WORDS + NL + ")");

  /** Words before a number that make it no date or time: "versie 2.10", "v 10-12", "EUR 10.50". */
  private static final Set<String> NOT_BEFORE_NUMBER = Set.of("versie", "version", "release",
      "build", "v", "nr", "nummer", "no", "artikel", "art", "hoofdstuk", "paragraaf", "pagina",
      "page", "eur", "euro", "usd");

  /** Whether the word or sign before {@code at} makes the number there no date or time. */
  private static boolean afterNonDateWord(String low, int at) {
    int i = at - 1;
    while (i >= 0 && (Character.isWhitespace(low.charAt(i)) || low.charAt(i) == '\u00A0')) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    if ("\u20AC$\u00A3#".indexOf(low.charAt(i)) >= 0) {
      return true;
    }
    if (low.charAt(i) == '.') {
      i--; // "nr. 12"
    }
    int end = i + 1;
    while (i >= 0 && Character.isLetter(low.charAt(i))) {
      i--;
    }
    return end > i + 1 && NOT_BEFORE_NUMBER.contains(low.substring(i + 1, end));
  }

  /**
   * The date matched by {@link #date(String)} in lower-cased {@code low}, or null when it does
   * not count as a date: a day-month in digits without a year with a dot ("08.00" is a time), or
   * followed by "uur" or a month ("10-12 uur", "13-14 juni"); an English month-first date
   * ("June 7") written without a capital.
   */
  static DateParts parts(Matcher m, String p, String low, String original) {
    String w = m.group(p + "w");
    DayOfWeek weekday = w == null ? null : WEEKDAYS.get(w);
    if (m.group(p + "d") != null && m.group(p + "hm") != null) { // "7-Feb-2026"
      return new DateParts(num(m.group(p + "d")), month(m.group(p + "hm")),
          m.group(p + "hy") == null ? null : num(m.group(p + "hy")), weekday);
    }
    if (m.group(p + "d") != null) {
      return new DateParts(num(m.group(p + "d")), month(m.group(p + "m")),
          m.group(p + "y") == null ? null : num(m.group(p + "y")), weekday);
    }
    if (m.group(p + "fm") != null) {
      if (!Character.isUpperCase(original.charAt(m.start(p + "fm")))) {
        return null;
      }
      return new DateParts(num(m.group(p + "fd")), month(m.group(p + "fm")),
          m.group(p + "fy") == null ? null : num(m.group(p + "fy")), weekday);
    }
    if (m.group(p + "iy") != null) {
      return new DateParts(num(m.group(p + "id")), num(m.group(p + "im")),
          num(m.group(p + "iy")), weekday);
    }
    if (m.group(p + "nd") == null) {
      return null;
    }
    Integer year = null;
    if (m.group(p + "ny") != null) {
      year = num(m.group(p + "ny"));
    } else if (m.group(p + "nyy") != null) {
      year = 2000 + num(m.group(p + "nyy")); // "14-03-'26"
    }
    if (year == null && (m.group(p + "ns").equals(".") && !dottedDate(m, p, original)
        || followed(low, m.end(), NOT_AFTER_NUMERIC))) {
      return null; // "zaterdag 08.00" is a time, "10-12 uur" two hours, "13-14 juni" two days
    }
    int first = num(m.group(p + "nd"));
    int second = num(m.group(p + "nm"));
    if (m.group(p + "ns").equals("/") && first <= 12 && second > 12 && second <= 31
        && second != first + 1) { // not "de nacht van 12/13"
      return new DateParts(second, first, year, weekday); // "Sat 3/28", US month first
    }
    return new DateParts(first, second, year, weekday);
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

  /** The first date on {@code dow} on or after {@code from} (after it when {@code strict}). */
  static LocalDate next(LocalDate from, DayOfWeek dow, boolean strict) {
    LocalDate d = strict ? from.plusDays(1) : from;
    while (d.getDayOfWeek() != dow) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The last date on or before {@code to} on {@code dow}. */
  static LocalDate previous(LocalDate to, DayOfWeek dow) {
    LocalDate d = to;
    while (d.getDayOfWeek() != dow) {
      d = d.minusDays(1);
    }
    return d;
  }

  // ---------------------------------------------------------------------------------- times

  /** The eastern Mediterranean's lands whose clock a post names: "Israel time", "Greek time". */
  private static final String EAST_MEDITERRANEAN = "(?:israel|israeli|tel" + SP + "aviv|jerusalem"
      + "|turkish|turkey|istanbul|greek|greece|athens)";

  /**
   * After a place and "time": not a compound that names something else ("Japan time zone", "Korea
   * time-outs", "Portuguese time sheets", "Indonesian time tracking", "Thai time slots").
   */
  private static final String PLACE_TIME_END = "(?!-|" + SP + "(?:zones?|tracking|sheets?|slots?"
      + "|sync|registration|attendance|outs?)" + NL + ")";

  /** Places in Africa, the Gulf and South Asia whose clock a post names: "Cairo time". */
  private static final String AFRICA_AND_ASIA = "(?:cairo|egypt|egyptian|lagos|nigeria|nigerian"
      + "|nairobi|kenya|kenyan|dubai|abu" + SP + "dhabi|uae|gulf|karachi|lahore|pakistan"
      + "|pakistani|dhaka|bangladesh|johannesburg|south" + SP + "africa)";

  /** Between two times of a range, looked ahead for "22" in "van 22 tot 6 uur". */
  private static final String SEP_AHEAD = "(?:" + OSP + "[-\u2013\u2014]" + OSP + "|" + SP
      + "(?:tot|en|to|until|till|and|t/m)" + SP + ")";

  /** Europe's zone names, as an hour without minutes may have them: "22-02 CET". */
  private static final String EUROPE = "(?:cet|cest|mez|mesz|utc|gmt)";

  /**
   * East and Southeast Asian places whose clock a post names: "Taipei time", "Japan time", "Manila
   * time", "Bangkok time".
   */
  private static final String EAST_ASIA = "(?:japan|japanese|korea|korean|seoul|tokyo|hong" + SP
      + "kong|singapore|taipei|taiwan|manila|philippine|philippines|bangkok|thailand|thai|jakarta"
      + "|indonesia|indonesian|kuala" + SP + "lumpur|malaysia|malaysian|hanoi|ho" + SP + "chi"
      + SP + "minh|vietnam|vietnamese)";

  /**
   * A stated zone after a time: "CEST", "(CET)", "UTC+2", "(UTC+1)", "zomertijd", "Dutch time", the
   * US zones ("PDT", "4:12 AM ET": ET, CT, MT and PT name the region's wall clock, as "Eastern"
   * and "Pacific" do), and
   * ISO 8601's "Z" or "+01:00" ("2026-02-25T22:00Z", "2026-02-25T23:00:00+01:00").
   */
  private static final String ZONE = "(?:(?<zi>z)(?![\\p{L}\\p{N}])" // "22:00Z", ISO 8601
      + "|(?<=t\\d{2}:\\d{2}(?::\\d{2})?)(?<zis>[+\\-])(?<zih>\\d{2}):?(?<zim>\\d{2})(?![\\p{N}])"
      // a zone in brackets holds no time: not "since 09:00 (Japan time 17:00)"
      + "|" + OSP + "(?:\\(" + OSP + "(?=(?:(?!\\d[:.]\\d)[^()]){1,30}\\)))?"
      + "(?:" + NLB + "(?<z>cest|cet|mesz|mez|utc|gmt|bst|est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|mt"
      + "|pt|ist|sgt|aest|aedt|acst|acdt|awst|nzst|nzdt|sast|ast|adt|jst|kst|hkt|eest|eet|brt"
      + "|west|wet|idt|trt|wat|eat|gst|pkt|pht|myt|wib)"
      + "(?:(?<zs>[+\\-\u2212])(?<zh>\\d{1,2})(?::?(?<zm>\\d{2}))?)?"
      + "(?:/(?<zalt>cest|cet|est|edt|cst|cdt|mst|mdt|pst|pdt|aest|aedt|acst|acdt|nzst"
      + "|nzdt|sast))?"
      + "|" + NLB + "(?<zw>zomertijd|wintertijd|" + DUTCH_CLOCK_WORDS + "|amsterdamse" + SP
      + "tijd|amsterdam" + SP + "time"
      // "14:00 Bonaire-tijd", "(Aruba-tijd)", "Curaçao time": the islands' clock, AST all year
      + "|" + ISLAND_CLOCK_NAMES + "(?!-)"
      // "15:50 Taipei time", "09:00 Japan time", "Manila time": East Asia's clocks by name
      + "|" + EAST_ASIA + SP + "time" + PLACE_TIME_END
      + "|(?:uk|british|london)" + SP + "time|britse" + SP + "tijd"
      // "09:00 (Lisbon time)", "03:00 (Brasília time)", "(horário de Brasília, BRT)"
      + "|(?:lisbon|portugal|portuguese|bras[ií]lia|brazil|brazilian)" + SP + "time"
      + PLACE_TIME_END + "|hor[aá]rio" + SP + "de" + SP + "bras[ií]lia"
      // "21:00 Israel time (IST)", "(Greek time, EEST)", "10:00 Turkish time", "Turkse tijd"
      + "|(?:" + EAST_MEDITERRANEAN + "|" + AFRICA_AND_ASIA + ")" + SP + "time" + PLACE_TIME_END
      + "|(?:isra[eë]lische|turkse|griekse)" + SP + "tijd"
      // "9pm to 11pm Eastern", "7:00am Pacific time": the US regions' wall clocks, as ET and PT
      // (only before a sentence's punctuation: "Eastern European customers" is no zone)
      + "|(?:eastern|pacific)(?:" + SP + "time)?(?=" + OSP + "(?:[.,;:!?)]|$))))"
      + "(?![\\p{L}\\p{N}])(?:" + OSP + "\\))?)?"
      + "(?:" + OSP + "\\(" + OSP + "(?<z2>utc|gmt)(?<z2s>[+\\-\u2212])(?<z2h>\\d{1,2})"
      + "(?::?(?<z2m>\\d{2}))?" + OSP + "\\))?";

  /** The hours of a clock time in words: "half elf", "kwart over twaalf" ("half 10" too). */
  private static final String CLOCK_WORDS = "(?:een|één|eén|twee|drie|vier|vijf|zes|zeven|acht"
      + "|negen|tien|elf|twaalf)";

  /** The hours of an English clock time in words: "half past seven", "ten past nine". */
  private static final String ENGLISH_CLOCK_WORDS = "(?:one|two|three|four|five|six|seven|eight"
      + "|nine|ten|eleven|twelve)";

  /**
   * Right before an English clock time in words: "since about ten past nine", "at half past",
   * "between half past nine and 11.00".
   */
  private static final Pattern ENGLISH_CLOCK_CUE = Pattern.compile("(?<![\\p{L}])(?:since|at"
      + "|around|by|until|till|before|after|between)(?:" + SP
      + "(?:about|around|approximately|roughly))?" + OSP + "$");

  /** A part of the day right after a clock time in words: "half past seven this morning". */
  private static final Pattern PART_OF_THE_DAY_AFTER = Pattern.compile(SP + "(?:this" + SP
      + "(?:morning|afternoon|evening)|tonight|last" + SP + "night|in" + SP + "the" + SP
      + "(?:morning|afternoon|evening)|o'clock)" + NL);

  /**
   * An English clock time in words may be in a text without digits ("ten past nine", "quarter to
   * three"): only then is it scanned for one.
   */
  static final Pattern ENGLISH_CLOCK_AHEAD = Pattern.compile("(?:half|quarter|five|ten|twenty)"
      + SP + "(?:past|to)" + SP);

  /** Minutes of an English clock time in words, before "past" or "to". */
  private static final Map<String, Integer> ENGLISH_MINUTES = Map.of("five", 5, "ten", 10,
      "quarter", 15, "twenty", 20, "twenty-five", 25, "half", 30);

  /** A full Dutch weekday: "maandag" .. "zondag", also as the start of "zaterdagavond". */
  private static final String FULL_WEEKDAY = "(?:maan|dins|woens|donder|vrij|zater|zon)dag";

  /** A day before a part of the day in one word: "gisteravond", "zaterdagochtend". */
  private static final String DAY_BEFORE_A_PART = "(?:(?:eer)?gister(?:en)?|" + FULL_WEEKDAY + ")";

  /** {@link #DAY_BEFORE_A_PART}, or none: "avond", "gisteravond". */
  private static final String DAY_OF_A_PART = DAY_BEFORE_A_PART + "?";

  /**
   * A part of the day after or before a clock time in words: morning or night ("vannacht",
   * "zondagochtend"), else afternoon ("gisteravond").
   */
  private static final Pattern MORNING_NEAR = Pattern.compile(NLB
      + "(?:vanochtend|vanmorgen|voormiddag|" + DAY_OF_A_PART + "(?:ochtend|nacht)|morgens|ochtends"
      + "|vannacht"
      + "|nachts|morning)");
  private static final Pattern AFTERNOON_NEAR = Pattern.compile(NLB
      + "(?:vanmiddag|vanavond|" + DAY_OF_A_PART + "(?:middag|avond)|middags|avonds|afternoon"
      + "|evening)");

  /** A night next to a clock time in words: its hours from 7 on are the evening's. */
  private static final Pattern NIGHT_NEAR = Pattern.compile(NLB
      + "(?:vannacht|" + DAY_BEFORE_A_PART + "nacht"
      + "|'s" + SP + "nachts|last" + SP + "night|tonight|overnight)" + NL);

  /** An afternoon or evening named after a bare hour: "2 uur vanmiddag", "8 uur vanavond". */
  private static final Pattern LATER_PART_AFTER = Pattern.compile(OSP
      + "(?:vanmiddag|vanavond|this" + SP + "(?:afternoon|evening)|tonight)" + NL);

  /**
   * The end of a range whose own afternoon or evening is the range's: "(tussen 8) en 10 uur 's
   * avonds", "(van 7) tot 9 uur vanavond".
   */
  private static final Pattern LATER_RANGE_END = Pattern.compile(SEP_AHEAD
      + "(?<to>\\d{1,2})(?:[:.]\\d{2})?(?:" + OSP + "(?:uur|u)" + NL + ")?" + OSP
      + "(?:(?:'s|\u2019s)" + OSP + "(?:avonds|middags)|vanavond|vanmiddag)" + NL);

  /**
   * Whether a bare first {@code hour} of a range, without a part of the day of its own, at {@code
   * at} starts one whose end, a later hour before twelve, is said of the afternoon or evening:
   * then the start is too ("tussen 8 en 10 uur 's avonds" and "van 7 uur tot 9 uur 's avonds" are
   * 20:00 to 22:00 and 19:00 to 21:00; "tussen 11 en 1 uur 's middags" stays 11:00, "tussen 10 en
   * 12 uur 's middags" 10:00, "van 7 uur 's ochtends tot 9 uur 's avonds" 07:00).
   */
  /**
   * Whether {@code part} names a part of the day in {@code before} that is {@code hour}'s: not the
   * part of an earlier time unless that time's hour is smaller ("10 uur 's avonds tot 2 uur": the
   * evening is 10's, not 2's; "9 uur 's avonds tot 11 uur": 11's too).
   */
  private static boolean partBefore(Pattern part, String before, int hour) {
    Matcher m = part.matcher(before);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    if (last < 0) {
      return false;
    }
    Matcher earlier = TIME_RIGHT_BEFORE.matcher(before).region(0, last);
    return !earlier.find() || num(earlier.group(1)) < hour;
  }

  /** A clock time right before a part of the day: "10 uur 's avonds", "22:00 vanavond". */
  private static final Pattern TIME_RIGHT_BEFORE = Pattern.compile("(\\d{1,2})(?:[:.]\\d{2})?"
      + OSP + "(?:uur|u|h)?" + OSP + "$");

  private static boolean laterRangeEnd(String low, int at, int hour) {
    Matcher m = LATER_RANGE_END.matcher(low);
    m.region(at, low.length());
    m.useTransparentBounds(true);
    return m.lookingAt() && hour < num(m.group("to")) && num(m.group("to")) < 12;
  }

  /**
   * An evening named before a bare hour: "vanavond", "zaterdagavond 14 maart", "'s avonds",
   * "this evening", "tonight".
   */
  private static final Pattern EVENING_BEFORE = Pattern.compile(NLB
      + "(?:(?:" + FULL_WEEKDAY + "|van|'s" + OSP + ")?avonds?|this" + SP + "evening|tonight)"
      + NL);

  /**
   * An afternoon named before a bare hour of one to six: "vanmiddag 3 uur", "this afternoon 3h"
   * (not "'s middags tussen elf en twee", which starts before noon).
   */
  private static final Pattern AFTERNOON_BEFORE = Pattern.compile(NLB
      + "(?:(?:" + FULL_WEEKDAY + "|van|'s" + OSP + ")?middags?|this" + SP + "afternoon)" + NL);

  /**
   * A clock time, in lower-cased text: "08:00", "8.00", "08.00 uur", "23u30", "23 uur", "11 pm",
   * "11:30 p.m.", "middernacht", "midnight", "het middaguur", "noon", or the bare first hour of a
   * range ("van 22 tot 6 uur"); then an optional zone, and the same moment in another zone in
   * brackets ("23:00 CEST (21:00 UTC)"). Not after a letter, digit, dot, comma, colon or currency
   * sign.
   */
  static final Pattern TIME = Pattern.compile(
      "(?=[0-9mhktnqf])(?:(?<=\\d)t(?=\\d)|(?<![\\p{L}\\p{N}.,:\u20AC$\u00A3]))"
          + "(?<!\u20AC[\\s\\u00A0])"
          // seconds before an ISO offset, or ":00" before a space or a stop, as tools print them
          // ("2026-03-10 19:30:00 CET")
          + "(?:(?<h>\\d{1,2})(?:[:.](?<n>\\d{2})(?::\\d{2}(?:\\.\\d{1,9})?(?=[z+\\-])"
          + "|:00(?=[\\s\\u00A0.,;)]|$))?"
          + "|[uh](?<un>\\d{2}))(?![\\p{N}]|[.:,]\\p{N})"
          + "(?:" + OSP + "(?<ap>" + MERIDIEM + ")" + NL + ")?"
          + "|(?<h2>\\d{1,2})" + OSP + "(?<ap2>" + MERIDIEM + ")" + NL
          // "7 uur", "7u", "7h", "22hs" (Spanish writers), "9en" (spoken: "negenen"), "22 o'clock",
          // "6 in the morning"
          + "|(?<h3>\\d{1,2})(?:" + OSP + "uur|u|hs|h|en|" + SP + "o['\u2019]clock|(?=" + SP + "in"
          + SP + "the" + SP + "morning" + NL + ")"
          + "|(?=" + OSP + EUROPE + NL + "))" + NL // "between 22-02 CET"
          + "|(?<h4>\\d{1,2})(?=" + SEP_AHEAD + "(?:\\d{1,2}(?:[:.]\\d{2})?" + OSP + "(?:uur|u|"
          + MERIDIEM + "|o['\u2019]clock)|half|kwart" + SP + "(?:over|voor|na))" + NL
          + "|" + OSP + "[-\u2013\u2014]" + OSP + "\\d{1,2}(?:[:.]\\d{2})?" + OSP + EUROPE + NL
          + ")"
          + "|" + NLB + "(?<mid>middernacht|midnight)" + NL
          + "|" + NLB + "(?<noon>(?:het" + SP + ")?middaguur|midday|noon)" + NL
          + "|(?<wq>half|kwart" + SP + "over|kwart" + SP + "voor|kwart" + SP + "na)" + SP
          + "(?<wh>" + CLOCK_WORDS
          + "|1[0-2]|[1-9])" + NL
          // "half past seven", "ten past nine", "quarter to ten"
          + "|(?<em>half(?=" + SP + "past)|quarter|five|ten|twenty|twenty-five)" + SP
          + "(?<ed>past|to)" + SP
          + "(?<eh>" + ENGLISH_CLOCK_WORDS + "|1[0-2]|[1-9])" + NL + ")"
          // "13.00 uur", "13.00 u", "6.00 u. tot" (the dot the unit's where the sentence goes on)
          + "(?:" + OSP + "(?:uur" + NL + "|u\\.(?=[\\s\\u00A0]+[\\p{Ll}\\p{N}])|u" + NL + ")"
          + "|(?<=\\d)hs?" + NL // "22:00h", "9.30hs"
          // "23:00 hrs", "10:00 h", "9.30 hs", "23:00 o'clock"
          + "|(?<=\\d[:.]\\d\\d)" + OSP + "(?:hrs|hs|h)" + NL + "|(?<=\\d[:.]\\d\\d)" + SP
          + "o['\u2019]clock" + NL + ")?"
          // its part of the day: "tien uur 's avonds", "10.00 uur 's ochtends"
          + "(?:" + OSP + "(?:'s|\u2019s|des)" + OSP + "(?<dp>avonds|middags|ochtends|morgens"
          + "|nachts)" + NL + ")?"
          + ZONE
          // the same moment in another zone, in brackets: "23:00 CEST (21:00 UTC)"
          + "(?:" + OSP + "\\(" + OSP + "\\d{1,2}(?:[:.]\\d{2})?(?:" + OSP + MERIDIEM + "|" + OSP
          + "(?:uur|hrs|h)" + NL + ")?" + OSP + "(?:utc|gmt|cet|cest|mez|mesz)" + OSP + "\\))?");

  /**
   * Right before an hour without minutes: the word that makes it a time ("om 23 uur", "tot
   * zondag 6u", "vanaf morgen 8 uur"). Not "na", "voor", "binnen": "na 2 uur" may as well be two
   * hours.
   */
  private static final Pattern HOUR_CUE = Pattern.compile("(?:" + NLB
      + "(?:om|van|vanaf|tot|tussen|en|and|rond|omstreeks|sinds|since|from|until|till|to|at"
      + "|tijd|time)" + OSP + ":?" + OSP + "|[-\u2013\u2014]" + OSP
      // after Flemish "ten laatste" (at the latest): "tot ten laatste 13u" (not "tot uiterlijk 2
      // uur vertraagd", a length)
      + "|" + NLB + "(?:tot|until|till)" + SP + "ten" + SP + "laatste" + SP
      // a weekday written out or a day named from today: "tot zondag 6u", "zaterdagochtend 7
      // uur", "vanaf morgen 8 uur"
      + "|" + NLB + "(?:" + FULL_WEEKDAYS + "(?:ochtend|middag|avond|nacht)?|morgen(?:ochtend"
      + "|middag|avond)?|overmorgen|vandaag|vanavond|vanmiddag|vanochtend|tomorrow|today"
      + "|tonight|this" + SP + "(?:morning|afternoon|evening)),?" + SP
      // a part of the day: "vanaf 's avonds 7 uur", "'s ochtends 6 uur"
      + "|(?:'s|\u2019s)" + OSP + "(?:avonds|ochtends|middags|morgens|nachts)" + SP + ")$");

  /**
   * After an hour without minutes that opens a bracket, or follows a window's name: a dash
   * and another hour of the same kind, so that the first begins a range of clock times ("same
   * time (7h – 11h)", "(8u-12u)", "Venster nu 8u-13u", "Tijdvak: 8u-12u"); not "unavailable for
   * 2h - 3h" or "loopt nu 2u-3u achter", lengths.
   */
  private static final Pattern RANGE_OPENER_BEFORE = Pattern.compile("(?:\\(|" + NLB
      + WINDOW_NAMES + "(?:" + SP + "(?:is" + SP + ")?(?:nu|now))?" + OSP + ":?)" + OSP + "$");

  private static final Pattern HOUR_RANGE_AHEAD = Pattern.compile(OSP + "[-\u2013\u2014]" + OSP
      + "\\d{1,2}(?:[:.]\\d{2})?" + OSP + "(?:h|u|uur)" + NL);

  /**
   * Right before an hour: an opening bracket after words of the same or new hours ("zelfde
   * tijden (", "same hours ("); not "enkele uren (2 tot 3 uur)", a length.
   */
  private static final Pattern BRACKET_BEFORE = Pattern.compile(NLB + "(?:zelfde|dezelfde|same"
      + "|nieuwe|new)" + SP + "(?:tijden|tijd|tijdstip|uren|hours|times?)" + OSP + "[:,]?" + OSP
      + "\\(" + OSP + "$");

  /**
   * After an hour without minutes that opens such a bracket: "tot" or "to" and an hour that closes
   * it, "zelfde tijden (7 tot 11 uur)", "same hours (8 to 12h)".
   */
  private static final Pattern BRACKETED_HOURS_AHEAD = Pattern.compile(SP
      + "(?:tot|to|till|until)" + SP + "\\d{1,2}(?:[:.]\\d{2})?" + OSP + "(?:h|u|uur)" + NL + OSP
      + "\\)");

  /**
   * After an hour without minutes, a range's end with Europe's zone: "between 22-02 CET"; not a
   * day and month that a time follows ("22-02 CET, 10:00-12:00").
   */
  private static final Pattern ZONED_RANGE_AHEAD = Pattern.compile(OSP + "[-\u2013\u2014]" + OSP
      + "\\d{1,2}(?:[:.]\\d{2})?" + OSP + EUROPE + NL + "(?!" + OSP + "[,;]?" + OSP
      + "(?:(?:from|van|between|tussen|om|at)" + SP + ")?\\d{1,2}[:.]\\d{2})");

  /** Before such a range, words that make it a day and month: "on 21-03 CET", "Datum: 21-03". */
  private static final Pattern DAY_CUE = Pattern.compile(NLB
      + "(?:on|op|date|datum|dated|d\\.d\\.)" + OSP + ":?" + OSP + "$");

  /** Right after an hour's figures, Europe's zone and nothing else: "02 CET". */
  private static final Pattern ZONE_RIGHT_AFTER = Pattern.compile(OSP + EUROPE + NL);

  /** Between two hours of a range: a dash. */
  private static final Pattern DASH = Pattern.compile(OSP + "[-\u2013\u2014]" + OSP);

  /** Before an hour without minutes: a duration verb ("duurt tussen 1 en 2 uur"). */
  private static final Pattern DURATION_BEFORE = Pattern.compile(NLB
      + "(?:duurt|duren|duurde|duurden|lasts?|took|takes?|gedurende|ongeveer|circa|ca\\.|zo'n"
      + "|maximaal|hooguit)(?:" + SP + "[\\p{L}.']+){0,5}?" + SP + "$");

  /** Right after an hour without minutes: it was a duration ("tot 2 uur duren"). */
  private static final Pattern DURATION_AFTER = Pattern.compile(
      OSP + "(?:duren|durend|durende|lang|long|geleden|ago)" + NL);

  /**
   * After an hour without minutes that a word of about follows a cue to ({@link #CUE_ABOUT}):
   * words that make it a length after all ("sinds ongeveer 2 uur geleden", "from about 2h after
   * the deployment", "vanaf circa 2 uur voor aanvang").
   */
  private static final Pattern LENGTH_AFTER_ABOUT = Pattern.compile(OSP + "(?:geleden|ago|na"
      + "|voor|after|before|lang|long|later|eerder|earlier|extra|langer|longer|weer|again)" + NL);

  /**
   * After a range of hours without minutes: words that make it a length ("2h-3h of delays",
   * "Venster nu 1u-2u langer", "Time slot 1h-2h of downtime", "Per tijdslot 1u-2u downtime").
   */
  private static final Pattern LENGTH_AFTER_RANGE = Pattern.compile(OSP + "[-\u2013\u2014]"
      + OSP + "\\d{1,2}" + OSP + "(?:h|u|uur|hrs|hours|uren)" + SP + "(?:of|aan|langer|longer|extra"
      + "|meer|more|lang|long|downtime|vertraging|vertragingen|delays?|uitloop|overrun)" + NL);

  /** Right after a time: it was an amount or a measure ("10.50 euro", "12.30%"). */
  private static final Pattern NOT_AFTER_TIME = Pattern.compile(
      OSP + "(?:%|euro|eur|procent|percent|gb|mb|kb|ms|sec|seconden|seconds|km|kg)" + NL);

  static final int AM = 1;
  static final int PM = 2;

  /**
   * A clock time as written. {@code minutes} is the time of day; {@code midnight} is the word
   * (00:00 as a start, 24:00 as an end); {@code meridiem} 0, AM or PM; {@code zone} the stated
   * zone or null; {@code zoneValid} false when two stated zones contradict each other.
   */
  record TimeTok(int start, int end, int hour, int minute, int meridiem, boolean midnight,
      boolean bareHour, ZoneId zone, boolean zoneValid) implements Tok {
    @Override
    public char marker() {
      return M_TIME;
    }

    /** Minutes after midnight, or -1 when impossible; 24:00 and midnight as 1440 only as end. */
    int minutes(boolean asEnd) {
      if (midnight) {
        return asEnd ? 24 * 60 : 0;
      }
      int h = hour;
      if (meridiem != 0) {
        if (h < 1 || h > 12 || minute > 59) {
          return -1;
        }
        h = h % 12 + (meridiem == PM ? 12 : 0);
      }
      if (h == 24 && minute == 0) {
        return asEnd ? 24 * 60 : -1;
      }
      if (h > 23 || minute > 59) {
        return -1;
      }
      return h * 60 + minute;
    }

    TimeTok withMeridiem(int m) {
      return new TimeTok(start, end, hour, minute, m, midnight, bareHour, zone, zoneValid);
    }

    /** Midnight at the same place: "tot 12 uur" after an evening's start. */
    TimeTok asMidnight() {
      return new TimeTok(start, end, 0, 0, 0, true, bareHour, zone, zoneValid);
    }

    /** The same clock twelve hours on: "half 9" read as 20:30. */
    TimeTok twelveHoursOn() {
      return new TimeTok(start, end, hour + 12, minute, meridiem, midnight, bareHour, zone,
          zoneValid);
    }
  }

  /**
   * Whether a time is a clock spoken in words ("half 9", "kwart over 8", "ten past seven") read
   * as the morning for want of a part of the day near it (a morning, a night or the next day
   * named within 20 characters): the same words say the evening as well.
   */
  static boolean spokenMorning(String low, TimeTok t) {
    if (t.meridiem() != 0 || t.midnight() || t.hour() < 1 || t.hour() >= 12
        || !Character.isLetter(low.charAt(t.start()))) {
      return false;
    }
    String near = low.substring(Math.max(0, t.start() - 20), Math.min(low.length(),
        t.end() + 20));
    return !MORNING_OR_NIGHT_WORD.matcher(near).find();
  }

  /**
   * Whether a time is an hour of the small hours said as people say the afternoon's: a bare hour
   * said aloud or a clock in words from 1 to 5 ("sinds 1 uur", "sinds een uur of 2", "half 3"; not
   * "03 uur", "3u"), with no am/pm, where {@code low} from {@code from} to {@code to} (its sentence
   * and the one before) names no morning, night or early hour and writes no small hour on a
   * 24-hour clock ("van 02:00 tot 04:00"): said of a past moment on a working day, "sinds 1 uur"
   * is 13:00 more often than 01:00.
   */
  static boolean smallHourOfTheAfternoon(String low, TimeTok t, int from, int to) {
    if (t.hour() < 1 || t.hour() > 5 || t.meridiem() != 0 || t.midnight()) {
      return false;
    }
    String said = low.substring(t.start(), t.end());
    if (!Character.isLetter(said.charAt(0))
        && !(t.bareHour() && SPOKEN_BARE_HOUR.matcher(said).matches())) {
      return false;
    }
    String around = low.substring(from, to);
    return !EARLY_WORD.matcher(around).find() && !SMALL_HOUR_24.matcher(around).find();
  }

  /** A bare hour as said aloud: "1 uur", "3 o'clock" (not "03 uur", "3u": a 24-hour clock's). */
  private static final Pattern SPOKEN_BARE_HOUR = Pattern.compile("[1-9]" + OSP
      + "(?:uur|o['\u2019]clock)(?:" + SP + ".*)?", Pattern.DOTALL);

  /** Words of the morning, the night or the hours before work. */
  private static final Pattern EARLY_WORD = Pattern.compile("ochtend|morgen|morning|nacht|night"
      + "|vroeg|early|werkdag|working" + SP + "day|opening|" + NLB + "a\\.?m\\.?" + NL);

  /** A small hour on a 24-hour clock: "02:00", "04.30", "03 uur". */
  private static final Pattern SMALL_HOUR_24 = Pattern.compile(NLB + "0[0-5](?:[:.]\\d{2}|"
      + OSP + "uur" + NL + ")");

  /** Words of the morning or night, compounds too ("morgenochtend", "overnight"). */
  private static final Pattern MORNING_OR_NIGHT_WORD = Pattern.compile(
      "ochtend|morgen|morning|nacht|night");

  /** The end of a range in "o'clock" after its bare first hour: "(22) - 2 o'clock". */
  private static final Pattern OCLOCK_RANGE_END = Pattern.compile(SEP_AHEAD
      + "\\d{1,2}(?:[:.]\\d{2})?" + OSP + "o['\u2019]clock" + NL);

  /** After "IST": Ireland's clock of that name ("IST (Irish time)"), not read. */
  private static final Pattern IRISH_AFTER = Pattern.compile(OSP + "\\(?" + OSP
      + "(?:irish|ireland|ierse)" + NL);

  /** After "IST": Israel's clock ("16:00 IST (Israel time)", "IST (Tel Aviv)"). */
  private static final Pattern ISRAEL_AFTER = Pattern.compile(OSP + "\\(?" + OSP
      + "(?:israel|israeli|isra[eë]lische|tel" + SP + "aviv|jerusalem)" + NL);

  /** Zone words read only in capitals: every other one is a word as well. */
  private static final Set<String> CAPITALS_ONLY = Set.of("ist", "sgt", "ast", "adt", "jst", "kst",
      "hkt", "eet", "eest", "brt", "wet", "west", "idt", "trt", "wat", "eat", "gst", "pkt", "pht",
      "myt", "wib");

  /** Zone words a hyphen makes part of a name: "IST-afdeling", "EAT-based", "WIB-koppeling". */
  private static final Set<String> NOT_BEFORE_A_HYPHEN = Set.of("ist", "idt", "trt", "wat", "eat",
      "gst", "pkt", "pht", "myt", "wib");

  /**
   * Zone words that are words or names in capitals too: not in a text in capitals, nor after a line
   * break.
   */
  private static final Set<String> WORDS_AS_WELL = Set.of("eet", "eest", "wet", "west", "wat",
      "eat", "gst", "pkt", "pht", "myt", "wib");

  /** Zone words that open a notice's headings too: "WAT: …", "WAT U MOET WETEN". */
  private static final Set<String> HEADINGS_AS_WELL = Set.of("wat", "eat", "pht", "myt", "wib");

  /** Zone words that are systems' names too: "WIB en KVK API". */
  private static final Set<String> SYSTEMS_AS_WELL = Set.of("pht", "myt", "wib");

  /**
   * Whether a zone word after a time is none: IST, SGT, AST, ADT, JST, KST, HKT, EET, EEST, BRT,
   * WET, WEST, IDT, TRT, WAT, EAT, GST and PKT only in capitals ("Die API ist nicht erreichbar" is
   * German, "van 9:00 tot 13:00 eet het team" is Dutch), EET, EEST, WET, WEST, WAT, EAT, GST and PKT
   * not in a text in capitals ("TOT 22:00 WAT ER GEBEURT") or on a new line, WAT and EAT not before
   * a heading's colon or a word in capitals ({@link #HEADING_AFTER}), IST, IDT, TRT, WAT, EAT,
   * GST and PKT not before a hyphen ("IST-afdeling", "EAT-based customers"), GST not before words
   * of the tax ({@link #GST_TAX_AFTER}), WET, WEST and BRT not as a region or register ({@link
   * #REGION_AFTER}), and IST not before words of Ireland.
   */
  private static boolean notTheZone(Matcher m, String low, String original) {
    String z = m.group("z");
    if (!CAPITALS_ONLY.contains(z)) {
      return false;
    }
    int at = m.start("z");
    return !original.startsWith(z.toUpperCase(Locale.ROOT), at)
        || z.equals("ist") && followed(low, m.end("z"), IRISH_AFTER)
        || NOT_BEFORE_A_HYPHEN.contains(z) && original.startsWith("-", m.end("z"))
        || WORDS_AS_WELL.contains(z)
        && (shouted(original, m.start()) || original.substring(m.start(), at).indexOf('\n') >= 0)
        || HEADINGS_AS_WELL.contains(z)
        && HEADING_AFTER.matcher(original).region(m.end("z"), original.length()).lookingAt()
        || SYSTEMS_AS_WELL.contains(z)
        && NAME_AFTER.matcher(original).region(m.end("z"), original.length()).lookingAt()
        || z.equals("gst") && GST_TAX_AFTER.matcher(low).region(m.end("z"), low.length())
        .lookingAt()
        || Set.of("we", "br").contains(z.substring(0, 2))
        && REGION_AFTER.matcher(original).region(m.end("z"), original.length()).lookingAt();
  }

  /**
   * After WAT or EAT, words of a heading: a colon or a word in capitals ("22:00 - 23:00 WAT: de KVK
   * API is niet beschikbaar", "22:00-23:00 WAT U MOET WETEN", "EAT: the kitchen is closed").
   */
  private static final Pattern HEADING_AFTER = Pattern.compile("[ \\u00A0]*:|[ \\u00A0]+\\p{Lu}"
      + "(?!\\p{Ll})");

  /**
   * After PHT, MYT or WIB: Dutch "en" or "koppeling", which make it a system's name ("22:00 tot
   * 23:00 WIB en KVK API niet beschikbaar"); not English "and" ("7:50 PM PHT and searches are
   * back").
   */
  private static final Pattern NAME_AFTER = Pattern.compile(SP + "(?:en|koppeling)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  /** After "GST": words of the tax of that name ("GST calculation", "GST returns"). */
  private static final Pattern GST_TAX_AFTER = Pattern.compile(SP + "(?:calculations?|returns?"
      + "|filings?|invoices?|invoicing|rates?|registrations?|payments?|amounts?|numbers?|tax"
      + "|reports?|reporting)" + NL);

  /**
   * After WET, WEST or BRT: a hyphen or "en", "and", "of", "or", "koppeling" — a region or a
   * Dutch register ("22:00 WEST-Nederland", "WEST en ZUID", "08:15 BRT en KVK API"), not a
   * clock.
   */
  private static final Pattern REGION_AFTER = Pattern.compile("-|" + SP
      + "(?:en|and|of|or|koppeling)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

  /**
   * Whether the word right before {@code at} is written in capitals ("VAN 9:00 TOT 13:00 EET HET
   * TEAM"): in a text in capitals an abbreviation is no sign of a zone.
   */
  private static boolean shouted(String original, int at) {
    int[] word = wordBefore(original, at);
    String letters = original.substring(word[0], word[1]);
    return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
  }

  /** Where the letters right before {@code at} are, past blanks: {start, end}, equal when none. */
  private static int[] wordBefore(String s, int at) {
    int end = at;
    while (end > 0 && isBlank(s.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    return new int[] {start, end};
  }

  /**
   * The clock a place names before "time" ({@link #EAST_ASIA}, {@link #EAST_MEDITERRANEAN},
   * {@link #AFRICA_AND_ASIA}: "Taipei time", "Manila time", "Israel time", "Turkse tijd", "Cairo
   * time"), by the first of these beginnings its words have; in this order, so that "hong kong"
   * is Hong Kong's before "ho chi minh" is Vietnam's.
   */
  private static final List<Map.Entry<String, ZoneId>> PLACE_CLOCKS = List.of(
      place("japan", "Asia/Tokyo"), place("tokyo", "Asia/Tokyo"),
      place("korea", "Asia/Seoul"), place("seoul", "Asia/Seoul"),
      place("hong", "Asia/Hong_Kong"), place("singapore", "Asia/Singapore"),
      place("taipei", "Asia/Taipei"), place("taiwan", "Asia/Taipei"),
      place("manila", "Asia/Manila"), place("philippine", "Asia/Manila"),
      place("bangkok", "Asia/Bangkok"), place("thai", "Asia/Bangkok"),
      place("jakarta", "Asia/Jakarta"), place("indonesia", "Asia/Jakarta"),
      place("kuala", "Asia/Kuala_Lumpur"), place("malaysia", "Asia/Kuala_Lumpur"),
      place("hanoi", "Asia/Ho_Chi_Minh"), place("ho", "Asia/Ho_Chi_Minh"),
      place("vietnam", "Asia/Ho_Chi_Minh"),
      place("isra", "Asia/Jerusalem"), place("tel", "Asia/Jerusalem"),
      place("jer", "Asia/Jerusalem"), place("tur", "Europe/Istanbul"),
      place("ist", "Europe/Istanbul"), place("gr", "Europe/Athens"),
      place("athens", "Europe/Athens"),
      place("cairo", "Africa/Cairo"), place("egypt", "Africa/Cairo"),
      place("lagos", "Africa/Lagos"), place("nigeria", "Africa/Lagos"),
      place("nairobi", "Africa/Nairobi"), place("kenya", "Africa/Nairobi"),
      place("karachi", "Asia/Karachi"), place("lahore", "Asia/Karachi"),
      place("pakistan", "Asia/Karachi"), place("dhaka", "Asia/Dhaka"),
      place("bangladesh", "Asia/Dhaka"), place("johannesburg", "Africa/Johannesburg"),
      place("south", "Africa/Johannesburg"), place("dubai", "Asia/Dubai"),
      place("abu", "Asia/Dubai"), place("uae", "Asia/Dubai"), place("gulf", "Asia/Dubai"));

  private static Map.Entry<String, ZoneId> place(String beginning, String zone) {
    return Map.entry(beginning, ZoneId.of(zone));
  }

  /** The clock of a place's name before "time" ({@link #PLACE_CLOCKS}), else Amsterdam's. */
  private static ZoneId placeClock(String words) {
    for (Map.Entry<String, ZoneId> place : PLACE_CLOCKS) {
      if (words.startsWith(place.getKey())) {
        return place.getValue();
      }
    }
    return AMSTERDAM;
  }

  private static TimeTok time(Matcher m, String low, String original) {
    int hour;
    int minute = 0;
    int meridiem = 0;
    boolean midnight = false;
    boolean bare = false;
    if (m.group("h") != null) {
      hour = num(m.group("h"));
      minute = num(m.group("n") != null ? m.group("n") : m.group("un"));
      meridiem = meridiem(m.group("ap"));
    } else if (m.group("h2") != null) {
      hour = num(m.group("h2"));
      meridiem = meridiem(m.group("ap2"));
    } else if (m.group("wq") != null || m.group("em") != null) {
      // "half elf" is 10:30, "kwart over twaalf" 12:15, "kwart voor drie" 14:45, "half past
      // seven" 7:30, "ten to nine" 8:50: the daytime reading, unless a part of the day next to
      // it says morning or night ("half drie vannacht", "half past seven this morning")
      if (m.group("wq") != null) {
        String wh = m.group("wh");
        int named = Character.isDigit(wh.charAt(0)) ? num(wh) : NUMBER_WORDS.get(wh);
        String q = m.group("wq");
        hour = q.equals("half") || q.endsWith("voor") ? named - 1 : named;
        minute = q.equals("half") ? 30 : q.endsWith("voor") ? 45 : 15;
      } else {
        String eh = m.group("eh");
        int named = Character.isDigit(eh.charAt(0)) ? num(eh) : NUMBER_WORDS.get(eh);
        int minutes = ENGLISH_MINUTES.get(m.group("em"));
        boolean to = m.group("ed").equals("to");
        hour = to ? named - 1 : named;
        minute = to ? 60 - minutes : minutes;
      }
      String near = low.substring(Math.max(0, m.start() - 20), Math.min(low.length(),
          m.end() + 20));
      boolean night = NIGHT_NEAR.matcher(near).find(); // "twenty past eleven last night"
      boolean morning = MORNING_NEAR.matcher(near).find();
      boolean afternoon = !morning && AFTERNOON_NEAR.matcher(near).find();
      if (hour == 0 || night && hour == 12) { // "kwart over twaalf vannacht": 00:15
        hour = morning || night ? 0 : 12; // "half een": 12:30, "half een vannacht" 00:30
      } else if (night ? hour >= 7 && hour < 12 : afternoon ? hour < 12 : !morning && hour < 7) {
        hour += 12;
      }
    } else if (m.group("h3") != null || m.group("h4") != null) {
      hour = num(m.group("h3") != null ? m.group("h3") : m.group("h4"));
      bare = true;
      // "zaterdagavond 14 maart 8 uur" is 20:00: an evening named right before a bare hour
      String before = low.substring(Math.max(0, m.start() - 24), m.start());
      String own = m.group("dp");
      boolean early = "nachts".equals(own) || "ochtends".equals(own) || "morgens".equals(own);
      if (hour >= 1 && hour < 12 && !early && ((partBefore(EVENING_BEFORE, before, hour)
          || hour < 7 && partBefore(AFTERNOON_BEFORE, before, hour))
          && !MORNING_NEAR.matcher(before).find() || followed(low, m.end(), LATER_PART_AFTER)
          || m.group("dp") == null && laterRangeEnd(low, m.end(), hour))) {
        hour += 12; // "zaterdagavond 8 uur", "2 uur vanmiddag", "tussen 8 en 10 uur 's avonds"
      }
    } else if (m.group("noon") != null) {
      hour = 12;
    } else {
      hour = 0;
      midnight = true;
    }
    String part = m.group("dp"); // "tien uur 's avonds", "8 uur 's middags": after noon
    if (part != null && meridiem == 0 && hour >= 1 && hour < 12
        && (part.equals("avonds") || part.equals("middags"))) {
      hour += 12;
    }
    ZoneId primary = null;
    boolean valid = true;
    if (m.group("zi") != null) {
      primary = ZoneOffset.UTC;
    } else if (m.group("zis") != null) {
      primary = offset(m.group("zis"), m.group("zih"), m.group("zim"));
      valid = primary != null;
    } else if (m.group("z") != null && !notTheZone(m, low, original)) {
      String z = m.group("z");
      ZoneId base = ZoneAbbreviations.stated(z).orElseThrow();
      if (m.group("zalt") != null) {
        // "CET/CEST", "PST/PDT": the wall clock of the region both name; "SAST/CEST": the offset
        // both state
        ZoneId region = ZoneAbbreviations.region(z).orElseThrow();
        String alt = m.group("zalt");
        primary = region.equals(ZoneAbbreviations.region(alt).orElseThrow()) ? region
            : ZoneAbbreviations.offset(z)
                .filter(o -> ZoneAbbreviations.offset(alt).equals(Optional.of(o))).orElse(null);
        valid = primary != null;
      } else if (m.group("zs") != null) {
        ZoneOffset o = offset(m.group("zs"), m.group("zh"), m.group("zm"));
        valid = o != null && base.equals(ZoneOffset.UTC);
        primary = o;
      } else if (z.equals("ist") && followed(low, m.end("z"), ISRAEL_AFTER)) {
        primary = ISRAEL; // the wall clock: "IST" is written in summer too
      } else {
        primary = base;
      }
    } else if (m.group("zw") != null) {
      String w = m.group("zw");
      primary = w.equals("zomertijd") ? ZoneOffset.ofHours(2)
          : w.equals("wintertijd") ? ZoneOffset.ofHours(1)
          : w.startsWith("uk") || w.startsWith("brit") || w.startsWith("london") ? LONDON
          : w.startsWith("lisbon") || w.startsWith("portug") ? LISBON
          : w.startsWith("bras") || w.startsWith("brazil") || w.startsWith("hor") ? BRASILIA
          : w.startsWith("eastern") ? ZoneAbbreviations.region("ET").orElseThrow()
          : w.startsWith("pacific") ? ZoneAbbreviations.region("PT").orElseThrow()
          : CARIBBEAN_PLACE.matcher(w).lookingAt() || w.startsWith("arubaanse") ? CARIBBEAN
          : placeClock(w); // "Manila time", "Turkse tijd"; else Amsterdam's words
    }
    if (m.group("z2") != null) {
      ZoneOffset second = offset(m.group("z2s"), m.group("z2h"), m.group("z2m"));
      if (second == null) {
        valid = false;
      } else if (primary == null || !(primary instanceof ZoneOffset)) {
        primary = second;
      } else if (!primary.equals(second)) {
        valid = false;
      }
    }
    int end = m.end();
    if (m.group("z") != null && m.group("z2") == null && notTheZone(m, low, original)) {
      end = m.start("z"); // "van 9:00 tot 13:00 eet het team": the time ends before the word
      while (end > m.start() && (isBlank(low.charAt(end - 1)) || low.charAt(end - 1) == '(')) {
        end--;
      }
    }
    return new TimeTok(m.start(), end, hour, minute, meridiem, midnight, bare, primary, valid);
  }

  private static ZoneOffset offset(String sign, String hours, String minutes) {
    int h = num(hours);
    int n = minutes == null ? 0 : num(minutes);
    if (h > 14 || n > 59) {
      return null;
    }
    int total = (h * 60 + n) * (sign.equals("+") ? 1 : -1);
    return ZoneOffset.ofTotalSeconds(total * 60);
  }

  private static int meridiem(String s) {
    if (s == null) {
      return 0;
    }
    return s.charAt(0) == 'a' ? AM : PM;
  }

  /**
   * A local date-time as an instant: at a stated offset, in a stated region, or in {@code zone},
   * with {@link ZonedDateTime#ofLocal}'s rule (a time in a spring gap moves forward by the gap's
   * length; a time in an autumn overlap takes the earlier offset, summer time).
   */
  static Instant instant(LocalDateTime local, ZoneId stated, ZoneId zone) {
    if (stated instanceof ZoneOffset offset) {
      return local.toInstant(offset);
    }
    return ZonedDateTime.ofLocal(local, stated != null ? stated : zone, null).toInstant();
  }

  // ------------------------------------------------------------------------- relative days

  static final Pattern REL = Pattern.compile(NLB
      + "(?<rel>overmorgen|morgen(?:ochtend|middag|avond|nacht|vroeg)?|vandaag|vanavond|vanmiddag"
      + "|vanochtend|vanmorgen|vannacht|eergisteren|gister(?:en|ochtend|morgen|middag|avond|nacht)?"
      + "|(?:(?:aan)?komende|aanstaande)" + SP + "nacht"
      + "|today|tonight|tomorrow|yesterday|this" + SP + "(?:morning|afternoon|evening)|last" + SP
      + "night)"
      + "(?:" + SP + "(?<part>ochtend|middag|avond|nacht|vroeg|morning|afternoon|evening|night))?"
      + NL);

  /** A word every relative day holds ("overmorgen" and "vanmorgen" hold "morgen"). */
  static final List<String> REL_WORDS = List.of("morgen", "vandaag", "vanavond", "vanmiddag",
      "vanochtend", "vannacht", "gister", "komende", "aanstaande", "today", "tonight", "tomorrow",
      "yesterday", "this", "last");

  /**
   * A relative day: {@code offset} days from the anchor's date; {@code night} a night from that
   * day to the next; {@code vannacht} the night that is coming or going on (which one depends on
   * the anchor's time of day); "komende nacht" ("aanstaande nacht") is the night from the anchor's
   * date to the next, always ahead.
   */
  record RelTok(int start, int end, String word, int offset, boolean night, boolean vannacht)
      implements Tok {
    @Override
    public char marker() {
      return M_REL;
    }

    boolean future() {
      return offset > 0 || word.equals("tonight") || word.endsWith("komende nacht")
          || word.equals("aanstaande nacht");
    }
  }

  private static RelTok rel(Matcher m) {
    String word = m.group("rel").replaceAll(SP, " ");
    String part = m.group("part");
    String all = part == null ? word : word + " " + part;
    int offset = word.startsWith("overmorgen") ? 2
        : word.startsWith("morgen") || word.startsWith("tomorrow") ? 1
        : word.startsWith("eergisteren") ? -2
        : word.startsWith("gister") || word.startsWith("yesterday") || word.startsWith("last") ? -1
        : 0;
    boolean vannacht = word.equals("vannacht");
    boolean night = all.contains("nacht") || all.contains("night");
    return new RelTok(m.start(), m.end(), word, offset, night && !vannacht, vannacht);
  }

  // ------------------------------------------------------------------------------ weekdays

  static final Pattern WDAY = Pattern.compile(NLB
      + "(?:(?<q>(?:volgende|next)" + SP + "week|komende|aankomende|aanstaande|a\\.s\\.|deze|this"
      + "|next|coming)" + SP + ")?"
      + "(?<wd>" + FULL_WEEKDAYS + ")(?:ochtend|middag|avond)?" + NL
      + "(?:" + SP + "(?<q2>a\\.s\\.|aanstaande|(?:volgende|next)" + SP + "week)" + NL + ")?");

  static final int ON_OR_AFTER = 1;
  static final int AFTER = 2;
  static final int NEXT_WEEK = 3;

  /**
   * A weekday without a date; {@code qualifier} 0 (none), ON_OR_AFTER ("deze"), AFTER ("komende")
   * or NEXT_WEEK ("volgende week dinsdag", "Tuesday next week": that day of the week after this).
   */
  record WeekdayTok(int start, int end, DayOfWeek dow, int qualifier, Holiday holiday)
      implements Tok {
    WeekdayTok(int start, int end, DayOfWeek dow, int qualifier) {
      this(start, end, dow, qualifier, null);
    }

    @Override
    public char marker() {
      return M_WDAY;
    }
  }

  // ------------------------------------------------------------------------------ holidays

  /**
   * A holiday named instead of a date, whose weekday is always the same ("Tweede Paasdag",
   * "Hemelvaartsdag", "Whit Monday"): a weekday of its own, on its date. {@code name} is the
   * holiday's name in the business calendar and {@code days} the days after it ("Eerste Paasdag"
   * is the day before "Tweede paasdag"); {@code year} the year stated after it ("Hemelvaartsdag
   * 2027"), or null.
   */
  record Holiday(String name, int days, DayOfWeek dow, Integer year) {
    Holiday in(int stated) {
      return new Holiday(name, days, dow, stated);
    }
  }

  static final String HOLIDAY_WORDS = "(?:goede" + SP + "vrijdag|good" + SP + "friday|eerste" + SP
      + "paasdag|paaszondag|easter" + SP + "sunday|tweede" + SP + "paasdag|paasmaandag|easter" + SP
      + "monday|hemelvaartsdag|ascension" + SP + "day|eerste" + SP + "pinksterdag"
      + "|pinksterzondag|whit" + SP + "sunday|pentecost" + SP + "sunday|tweede" + SP
      + "pinksterdag|pinkstermaandag|whit" + SP + "monday|pentecost" + SP + "monday)";

  static final Pattern HOLIDAY = Pattern.compile(NLB + "(?<h>" + HOLIDAY_WORDS + ")" + NL
      + "(?:" + SP + "(?<y>(?:19|20|21)\\d{2})(?!\\d))?");

  /**
   * Words before a holiday's name that make it no day: "rond Hemelvaartsdag", "de week na
   * Tweede Paasdag", "een goede vrijdag", "Have a good Friday" (not "voor": "gepland voor Tweede
   * Paasdag" is on it).
   */
  private static final Pattern NOT_THE_HOLIDAY = Pattern.compile(NLB + "(?:rond|omstreeks"
      + "|around|na|after|before|een|a|fijne|prettige|happy)" + SP + "$");

  private static final Pattern OPEN_BRACKET = Pattern.compile("\\(" + OSP + "$");
  private static final Pattern CLOSE_BRACKET = Pattern.compile(OSP + "\\)");

  /** A word every holiday name holds. */
  static final List<String> HOLIDAY_STEMS = List.of("paas", "pinkster", "hemelvaart",
      "good friday", "goede vrijdag", "easter", "ascension", "whit", "pentecost");

  private static final Map<String, Holiday> HOLIDAYS = holidays();

  private static Map<String, Holiday> holidays() {
    Holiday goodFriday = new Holiday("Goede vrijdag", 0, DayOfWeek.FRIDAY, null);
    Holiday easter = new Holiday("Tweede paasdag", -1, DayOfWeek.SUNDAY, null);
    Holiday easterMonday = new Holiday("Tweede paasdag", 0, DayOfWeek.MONDAY, null);
    Holiday ascension = new Holiday("Hemelvaartsdag", 0, DayOfWeek.THURSDAY, null);
    Holiday whitSunday = new Holiday("Tweede pinksterdag", -1, DayOfWeek.SUNDAY, null);
    Holiday whitMonday = new Holiday("Tweede pinksterdag", 0, DayOfWeek.MONDAY, null);
    return Map.ofEntries(Map.entry("goede vrijdag", goodFriday),
        Map.entry("good friday", goodFriday), Map.entry("eerste paasdag", easter),
        Map.entry("paaszondag", easter), Map.entry("easter sunday", easter),
        Map.entry("tweede paasdag", easterMonday), Map.entry("paasmaandag", easterMonday),
        Map.entry("easter monday", easterMonday), Map.entry("hemelvaartsdag", ascension),
        Map.entry("ascension day", ascension),
        Map.entry("eerste pinksterdag", whitSunday), Map.entry("pinksterzondag", whitSunday),
        Map.entry("whit sunday", whitSunday), Map.entry("pentecost sunday", whitSunday),
        Map.entry("tweede pinksterdag", whitMonday), Map.entry("pinkstermaandag", whitMonday),
        Map.entry("whit monday", whitMonday), Map.entry("pentecost monday", whitMonday));
  }

  /** The holiday {@code words} name ("Tweede  Paasdag" as written), or null. */
  static Holiday holiday(String words) {
    return words == null ? null : HOLIDAYS.get(lower(words).replaceAll(SP, " "));
  }

  static int qualifier(String q) {
    if (q == null) {
      return 0;
    }
    if (q.endsWith("week")) {
      return NEXT_WEEK;
    }
    return q.equals("deze") || q.equals("this") ? ON_OR_AFTER : AFTER;
  }

  /** The date a qualified weekday names, seen from {@code today} (see {@link #qualifier}). */
  static LocalDate qualified(LocalDate today, DayOfWeek dow, int qualifier) {
    if (qualifier == NEXT_WEEK) { // weeks start on Monday here, as in ISO 8601
      return next(today, DayOfWeek.MONDAY, true).plusDays(dow.getValue() - 1L);
    }
    return next(today, dow, qualifier == AFTER);
  }

  // -------------------------------------------------------------------------------- nights

  static final Pattern NIGHT = Pattern.compile(NLB
      // "aanstaande nacht, van dinsdag op woensdag": the first such night from today on
      + "(?:(?<nq>(?:aan)?komende|aanstaande|this|coming)" + SP + ")?"
      + "(?:over)?(?:nacht|night)" + ",?" + SP
      // "in the night to Sunday 05.04.": the night that ends on that day
      + "(?:(?:to|into|naar)" + SP + "|(?:van|of|from|between|tussen)" + SP
      + "(?:(?:(?<aq>komende|aankomende|aanstaande|a\\.s\\.|deze|this|next|coming)" + SP + ")?"
      // "Tuesday 9th to Wednesday 10th June", "between 16th and 17th July"
      + "(?<aw>" + WEEKDAY_WORDS + ")" + NL + "\\.?,?(?:" + SP + "(?<ad>\\d{1,2})(?!\\d)"
      + "(?:st|nd|rd|th)?)?"
      + "|(?<ah>" + HOLIDAY_WORDS + ")" + NL // "in de nacht van Tweede Paasdag op dinsdag"
      + "|(?<ae>\\d{1,2})(?!\\d)(?:st|nd|rd|th)?|(?=\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)))"
      // the first date's month as a name ("19 maart") or in figures ("19/3", "19-3-2026", and as
      // German writers do, "11.12.": "night from Friday 11.12. to Saturday 12.12.")
      + "(?:[/-](?<an>\\d{1,2})(?!\\d)(?:[/-](?<ny>\\d{4})(?!\\d))?"
      + "|\\.(?<an2>\\d{1,2})(?!\\d)(?:\\.(?<ny2>\\d{4})(?!\\d)|\\.(?=" + SP + "))"
      + "|" + SP + "(?<am>" + MONTH_WORDS + ")" + NL + "\\.?(?:,?" + SP
      + "(?<ay>\\d{4})(?!\\d))?"
      // ISO 8601: "night between Saturday 2026-03-28 and Sunday 2026-03-29"
      + "|(?<=[^\\d]|^)(?:" + SP + ")?(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2})(?!\\d))?"
      + SP + "(?:op|to|on|into|naar|and|en)" + SP + ")"
      + "(?:" + date("b") + "|(?<bh>" + HOLIDAY_WORDS + ")" + NL // "van zondag op Tweede Paasdag"
      + "|(?<bw2>" + WEEKDAY_WORDS + ")" + NL + "\\.?)");

  /** Before a night named by the day it ends on alone: "in the night to", "in de nacht naar". */
  private static final Pattern IN_THE_NIGHT_BEFORE = Pattern.compile(NLB
      + "(?:in|during|tijdens)" + SP + "(?:the|de)" + SP + "$");

  /**
   * A night "van [weekday] [d [month [year]]] op date", or "van weekday op weekday"
   * ({@code second} null, {@code secondDay} the second weekday).
   */
  record NightTok(int start, int end, DayOfWeek firstDay, int qualifier, Integer day,
      Integer month, Integer year, DateParts second, DayOfWeek secondDay, boolean invalid,
      Holiday holiday, Holiday secondHoliday) implements Tok {
    @Override
    public char marker() {
      return M_NIGHT;
    }
  }

  private static NightTok night(Matcher m, String low, String text) {
    Holiday holiday = holiday(m.group("ah"));
    DayOfWeek aw = holiday != null ? holiday.dow() : weekday(m.group("aw"));
    int q = m.group("aq") != null ? qualifier(m.group("aq"))
        : m.group("nq") != null && aw != null ? ON_OR_AFTER : 0;
    String d = m.group("ad") != null ? m.group("ad") : m.group("ae");
    Integer am = null;
    String y = m.group("ay") != null ? m.group("ay") : m.group("ny") != null ? m.group("ny")
        : m.group("ny2");
    if (m.group("iy") != null && d == null) {
      d = m.group("id");
      am = num(m.group("im"));
      y = m.group("iy");
    } else if (m.group("am") != null) {
      am = month(m.group("am"));
    } else if (m.group("an") != null && d != null) {
      am = num(m.group("an"));
    } else if (m.group("an2") != null && d != null) {
      am = num(m.group("an2"));
    }
    Integer ay = y == null ? null : num(y);
    Holiday second = holiday(m.group("bh"));
    if (m.group("bw2") != null || second != null) {
      return new NightTok(m.start(), m.end(), aw, q,
          d == null ? null : num(d), am, ay, null,
          second != null ? second.dow() : weekday(m.group("bw2")),
          aw == null || d != null, holiday, second);
    }
    DateParts b = parts(m, "b", low, text);
    return new NightTok(m.start(), m.end(), aw, q,
        d == null ? null : num(d), am, ay, b, null, b == null, holiday, null);
  }

  // ------------------------------------------------------------------------------ weekends

  static final Pattern WEEKEND = Pattern.compile(NLB
      + "(?:(?<rq>this" + SP + "coming|komend|aankomend|aanstaand|dit|this|coming|upcoming)e?"
      + SP + ")?weekend" + NL
      + "(?:" + SP + "(?:van|of)" + SP + "(?:(?:zaterdag|za|saturday|sat)\\.?" + SP + ")?"
      + "(?<k1>\\d{1,2})(?:ste|st|nd|rd|th|de|e)?(?!\\d)"
      + "(?:" + OSP + "(?:en|and|&|t/m|tot|[-\u2013/])" + OSP
      + "(?:(?:zondag|zo|sunday|sun)\\.?" + SP + ")?(?<k2>\\d{1,2})(?:ste|st|nd|rd|th|de|e)?"
      + "(?!\\d))?" + SP + "(?<km>" + MONTH_WORDS + ")" + NL + "\\.?(?:,?" + SP
      + "(?<ky>\\d{4})(?!\\d))?)?");

  static final int THIS_WEEKEND = 1;
  static final int COMING_WEEKEND = 2;

  /** A weekend: dated ("van 13 en 14 juni") or relative ({@code relative} THIS or COMING). */
  record WeekendTok(int start, int end, Integer first, Integer second, Integer month, Integer year,
      int relative) implements Tok {
    @Override
    public char marker() {
      return M_WEEKEND;
    }
  }

  // -------------------------------------------------------------------------------- tokens

  /** Something read from the text, at [start, end) of it. */
  sealed interface Tok permits DateTok, TimeTok, RelTok, WeekdayTok, NightTok, WeekendTok {
    int start();

    int end();

    char marker();
  }

  /** A calendar date; {@code bare} a day-month in digits without weekday or year ("7-6"). */
  record DateTok(int start, int end, DateParts parts, boolean bare) implements Tok {
    @Override
    public char marker() {
      return bare ? M_BARE : M_DATE;
    }
  }

  /** Between a bare day-month and the time after it: "7-6 van 07.00", "7/6, 22:00". */
  private static final Pattern BARE_BEFORE_TIME = Pattern.compile(
      "[\\s\\u00A0,]*(?:(?:om|van|vanaf|tussen|from|between|at)" + SP + ")?");
  /** Between a time and a bare day-month after it: "22:00 op 7-6". */
  private static final Pattern BARE_AFTER_TIME = Pattern.compile(
      "[\\s\\u00A0,]*(?:(?:op|on)" + SP + ")?");

  /** A text's tokens and its shape. */
  static final class Scan {
    final String text;
    final String low;
    final List<Tok> toks;
    final String shape;
    /** For each character of the shape: its position in the text. */
    final int[] pos;
    /** For each character of the shape: the index of its token, or -1. */
    final int[] tokAt;

    private Scan(String text, String low, List<Tok> toks) {
      this.text = text;
      this.low = low;
      this.toks = toks;
      StringBuilder sb = new StringBuilder(text.length());
      int[] p = new int[text.length() + 1];
      int[] t = new int[text.length() + 1];
      int at = 0;
      for (int i = 0; i < toks.size(); i++) {
        Tok tok = toks.get(i);
        for (int c = at; c < tok.start(); c++) {
          p[sb.length()] = c;
          t[sb.length()] = -1;
          sb.append(low.charAt(c));
        }
        p[sb.length()] = tok.start();
        t[sb.length()] = i;
        sb.append(tok.marker());
        at = tok.end();
      }
      for (int c = at; c < low.length(); c++) {
        p[sb.length()] = c;
        t[sb.length()] = -1;
        sb.append(low.charAt(c));
      }
      this.shape = sb.toString();
      this.pos = p;
      this.tokAt = t;
    }

    /** The token at a position of the shape. */
    Tok tok(int shapeIndex) {
      return toks.get(tokAt[shapeIndex]);
    }

    int index(int shapeIndex) {
      return tokAt[shapeIndex];
    }

    /** The position in the text of a position of the shape. */
    int start(int shapeIndex) {
      return pos[shapeIndex];
    }

    /** The position in the text right after a shape range ending (exclusive) at {@code end}. */
    int end(int shapeEnd) {
      int i = shapeEnd - 1;
      return tokAt[i] >= 0 ? toks.get(tokAt[i]).end() : pos[i] + 1;
    }

    boolean has(char marker) {
      for (Tok t : toks) {
        if (t.marker() == marker) {
          return true;
        }
      }
      return false;
    }

    static Scan of(String text) {
      String low = foldDates(text);
      List<Tok> toks = new ArrayList<>();
      boolean[] taken = new boolean[low.length() + 1];
      if (low.contains("nacht") || low.contains("night")) {
        Matcher n = NIGHT.matcher(low);
        while (n.find()) {
          if (n.group("aw") == null && n.group("ah") == null && n.group("ae") == null
              && n.group("iy") == null
              && !precededBy(low, n.start(), IN_THE_NIGHT_BEFORE, 16)) {
            continue; // "moved from Saturday night to Sunday 6 December": no night to Sunday
          }
          toks.add(night(n, low, text));
          take(taken, n.start(), n.end());
        }
      }
      if (low.contains("weekend")) {
        Matcher w = WEEKEND.matcher(low);
        while (w.find()) {
          if (w.group("rq") == null && w.group("k1") == null) {
            continue;
          }
          if (overlaps(taken, w.start(), w.end())) {
            continue;
          }
          Integer k1 = w.group("k1") == null ? null : num(w.group("k1"));
          Integer k2 = w.group("k2") == null ? null : num(w.group("k2"));
          Integer km = w.group("km") == null ? null : month(w.group("km"));
          Integer ky = w.group("ky") == null ? null : num(w.group("ky"));
          int rel = 0;
          if (k1 == null) {
            String rq = w.group("rq");
            rel = rq.equals("dit") || rq.equals("this") ? THIS_WEEKEND : COMING_WEEKEND;
          }
          toks.add(new WeekendTok(w.start(), w.end(), k1, k2, km, ky, rel));
          take(taken, w.start(), w.end());
        }
      }
      List<DateTok> bare = new ArrayList<>();
      Matcher d = DATE.matcher(low);
      for (int pos = 0; Starts.DATE.find(d, low, pos); pos = d.end()) {
        if (overlaps(taken, d.start(), d.end()) || afterNonDateWord(low, d.start())) {
          continue;
        }
        DateParts parts = parts(d, "x", low, text);
        if (parts == null) {
          continue;
        }
        int dateEnd = d.end();
        Matcher named = WEEKDAY_IN_BRACKETS.matcher(low).region(d.end(), low.length());
        if (d.group("xnd") != null && parts.weekday() == null && named.lookingAt()
            && !precededBy(low, d.start(), TIME_RANGE_BEFORE)) {
          // "10.12 (Thursday)": the weekday in brackets is the date's
          parts = new DateParts(parts.day(), parts.month(), parts.year(),
              weekday(named.group("bw")));
          dateEnd = named.end();
        }
        boolean isBare = d.group("xnd") != null && parts.year() == null
            && parts.weekday() == null;
        // "Monday 07.09. 10:00h": the dot after the month is the date's, not a sentence's end
        // (it is one before a capital: "op maandag 07.09. Van 07:00 tot 08:00 uur was …")
        int end = dateEnd > d.end() ? dateEnd : d.group("xnd") != null
            && d.group("xns").equals(".") && parts.year() == null
            && !capitalAfter(text, d.end() + 1) ? d.end() + 1 : d.end();
        DateTok tok = new DateTok(d.start(), end, parts, isBare);
        if (isBare) {
          bare.add(tok);
        } else {
          toks.add(tok);
          take(taken, d.start(), end);
        }
      }
      List<TimeTok> times = new ArrayList<>();
      Matcher t = TIME.matcher(low);
      while (t.find()) {
        if (overlaps(taken, t.start(), t.end())) {
          continue;
        }
        TimeTok tok = time(t, low, text);
        if (afterNonDateWord(low, t.start()) || followed(low, t.end(), NOT_AFTER_TIME)) {
          continue;
        }
        if (t.group("h3") != null && low.charAt(t.end("h3")) == 'h'
            && !t.group("h3").startsWith("0")
            && num(t.group("h3")) < (low.startsWith("hs", t.end("h3")) ? 7 : 13)
            && precededBy(low, t.start(), SINCE_BEFORE)) {
          continue; // "since 2h", "seit 2h", "since 2hs": two hours, not two o'clock ("since
          // 08h" is; Spanish writers' "since 11hs" too, as their lengths are short)
        }
        if (t.group("h4") != null && num(t.group("h4")) < 13
            && followed(low, t.end(), OCLOCK_RANGE_END)) {
          continue; // "from 1 to 3 o'clock in the afternoon": which half of the day? ("22 - 2
          // o'clock" is a night)
        }
        if (t.group("em") != null && !precededBy(low, t.start(), ENGLISH_CLOCK_CUE)
            && !followed(low, t.end(), PART_OF_THE_DAY_AFTER)) {
          continue; // "from ten to twelve nodes", "five to ten customers": numbers, not a time
        }
        if (t.group("h3") != null && low.startsWith("en", t.end("h3"))) {
          int hour = num(t.group("h3"));
          if (hour >= 1 && hour <= 12 && precededBy(low, t.start(), SPOKEN_HOUR_CUE)
              && !followed(low, t.end(), NOT_A_SPOKEN_HOUR)) {
            times.add(tok); // "rond 9en", "na 8en": a clock's hour as said aloud
          }
          continue;
        }
        if (t.group("h3") != null && followed(low, t.end("h3"), ZONE_RIGHT_AFTER)
            && (times.isEmpty() || !DASH.matcher(low)
                .region(times.get(times.size() - 1).end(), t.start()).matches())) {
          continue; // "02 CET" only as the end of a range whose start was read: "22-02 CET"
        }
        if (tok.bareHour() && followed(low, t.end(), LENGTH_AFTER_RANGE)) {
          continue; // "2h-3h of delays", "Venster nu 1u-2u langer dan gepland"
        }
        if (tok.bareHour() && !(precededBy(low, t.start(), CUE_ABOUT)
            && !followed(low, t.end(), LENGTH_AFTER_ABOUT))
            && (!(precededBy(low, t.start(), HOUR_CUE) || afterDay(low, taken,
            t.start()) || precededBy(low, t.start(), RANGE_OPENER_BEFORE)
            && followed(low, t.end(), HOUR_RANGE_AHEAD)
            || precededBy(low, t.start(), BRACKET_BEFORE)
            && followed(low, t.end(), BRACKETED_HOURS_AHEAD)
            || followed(low, t.end(), ZONED_RANGE_AHEAD) && !precededBy(low, t.start(), DAY_CUE))
            || precededBy(low, t.start(), DURATION_BEFORE)
            || followed(low, t.end(), DURATION_AFTER))) {
          continue;
        }
        times.add(tok);
      }
      for (TimeTok tok : times) {
        toks.add(tok);
        take(taken, tok.start(), tok.end());
      }
      for (DateTok b : bare) {
        if (!overlaps(taken, b.start(), b.end()) && isADay(low, b, times)) {
          toks.add(b);
          take(taken, b.start(), b.end());
        }
      }
      Matcher r = REL.matcher(low);
      boolean relative = containsAny(low, REL_WORDS);
      while (relative && r.find()) {
        if (!overlaps(taken, r.start(), r.end())) {
          toks.add(rel(r));
          take(taken, r.start(), r.end());
        }
      }
      if (containsAny(low, HOLIDAY_STEMS)) {
        Matcher h = HOLIDAY.matcher(low);
        while (h.find()) { // before the weekdays: "Goede vrijdag" is no Friday of any week
          Holiday holiday = holiday(h.group("h"));
          if (h.group("y") != null) {
            holiday = holiday.in(num(h.group("y")));
          }
          // not "donderdag 14 mei (Hemelvaartsdag)": in brackets it names a day named already
          if (!overlaps(taken, h.start(), h.end()) && !(precededBy(low, h.start(), OPEN_BRACKET)
              && followed(low, h.end(), CLOSE_BRACKET)) && !precededBy(low, h.start(),
                  NOT_THE_HOLIDAY) && (holiday.dow() != DayOfWeek.FRIDAY // "Goede Vrijdag",
                      || Character.isUpperCase(text.charAt(h.start())))) { // not "goede vrijdag"
            toks.add(new WeekdayTok(h.start(), h.end(), holiday.dow(), ON_OR_AFTER, holiday));
            take(taken, h.start(), h.end());
          }
        }
      }
      Matcher w = WDAY.matcher(low);
      boolean weekdays = containsAny(low, FULL_WEEKDAY_WORDS);
      while (weekdays && w.find()) {
        if (!overlaps(taken, w.start(), w.end())) {
          String q = w.group("q") != null ? w.group("q") : w.group("q2");
          toks.add(new WeekdayTok(w.start(), w.end(), weekday(w.group("wd")), qualifier(q)));
          take(taken, w.start(), w.end());
        }
      }
      toks.sort(Comparator.comparingInt(Tok::start));
      return new Scan(text, low, List.copyOf(toks));
    }
  }

  /** Whether a date or weekday read already ends right before {@code at}: "zo 7 juni 7-11u". */
  private static boolean afterDay(String low, boolean[] taken, int at) {
    int i = at - 1;
    while (i >= 0 && (low.charAt(i) == ' ' || low.charAt(i) == ',' || low.charAt(i) == '\u00A0')) {
      i--;
    }
    return i >= 0 && i < at - 1 && taken[i];
  }

  /** "op" or "on" right before a bare day-month with a slash: "Op 3/6 voeren wij …". */
  private static final Pattern ON_A_BARE_DAY = Pattern.compile(NLB + "(?:op|on)" + SP + "$");

  /**
   * After a bare day-month that is a day, what a sentence goes on with: a comma or the sentence's
   * end, a verb, a time's word ("Op 3/6 voeren wij …", "on 3/6 between 06:00 and 08:00"); not a
   * noun that makes it a count ("op 3/4 van de servers", "on 2/3 nodes").
   */
  private static final Pattern A_BARE_DAY_GOES_ON = Pattern.compile(OSP + "[,.;:)]|" + OSP
      + "$|" + SP + "(?:van|vanaf|tussen|om|from|between|at)" + SP + "\\d|" + SP
      + "(?:voeren|voert|is|zijn|wordt|worden|gaat|gaan|zal|zullen|kan|kunnen|will|we|wij|er"
      + "|staat|staan|ligt|liggen)(?![\\p{L}])");

  /**
   * Whether a bare day-month is a day: right before or after a time ("zo 7-6 van 07.00 tot"), or
   * with a slash after "op" or "on" as a sentence goes on ({@link #A_BARE_DAY_GOES_ON}: "Op 3/6
   * voeren wij onderhoud uit"; not "op 3/4 van de servers", "on 2/3 nodes").
   */
  private static boolean isADay(String low, DateTok b, List<TimeTok> times) {
    return nextToTime(low, b, times) || low.substring(b.start(), b.end()).indexOf('/') >= 0
        && precededBy(low, b.start(), ON_A_BARE_DAY, 4)
        && followed(low, b.end(), A_BARE_DAY_GOES_ON);
  }

  /** A bare day-month counts only right before or after a time ("zo 7-6 van 07.00 tot"). */
  private static boolean nextToTime(String low, DateTok b, List<TimeTok> times) {
    int lo = 0;
    int hi = times.size();
    while (lo < hi) { // the first time that starts at or after the date's end
      int mid = (lo + hi) >>> 1;
      if (times.get(mid).start() < b.end()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo < times.size()) {
      Matcher m = BARE_BEFORE_TIME.matcher(low);
      m.region(b.end(), times.get(lo).start());
      if (m.matches()) {
        return true;
      }
    }
    if (lo > 0 && times.get(lo - 1).end() <= b.start()) {
      Matcher m = BARE_AFTER_TIME.matcher(low);
      m.region(times.get(lo - 1).end(), b.start());
      return m.matches();
    }
    return false;
  }

  static boolean overlaps(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static void take(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
  }

  /** Whether the text right before {@code at} ends with {@code before} (a pattern ending in $). */
  static boolean precededBy(String s, int at, Pattern before) {
    return precededBy(s, at, before, 60);
  }

  /** As {@link #precededBy(String, int, Pattern)}, looking {@code width} characters back. */
  static boolean precededBy(String s, int at, Pattern before, int width) {
    Matcher m = before.matcher(s);
    m.region(Math.max(0, at - width), at);
    m.useTransparentBounds(true);
    return m.find();
  }

  /** Whether the text from {@code at} starts with {@code after}. */
  static boolean followed(String s, int at, Pattern after) {
    Matcher m = after.matcher(s);
    m.region(at, s.length());
    m.useTransparentBounds(true);
    return m.lookingAt();
  }

  // -------------------------------------------------------------------------- anchored search

  /**
   * Where the matches of a pattern can start, so that a search need not try every position of a
   * long text (a regular expression that opens with a look-behind and alternatives of words is
   * tried at each one). Every match holds an anchor character, in {@code [anchorFrom,
   * anchorTo]} (a digit; a token's marker in the shape), and before its first anchor it holds at
   * most {@code words} words, with white space and the characters of {@code between} around them;
   * it starts at one of those words (a letter with no letter before it) or at the anchor itself.
   * A date, for instance, has at most a weekday and a month before its first digit: "zaterdag,
   * 18 oktober", "June 7".
   *
   * <p>{@link #find} therefore finds what {@link Matcher#find()} finds: a match starting before
   * {@link #earliest} of its first anchor would hold more words before it, and any position where
   * a match can start is tried, in order.
   */
  record Starts(int words, String between, char anchorFrom, char anchorTo) {
    /** Matches holding a digit, with up to a weekday and a month ("di. 9 juni", "Tue, June 9"). */
    static final Starts DATE = new Starts(2, ".,", '0', '9');

    /** Matches in a shape holding a token, with up to {@code words} words before the first. */
    static Starts beforeToken(int words, String between) {
      return new Starts(words, between, M_DATE, M_TIME);
    }

    /**
     * The next match of {@code m} (made on {@code s}) that starts at or after {@code from}, as a
     * {@link Matcher#find()} from there would find it; its groups are then {@code m}'s.
     */
    boolean find(Matcher m, String s, int from) {
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      for (int q = anchor(s, from); q >= 0; q = anchor(s, from)) {
        for (int p = Math.max(from, earliest(s, q)); p <= q; p++) {
          if (p == q || wordStart(s, p)) {
            m.region(p, s.length());
            if (m.lookingAt()) {
              return true;
            }
          }
        }
        from = q + 1;
      }
      return false;
    }

    /** The first anchor at or after {@code from}, or -1. */
    private int anchor(String s, int from) {
      for (int i = from; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= anchorFrom && c <= anchorTo) {
          return i;
        }
      }
      return -1;
    }

    /** The earliest start of a match whose first anchor is at {@code q}. */
    private int earliest(String s, int q) {
      int i = q;
      for (int w = 0; w < words; w++) {
        while (i > 0 && (isSpace(s.charAt(i - 1)) || between.indexOf(s.charAt(i - 1)) >= 0)) {
          i--;
        }
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
          i--;
        }
      }
      return i;
    }

    private static boolean wordStart(String s, int p) {
      return Character.isLetter(s.charAt(p)) && (p == 0 || !Character.isLetter(s.charAt(p - 1)));
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
          || c == '\u00A0';
    }
  }

  /** Whether {@code s} holds one of {@code words}: a regular expression made of words needs one. */
  static boolean containsAny(String s, List<String> words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  // ----------------------------------------------------------------------------- durations

  private static final String NUM = "(?:\\d{1,3}(?:[.,]5)?|één|eén|een|twee|drie|vier|vijf|zes"
      + "|zeven|acht|negen|tien|elf|twaalf|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|an|a)";

  private static final String QTY = "(?<qty>"
      + "(?:een" + SP + ")?anderhalf" + SP + "uur"
      + "|(?:een" + SP + ")?half" + SP + "uur"
      + "|half" + SP + "an" + SP + "hour"
      + "|(?:een" + SP + "|één" + SP + ")?kwartier"
      + "|(?<![\\p{N}.,])(?<num>" + NUM + ")(?<half>" + SP + "(?:en" + SP + "een" + SP
      + "half|and" + SP + "a"
      // "2 uur", "45 mins", and a unit written onto the digits: "2u", "45mins"
      + SP + "half))?(?:" + SP + "|(?<=\\d))(?<unit>uur|uren|hours?|hrs?|h|minuten|minuut|min"
      + "|minutes?|mins?|(?<=\\d)u)"
      + NL + "(?!\\d|" + OSP + "[-\u2013\u2014]" + OSP + "\\d)" // not "2u30", nor "2h - 3h"
      + "\\.?"
      + "(?:" + SP + "(?:(?:en|and)" + SP + ")?(?<num2>" + NUM + ")" + SP
      + "(?:minuten|minutes?|min)" + NL + ")?"
      + ")";

  /**
   * "duurt naar verwachting drie uur", "expected to last 90 minutes", "for about two hours", "De
   * verwachte duur blijft drie uur", "duur ca. 3 uur".
   */
  private static final Pattern DURATION_VERB_FIRST = Pattern.compile(NLB
      + "(?<verb>duurt|duren|lasts?|lasting|takes?|take|taking|gedurende|for|reken|rekent"
      + "|(?:duur|duration)(?=" + OSP + ":)" + OSP + ":"
      + "|(?:duur|duration)(?:" + SP + "(?:van|of)" + SP + "(?:het|de|the)" + SP + "[\\p{L}]+)?"
      + "(?=" + SP + "(?:blijft|is|bedraagt|wordt|remains|stays|will" + SP + "be)" + NL
      + ")"
      // "Start 22:00 uur, duur ca. 3 uur", "duration approx. 2 hours", "with a duration of
      // approximately 45 minutes", "met een duur van ca. 2 uur" (not "had a duration of")
      + "|(?:(?<=(?:with|met)[\\s\\u00A0]{1,3}(?:a|een)[\\s\\u00A0]{1,3})(?:duration" + SP
      + "of|duur" + SP + "van)|duur|duration)(?=" + SP + "(?:ca\\.|circa|ongeveer|approx\\."
      + "|aprox\\.|approximately|about)"
      + "(?![\\p{L}])))(?<between>(?:" + SP
      + "[\\p{L}.'\u2019]+){0,4}?)" + SP + QTY);

  /** "zal circa 30 minuten duren", "twee uur in beslag nemen". */
  private static final Pattern DURATION_VERB_LAST = Pattern.compile(NLB + QTY + "(?:" + SP
      + "[\\p{L}]+)?" + SP + "(?:duren|durend|durende|in" + SP + "beslag" + SP + "nemen)" + NL);

  /**
   * A start and then, after a comma, its length alone: "vanaf 21.00 uur, circa drie uur", "vanaf
   * half acht 's ochtends, circa vier uur", "from 22:00, approximately two hours"; the amount ends
   * its clause (not "vanaf 9.00 uur, circa twee uur later").
   */
  private static final Pattern DURATION_AFTER_START = Pattern.compile(NLB
      // the start in at most four words ("half acht 's ochtends"), no full stop among them
      + "(?:vanaf|from|starting)(?:" + SP + "[\\p{L}\\d'\u2019]+(?:[.:]\\d+)*){1,4}," + SP
      + "(?:circa|ca\\.|ongeveer|zo'n|about|approximately|approx\\.|around)" + SP + QTY
      + "(?=" + OSP + "(?:[.;,)]|$))");

  /** "De Dataservice is dan ca. een uur niet beschikbaar", "unavailable for about an hour". */
  private static final Pattern DURATION_DOWN = Pattern.compile(NLB
      // not a time: "vanaf 22u niet beschikbaar", "om 6 uur offline"
      + "(?<!(?:vanaf|van|om|tot|na|from|at|until|till|sinds|since)[\\s\\u00A0]{1,3})" + QTY + SP
      + "(?:niet" + SP + "(?:beschikbaar|bereikbaar)|onbereikbaar|offline|unavailable|down)" + NL);

  /** "Het onderhoud neemt ongeveer drie uur in beslag", "will take about three hours". */
  private static final Pattern DURATION_IN_BESLAG = Pattern.compile(NLB
      + "(?:neemt|nemen|zal|zullen)(?:" + SP + "[\\p{L}.]+){0,3}?" + SP + QTY + SP + "in" + SP
      + "beslag" + NL);

  /** Words that say something was back, after a duration: "was alles hersteld", "weer". */
  private static final String BACK_WORDS = "(?:hersteld|opgelost|verholpen|weer|restored|resolved"
      + "|recovered|back)" + NL;

  /**
   * "Na 45 minuten was alles hersteld", "after about 40 minutes service was restored": how long
   * after its start an incident was over.
   */
  private static final Pattern RECOVERED_AFTER = Pattern.compile(NLB
      + "(?:na|after|binnen|within)" + SP + "(?:(?:ongeveer|circa|ca\\.|zo'n|about|approximately"
      + "|around)" + SP + ")?" + QTY + "(?:" + SP + "[\\p{L}']+){0,5}?" + SP + BACK_WORDS);

  /**
   * "Anderhalf uur na het begin van de storing was alles weer normaal", "two hours after the
   * start".
   */
  private static final Pattern RECOVERED_AFTER_START = Pattern.compile(NLB + QTY + SP
      + "(?:na|after)" + SP + "(?:het|the)" + SP + "(?:begin|start)(?:" + SP + "[\\p{L}']+){0,6}?"
      + SP + BACK_WORDS);

  /** The duration after which the text says things were back ("Na 45 minuten was alles hersteld"). */
  static Stated recoveredAfter(String low) {
    Stated after = firstAmount(RECOVERED_AFTER, low);
    return after != null ? after : firstAmount(RECOVERED_AFTER_START, low);
  }

  /** The first match of {@code p} (a pattern holding {@link #QTY}) that is a duration, or null. */
  private static Stated firstAmount(Pattern p, String low) {
    Matcher m = p.matcher(low);
    while (m.find()) {
      Duration d = amount(m);
      if (d != null) {
        return new Stated(d, m.start(), m.end());
      }
    }
    return null;
  }

  /**
   * How long before the text something began: "Starting 20 minutes ago", "started about an hour
   * ago", "De storing begon ongeveer 20 minuten geleden"; not "since" ("Since the fix 20 minutes
   * ago, all requests succeed again" is no start).
   */
  private static final Pattern AGO = Pattern.compile(NLB
      + "(?:starting|started|began|beginning|begon|begonnen|ontstond)(?:"
      + SP + "[\\p{L}]+){0,2}?" + SP + "(?:(?:ongeveer|circa|ca\\.|zo'n|about|approximately"
      + "|around|some)" + SP + ")?" + QTY + SP + "(?:ago|geleden)" + NL);

  /** How long ago the text says something began, or null. */
  static Stated ago(String low) {
    return low.contains("ago") || low.contains("geleden") ? firstAmount(AGO, low) : null;
  }

  /** Words between "duurt" and an amount that make it no duration: "duurt tot 11 uur". */
  private static final Pattern NOT_A_DURATION = Pattern.compile(NLB
      + "(?:tot|until|till|van|vanaf|from|om|at|tussen|between|to|na|after|voor|before)" + NL);

  /** Right before an amount: it is one end of a range of amounts ("2 à 3 uur", "two to three"). */
  private static final Pattern AMOUNT_RANGE_BEFORE = Pattern.compile(
      "(?:\\d|" + NLB + NUM + ")" + OSP + "(?:à|a|-|\u2013|tot|to|or|of)" + SP + "$");

  /** Words of what comes after the work: "daarna", "na afloop", "afterwards". */
  static final String AFTERWARDS_WORDS = "daarna|vervolgens|na" + SP + "afloop|afterwards|after"
      + SP + "that";

  /** A sentence about what comes after: its duration is not the maintenance's. */
  private static final Pattern AFTERWARDS = Pattern.compile(NLB
      + "(?:" + AFTERWARDS_WORDS + ")[^.!?]*$");

  /** A stated duration, with where it was read. */
  record Stated(Duration duration, int start, int end) {}

  /** The first duration the text states in [from, to), if it is one amount. */
  static Stated duration(String low, int from, int to) {
    Stated best = null;
    for (Pattern p : List.of(DURATION_VERB_FIRST, DURATION_VERB_LAST, DURATION_IN_BESLAG,
        DURATION_DOWN, DURATION_AFTER_START)) {
      Matcher m = p.matcher(low);
      m.region(from, to);
      m.useTransparentBounds(true);
      while (m.find()) {
        if (p == DURATION_VERB_FIRST && NOT_A_DURATION.matcher(m.group("between")).find()) {
          continue;
        }
        int qs = m.start("qty");
        if (precededBy(low, qs, AMOUNT_RANGE_BEFORE)
            || p != DURATION_DOWN && precededBy(low, m.start(), AFTERWARDS, 160)) {
          // "Daarna zal het downloaden … ongeveer drie uur in beslag nemen"; not "Start rond
          // 18.00 uur; de API is daarna ongeveer een uur niet beschikbaar": that is the window
          continue;
        }
        Duration d = amount(m);
        if (d == null) {
          continue;
        }
        if (best == null || m.start() < best.start()) {
          best = new Stated(d, m.start(), m.end());
        }
        break;
      }
    }
    return best;
  }

  private static Duration amount(Matcher m) {
    String q = m.group("qty");
    if (q.contains("anderhalf")) {
      return Duration.ofMinutes(90);
    }
    if (q.startsWith("half") || q.startsWith("een half") || q.startsWith("een\u00A0half")) {
      return Duration.ofMinutes(30);
    }
    if (q.contains("kwartier")) {
      return Duration.ofMinutes(15);
    }
    String n = m.group("num");
    double value;
    if (Character.isDigit(n.charAt(0))) {
      value = Double.parseDouble(n.replace(',', '.'));
    } else {
      value = NUMBER_WORDS.get(n);
    }
    if (m.group("half") != null) {
      value += 0.5;
    }
    String unit = m.group("unit");
    boolean hours = unit.startsWith("u") || unit.startsWith("h");
    long minutes = Math.round(hours ? value * 60 : value);
    if (hours && m.group("num2") != null) {
      String n2 = m.group("num2");
      minutes += Character.isDigit(n2.charAt(0)) ? Math.round(Double.parseDouble(
          n2.replace(',', '.'))) : NUMBER_WORDS.get(n2);
    }
    if (minutes <= 0 || minutes > 48 * 60) {
      return null;
    }
    return Duration.ofMinutes(minutes);
  }

  // ------------------------------------------------------------------------------- sentences

  /**
   * A sentence ends at . ! or ? before white space and a capital, or at a blank line, but not
   * at one after a colon: "… niet beschikbaar:" and the list under it are one sentence.
   */
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.!?](?=[\\s\\u00A0]+\\p{Lu})|(?<!:)\\R[\\s\\u00A0]*\\R");

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
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) { // the first sentence that ends after the position
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid)[1] <= position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return sentences.get(lo);
  }

  // ---------------------------------------------------------------------------------- helpers

  /** Lower case, character by character: the same length, whatever the default locale. */
  static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  /** The Dutch numbers of the days of a month in words, "één" to "eenendertig" ("ë" as "e"). */
  private static final Map<String, Integer> DAY_WORDS = dayWords();

  private static Map<String, Integer> dayWords() {
    List<String> inOrder = List.of("één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
        "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien",
        "zeventien", "achttien", "negentien", "twintig", "eenentwintig", "tweeentwintig",
        "drieentwintig", "vierentwintig", "vijfentwintig", "zesentwintig", "zevenentwintig",
        "achtentwintig", "negenentwintig", "dertig", "eenendertig");
    Map<String, Integer> days = new HashMap<>();
    for (int i = 0; i < inOrder.size(); i++) {
      days.put(inOrder.get(i), i + 1);
    }
    days.put("eén", 1);
    return Map.copyOf(days);
  }

  /** A weekday right before a position: "Sunday 14/15.03.2026". */
  private static final Pattern WEEKDAY_RIGHT_BEFORE = Pattern.compile(NLB + "(?<w>"
      + WEEKDAY_WORDS + ")" + NL + ",?" + OSP + "$");

  /**
   * The hour sign before a time: "h 22.00", "h. 10.05", "h 23" (not the unit of a length before
   * it, "3 h. 15 min.", nor "h 2 uur").
   */
  private static final Pattern HOUR_SIGN = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?<!\\d[ \\u00A0])h\\.?[ \\u00A0](\\d{1,2}(?:[.:]\\d{2})?)"
          + "(?![\\p{N}]|[ \\u00A0]*(?:uur|u|h)(?![\\p{L}]))");

  /** Two days of a night before one month and year: "14/15.03.2026", "14/15-03-2026". */
  private static final Pattern NIGHT_DATE = Pattern.compile(
      "(?<![\\p{N}/.\\-])(\\d{1,2})/(\\d{1,2})([.\\-])(\\d{1,2})\\3(\\d{4})(?![\\p{N}])");

  /** Formal Dutch words and today's word, no longer than they: "sedert" is "sinds". */
  private static final Map<String, String> FORMAL_WORDS = Map.of("sedert", "sinds", "weder",
      "weer");

  /** The Dutch months' full names, after which a day may be written in words. */
  private static final List<String> DUTCH_MONTHS = List.of("januari", "februari", "maart",
      "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december");

  /**
   * {@link #fold} for finding dates and times: an hour in words before "uur" becomes its number
   * ("tien uur" as "10   uur"), and a day in words right before a Dutch month's full name
   * ("zaterdag twaalf december 2026", "vijftien maart", "tweeëntwintig juni"; not "een", the
   * article: "een maart vol onderhoud") becomes its number, padded with spaces to the word's length
   * ("12    "), so every position still matches the text's. Found by looking up the word before
   * each month's name, not by a regular expression over the whole text: most texts name a month.
   */
  static String foldDates(String s) {
    String low = fold(s);
    StringBuilder out = null;
    // an hour in words before "uur": "om tien uur 's avonds" (a bare hour: it still needs a word
    // that makes it a time), "acht uur" (a duration reads the same); not "een", the article
    for (int at = low.indexOf("uur"); at >= 0; at = low.indexOf("uur", at + 1)) {
      if (at + 3 < low.length() && Character.isLetter(low.charAt(at + 3))) {
        continue;
      }
      out = dayOrHour(low, out, at, HOUR_WORDS);
    }
    // hours and minutes without a colon, as military and African and Asian writers put them:
    // "1700hrs" read as "17:00 h", "0845 GMT" as "08:45GMT"
    if (low.indexOf("hr") >= 0 || low.indexOf(' ') >= 0) {
      Matcher hhmm = MILITARY_TIME.matcher(low);
      while (hhmm.find()) {
        String unit = hhmm.group(3);
        String zone = hhmm.group(4);
        String time = hhmm.group(1) + ":" + hhmm.group(2);
        if (unit != null && unit.length() >= 2) {
          out = out != null ? out : new StringBuilder(low);
          out.replace(hhmm.start(), hhmm.end(), time + " ".repeat(unit.length() - 2) + "h");
        } else if (zone != null && s.startsWith(zone.toUpperCase(Locale.ROOT), hhmm.end())
            && ZoneAbbreviations.offset(zone).isPresent()
            && !(hhmm.group("lower") != null && hhmm.group(1).matches("19|20"))) {
          out = out != null ? out : new StringBuilder(low);
          out.replace(hhmm.start(), hhmm.end(), time);
        }
      }
    }
    // a number in words and again in digits, as legal English writes it: "five (5) hours" read as
    // "five     hours"
    if (low.indexOf('(') >= 0) {
      Matcher twice = NUMBER_TWICE.matcher(low);
      while (twice.find()) {
        if (NUMBER_WORDS.get(twice.group(1)) == num(twice.group(2))) {
          out = out != null ? out : new StringBuilder(low);
          out.replace(twice.start(2) - 1, twice.end(2) + 1, " ".repeat(twice.group(2).length()
              + 2));
        }
      }
    }
    // "vanaf een uur of acht": about eight o'clock, read as "8 uur"
    for (int at = low.indexOf(ABOUT_HOUR); at >= 0; at = low.indexOf(ABOUT_HOUR, at + 1)) {
      out = aboutHour(low, out, at);
    }
    // the part of the day before its hour: "vanaf 's avonds 9 uur" read as "vanaf 9 uur 's avonds"
    if (low.contains("s avonds ") || low.contains("s middags ") || low.contains("s ochtends ")
        || low.contains("s morgens ") || low.contains("s nachts ")) {
      Matcher part = PART_BEFORE_HOUR.matcher(out != null ? out.toString() : low);
      while (part.find()) { // the same letters in another order: every position still holds
        out = out != null ? out : new StringBuilder(low);
        out.replace(part.start(), part.end(), part.group(5) + part.group(4) + part.group(1)
            + part.group(2) + part.group(3));
      }
    }
    // "'s avonds tussen acht en tien": a range of hours in words after a part of the day
    if (low.contains("tussen ") || low.contains("van ")) {
      Matcher range = RANGE_IN_WORDS.matcher(low);
      while (range.find()) {
        if (range.group("before") == null && range.group("after") == null) {
          continue;
        }
        out = rangeInWords(low, out, range);
      }
    }
    // a night as two days of one date: "14/15.03.2026" is read as its first day, "14.03.2026"
    // (a range from the evening to an earlier hour ends the next day), or as its second after
    // that day's weekday ("in the night from Saturday to Sunday 14/15.03.2026")
    if (low.indexOf('/') >= 0) {
      Matcher night = NIGHT_DATE.matcher(low);
      while (night.find()) {
        if (num(night.group(2)) != num(night.group(1)) + 1) {
          continue;
        }
        out = out != null ? out : new StringBuilder(low);
        Matcher named = WEEKDAY_RIGHT_BEFORE.matcher(low).region(0, night.start());
        boolean second = named.find() && exists(num(night.group(2)), num(night.group(4)),
            num(night.group(5))) && LocalDate.of(num(night.group(5)), num(night.group(4)),
            num(night.group(2))).getDayOfWeek() == weekday(named.group("w"));
        String first = night.group(second ? 2 : 1) + night.group(3) + night.group(4)
            + night.group(3) + night.group(5);
        out.replace(night.start(), night.end(),
            first + " ".repeat(night.end() - night.start() - first.length()));
      }
    }
    // the hour sign before a time, as Italian writers put it: "h 22.00", "h. 10.05", "h 23" read
    // as "22.00h", "10.05h", "23h"
    if (low.indexOf('h') >= 0) {
      Matcher sign = HOUR_SIGN.matcher(low);
      while (sign.find()) {
        out = out != null ? out : new StringBuilder(low);
        String time = sign.group(1) + "h"; // at the end, so the time ends where the words do
        out.replace(sign.start(), sign.end(),
            " ".repeat(sign.end() - sign.start() - time.length()) + time);
      }
    }
    // "on date 07/12/2026", as Italian writers put it: "on 07/12/2026"
    for (int at = low.indexOf("on date "); at >= 0; at = low.indexOf("on date ", at + 1)) {
      if ((at == 0 || !Character.isLetter(low.charAt(at - 1))) && at + 8 < low.length()
          && Character.isDigit(low.charAt(at + 8))) {
        out = out != null ? out : new StringBuilder(low);
        out.replace(at + 2, at + 7, "     ");
      }
    }
    // formal Dutch read as today's: "sedert 22.15 uur" is "sinds", "weder normaal" "weer"
    for (Map.Entry<String, String> word : FORMAL_WORDS.entrySet()) {
      String formal = word.getKey();
      for (int at = low.indexOf(formal); at >= 0; at = low.indexOf(formal, at + 1)) {
        int end = at + formal.length();
        if (at > 0 && Character.isLetter(low.charAt(at - 1))
            || end < low.length() && Character.isLetter(low.charAt(end))) {
          continue; // "wederom", "herwederom"
        }
        out = out != null ? out : new StringBuilder(low);
        String today = word.getValue();
        out.replace(at, end, today + " ".repeat(formal.length() - today.length()));
      }
    }
    for (String month : DUTCH_MONTHS) {
      for (int at = low.indexOf(month); at >= 0; at = low.indexOf(month, at + 1)) {
        int end = at + month.length();
        if (end < low.length() && Character.isLetter(low.charAt(end))) {
          continue; // "juniper", "meistal"
        }
        out = dayOrHour(low, out, at, DAY_WORDS);
      }
    }
    return out == null ? low : out.toString();
  }

  /**
   * A part of the day next to a range of hours in words: its evening ({@code pm}), afternoon
   * ({@code af}) or night ({@code ni}), else its morning.
   */
  private static final String PART_IN_WORDS = "(?<pm>(?:'s|\u2019s)" + SP + "avonds|vanavond|"
      + FULL_WEEKDAY + "avond)|(?<af>(?:'s|\u2019s)" + SP + "middags|vanmiddag|" + FULL_WEEKDAY
      + "middag)|(?<ni>(?:'s|\u2019s)" + SP + "nachts|vannacht|" + FULL_WEEKDAY + "nacht)"
      + "|(?:'s|\u2019s)" + SP + "(?:ochtends|morgens)|vanochtend|vanmorgen|" + FULL_WEEKDAY
      + "ochtend";

  /**
   * Words that may follow a range of hours in words after a part of the day ("'s avonds tussen
   * acht en tien is de API …"), where a noun would make the words a count ("tussen acht en tien
   * medewerkers").
   */
  private static final String RANGE_IN_WORDS_GOES_ON = "(?:is|zijn|kan|kunnen|kunt|wordt"
      + "|worden|zal|zullen|gaat|gaan|ligt|liggen|staat|staan|voeren|voert|werken|werkt|vindt"
      + "|vinden|er|de|het|we|wij|u|niet)";

  /**
   * A range of hours in words with a part of the day right before or after it: "'s avonds tussen
   * acht en tien", "vanochtend van zeven tot negen", "tussen acht en tien uur 's avonds". Before
   * it, the range must end its clause or go on as a sentence does ({@link
   * #RANGE_IN_WORDS_GOES_ON}).
   */
  private static final Pattern RANGE_IN_WORDS = Pattern.compile(NLB
      + "(?:(?<before>" + PART_IN_WORDS.replace("<pm>", "<pmb>").replace("<af>", "<afb>")
      .replace("<ni>", "<nib>") + ")" + SP + ")?(?:tussen|van)"
      + SP + "(?<from>\\p{L}+)" + SP + "(?:en|tot)" + SP + "(?<to>\\p{L}+)(?:" + SP + "uur"
      + NL + ")?(?:(?=" + OSP + "[.,;:!?)]|" + OSP + "$|" + SP + RANGE_IN_WORDS_GOES_ON + NL
      + ")|" + SP + "(?<after>" + PART_IN_WORDS + ")" + NL + ")");

  /**
   * {@code out} (made from {@code low} when first needed) with a range of hours in words ({@link
   * #RANGE_IN_WORDS}) written as the clock's hours its part of the day makes them, padded before
   * to each word's length: "'s avonds tussen acht en tien" as "'s avonds tussen  20u en 22u", an
   * evening's end before its start on the next morning ("'s avonds van tien tot twee": 22u to
   * 2:00). Each is written with "u" (the end without, when "uur" follows). Unchanged when a word
   * is no hour, twelve (noon or midnight: the part of the day says neither) or too short for its
   * digits.
   */
  private static StringBuilder rangeInWords(String low, StringBuilder out, Matcher range) {
    Integer from = HOUR_WORDS.get(range.group("from").replace('\u00EB', 'e'));
    Integer to = HOUR_WORDS.get(range.group("to").replace('\u00EB', 'e'));
    if (from == null || to == null || from == 12 || to == 12) {
      return out;
    }
    // from which hour on the part of the day's hours are the afternoon's or evening's: an
    // evening's from five ("van tien tot twee" is 22 to 2), an afternoon's from one to ten
    // ("tussen elf en twee" is 11 to 14), a night's from seven ("van tien tot twee" 22 to 2)
    int pmFrom = range.group("pmb") != null || range.group("pm") != null ? 5
        : range.group("afb") != null || range.group("af") != null ? 1
        : range.group("nib") != null || range.group("ni") != null ? 7 : 12;
    int pmTo = pmFrom == 1 ? 10 : 11;
    int start = from >= pmFrom && from <= pmTo ? from + 12 : from;
    int end = to >= pmFrom && to <= pmTo ? to + 12 : to;
    boolean pm = start >= 12;
    String first = start + "u";
    // an evening's end on the next morning with its minutes, so that no evening moves it
    String last = pm && end < start ? end + ":00"
        : end + (low.startsWith(" uur", range.end("to")) ? "" : "u");
    int fromLength = range.end("from") - range.start("from");
    int toLength = range.end("to") - range.start("to");
    if (first.length() > fromLength || last.length() > toLength) {
      return out;
    }
    StringBuilder changed = out != null ? out : new StringBuilder(low);
    changed.replace(range.start("from"), range.end("from"),
        " ".repeat(fromLength - first.length()) + first);
    changed.replace(range.start("to"), range.end("to"),
        " ".repeat(toLength - last.length()) + last);
    return changed;
  }

  /**
   * A part of the day right before its hour: "'s avonds 9 uur", "'s middags 2 uur" (not "'s avonds
   * om 9 uur", nor "'s avonds 2 uur lang").
   */
  private static final Pattern PART_BEFORE_HOUR = Pattern.compile("(?<![\\p{L}])(['\u2019]s"
      + "|des)([ \\u00A0]+)(avonds|middags|ochtends|morgens|nachts)([ \\u00A0]+)(\\d{1,2}"
      + "(?:[:.]\\d{2})?[ \\u00A0]*(?:uur|u)(?![\\p{L}])(?![ \\u00A0]+lang(?![\\p{L}])))");

  /**
   * Hours and minutes without a colon: before "hrs" or "hr" ("1700hrs", "2300 hrs"; not "hours":
   * "from 1200 hours to 300 hours" is a count), or before a space and a zone's abbreviation ("0845
   * GMT", "1900 WAT"), the abbreviation checked by the caller (capitals, a known zone); not a year
   * before a zone and a word ("Since 2024 UTC timestamps are standard").
   */
  private static final Pattern MILITARY_TIME = Pattern.compile("(?<![\\p{L}\\p{N}.,:/\\-])"
      + "([01]\\d|2[0-3])([0-5]\\d)(?:([ \\u00A0]?(?:hrs|hr)(?![\\p{L}]))"
      + "|[ \\u00A0](?=(\\p{L}{1,4})(?![\\p{L}])(?<lower>[ \\u00A0]+\\p{Ll})?))");

  /** A number in words, then in digits in brackets: "five (5)", "twee (2)". */
  private static final Pattern NUMBER_TWICE = Pattern.compile("(?<![\\p{L}])(one|two|three|four"
      + "|five|six|seven|eight|nine|ten|eleven|twelve|een|twee|drie|vier|vijf|zes|zeven|acht"
      + "|negen|tien|elf|twaalf)[ \\u00A0]+\\((\\d{1,2})\\)");

  /** Before an hour in words or digits: "een uur of acht" is about eight o'clock. */
  private static final String ABOUT_HOUR = "een uur of ";

  /**
   * {@code out} (made from {@code low} when first needed) with "een uur of acht" at {@code at}
   * written as "8", spaces and "uur", as long as it; unchanged when no hour follows.
   */
  private static StringBuilder aboutHour(String low, StringBuilder out, int at) {
    if (at > 0 && Character.isLetter(low.charAt(at - 1))) {
      return out;
    }
    int from = at + ABOUT_HOUR.length();
    int to = from;
    while (to < low.length() && Character.isLetterOrDigit(low.charAt(to))) {
      to++;
    }
    String word = low.substring(from, to);
    Integer n = word.chars().allMatch(Character::isDigit) && !word.isEmpty() && word.length() <= 2
        ? Integer.valueOf(word) : HOUR_WORDS.get(word.replace('\u00EB', 'e'));
    if (n == null || n < 1 || n > 12) {
      return out;
    }
    StringBuilder changed = out != null ? out : new StringBuilder(low);
    String hour = Integer.toString(n); // the hour first, "uur" last: the time covers the words
    changed.replace(at, to, hour + " ".repeat(to - at - hour.length() - 3) + "uur");
    return changed;
  }

  /** The Dutch hours in words, "één" to "twaalf" (not "een", the article): the days up to 12. */
  private static final Map<String, Integer> HOUR_WORDS = DAY_WORDS.entrySet().stream()
      .filter(e -> e.getValue() <= 12)
      .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
          Map.Entry::getValue));

  /**
   * {@code out} (made from {@code low} when first needed) with the word right before the word at
   * {@code at} written as its number from {@code numbers}, padded with spaces to its length.
   */
  private static StringBuilder dayOrHour(String low, StringBuilder out, int at,
      Map<String, Integer> numbers) {
    int[] word = wordBefore(low, at);
    int wordStart = word[0];
    int wordEnd = word[1];
    if (wordEnd == at || wordStart == wordEnd) {
      return out; // no word, or no space, right before
    }
    Integer n = numbers.get(low.substring(wordStart, wordEnd).replace('\u00EB', 'e'));
    if (n == null) {
      return out;
    }
    StringBuilder changed = out != null ? out : new StringBuilder(low);
    String digits = Integer.toString(n);
    changed.replace(wordStart, wordEnd, digits + " ".repeat(wordEnd - wordStart - digits.length()));
    return changed;
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }


  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static int num(String digits) {
    return Integer.parseInt(digits);
  }
}
