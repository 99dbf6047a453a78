package nl.statuswacht.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * When planned maintenance with downtime may take place (Rule 3): at night, from {@code nightStart}
 * to {@code nightEnd} local time, and (when {@code weekends}) at any moment of a Saturday or
 * Sunday.
 *
 * @param nightStart local time from which the night is allowed (default 21:00)
 * @param nightEnd local time up to which the night is allowed (default 07:30); before {@code
 *     nightStart}, since the night runs over midnight
 * @param weekends whether Saturdays and Sundays are allowed all day (default true)
 * @param weekdayHolidaysAsWeekend whether a weekday that is no business day (a holiday or a
 *     closure) counts as a weekend day (default false: the document says Monday–Friday)
 */
public record WindowPolicy(
    LocalTime nightStart, LocalTime nightEnd, boolean weekends, boolean weekdayHolidaysAsWeekend) {
  public WindowPolicy {
    Objects.requireNonNull(nightStart, "nightStart");
    Objects.requireNonNull(nightEnd, "nightEnd");
    if (!nightEnd.isBefore(nightStart)) {
      throw new IllegalArgumentException("calendar: the night must run over midnight, but nightEnd "
          + nightEnd + " is not before nightStart " + nightStart);
    }
  }

  /**
   * The defaults of {@code docs/service-levels.md}: 21:00–07:30, weekends allowed, weekday
   * holidays are not.
   */
  public static WindowPolicy defaults() {
    return new WindowPolicy(LocalTime.of(21, 0), LocalTime.of(7, 30), true, false);
  }
}
