package nl.statuswacht.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.statuswacht.config.Checks;
import nl.statuswacht.digest.Week;
import nl.statuswacht.model.Priority;
import nl.statuswacht.notify.AlertTemplates.Language;
import nl.statuswacht.notify.MailMessages;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The typed arguments of the command line. Each refuses what it cannot take with one sentence
 * saying what is wrong (the option is named by {@link OneLineErrors}); where the configuration
 * file has the same value, the check is the configuration's ({@link Checks}), so that neither
 * accepts what the other refuses.
 */
final class Converters {
  static final ZoneId AMSTERDAM = nl.statuswacht.calendar.BusinessCalendar.AMSTERDAM;

  private Converters() {}

  /** An email address as a subscriber's in the configuration, and one a mail can go to. */
  static final class Address implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      Checks.address(value).ifPresent(wrong -> {
        throw new TypeConversionException(wrong);
      });
      String address = value.strip();
      try {
        MailMessages.checkAddress(address);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
      return address;
    }
  }

  /**
   * A PostgreSQL JDBC URL, as {@code database.url} takes it: {@code jdbc:postgresql://…} and no
   * password in it.
   */
  static final class PostgresUrl implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      Checks.databaseUrl(value).ifPresent(wrong -> {
        throw new TypeConversionException(wrong);
      });
      return value;
    }
  }

  /** A display name: no line break (it would end a mail header). */
  static final class Name implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      Checks.name(value).ifPresent(wrong -> {
        throw new TypeConversionException(wrong);
      });
      return value;
    }
  }

  /** {@code nl} or {@code en}, as a subscriber's {@code language} in the configuration. */
  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      Checks.language(value).ifPresent(wrong -> {
        throw new TypeConversionException(wrong);
      });
      return Language.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** Quiet hours, {@code 22:00-07:00}, as a subscriber's {@code quiet-hours}. */
  record QuietHours(LocalTime from, LocalTime until) {
    @Override
    public String toString() {
      return from + "-" + until;
    }
  }

  /** {@code HH:MM-HH:MM}, checked as the configuration checks it. */
  static final class QuietHoursConverter implements ITypeConverter<QuietHours> {
    @Override
    public QuietHours convert(String value) {
      try {
        LocalTime[] hours = Checks.quietHours(value);
        return new QuietHours(hours[0], hours[1]);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code P1}, {@code P2} or {@code P3} (any case). */
  static final class PriorityConverter implements ITypeConverter<Priority> {
    @Override
    public Priority convert(String value) {
      String name = value.strip().toUpperCase(Locale.ROOT);
      return Arrays.stream(Priority.values()).filter(p -> p.name().equals(name)).findFirst()
          .orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of "
              + Arrays.stream(Priority.values()).map(Enum::name)
                  .collect(Collectors.joining(", "))));
    }
  }

  /** A day, {@code YYYY-MM-DD}. */
  static final class Day implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeException e) {
        throw new TypeConversionException("'" + value + "' is not a date (write YYYY-MM-DD)");
      }
    }
  }

  /** An ISO week, {@code 2026-W13}. */
  static final class WeekConverter implements ITypeConverter<Week> {
    @Override
    public Week convert(String value) {
      try {
        return Week.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage().replaceFirst("^week: ", ""));
      }
    }
  }

  /**
   * A moment: an instant ({@code 2026-03-02T09:30:00Z}), a time with its offset
   * ({@code 2026-03-02T10:30+01:00}), a time in Europe/Amsterdam ({@code 2026-03-02T10:30}), or a
   * day ({@code 2026-03-02}), which means the start of that day in Europe/Amsterdam: midnight,
   * as "as of 2 March" means from that day on.
   */
  static final class Moment implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      String text = value.strip();
      try {
        if (text.length() == 10) {
          return LocalDate.parse(text).atStartOfDay(AMSTERDAM).toInstant();
        }
        if (text.endsWith("Z") || text.endsWith("z")) {
          return Instant.parse(text.toUpperCase(Locale.ROOT));
        }
        try {
          return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException noOffset) {
          return LocalDateTime.parse(text).atZone(AMSTERDAM).toInstant();
        }
      } catch (DateTimeException e) {
        throw new TypeConversionException("'" + value + "' is not a day (YYYY-MM-DD) or a"
            + " moment (2026-03-02T10:30 in Europe/Amsterdam, or with its offset or Z)");
      }
    }
  }
}
