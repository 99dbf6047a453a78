package nl.statuswacht.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Window;
import nl.statuswacht.notify.AlertTemplates.Language;

/**
 * The words and time formats of one language that the templates take as values: labels of the
 * model's enums, spelled-out times in Europe/Amsterdam, durations. Sentences live in the templates;
 * the subject line is built from these words (see {@link Subjects}). Explicit locale and zone
 * everywhere, never the JVM's defaults.
 */
final class Words {
  static final ZoneId AMSTERDAM = nl.statuswacht.calendar.BusinessCalendar.AMSTERDAM;

  static final Words NL = new Words(Language.NL, Locale.forLanguageTag("nl-NL"));
  static final Words EN = new Words(Language.EN, Locale.UK);

  private final Language language;
  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter date;
  private final DateTimeFormatter time;

  private Words(Language language, Locale locale) {
    this.language = language;
    this.dateTime = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu HH:mm", locale).withZone(AMSTERDAM);
    this.date = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale);
    this.time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(AMSTERDAM);
  }

  static Words of(Language language) {
    return language == Language.NL ? NL : EN;
  }

  private String pick(String nl, String en) {
    return language == Language.NL ? nl : en;
  }

  /** "zaterdag 14 maart 2026 21:00" / "Saturday 14 March 2026 21:00", Amsterdam time. */
  String when(Instant instant) {
    return dateTime.format(instant);
  }

  /** "woensdag 1 april 2026" / "Wednesday 1 April 2026". */
  String date(LocalDate day) {
    return date.format(day);
  }

  /**
   * A window in Amsterdam time with its real length: "zaterdag 14 maart 2026 21:00 – 23:00 (2
   * uur)"; both ends spelled out when they fall on different days. Unknown ends are said so.
   */
  String window(Window window) {
    if (window.start() == null && window.end() == null) {
      return pick("onbekend", "unknown");
    }
    if (window.end() == null) {
      return pick("vanaf ", "from ") + when(window.start()) + pick(", einde onbekend", ", end unknown");
    }
    if (window.start() == null) {
      return pick("tot ", "until ") + when(window.end()) + pick(", begin onbekend", ", start unknown");
    }
    ZonedDateTime start = window.start().atZone(AMSTERDAM);
    ZonedDateTime end = window.end().atZone(AMSTERDAM);
    String endText = start.toLocalDate().equals(end.toLocalDate()) ? time.format(window.end())
        : when(window.end());
    return when(window.start()) + " – " + endText + " ("
        + duration(Duration.between(window.start(), window.end())) + ")";
  }

  /** "2 uur 30 minuten" / "2 hours 30 minutes"; whole minutes. */
  String duration(Duration duration) {
    long hours = duration.toHours();
    long minutes = duration.toMinutesPart();
    String h = hours + " " + pick("uur", hours == 1 ? "hour" : "hours");
    String m = minutes + " " + pick(minutes == 1 ? "minuut" : "minuten",
        minutes == 1 ? "minute" : "minutes");
    if (hours == 0) {
      return m;
    }
    return minutes == 0 ? h : h + " " + m;
  }

  /** A reminder's lead from its ISO-8601 {@code detail}: "over 24 uur" / "in 24 hours". */
  String reminder(String detail) {
    return pick("over ", "in ") + duration(reminderLead(detail));
  }

  /** A restoration target from its {@code "<amount> <UNIT>"} detail: "4 uur" / "4 hours". */
  String targetText(String detail) {
    long amount = target(detail);
    boolean hours = detail.endsWith(" HOURS");
    if (hours) {
      return amount + " " + pick("uur", amount == 1 ? "hour" : "hours");
    }
    return amount + " " + pick(amount == 1 ? "werkdag" : "werkdagen",
        amount == 1 ? "business day" : "business days");
  }

  /** Parses and checks a reminder's detail; fails naming it when it is not a positive duration. */
  static Duration reminderLead(String detail) {
    try {
      Duration lead = Duration.parse(String.valueOf(detail));
      if (lead.isNegative() || lead.isZero() || lead.toSecondsPart() != 0) {
        throw new IllegalArgumentException(
            "alert: reminder lead must be a positive number of whole minutes: " + detail);
      }
      return lead;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "alert: reminder detail must be an ISO-8601 duration such as PT24H: " + detail, e);
    }
  }

  /** Parses and checks a deadline's detail; returns the amount. */
  static long target(String detail) {
    String[] parts = String.valueOf(detail).split(" ");
    try {
      if (parts.length == 2 && (parts[1].equals("HOURS") || parts[1].equals("BUSINESS_DAYS"))) {
        long amount = Long.parseLong(parts[0]);
        if (amount > 0) {
          return amount;
        }
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException(
        "alert: deadline detail must be \"<amount> HOURS\" or \"<amount> BUSINESS_DAYS\": " + detail);
  }

  /** The subject's tag word: "storing", "onderhoud" / "incident", "maintenance". */
  String tag(Category category) {
    if (category == null) {
      return "status";
    }
    return switch (category) {
      case INCIDENT -> pick("storing", "incident");
      case PLANNED_MAINTENANCE -> pick("onderhoud", "maintenance");
      case EMERGENCY_MAINTENANCE -> pick("spoedonderhoud", "emergency maintenance");
      case CHANGE -> pick("wijziging", "change");
      case INFORMATION -> pick("informatie", "information");
    };
  }

  /** The category as the body names it. */
  String category(Category category) {
    if (category == null) {
      return pick("onbekend", "unknown");
    }
    return switch (category) {
      case INCIDENT -> pick("Storing", "Incident");
      case PLANNED_MAINTENANCE -> pick("Gepland onderhoud", "Planned maintenance");
      case EMERGENCY_MAINTENANCE -> pick("Spoedonderhoud", "Emergency maintenance");
      case CHANGE -> pick("Wijziging", "Change");
      case INFORMATION -> pick("Informatie", "Information");
    };
  }

  String service(Service service) {
    return switch (service) {
      case KVK_API -> "KVK API";
      case KVK_DATASERVICE -> "KVK Dataservice";
      case KVK_MUTATIESERVICE -> "KVK Mutatieservice";
      case OTHER -> pick("overige dienst", "other service");
    };
  }

  String priority(Priority priority) {
    return priority + " — " + switch (priority) {
      case P1 -> pick("ernstig verstoord", "severely disrupted");
      case P2 -> pick("beperkt verstoord", "partly disrupted");
      case P3 -> pick("minimaal verstoord", "minimally disrupted");
    };
  }

  String rule(Rule rule) {
    return switch (rule) {
      case CHANGE_NOTICE -> pick("Aankondiging wijziging", "Change notice");
      case MAINTENANCE_NOTICE -> pick("Aankondiging onderhoud", "Maintenance notice");
      case MAINTENANCE_WINDOW -> pick("Onderhoudsvenster", "Maintenance window");
      case RESTORATION -> pick("Hersteltijd", "Restoration");
      case AVAILABILITY -> pick("Beschikbaarheid", "Availability");
      case ANNUAL_CALENDAR -> pick("Jaarkalender onderhoud", "Annual maintenance calendar");
    };
  }

  String outcome(Outcome outcome) {
    return switch (outcome) {
      case COMPLIANT -> pick("voldoet", "compliant");
      case VIOLATION -> pick("SCHENDING", "VIOLATION");
      case PENDING -> pick("nog open", "pending");
      case NEEDS_REVIEW -> pick("handmatig beoordelen", "needs review");
    };
  }

  /** What a violation of {@code rule} is called in a subject: "te laat aangekondigd". */
  String violation(Rule rule) {
    return switch (rule) {
      case CHANGE_NOTICE, MAINTENANCE_NOTICE -> pick("te laat aangekondigd", "announced too late");
      case MAINTENANCE_WINDOW -> pick("buiten onderhoudsvenster", "outside maintenance window");
      case RESTORATION -> pick("hersteltermijn overschreden", "restoration target missed");
      case AVAILABILITY -> pick("beschikbaarheid onder de norm", "availability below target");
      case ANNUAL_CALENDAR -> pick("jaarkalender te laat", "annual calendar late");
    };
  }

  /** The state word a subject ends with, per kind (not used for reminders). */
  String state(Alert.Kind kind) {
    return switch (kind) {
      case NEW -> pick("nieuw", "new");
      case UPDATED -> pick("bijgewerkt", "updated");
      case RESOLVED -> pick("opgelost", "resolved");
      case CANCELLED -> pick("geannuleerd", "cancelled");
      case REMINDER -> pick("herinnering", "reminder");
      case DEADLINE_PASSED -> pick("nog niet opgelost", "still unresolved");
      case SOURCE_UNREADABLE -> pick("KVK-statuspagina onleesbaar", "KVK status page unreadable");
      case SOURCE_READABLE -> pick("KVK-statuspagina weer leesbaar", "KVK status page readable again");
    };
  }

  String reminderWord() {
    return pick("Herinnering", "Reminder");
  }

  String startsWord() {
    return pick("begint", "starts");
  }
}
