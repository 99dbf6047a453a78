package nl.statuswacht.notify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.statuswacht.digest.DigestReport;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Window;
import nl.statuswacht.notify.AlertTemplates.Language;
import nl.statuswacht.rules.Policy;

/**
 * The words and time formats of one language that the templates take as values: labels of the
 * model's enums, durations, lists and windows (their words from the bundle {@code
 * words/mail_<lang>.properties}, see {@link MailWords}), spelled-out times in Europe/Amsterdam.
 * The subject line is built from these words (see {@link Subjects}). Explicit locale and zone
 * everywhere, never the JVM's defaults.
 */
final class Words {
  static final ZoneId AMSTERDAM = nl.statuswacht.calendar.BusinessCalendar.AMSTERDAM;

  static final Words NL = new Words(Language.NL, Locale.forLanguageTag("nl-NL"));
  static final Words EN = new Words(Language.EN, Locale.UK);

  private final Language language;
  private final MailWords mail;
  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter date;
  private final DateTimeFormatter time;
  private final DateTimeFormatter dayMonth;
  private final DateTimeFormatter dayMonthYear;
  private final Locale locale;

  private Words(Language language, Locale locale) {
    this.language = language;
    this.mail = MailWords.of(language);
    this.locale = locale;
    this.dateTime = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu HH:mm", locale).withZone(AMSTERDAM);
    this.date = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale);
    this.time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(AMSTERDAM);
    this.dayMonth = DateTimeFormatter.ofPattern("d MMMM", locale);
    this.dayMonthYear = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
  }

  Language language() {
    return language;
  }

  /** The locale of this language's spelled-out dates and numbers. */
  Locale locale() {
    return locale;
  }

  static Words of(Language language) {
    return language == Language.NL ? NL : EN;
  }

  /** The verdicts' words in this language. */
  nl.statuswacht.words.VerdictWords verdicts() {
    return nl.statuswacht.words.VerdictWords.of(language == Language.NL);
  }

  /** The lines of what changed in a post, in this language. */
  nl.statuswacht.words.ChangeWords changes() {
    return nl.statuswacht.words.ChangeWords.of(language == Language.NL);
  }

  /** "zaterdag 14 maart 2026 21:00" / "Saturday 14 March 2026 21:00", Amsterdam time. */
  String when(Instant instant) {
    return dateTime.format(instant);
  }

  /** "woensdag 1 april 2026" / "Wednesday 1 April 2026". */
  String date(LocalDate day) {
    return date.format(day);
  }

  /** "15 september 2025" / "15 September 2025". */
  String shortDate(LocalDate day) {
    return dayMonthYear.format(day);
  }

  /** "15 september" / "15 September". */
  String dayMonth(LocalDate day) {
    return dayMonth.format(day);
  }

  /**
   * A range of days, its shared parts said once: "10–16 november 2025", "27 oktober – 2 november
   * 2025", "29 december 2025 – 4 januari 2026"; one day is just that day.
   */
  String days(LocalDate from, LocalDate to) {
    if (from.equals(to)) {
      return shortDate(from);
    }
    if (from.getYear() != to.getYear()) {
      return shortDate(from) + " – " + shortDate(to);
    }
    if (from.getMonth() != to.getMonth()) {
      return dayMonth(from) + " – " + shortDate(to);
    }
    return from.getDayOfMonth() + "–" + shortDate(to);
  }

  /** Like {@link #days} without the year: "7–9 oktober", "30 september – 2 oktober". */
  String daysInYear(LocalDate from, LocalDate to) {
    if (from.equals(to)) {
      return dayMonth(from);
    }
    if (from.getMonth() != to.getMonth()) {
      return dayMonth(from) + " – " + dayMonth(to);
    }
    return from.getDayOfMonth() + "–" + dayMonth(to);
  }

  /**
   * A share as a percentage with {@code decimals} decimals, in the language's notation ("99,76%"
   * / "99.76%"), rounded <em>down</em>: a figure shown at a norm has reached it.
   */
  String percent(double share, int decimals) {
    BigDecimal value = BigDecimal.valueOf(share).movePointRight(2)
        .add(BigDecimal.valueOf(1, 9)) // a share of exactly 0.99 is stored as 0.98999…
        .setScale(decimals, RoundingMode.DOWN);
    return String.format(locale, "%." + decimals + "f%%", value);
  }

  /** A norm as a percentage without needless decimals: "99%", "99,5%" / "99.5%". */
  String norm(double share) {
    BigDecimal value = BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros();
    return value.scale() <= 0 ? value.toBigInteger() + "%"
        : String.format(locale, "%." + value.scale() + "f%%", value);
  }

  /** "a, b en c" / "a, b and c". */
  String and(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return mail.text("list.and", Map.of("rest",
        String.join(", ", items.subList(0, items.size() - 1)), "last",
        items.get(items.size() - 1)));
  }

  /** A longer span: "14 dagen 3 uur" / "14 days 3 hours"; under a day as {@link #duration}. */
  String span(Duration duration) {
    long days = duration.toDays();
    if (days == 0) {
      return duration(duration);
    }
    Duration rest = duration.minusDays(days);
    String d = mail.count("unit.days", days);
    return rest.toMinutes() == 0 ? d : d + " " + duration(rest);
  }

  /** A restoration target in the mail's language: "95% binnen 4 uur" / "95% within 4 hours". */
  String target(Policy.Target target) {
    return verdicts().target(new nl.statuswacht.model.VerdictDetail.Target(target.percent(),
        target.amount(), target.unit() == Policy.Unit.BUSINESS_DAYS));
  }

  /** Whether a norm was reached: "GEHAALD" / "MET". */
  String reached(boolean reached) {
    return mail.word(reached ? "norm.reached" : "norm.missed");
  }

  /** The state of a service on a day: "storing", "in orde" / "down", "fine". */
  String dayState(DigestReport.DayState state) {
    return mail.word("day." + state.name());
  }

  /**
   * A window in Amsterdam time with its real length: "zaterdag 14 maart 2026 21:00 – 23:00 (2
   * uur)"; both ends spelled out when they fall on different days. Unknown ends are said so.
   */
  String window(Window window) {
    if (window.start() == null && window.end() == null) {
      return mail.word("window.unknown");
    }
    if (window.end() == null) {
      return mail.text("window.from", Map.of("start", when(window.start())));
    }
    if (window.start() == null) {
      return mail.text("window.until", Map.of("end", when(window.end())));
    }
    ZonedDateTime start = window.start().atZone(AMSTERDAM);
    ZonedDateTime end = window.end().atZone(AMSTERDAM);
    String endText = start.toLocalDate().equals(end.toLocalDate()) ? time.format(window.end())
        : when(window.end());
    return mail.text("window.span", Map.of("start", when(window.start()), "end", endText,
        "length", duration(Duration.between(window.start(), window.end()))));
  }

  /** "2 uur 30 minuten" / "2 hours 30 minutes"; whole minutes. */
  String duration(Duration duration) {
    long hours = duration.toHours();
    long minutes = duration.toMinutesPart();
    String h = mail.count("unit.hours", hours);
    String m = mail.count("unit.minutes", minutes);
    if (hours == 0) {
      return m;
    }
    return minutes == 0 ? h : h + " " + m;
  }

  /** A reminder's lead from its ISO-8601 {@code detail}: "over 24 uur" / "in 24 hours". */
  String reminder(String detail) {
    return mail.text("reminder.lead", Map.of("lead", duration(Alert.reminderLead(detail))));
  }

  /** A restoration target from its {@code "<amount> <UNIT>"} detail: "4 uur" / "4 hours". */
  String targetText(String detail) {
    long amount = Alert.targetAmount(detail);
    return mail.count(detail.endsWith(" HOURS") ? "unit.hours" : "unit.businessDays", amount);
  }

  /** The subject's tag word: "storing", "onderhoud" / "incident", "maintenance". */
  String tag(Category category) {
    return category == null ? "status" : mail.word("tag." + category.name());
  }

  /** The category as the body names it. */
  String category(Category category) {
    return mail.word("category." + (category == null ? "unknown" : category.name()));
  }

  String service(Service service) {
    return mail.word("service." + service.name());
  }

  String priority(Priority priority) {
    return priority + " — " + mail.word("priority." + priority.name());
  }

  String rule(Rule rule) {
    return mail.word("rule." + rule.name());
  }

  String outcome(Outcome outcome) {
    return mail.word("outcome." + outcome.name());
  }

  /** What a violation of {@code rule} is called in a subject: "te laat aangekondigd". */
  String violation(Rule rule) {
    return mail.word("violation." + rule.name());
  }

  /** The state word a subject ends with, per kind (not used for reminders). */
  String state(Alert.Kind kind) {
    return mail.word("state." + kind.name());
  }

  String reminderWord() {
    return mail.word("word.reminder");
  }

  String startsWord() {
    return mail.word("word.starts");
  }
}
