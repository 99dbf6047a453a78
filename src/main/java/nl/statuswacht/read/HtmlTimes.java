package nl.statuswacht.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.calendar.MonthNames;
import nl.statuswacht.calendar.ZoneAbbreviations;
import org.jsoup.nodes.Element;

/**
 * Times as HTML status pages write them: machine attributes ({@code datetime}, epochs) and text
 * ({@code Jan 12, 10:05 UTC}, {@code Jan 12, 2021}, {@code 14 maart 2026 21:00}). A text stamp may
 * lack its year; {@link Stamp#at(int)} then needs one from elsewhere. Nothing here reads the clock or
 * the JVM's default zone or locale.
 */
final class HtmlTimes {
  private HtmlTimes() {}

  private static final String ZONE = "(?:\\s*\\(?\\b([A-Z]{1,5})\\b\\)?)?";
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}:?\\d{2})?");
  /** {@code Jan 12, 10:05 UTC}, {@code Jan 12, 2021 - 10:05 UTC}, {@code March 3 at 9:05 PM}. */
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "\\b([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(\\d{4}),?\\s*)?"
          + "(?:-\\s*|at\\s+)?(\\d{1,2})[:.](\\d{2})(?:\\s*([AaPp][Mm]))?" + ZONE);
  /** {@code 14 maart 2026 21:00}, {@code 14 maart om 21.00 uur CET}. */
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?,?\\s+(?:(\\d{4}),?\\s+)?(?:om\\s+|-\\s*|at\\s+)?"
          + "(\\d{1,2})[:.](\\d{2})(?:\\s*uur)?" + ZONE);
  /** A date with its year, {@code Jan 12, 2021} or {@code 12 januari 2021}. */
  private static final Pattern DATE_MONTH_FIRST =
      Pattern.compile("\\b([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
  private static final Pattern DATE_DAY_FIRST =
      Pattern.compile("\\b(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{4})\\b");
  /** Two times of one day, {@code 00:00-03:00}; a range over two dates is not read. */
  private static final Pattern RANGE =
      Pattern.compile("\\d{1,2}:\\d{2}\\s*[-\u2013]\\s*(\\d{1,2}):(\\d{2})");
  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
  private static final String[] TIME_ATTRIBUTES =
      {"datetime", "data-datetime", "data-unix-time", "data-datetime-unix", "content"};

  /**
   * A time as written: an exact instant, or a month, day, time and zone whose year may be missing.
   */
  record Stamp(Instant instant, Integer year, int month, int day, int hour, int minute,
      ZoneId zone) {

    static Stamp exact(Instant instant) {
      return new Stamp(instant, null, 0, 0, 0, 0, null);
    }

    boolean hasYear() {
      return instant != null || year != null;
    }

    /** The instant in the given year (ignored when the stamp has its own); empty if no such day. */
    Optional<Instant> at(int fallbackYear) {
      if (instant != null) {
        return Optional.of(instant);
      }
      try {
        LocalDateTime local = LocalDateTime.of(year != null ? year : fallbackYear, month, day, hour,
            minute);
        return Optional.of(local.atZone(zone).toInstant());
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * The time that {@code element} gives: its (or a descendant's) time attribute, else its text.
   *
   * @param zone the zone for a local time written without one, or {@code null}
   */
  static Optional<Stamp> of(Element element, ZoneId zone) {
    for (String attribute : TIME_ATTRIBUTES) {
      Element holder = element.hasAttr(attribute) ? element
          : element.selectFirst("[" + attribute + "]");
      if (holder != null) {
        Optional<Stamp> stamp = attribute(holder.attr(attribute), zone);
        if (stamp.isPresent()) {
          return stamp;
        }
      }
    }
    return text(element.text(), zone);
  }

  /** An epoch (seconds or milliseconds) or ISO-8601 value of an attribute. */
  static Optional<Stamp> attribute(String value, ZoneId zone) {
    String v = value.strip();
    if (EPOCH.matcher(v).matches()) {
      long n = Long.parseLong(v);
      return Optional.of(Stamp.exact(v.length() > 11 ? Instant.ofEpochMilli(n)
          : Instant.ofEpochSecond(n)));
    }
    try {
      return Optional.of(Stamp.exact(OffsetDateTime.parse(v).toInstant()));
    } catch (DateTimeParseException e) {
      // not an offset date-time; try the text forms
    }
    return text(v, zone);
  }

  /** The first time written in {@code text}; empty when none or its zone is unknown. */
  static Optional<Stamp> text(String text, ZoneId zone) {
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      return iso(iso, zone);
    }
    Matcher m = MONTH_FIRST.matcher(text);
    while (m.find()) {
      if (MonthNames.month(m.group(1)).isPresent()) {
        return stamp(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6),
            m.group(7), zone);
      }
    }
    m = DAY_FIRST.matcher(text);
    while (m.find()) {
      if (MonthNames.month(m.group(2)).isPresent()) {
        return stamp(m.group(2), m.group(1), m.group(3), m.group(4), m.group(5), null, m.group(6),
            zone);
      }
    }
    return Optional.empty();
  }

  /** A calendar date with its year in {@code text} ({@code Jan 12, 2021}); empty when none. */
  static Optional<LocalDate> date(String text) {
    Matcher m = DATE_MONTH_FIRST.matcher(text);
    while (m.find()) {
      Optional<LocalDate> date = date(m.group(3), m.group(1), m.group(2));
      if (date.isPresent()) {
        return date;
      }
    }
    m = DATE_DAY_FIRST.matcher(text);
    while (m.find()) {
      Optional<LocalDate> date = date(m.group(3), m.group(2), m.group(1));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The hour and minute ending a range of one day such as {@code 00:00-03:00 UTC}. */
  static Optional<int[]> rangeEnd(String text) {
    Matcher m = RANGE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
  }

  /** The last zone abbreviation from the table in {@code text}, e.g. after a range; else empty. */
  static Optional<ZoneId> zoneIn(String text) {
    Matcher m = Pattern.compile("\\b([A-Z]{1,5})\\b").matcher(text);
    ZoneId zone = null;
    while (m.find()) {
      if (ZoneAbbreviations.offset(m.group(1)).isPresent()) {
        zone = ZoneAbbreviations.offset(m.group(1)).orElseThrow();
      }
    }
    return Optional.ofNullable(zone);
  }

  private static Optional<Stamp> iso(Matcher iso, ZoneId zone) {
    try {
      LocalDateTime local = LocalDateTime.parse(iso.group(1) + "T" + iso.group(2));
      String offset = iso.group(3);
      if (offset != null) {
        ZoneOffset o = offset.equals("Z") ? ZoneOffset.UTC
            : ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":"
                + offset.substring(3) : offset);
        return Optional.of(Stamp.exact(local.toInstant(o)));
      }
      return zone == null ? Optional.empty()
          : Optional.of(Stamp.exact(local.atZone(zone).toInstant()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Stamp> stamp(String monthName, String dayText, String yearText,
      String hourText, String minuteText, String amPm, String zoneText, ZoneId defaultZone) {
    Integer month = MonthNames.month(monthName).orElse(null);
    ZoneId zone = zoneText == null ? defaultZone
        : ZoneAbbreviations.offset(zoneText).orElse(null);
    if (month == null || zone == null) {
      return Optional.empty();
    }
    int day = Integer.parseInt(dayText);
    int hour = Integer.parseInt(hourText);
    int minute = Integer.parseInt(minuteText);
    if (amPm != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = hour % 12 + (amPm.equalsIgnoreCase("pm") ? 12 : 0);
    }
    if (day < 1 || day > 31 || hour > 23 || minute > 59) {
      return Optional.empty();
    }
    Integer year = yearText == null ? null : Integer.valueOf(yearText);
    return Optional.of(new Stamp(null, year, month, day, hour, minute, zone));
  }

  private static Optional<LocalDate> date(String year, String monthName, String day) {
    Integer month = MonthNames.month(monthName).orElse(null);
    if (month == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
