package nl.statuswacht.read;

import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A time as a status page prints it in a timeline: month, day, clock time and zone, but no year
 * ("Dec 31, 09:00 UTC").
 */
record YearlessTime(MonthDay monthDay, LocalTime time, ZoneId zone) {
  YearlessTime {
    Objects.requireNonNull(monthDay, "monthDay");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
  }
}
