package nl.statuswacht.config;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks of single values that the configuration applies and the command line shares
 * ({@code subscribers add}), so that neither accepts what the other refuses. Each says what is
 * wrong with a value, without its origin or key: the caller names those.
 */
public final class Checks {
  /** One address: no spaces, commas, angle brackets or quotes, one {@code @} with both sides. */
  private static final Pattern ADDRESS = Pattern.compile("[^@\\s,<>\"]+@[^@\\s,<>\"]+");

  /** The languages a subscriber can have. */
  public static final List<String> LANGUAGES = List.of("nl", "en");

  private Checks() {}

  /** What is wrong with an email address (surrounding blanks ignored), or empty. */
  public static Optional<String> address(String value) {
    String address = value.strip();
    if (!ADDRESS.matcher(address).matches() || hasControl(address)) {
      return Optional.of("'" + ConfigLoader.printable(address) + "' is not an email address");
    }
    return Optional.empty();
  }

  /** What is wrong with a subscriber's display name (a line break would end a mail header). */
  public static Optional<String> name(String value) {
    if (hasControl(value)) {
      return Optional.of("'" + ConfigLoader.printable(value) + "' contains a line break or"
          + " another control character");
    }
    return Optional.empty();
  }

  /** What is wrong with a subscriber's language, or empty. */
  public static Optional<String> language(String value) {
    if (LANGUAGES.contains(value.strip().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of("'" + ConfigLoader.printable(value) + "' is not one of "
        + String.join(", ", LANGUAGES));
  }

  /**
   * What is wrong with a PostgreSQL JDBC URL as {@code database.url} takes it (and {@code
   * statuswacht migrate-to}), or empty: only {@code jdbc:postgresql://}, no control character, and
   * no password in it (secrets come from {@code STATUSWACHT_DATABASE_PASSWORD} alone).
   */
  public static Optional<String> databaseUrl(String url) {
    if (!url.startsWith("jdbc:postgresql://") || hasControl(url)) {
      return Optional.of("'" + ConfigLoader.printable(url) + "' is not a PostgreSQL JDBC URL"
          + " (write jdbc:postgresql://host:5432/statuswacht)");
    }
    if (url.toLowerCase(Locale.ROOT).contains("password=")) {
      return Optional.of("the URL carries a password; secrets are not read from the"
          + " configuration or the command line: set the environment variable "
          + ConfigLoader.DATABASE_PASSWORD_ENV);
    }
    return Optional.empty();
  }

  /**
   * Quiet hours written {@code 22:00-07:00}: the start and the end.
   *
   * @throws IllegalArgumentException saying what is wrong with {@code value}
   */
  public static LocalTime[] quietHours(String value) {
    String[] parts = value.split("-");
    try {
      if (parts.length == 2) {
        return new LocalTime[] {LocalTime.parse(parts[0].strip()),
            LocalTime.parse(parts[1].strip())};
      }
    } catch (DateTimeParseException e) {
      // below
    }
    throw new IllegalArgumentException("'" + ConfigLoader.printable(value)
        + "' is not a range of times (write 22:00-07:00)");
  }

  private static boolean hasControl(String value) {
    return value.codePoints().anyMatch(cp -> Character.isISOControl(cp)
        || cp == 0x2028 || cp == 0x2029);
  }
}
