package nl.statuswacht.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.calendar.BusinessCalendar;

/**
 * The period of one digest: an ISO calendar week in Europe/Amsterdam, from Monday 00:00 to the
 * next Monday 00:00 local time. The two ends are local midnights, so the week of the spring DST
 * change lasts 167 hours and that of the autumn change 169. Pure.
 *
 * @param monday the first day of the week
 */
public record Week(LocalDate monday) implements Comparable<Week> {
  private static final ZoneId AMSTERDAM = BusinessCalendar.AMSTERDAM;
  private static final Pattern ISO = Pattern.compile("(\\d{4})-W(\\d{2})");

  public Week {
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("week: " + monday + " is not a Monday");
    }
  }

  /** The week that holds {@code day}. */
  public static Week of(LocalDate day) {
    return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }

  /** The week that holds {@code instant}, in Amsterdam time. */
  public static Week containing(Instant instant) {
    return of(instant.atZone(AMSTERDAM).toLocalDate());
  }

  /** The last week that has ended at {@code instant}: the one before the week holding it. */
  public static Week lastEndedBy(Instant instant) {
    return containing(instant).previous();
  }

  /**
   * Parses {@code YYYY-Www}, e.g. {@code 2026-W13}.
   *
   * @throws IllegalArgumentException naming the text when it is no such week
   */
  public static Week parse(String text) {
    Matcher m = ISO.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("week: \"" + text + "\" is not YYYY-Www (e.g. 2026-W13)");
    }
    int year = Integer.parseInt(m.group(1));
    int week = Integer.parseInt(m.group(2));
    LocalDate jan4 = LocalDate.of(year, 1, 4);
    if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
      throw new IllegalArgumentException("week: " + year + " has no week " + week + " (\""
          + text + "\")");
    }
    return of(jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
  }

  /** Monday 00:00 Amsterdam time. */
  public Instant start() {
    return monday.atStartOfDay(AMSTERDAM).toInstant();
  }

  /** The next Monday 00:00 Amsterdam time (not part of the week). */
  public Instant end() {
    return monday.plusWeeks(1).atStartOfDay(AMSTERDAM).toInstant();
  }

  /** The Sunday that ends the week. */
  public LocalDate sunday() {
    return monday.plusDays(6);
  }

  public Week previous() {
    return new Week(monday.minusWeeks(1));
  }

  /** {@code 2026-W13}: the ISO week-based year and week number. */
  public String label() {
    return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The ISO week number. */
  public int number() {
    return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  @Override
  public int compareTo(Week other) {
    return monday.compareTo(other.monday);
  }

  @Override
  public String toString() {
    return label();
  }
}
