package nl.statuswacht.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.statuswacht.calendar.BusinessCalendar;

/**
 * How the rules write instants and spans for people: Europe/Amsterdam minutes, the time the mails
 * speak in ("2025-11-19 00:00" in Dutch; with the offset in English, "2025-11-19 00:00 +01:00",
 * since the English texts also go into the JSON output); "onbekend"/"unknown" for what a post
 * does not state.
 */
final class Local {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  private static final DateTimeFormatter MINUTE_OFFSET =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx");

  private Local() {}

  /** {@code instant} in Amsterdam time, or "unknown" / "onbekend" when null. */
  static String time(Instant instant, boolean dutch) {
    return instant == null ? unknown(dutch)
        : (dutch ? MINUTE : MINUTE_OFFSET).format(instant.atZone(BusinessCalendar.AMSTERDAM));
  }

  /** {@code value}, or "unknown" / "onbekend" when null. */
  static String orUnknown(Object value, boolean dutch) {
    return value == null ? unknown(dutch) : value.toString();
  }

  private static String unknown(boolean dutch) {
    return dutch ? "onbekend" : "unknown";
  }

  /**
   * Whole minutes, without the parts that are zero: "2d 2h 30m", "1d", "30m", "0m" (English);
   * "2 dagen 2 uur 30 minuten", "1 dag", "1 minuut", "0 minuten" (Dutch). A negative span (an
   * end before its start) counts as none.
   */
  static String span(Duration duration, boolean dutch) {
    long minutes = Math.max(0, duration.toMinutes());
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long rest = minutes % 60;
    List<String> parts = new ArrayList<>();
    if (days > 0) {
      parts.add(dutch ? days + (days == 1 ? " dag" : " dagen") : days + "d");
    }
    if (hours > 0) {
      parts.add(dutch ? hours + " uur" : hours + "h");
    }
    if (rest > 0 || parts.isEmpty()) {
      parts.add(dutch ? rest + (rest == 1 ? " minuut" : " minuten") : rest + "m");
    }
    return String.join(" ", parts);
  }
}
