package nl.statuswacht.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.statuswacht.calendar.BusinessCalendar;

/**
 * How the rules write instants and spans for people: Europe/Amsterdam minutes ("2025-11-19
 * 00:00"), the time the mails speak in; "onbekend"/"unknown" for what a post does not state.
 */
final class Local {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  private Local() {}

  /** {@code instant} in Amsterdam time, or "unknown" / "onbekend" when null. */
  static String time(Instant instant, boolean dutch) {
    return instant == null ? unknown(dutch)
        : MINUTE.format(instant.atZone(BusinessCalendar.AMSTERDAM));
  }

  /** {@code value}, or "unknown" / "onbekend" when null. */
  static String orUnknown(Object value, boolean dutch) {
    return value == null ? unknown(dutch) : value.toString();
  }

  private static String unknown(boolean dutch) {
    return dutch ? "onbekend" : "unknown";
  }

  /** "2d 2h 30m" (English) or "2 dagen 2 uur 30 min" (Dutch), whole minutes. */
  static String span(Duration duration, boolean dutch) {
    long minutes = duration.toMinutes();
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long rest = minutes % 60;
    if (!dutch) {
      return (days > 0 ? days + "d " : "") + hours + "h" + (rest > 0 ? " " + rest + "m" : "");
    }
    return (days > 0 ? days + (days == 1 ? " dag " : " dagen ") : "") + hours + " uur"
        + (rest > 0 ? " " + rest + " min" : "");
  }
}
