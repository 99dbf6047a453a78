package nl.statuswacht.words;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.calendar.BusinessCalendar;

/**
 * One language's message bundle ({@code words_en} or {@code words_nl}), with the few formats the
 * sentences share: minutes in Europe/Amsterdam, spans of time, "unknown". {@code {name}} in a
 * sentence is replaced by the value of that name; there is no MessageFormat, so quotes and
 * numbers (years) stay as written.
 */
final class Bundle {
  static final Bundle EN = new Bundle(Locale.ENGLISH, Locale.UK);
  static final Bundle NL = new Bundle(Locale.forLanguageTag("nl"),
      Locale.forLanguageTag("nl-NL"));

  private static final Pattern NAME = Pattern.compile("\\{([a-zA-Z]+)}");

  private final ResourceBundle bundle;
  private final DateTimeFormatter minute;
  private final DateTimeFormatter moment;
  private final DateTimeFormatter clock;
  private final DateTimeFormatter date;

  /** {@code locale} picks the bundle, {@code spoken} the names of days and months. */
  private Bundle(Locale locale, Locale spoken) {
    // no fallback to the JVM's default locale: English is words_en, never the Dutch file
    this.bundle = ResourceBundle.getBundle("nl.statuswacht.words.words", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.minute = DateTimeFormatter.ofPattern(bundle.getString("format.minute"), Locale.ROOT)
        .withZone(BusinessCalendar.AMSTERDAM);
    this.moment = DateTimeFormatter.ofPattern(bundle.getString("format.moment"), spoken)
        .withZone(BusinessCalendar.AMSTERDAM);
    this.clock = DateTimeFormatter.ofPattern(bundle.getString("format.time"), spoken)
        .withZone(BusinessCalendar.AMSTERDAM);
    this.date = DateTimeFormatter.ofPattern(bundle.getString("format.date"), spoken);
  }

  static Bundle of(boolean dutch) {
    return dutch ? NL : EN;
  }

  /** Whether {@code key} is in the bundle. */
  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The sentence of {@code key} with its {@code {name}}s filled from {@code values}. */
  String text(String key, Map<String, String> values) {
    String sentence;
    try {
      sentence = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("words: no sentence for " + key, e);
    }
    Matcher m = NAME.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("words: no value for {" + m.group(1) + "} in " + key);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  String text(String key) {
    return text(key, Map.of());
  }

  /** A value that may be unknown: its text, or "unknown" / "onbekend". */
  String orUnknown(Object value) {
    return value == null ? text("unknown") : value.toString();
  }

  /**
   * {@code instant} to the minute in Europe/Amsterdam ("2025-11-19 00:00"; in English with the
   * offset, "2025-11-19 00:00 +01:00", as the JSON output has it), or "unknown" / "onbekend".
   */
  String time(Instant instant) {
    return instant == null ? text("unknown") : minute.format(instant);
  }

  /** {@code instant} spelled out in Europe/Amsterdam: "zaterdag 28 maart 2026 21:00". */
  String moment(Instant instant) {
    return instant == null ? text("unknown") : moment.format(instant);
  }

  /**
   * A stretch of time spelled out in Europe/Amsterdam; the end as a bare time when it is on the
   * same local day: "zaterdag 4 april 2026 21:00 – 23:00".
   */
  String stretch(Instant start, Instant end) {
    boolean sameDay = start != null && end != null
        && start.atZone(BusinessCalendar.AMSTERDAM).toLocalDate()
            .equals(end.atZone(BusinessCalendar.AMSTERDAM).toLocalDate());
    return text("change.window.span", Map.of("start", moment(start),
        "end", sameDay ? clock.format(end) : moment(end)));
  }

  /** A date spelled out: "1 juli 2026", or "unknown" / "onbekend". */
  String date(java.time.LocalDate day) {
    return day == null ? text("unknown") : date.format(day);
  }

  /**
   * Whole minutes, without the parts that are zero: "2d 2h 30m", "30m", "0m"; "2 dagen 2 uur 30
   * minuten", "1 minuut". A negative span counts as none.
   */
  String span(Duration duration) {
    long minutes = Math.max(0, duration.toMinutes());
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long rest = minutes % 60;
    List<String> parts = new ArrayList<>();
    if (days > 0) {
      parts.add(count("span.days", days));
    }
    if (hours > 0) {
      parts.add(count("span.hours", hours));
    }
    if (rest > 0 || parts.isEmpty()) {
      parts.add(count("span.minutes", rest));
    }
    return String.join(" ", parts);
  }

  private String count(String key, long n) {
    return text(key + (n == 1 ? ".one" : ".many"), Map.of("n", Long.toString(n)));
  }
}
