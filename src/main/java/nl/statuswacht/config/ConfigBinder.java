package nl.statuswacht.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.classify.Vocabulary;
import nl.statuswacht.config.ConfigLoader.Setting;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import nl.statuswacht.read.HtmlSelectors;
import nl.statuswacht.rules.Policy;
import org.quartz.CronExpression;

/**
 * Turns the raw settings of {@link ConfigLoader} (file, environment, defaults) into a {@link
 * Config}, collecting every problem with where the value came from. A value that fails its check
 * is reported and becomes {@code null}, never a placeholder: checks that need it (the budget
 * against the interval, the mail directory under the data directory) are skipped, and no {@link
 * Config} is built unless every value passed.
 *
 * <p>Over 300 lines: one method per kind of value (duration, size, address, cron, selectors …)
 * and the subscribers, each short; splitting them up would scatter the one table of checks.
 */
final class ConfigBinder {
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  private final String version;
  private final Clock clock;
  private final Map<String, Setting> settings;
  private final List<String> problems;

  ConfigBinder(String version, Clock clock, Map<String, Setting> settings,
      List<String> problems) {
    this.version = version;
    this.clock = clock;
    this.settings = settings;
    this.problems = problems;
  }

  /** The configuration, or {@code null} when any value has a problem (all of them added). */
  Config bind(String smtpPassword, String unsubscribeKey, String databasePassword,
      List<Map<String, Setting>> rawSubscribers) {
    URI source = uri("source");
    Path dataDir = dataDir("data-dir");
    String mailDir = text("mail.dir");
    Duration connectTimeout = duration("http.connect-timeout");
    Duration timeout = duration("http.timeout");
    Long maxBody = size("http.max-body");
    Integer maxRedirects = integer("http.max-redirects", 0, 20);
    Duration maxRetryAfter = positive(duration("http.max-retry-after"), "http.max-retry-after");
    String username = text("mail.smtp.username");
    String smtpHost = text("mail.smtp.host");
    Integer smtpPort = integer("mail.smtp.port", 1, 65535);
    String starttls = oneOf("mail.smtp.starttls", "required", "off");
    Duration smtpConnectTimeout = duration("mail.smtp.connect-timeout");
    Duration smtpTimeout = duration("mail.smtp.timeout");
    Duration baseDelay = duration("mail.retry.base-delay");
    Duration maxDelay = duration("mail.retry.max-delay");
    Integer maxAttempts = integer("mail.retry.max-attempts", 1, 1000);
    Integer permanentAttempts = integer("mail.retry.permanent-attempts", 1, 100);
    String transport = oneOf("mail.transport", "file", "smtp");
    String from = address(settings.get("mail.from"), "mail.from");
    List<Duration> reminders = durations("mail.reminders");
    String operator = text("mail.operator").isEmpty() ? null
        : address(settings.get("mail.operator"), "mail.operator");
    Integer alertAfter = integer("poll.alert-after-failures", 1, 1000);
    List<Subscriber> subscribers = new ArrayList<>();
    for (Map<String, Setting> raw : rawSubscribers) {
      subscribers.add(subscriber(raw));
    }
    Duration interval = positive(duration("poll.interval"), "poll.interval");
    Boolean notifyOnBaseline = bool("poll.notify-on-baseline");
    Integer maxNewPosts = integer("poll.max-new-posts", 1, 10000);
    HtmlSelectors page = page();
    Supplier<Vocabulary> vocabulary = vocabulary();
    Policy policy = policy();
    DigestSettings digest = digest();
    String logLevel = logLevel("log.level");
    Duration budget = budget("poll.budget", interval, timeout);
    Duration logKeep = atLeast(duration("poll.log-keep"), Duration.ofDays(1), "poll.log-keep");
    WebSettings web = web("web.listen", "web.public-url");
    String databaseUrl = databaseUrl("database.url");
    String databaseUser = text("database.user");
    DatabaseSettings.Cluster cluster = cluster("cluster.instance", "cluster.check-in");
    if (!problems.isEmpty()) {
      return null;
    }
    HttpSettings http = new HttpSettings(connectTimeout, timeout, maxBody, maxRedirects,
        "statuswacht/" + version + " (+https://github.com/statuswacht/statuswacht)",
        maxRetryAfter);
    SmtpSettings smtp = new SmtpSettings(smtpHost, smtpPort,
        username.isEmpty() ? null : username, smtpPassword, starttls.equals("required"),
        smtpConnectTimeout, smtpTimeout);
    RetrySettings retry = new RetrySettings(baseDelay, maxDelay, maxAttempts, permanentAttempts);
    MailSettings mail = new MailSettings(transport, from,
        mailDir.isEmpty() ? dataDir.resolve("mail") : Path.of(mailDir), smtp, retry, reminders,
        operator, alertAfter,
        unsubscribeKey == null || unsubscribeKey.isEmpty() ? null : unsubscribeKey);
    return new Config(source, interval, notifyOnBaseline, maxNewPosts, dataDir, http, page,
        vocabulary, policy, mail, subscribers, digest, logLevel, budget, logKeep, web,
        new DatabaseSettings(databaseUrl, databaseUser,
            databasePassword == null || databasePassword.isEmpty() ? null : databasePassword,
            cluster));
  }

  /**
   * {@code cluster.instance}: empty (the host name, found when the daemon starts) or a name of
   * letters, digits, '.', '_' and '-'; {@code cluster.check-in}: from 1 second to 10 minutes.
   * {@code null} when either is wrong.
   */
  private DatabaseSettings.Cluster cluster(String instanceKey, String checkInKey) {
    String instance = text(instanceKey);
    if (!instance.isEmpty() && !instance.matches("[A-Za-z0-9._-]{1,80}")) {
      problem(instanceKey, "'" + ConfigLoader.printable(instance) + "' is not a name of at most 80"
          + " letters, digits, '.', '_' and '-'");
      return null;
    }
    Duration checkIn = duration(checkInKey);
    if (checkIn != null && (checkIn.compareTo(Duration.ofSeconds(1)) < 0
        || checkIn.compareTo(Duration.ofMinutes(10)) > 0)) {
      problem(checkInKey, "'" + text(checkInKey) + "' is outside 1s to 10m");
      return null;
    }
    return checkIn == null ? null : new DatabaseSettings.Cluster(instance, checkIn);
  }

  /**
   * {@code database.url}: empty for the embedded H2 file, else a {@code jdbc:postgresql://} URL
   * (the only server statuswacht supports). {@code null} when it is neither.
   */
  private String databaseUrl(String key) {
    String url = text(key);
    if (url.isEmpty()) {
      return null;
    }
    var wrong = Checks.databaseUrl(url);
    if (wrong.isPresent()) {
      problem(key, wrong.get());
      return null;
    }
    return url;
  }

  /**
   * How long a poll, discovery included, may take: as set, never longer than the interval (or a
   * poll would run into the next); by default half the interval, but at least the HTTP timeout,
   * so that a document always gets its whole timeout (polls never overlap: with an interval that
   * short the next waits). {@code null} when it, the interval or the timeout is wrong.
   */
  private Duration budget(String key, Duration interval, Duration timeout) {
    if (text(key).isEmpty()) {
      if (interval == null || timeout == null) {
        return null;
      }
      Duration half = interval.dividedBy(2);
      return half.compareTo(timeout) < 0 ? timeout : half;
    }
    Duration budget = positive(duration(key), key);
    if (budget != null && interval != null && budget.compareTo(interval) > 0) {
      problem(key, "'" + text(key) + "' is longer than poll.interval (" + interval + "): a poll"
          + " would still run when the next is due");
      return null;
    }
    return budget;
  }

  /** The root log level, one of {@link ConfigLoader#LOG_LEVELS} in any case. */
  private String logLevel(String key) {
    String value = text(key).toUpperCase(Locale.ROOT);
    if (ConfigLoader.LOG_LEVELS.contains(value)) {
      return value;
    }
    problem(key, "'" + ConfigLoader.printable(text(key)) + "' is not one of "
        + String.join(", ", ConfigLoader.LOG_LEVELS)
        + YamlTree.suggestion(value, ConfigLoader.LOG_LEVELS));
    return null;
  }

  /**
   * When the weekly digest goes out: a Quartz cron expression read in a zone. The expression's
   * syntax is checked even when the zone is wrong; how often it fires only in a valid zone.
   */
  private DigestSettings digest() {
    ZoneId zone = zone("digest.zone");
    String cron = text("digest.cron").strip();
    try {
      CronExpression expression = DigestSettings.expression(cron,
          zone == null ? ZoneOffset.UTC : zone);
      String wrong = zone == null ? null : cadence(expression, zone);
      if (wrong != null) {
        problem("digest.cron", "'" + cron + "' " + wrong + "; the digest is weekly: fire it"
            + " between once an hour and once every "
            + ConfigLoader.DIGEST_LONGEST_GAP.toDays() + " days,"
            + " e.g. '0 0 8 ? * MON' for Monday 08:00");
        return null;
      }
    } catch (ParseException e) {
      problem("digest.cron", "'" + cron + "' is not a Quartz cron expression (" + e.getMessage()
          + "); write seconds minutes hours day-of-month month day-of-week, e.g. '0 0 8 ? * MON'"
          + " for Monday 08:00");
      return null;
    }
    return zone == null ? null : new DigestSettings(cron, zone);
  }

  /**
   * What is wrong with how often {@code expression} fires over the coming year, or {@code null}:
   * it never fires again, first fires or stops firing too late, fires more often than hourly, or
   * leaves a gap longer than {@link ConfigLoader#DIGEST_LONGEST_GAP} (a digest missed while
   * statuswacht was down would then no longer be found).
   */
  private String cadence(CronExpression expression, ZoneId zone) {
    Instant now = clock.instant();
    Instant yearAhead = now.plus(Duration.ofDays(366));
    Date at = Date.from(now);
    for (int fires = 0; !at.toInstant().isAfter(yearAhead); fires++) {
      Date next = expression.getNextValidTimeAfter(at);
      if (next == null) {
        return fires == 0 ? "never fires after " + local(now, zone)
            : "stops firing after " + local(at.toInstant(), zone);
      }
      Duration gap = Duration.between(at.toInstant(), next.toInstant());
      if (fires == 0 && gap.compareTo(ConfigLoader.DIGEST_LONGEST_GAP) > 0) {
        return "does not fire until " + local(next.toInstant(), zone);
      }
      if (fires > 0 && gap.compareTo(Duration.ofHours(1)) < 0) {
        return "fires more often than once an hour";
      }
      if (fires > 0 && gap.compareTo(ConfigLoader.DIGEST_LONGEST_GAP) > 0) {
        return "leaves " + gap.toDays() + " days between " + local(at.toInstant(), zone)
            + " and " + local(next.toInstant(), zone);
      }
      at = next;
    }
    return null;
  }

  private static String local(Instant instant, ZoneId zone) {
    return LOCAL.format(instant.atZone(zone)) + " (" + zone + ")";
  }

  /**
   * The classifier's words: the configured file, or the one in the jar when it is absent (read
   * when first used: {@link VocabularyLoader#whenUsed}).
   */
  private Supplier<Vocabulary> vocabulary() {
    try {
      return VocabularyLoader.whenUsed(Path.of(text("classify.vocabulary")));
    } catch (ConfigException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /** The service-level numbers: the configured file, or KVK's as shipped when it is absent. */
  private Policy policy() {
    try {
      return PolicyLoader.load(Path.of(text("policy.file")));
    } catch (ConfigException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /**
   * The Statuspage preset, or the page's own selectors when {@code page.post} is set. The
   * selectors are checked even when the zone is wrong.
   */
  private HtmlSelectors page() {
    ZoneId zone = zone("page.zone");
    if (text("page.post").isEmpty()) {
      return HtmlSelectors.STATUSPAGE;
    }
    try {
      HtmlSelectors selectors = HtmlSelectors.of(text("page.post"), optional("page.title"),
          optional("page.link"), optional("page.time"), optional("page.status"),
          optional("page.body"), optional("page.update"), zone == null ? ZoneOffset.UTC : zone);
      return zone == null ? null : selectors;
    } catch (IllegalArgumentException e) {
      problem("page.post", e.getMessage());
      return null;
    }
  }

  private ZoneId zone(String key) {
    try {
      return ZoneId.of(text(key));
    } catch (DateTimeException e) {
      problem(key, "'" + text(key) + "' is not a time zone (write e.g. Europe/Amsterdam)");
      return null;
    }
  }

  private String optional(String key) {
    return text(key).isEmpty() ? null : text(key);
  }

  /** One subscriber's settings, each with its line in the file; {@code null} when one is wrong. */
  private Subscriber subscriber(Map<String, Setting> raw) {
    int before = problems.size();
    Setting name = raw.get("name");
    String address = address(raw.get("address"), "subscribers.address");
    if (name != null) {
      Checks.name(name.value()).ifPresent(wrong ->
          problems.add(name.origin() + ": subscribers.name: " + wrong));
    }
    Setting languageSetting = raw.get("language");
    String language = "nl";
    if (languageSetting != null) {
      language = languageSetting.value().strip().toLowerCase(Locale.ROOT);
      Checks.language(languageSetting.value()).ifPresent(wrong ->
          problems.add(languageSetting.origin() + ": subscribers.language: " + wrong));
    }
    String delivery = choice(raw.get("delivery"), "subscribers.delivery", "immediate",
        "immediate", "digest", "both");
    String reminders = choice(raw.get("reminders"), "subscribers.reminders", "true", "true",
        "false");
    String quietP1 = choice(raw.get("quiet-hours-p1"), "subscribers.quiet-hours-p1", "deliver",
        "deliver", "hold");
    Set<Category> categories = names(raw.get("categories"), "subscribers.categories",
        Category.class);
    Set<Service> services = names(raw.get("services"), "subscribers.services", Service.class);
    Set<Priority> priority = names(raw.get("min-priority"), "subscribers.min-priority",
        Priority.class);
    LocalTime[] quiet = quietHours(raw.get("quiet-hours"));
    if (problems.size() > before) {
      return null;
    }
    return new Subscriber(address, name == null ? null : name.value(), language, categories,
        services, priority.isEmpty() ? null : priority.iterator().next(),
        Subscriber.Delivery.valueOf(delivery.toUpperCase(Locale.ROOT)), reminders.equals("true"),
        quiet[0], quiet[1], quietP1.equals("hold"));
  }

  /** The setting's value among {@code allowed}; {@code otherwise} when it is not set. */
  private String choice(Setting setting, String key, String otherwise, String... allowed) {
    if (setting == null) {
      return otherwise;
    }
    String value = setting.value().strip().toLowerCase(Locale.ROOT);
    if (List.of(allowed).contains(value)) {
      return value;
    }
    problems.add(setting.origin() + ": " + key + ": '" + setting.value() + "' is not one of "
        + String.join(", ", allowed));
    return null;
  }

  private <E extends Enum<E>> Set<E> names(Setting setting, String key, Class<E> type) {
    Set<E> names = EnumSet.noneOf(type);
    if (setting == null || setting.value().isBlank()) {
      return names;
    }
    for (String name : setting.value().split(",")) {
      try {
        names.add(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        List<String> known = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        problems.add(setting.origin() + ": " + key + ": '" + name.strip() + "' is not one of "
            + String.join(", ", known) + YamlTree.suggestion(name.strip(), known));
      }
    }
    return names;
  }

  private LocalTime[] quietHours(Setting setting) {
    if (setting == null || setting.value().isBlank()) {
      return new LocalTime[2];
    }
    try {
      return Checks.quietHours(setting.value());
    } catch (IllegalArgumentException e) {
      problems.add(setting.origin() + ": subscribers.quiet-hours: " + e.getMessage());
      return null;
    }
  }

  /**
   * The dashboard's address: {@code host:port} ({@code [::1]:8080} for IPv6), or {@code off}; the
   * public URL an http(s) URL or empty. {@code null} when either is wrong.
   */
  private WebSettings web(String listenKey, String publicKey) {
    String listen = text(listenKey);
    String host = null;
    Integer port = 0;
    if (!listen.equalsIgnoreCase("off")) {
      int colon = listen.lastIndexOf(':');
      host = colon < 0 ? "" : listen.substring(0, colon);
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      try {
        port = colon < 0 ? null : Integer.valueOf(listen.substring(colon + 1));
      } catch (NumberFormatException e) {
        port = null;
      }
      if (host.isEmpty() || port == null || port < 0 || port > 65535 || host.chars()
          .anyMatch(ch -> Character.isWhitespace(ch) || Character.isISOControl(ch))) {
        problem(listenKey, "'" + ConfigLoader.printable(listen) + "' is not host:port (e.g."
            + " 127.0.0.1:8080, 0.0.0.0:8080) or off");
        port = null;
      }
    }
    boolean hasPublicUrl = !text(publicKey).isEmpty();
    URI publicUrl = hasPublicUrl ? uri(publicKey) : null;
    if (port == null || hasPublicUrl && publicUrl == null) {
      return null;
    }
    return new WebSettings(host, port, publicUrl);
  }

  private String text(String key) {
    return settings.get(key).value().trim();
  }

  private void problem(String key, String message) {
    problems.add(settings.get(key).origin() + ": " + key + ": " + message);
  }

  private URI uri(String key) {
    String value = text(key);
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problem(key, "'" + value + "' is not an http(s) URL");
    return null;
  }

  /**
   * The data directory. Its path becomes part of the database's JDBC URL, where a {@code ;}
   * starts a setting ({@code ;INIT=RUNSCRIPT FROM ...}); such a path, or one with a control
   * character, is refused rather than escaped (H2 has no escape for it).
   */
  private Path dataDir(String key) {
    String value = text(key);
    String wrong = value.indexOf(';') >= 0 ? "';'"
        : value.chars().anyMatch(Character::isISOControl) ? "a control character" : null;
    if (wrong != null) {
      problem(key, "'" + ConfigLoader.printable(value) + "' contains " + wrong + ", which the"
          + " database URL would read as more than a path; choose a directory without it");
      return null;
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      problem(key, "'" + ConfigLoader.printable(value) + "' is not a path: " + e.getReason());
      return null;
    }
  }

  private Duration duration(String key) {
    return duration(text(key), key);
  }

  private Duration duration(String value, String key) {
    Matcher m = DURATION.matcher(value);
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      problem(key, "'" + value + "' is not a duration (write 500ms, 30s, 5m, 1h, 2d or PT5M)");
      return null;
    }
  }

  private List<Duration> durations(String key) {
    List<Duration> durations = new ArrayList<>();
    for (String one : text(key).split(",")) {
      if (!one.isBlank()) {
        durations.add(positive(duration(one.strip(), key), key));
      }
    }
    if (durations.contains(null)) {
      return null;
    }
    durations.sort(Comparator.naturalOrder());
    return durations;
  }

  /** The duration when it is at least {@code least}; {@code null} (reported) otherwise. */
  private Duration atLeast(Duration duration, Duration least, String key) {
    if (duration != null && duration.compareTo(least) < 0) {
      problem(key, "must be at least " + least.toDays() + "d");
      return null;
    }
    return duration;
  }

  /** The duration when it is longer than zero; {@code null} (reported) otherwise. */
  private Duration positive(Duration duration, String key) {
    if (duration == null) {
      return null;
    }
    if (duration.isNegative() || duration.isZero()) {
      problem(key, "must be longer than zero");
      return null;
    }
    return duration;
  }

  private Long size(String key) {
    String value = text(key);
    Matcher m = SIZE.matcher(value.toUpperCase(Locale.ROOT));
    if (!m.matches() || m.group(1).length() > 12) {
      problem(key, "'" + value + "' is not a size (write 512KB, 10MB or a number of bytes)");
      return null;
    }
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2);
    return switch (unit) {
      case "KB" -> amount * 1024;
      case "MB" -> amount * 1024 * 1024;
      case "GB" -> amount * 1024 * 1024 * 1024;
      default -> amount;
    };
  }

  private Integer integer(String key, int min, int max) {
    String value = text(key);
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(key, "'" + value + "' is not a whole number from " + min + " to " + max);
    return null;
  }

  private Boolean bool(String key) {
    String value = oneOf(key, "true", "false");
    return value == null ? null : value.equals("true");
  }

  private String oneOf(String key, String... allowed) {
    String value = text(key).toLowerCase(Locale.ROOT);
    for (String candidate : allowed) {
      if (candidate.equals(value)) {
        return candidate;
      }
    }
    problem(key, "'" + text(key) + "' is not one of " + String.join(", ", allowed)
        + YamlTree.suggestion(value, new TreeSet<>(List.of(allowed))));
    return null;
  }

  /** The address, stripped; {@code null} (reported) when it is not one. */
  private String address(Setting setting, String key) {
    Objects.requireNonNull(setting, key);
    var wrong = Checks.address(setting.value());
    wrong.ifPresent(message -> problems.add(setting.origin() + ": " + key + ": " + message));
    return wrong.isPresent() ? null : setting.value().strip();
  }
}
