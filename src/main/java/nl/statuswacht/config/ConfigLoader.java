package nl.statuswacht.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.classify.Vocabulary;
import nl.statuswacht.read.HtmlSelectors;
import nl.statuswacht.rules.Policy;
import org.quartz.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code conf/statuswacht.yaml}, lays environment overrides over it, and validates the
 * result. Every setting {@code a.b-c} can be overridden by {@code STATUSWACHT_A_B_C}; the SMTP
 * password comes only from {@code STATUSWACHT_SMTP_PASSWORD}. All problems are reported together,
 * each naming the file and line (or the environment variable) and the key.
 */
public final class ConfigLoader {
  /** The environment variable naming the config file. */
  public static final String CONFIG_ENV = "STATUSWACHT_CONFIG";
  /** The only place the SMTP password is read from. */
  public static final String SMTP_PASSWORD_ENV = "STATUSWACHT_SMTP_PASSWORD";
  /** Comma-separated addresses that replace the configured subscribers. */
  public static final String SUBSCRIBERS_ENV = "STATUSWACHT_SUBSCRIBERS";

  /** Every known key with its default; the order is the order of the documented file. */
  static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("source", "https://status.kvk.nl");
    DEFAULTS.put("poll.interval", "5m");
    DEFAULTS.put("poll.notify-on-baseline", "false");
    DEFAULTS.put("poll.alert-after-failures", "3");
    DEFAULTS.put("poll.max-new-posts", "5");
    DEFAULTS.put("poll.budget", "");
    DEFAULTS.put("data-dir", "./data");
    DEFAULTS.put("http.connect-timeout", "10s");
    DEFAULTS.put("http.timeout", "30s");
    DEFAULTS.put("http.max-body", "10MB");
    DEFAULTS.put("http.max-redirects", "5");
    DEFAULTS.put("http.max-retry-after", "1h");
    DEFAULTS.put("classify.vocabulary", "conf/classify.yaml");
    DEFAULTS.put("policy.file", "conf/policy-kvk.yaml");
    DEFAULTS.put("page.post", "");
    DEFAULTS.put("page.title", "");
    DEFAULTS.put("page.link", "");
    DEFAULTS.put("page.update", "");
    DEFAULTS.put("page.time", "");
    DEFAULTS.put("page.status", "");
    DEFAULTS.put("page.body", "");
    DEFAULTS.put("page.zone", "Europe/Amsterdam");
    DEFAULTS.put("mail.transport", "file");
    DEFAULTS.put("mail.from", "statuswacht@localhost");
    DEFAULTS.put("mail.operator", "");
    DEFAULTS.put("mail.dir", "");
    DEFAULTS.put("mail.reminders", "24h, 1h");
    DEFAULTS.put("mail.smtp.host", "localhost");
    DEFAULTS.put("mail.smtp.port", "587");
    DEFAULTS.put("mail.smtp.username", "");
    DEFAULTS.put("mail.smtp.starttls", "required");
    DEFAULTS.put("mail.smtp.connect-timeout", "10s");
    DEFAULTS.put("mail.smtp.timeout", "30s");
    DEFAULTS.put("mail.retry.base-delay", "30s");
    DEFAULTS.put("mail.retry.max-delay", "1h");
    DEFAULTS.put("mail.retry.max-attempts", "20");
    DEFAULTS.put("mail.retry.permanent-attempts", "3");
    DEFAULTS.put("digest.cron", "0 0 8 ? * MON");
    DEFAULTS.put("digest.zone", "Europe/Amsterdam");
    DEFAULTS.put("log.level", "INFO");
  }

  private static final Set<String> SUBSCRIBER_KEYS = Set.of("address", "name", "language",
      "categories", "services", "min-priority", "delivery", "reminders", "quiet-hours",
      "quiet-hours-p1");
  /** The levels {@code log.level} takes, least severe first. */
  static final List<String> LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?");

  /** The digest is weekly: its cron may fire at most hourly and must fire within this. */
  static final Duration DIGEST_LONGEST_GAP = Duration.ofDays(32);
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  private final String version;
  private final Clock clock;

  /**
   * @param version statuswacht's version, named in the User-Agent
   * @param clock the time the digest schedule's next fire times are checked from
   */
  public ConfigLoader(String version, Clock clock) {
    this.version = version;
    this.clock = clock;
  }

  /**
   * Loads the configuration.
   *
   * @param file the YAML file; when it does not exist and {@code required} is false, the defaults
   *     apply
   * @param env the environment (System.getenv() in production)
   */
  public Config load(Path file, boolean required, Map<String, String> env) throws ConfigException {
    List<String> problems = new ArrayList<>();
    Map<String, Setting> settings = new LinkedHashMap<>();
    DEFAULTS.forEach((key, value) -> settings.put(key, new Setting(value, "default")));
    List<Map<String, Setting>> subscribers = new ArrayList<>();
    subscribers.add(Map.of("address", new Setting("ops@example.org", "default")));
    subscribers.add(Map.of("address", new Setting("contracts@example.org", "default"),
        "delivery", new Setting("digest", "default")));
    if (Files.exists(file)) {
      new FileReading(file, settings, subscribers, problems).read();
    } else if (required) {
      throw new ConfigException(List.of(file + ": no such file"));
    }
    applyEnvironment(env, settings, subscribers, problems);
    Config config = new Binder(settings, problems).bind(env.get(SMTP_PASSWORD_ENV), subscribers);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return config;
  }

  /** The environment variable that overrides {@code key}. */
  static String envName(String key) {
    return "STATUSWACHT_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static void applyEnvironment(
      Map<String, String> env,
      Map<String, Setting> settings,
      List<Map<String, Setting>> subscribers,
      List<String> problems) {
    Map<String, String> byEnvName = new LinkedHashMap<>();
    DEFAULTS.keySet().forEach(key -> byEnvName.put(envName(key), key));
    for (var entry : new java.util.TreeMap<>(env).entrySet()) {
      String name = entry.getKey();
      if (!name.startsWith("STATUSWACHT_")) {
        continue;
      }
      String origin = "environment " + name;
      if (byEnvName.containsKey(name)) {
        settings.put(byEnvName.get(name), new Setting(entry.getValue(), origin));
      } else if (name.equals(SUBSCRIBERS_ENV)) {
        subscribers.clear();
        for (String address : entry.getValue().split(",")) {
          if (!address.isBlank()) {
            subscribers.add(Map.of("address", new Setting(address.trim(), origin)));
          }
        }
      } else if (!name.equals(CONFIG_ENV) && !name.equals(SMTP_PASSWORD_ENV)) {
        List<String> known = new ArrayList<>(byEnvName.keySet());
        known.addAll(List.of(CONFIG_ENV, SMTP_PASSWORD_ENV, SUBSCRIBERS_ENV));
        problems.add(origin + ": unknown setting" + suggestion(name, known));
      }
    }
  }

  static String suggestion(String wrong, java.util.Collection<String> known) {
    for (String candidate : known) {
      if (wrong.length() >= 4
          && candidate.toLowerCase(Locale.ROOT).contains(wrong.toLowerCase(Locale.ROOT))) {
        return " (did you mean '" + candidate + "'?)";
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(2, wrong.length() / 3)
        ? " (did you mean '" + best + "'?)"
        : "";
  }

  /** A value for a message: control characters shown as {@code \\uXXXX}. */
  static String printable(String value) {
    StringBuilder out = new StringBuilder();
    value.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp)) {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /** Levenshtein distance, for "did you mean". */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** A raw value and where it came from ("conf/statuswacht.yaml:4", "environment X", "default"). */
  record Setting(String value, String origin) {}

  /** Walks the YAML node tree into dotted keys, keeping each value's line. */
  private static final class FileReading {
    private final Path file;
    private final Map<String, Setting> settings;
    private final List<Map<String, Setting>> subscribers;
    private final List<String> problems;

    FileReading(
        Path file,
        Map<String, Setting> settings,
        List<Map<String, Setting>> subscribers,
        List<String> problems) {
      this.file = file;
      this.settings = settings;
      this.subscribers = subscribers;
      this.problems = problems;
    }

    void read() {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      Node root;
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        root = new Yaml(options).compose(reader);
      } catch (MarkedYAMLException e) {
        problems.add(at(e.getProblemMark().getLine()) + ": " + e.getProblem());
        return;
      } catch (YAMLException | IOException e) {
        problems.add(file + ": cannot read: " + e.getMessage());
        return;
      }
      if (root == null) {
        return;
      }
      if (!(root instanceof MappingNode mapping)) {
        problems.add(at(root.getStartMark().getLine()) + ": expected a mapping of settings");
        return;
      }
      walk("", mapping);
    }

    private void walk(String prefix, MappingNode mapping) {
      Map<String, Integer> seen = new java.util.HashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        String name = ((ScalarNode) tuple.getKeyNode()).getValue();
        String key = prefix + name;
        Node value = tuple.getValueNode();
        int line = tuple.getKeyNode().getStartMark().getLine();
        Integer first = seen.putIfAbsent(name, line);
        if (first != null) {
          problems.add(at(line) + ": duplicate key '" + key + "' (first at line " + (first + 1)
              + ")");
        } else if (key.equals("subscribers")) {
          readSubscribers(value);
        } else if (key.equals("mail.smtp.password")) {
          problems.add(at(line) + ": mail.smtp.password: secrets are not read from the file;"
              + " set the environment variable " + SMTP_PASSWORD_ENV);
        } else if (value instanceof MappingNode nested && isSection(key)) {
          walk(key + ".", nested);
        } else if (DEFAULTS.containsKey(key) && value instanceof ScalarNode scalar) {
          settings.put(key, new Setting(scalar.getValue(), at(line)));
        } else if (DEFAULTS.containsKey(key)) {
          problems.add(at(line) + ": " + key + ": expected a single value");
        } else {
          List<String> known = new ArrayList<>(DEFAULTS.keySet());
          known.add("subscribers");
          problems.add(at(line) + ": unknown key '" + key + "'" + suggestion(key, known));
        }
      }
    }

    private static boolean isSection(String key) {
      return DEFAULTS.keySet().stream().anyMatch(k -> k.startsWith(key + "."));
    }

    private void readSubscribers(Node node) {
      subscribers.clear();
      if (!(node instanceof SequenceNode sequence)) {
        if (!(node instanceof ScalarNode scalar && scalar.getValue().isEmpty())) {
          problems.add(at(node.getStartMark().getLine()) + ": subscribers: expected a list");
        }
        return;
      }
      for (Node item : sequence.getValue()) {
        int line = item.getStartMark().getLine();
        if (!(item instanceof MappingNode mapping)) {
          problems.add(at(line) + ": subscribers: each subscriber needs 'address:'");
          continue;
        }
        Map<String, Setting> subscriber = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
          String name = ((ScalarNode) tuple.getKeyNode()).getValue();
          int keyLine = tuple.getKeyNode().getStartMark().getLine();
          if (!SUBSCRIBER_KEYS.contains(name)) {
            problems.add(at(keyLine) + ": unknown key 'subscribers." + name + "'"
                + suggestion(name, SUBSCRIBER_KEYS));
            continue;
          }
          Node value = tuple.getValueNode();
          String text = value instanceof SequenceNode list
              ? String.join(",", list.getValue().stream()
                  .map(n -> n instanceof ScalarNode s ? s.getValue() : "?").toList())
              : value instanceof ScalarNode scalar ? scalar.getValue() : "?";
          subscriber.put(name, new Setting(text, at(keyLine)));
        }
        if (!subscriber.containsKey("address")) {
          problems.add(at(line) + ": subscribers: missing 'address'");
        } else {
          subscribers.add(subscriber);
        }
      }
    }

    private String at(int zeroBasedLine) {
      return file + ":" + (zeroBasedLine + 1);
    }
  }

  /** Turns raw settings into typed records, collecting every problem. */
  private final class Binder {
    private final Map<String, Setting> settings;
    private final List<String> problems;

    Binder(Map<String, Setting> settings, List<String> problems) {
      this.settings = settings;
      this.problems = problems;
    }

    Config bind(String smtpPassword, List<Map<String, Setting>> rawSubscribers) {
      URI source = uri("source");
      Path dataDir = dataDir("data-dir");
      String mailDir = text("mail.dir");
      HttpSettings http =
          new HttpSettings(
              duration("http.connect-timeout"),
              duration("http.timeout"),
              size("http.max-body"),
              integer("http.max-redirects", 0, 20),
              "statuswacht/" + version + " (+https://github.com/statuswacht/statuswacht)",
              positive(duration("http.max-retry-after"), "http.max-retry-after"));
      String username = text("mail.smtp.username");
      SmtpSettings smtp =
          new SmtpSettings(
              text("mail.smtp.host"),
              integer("mail.smtp.port", 1, 65535),
              username.isEmpty() ? null : username,
              smtpPassword,
              oneOf("mail.smtp.starttls", "required", "off").equals("required"),
              duration("mail.smtp.connect-timeout"),
              duration("mail.smtp.timeout"));
      RetrySettings retry =
          new RetrySettings(
              duration("mail.retry.base-delay"),
              duration("mail.retry.max-delay"),
              integer("mail.retry.max-attempts", 1, 1000),
              integer("mail.retry.permanent-attempts", 1, 100));
      MailSettings mail =
          new MailSettings(
              oneOf("mail.transport", "file", "smtp"),
              address(settings.get("mail.from"), "mail.from"),
              mailDir.isEmpty() ? dataDir.resolve("mail") : Path.of(mailDir),
              smtp,
              retry,
              durations("mail.reminders"),
              text("mail.operator").isEmpty() ? null
                  : address(settings.get("mail.operator"), "mail.operator"),
              integer("poll.alert-after-failures", 1, 1000));
      List<Subscriber> subscribers = new ArrayList<>();
      for (Map<String, Setting> raw : rawSubscribers) {
        subscribers.add(subscriber(raw));
      }
      Duration interval = positive(duration("poll.interval"), "poll.interval");
      return new Config(
          source,
          interval,
          bool("poll.notify-on-baseline"),
          integer("poll.max-new-posts", 1, 10000),
          dataDir,
          http,
          page(),
          vocabulary(),
          policy(),
          mail,
          subscribers,
          digest(),
          logLevel("log.level"),
          budget("poll.budget", interval, http.timeout()));
    }

    /**
     * How long a poll, discovery included, may take: as set, never longer than the interval (or
     * a poll would run into the next); by default half the interval, but at least the HTTP
     * timeout, so that a document always gets its whole timeout (polls never overlap: with an
     * interval that short the next waits).
     */
    private Duration budget(String key, Duration interval, Duration timeout) {
      if (text(key).isEmpty()) {
        Duration half = interval.dividedBy(2);
        return half.compareTo(timeout) < 0 ? timeout : half;
      }
      Duration budget = positive(duration(key), key);
      if (budget.compareTo(interval) > 0) {
        problem(key, "'" + text(key) + "' is longer than poll.interval (" + interval + "): a poll"
            + " would still run when the next is due");
      }
      return budget;
    }

    /** The root log level, one of {@link #LOG_LEVELS} in any case. */
    private String logLevel(String key) {
      String value = text(key).toUpperCase(Locale.ROOT);
      if (LOG_LEVELS.contains(value)) {
        return value;
      }
      problem(key, "'" + printable(text(key)) + "' is not one of " + String.join(", ", LOG_LEVELS)
          + suggestion(value, LOG_LEVELS));
      return DEFAULTS.get(key);
    }

    /** When the weekly digest goes out: a Quartz cron expression read in a zone. */
    private DigestSettings digest() {
      ZoneId zone = ZoneId.of("Europe/Amsterdam");
      try {
        zone = ZoneId.of(text("digest.zone"));
      } catch (DateTimeException e) {
        problem("digest.zone", "'" + text("digest.zone") + "' is not a time zone (write e.g."
            + " Europe/Amsterdam)");
      }
      String cron = text("digest.cron").strip();
      try {
        String wrong = cadence(DigestSettings.expression(cron, zone), zone);
        if (wrong != null) {
          problem("digest.cron", "'" + cron + "' " + wrong + "; the digest is weekly: fire it"
              + " between once an hour and once every " + DIGEST_LONGEST_GAP.toDays() + " days,"
              + " e.g. '0 0 8 ? * MON' for Monday 08:00");
          cron = DEFAULTS.get("digest.cron");
        }
      } catch (ParseException e) {
        problem("digest.cron", "'" + cron + "' is not a Quartz cron expression (" + e.getMessage()
            + "); write seconds minutes hours day-of-month month day-of-week, e.g. '0 0 8 ? * MON'"
            + " for Monday 08:00");
        cron = DEFAULTS.get("digest.cron");
      }
      return new DigestSettings(cron, zone);
    }

    /**
     * What is wrong with how often {@code expression} fires over the coming year, or {@code
     * null}: it never fires again, first fires or stops firing too late, fires more often than
     * hourly, or leaves a gap longer than {@link #DIGEST_LONGEST_GAP} (a digest missed while
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
        if (fires == 0 && gap.compareTo(DIGEST_LONGEST_GAP) > 0) {
          return "does not fire until " + local(next.toInstant(), zone);
        }
        if (fires > 0 && gap.compareTo(Duration.ofHours(1)) < 0) {
          return "fires more often than once an hour";
        }
        if (fires > 0 && gap.compareTo(DIGEST_LONGEST_GAP) > 0) {
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

    /** The classifier's words: the configured file, or the one in the jar when it is absent. */
    private Vocabulary vocabulary() {
      try {
        return VocabularyLoader.load(Path.of(text("classify.vocabulary")));
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

    /** The Statuspage preset, or the page's own selectors when {@code page.post} is set. */
    private HtmlSelectors page() {
      ZoneId zone = ZoneId.of("Europe/Amsterdam");
      try {
        zone = ZoneId.of(text("page.zone"));
      } catch (DateTimeException e) {
        problem("page.zone", "'" + text("page.zone") + "' is not a time zone (write e.g."
            + " Europe/Amsterdam)");
      }
      if (text("page.post").isEmpty()) {
        return HtmlSelectors.STATUSPAGE;
      }
      try {
        return HtmlSelectors.of(text("page.post"), optional("page.title"), optional("page.link"),
            optional("page.time"), optional("page.status"), optional("page.body"),
            optional("page.update"), zone);
      } catch (IllegalArgumentException e) {
        problem("page.post", e.getMessage());
        return HtmlSelectors.STATUSPAGE;
      }
    }

    private String optional(String key) {
      return text(key).isEmpty() ? null : text(key);
    }

    /** One subscriber's settings, each with its line in the file. */
    private Subscriber subscriber(Map<String, Setting> raw) {
      Setting name = raw.get("name");
      String address = address(raw.get("address"), "subscribers.address");
      if (name != null) {
        Checks.name(name.value()).ifPresent(wrong ->
            problems.add(name.origin() + ": subscribers.name: " + wrong));
      }
      String language = raw.get("language") == null ? "nl"
          : Checks.language(raw.get("language").value()).map(wrong -> {
            problems.add(raw.get("language").origin() + ": subscribers.language: " + wrong);
            return "nl";
          }).orElse(raw.get("language").value().strip().toLowerCase(Locale.ROOT));
      String delivery = choice(raw.get("delivery"), "subscribers.delivery", "immediate",
          "immediate", "digest", "both");
      boolean reminders = choice(raw.get("reminders"), "subscribers.reminders", "true", "true",
          "false").equals("true");
      boolean quietP1 = choice(raw.get("quiet-hours-p1"), "subscribers.quiet-hours-p1",
          "deliver", "deliver", "hold").equals("hold");
      java.util.Set<nl.statuswacht.model.Category> categories = names(raw.get("categories"),
          "subscribers.categories", nl.statuswacht.model.Category.class);
      java.util.Set<nl.statuswacht.model.Service> services = names(raw.get("services"),
          "subscribers.services", nl.statuswacht.model.Service.class);
      java.util.Set<nl.statuswacht.model.Priority> priority = names(raw.get("min-priority"),
          "subscribers.min-priority", nl.statuswacht.model.Priority.class);
      LocalTime[] quiet = quietHours(raw.get("quiet-hours"));
      return new Subscriber(address, name == null ? null : name.value(), language, categories,
          services, priority.isEmpty() ? null : priority.iterator().next(),
          Subscriber.Delivery.valueOf(delivery.toUpperCase(Locale.ROOT)), reminders, quiet[0],
          quiet[1], quietP1);
    }

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
      return otherwise;
    }

    private <E extends Enum<E>> java.util.Set<E> names(Setting setting, String key,
        Class<E> type) {
      java.util.Set<E> names = java.util.EnumSet.noneOf(type);
      if (setting == null || setting.value().isBlank()) {
        return names;
      }
      for (String name : setting.value().split(",")) {
        try {
          names.add(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          List<String> known = java.util.Arrays.stream(type.getEnumConstants())
              .map(Enum::name).toList();
          problems.add(setting.origin() + ": " + key + ": '" + name.strip() + "' is not one of "
              + String.join(", ", known) + suggestion(name.strip(), known));
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
        return new LocalTime[2];
      }
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
      return URI.create("http://invalid.invalid/");
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
        problem(key, "'" + printable(value) + "' contains " + wrong + ", which the database URL"
            + " would read as more than a path; choose a directory without it");
        return Path.of(DEFAULTS.get(key));
      }
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        problem(key, "'" + printable(value) + "' is not a path: " + e.getReason());
        return Path.of(DEFAULTS.get(key));
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
        return Duration.ofSeconds(1);
      }
    }

    private List<Duration> durations(String key) {
      List<Duration> durations = new ArrayList<>();
      String all = text(key);
      for (String one : all.split(",")) {
        if (!one.isBlank()) {
          durations.add(positive(duration(one.strip(), key), key));
        }
      }
      durations.sort(java.util.Comparator.naturalOrder());
      return durations;
    }

    private Duration positive(Duration duration, String key) {
      if (duration.isNegative() || duration.isZero()) {
        problem(key, "must be longer than zero");
      }
      return duration;
    }

    private long size(String key) {
      String value = text(key);
      Matcher m = SIZE.matcher(value.toUpperCase(Locale.ROOT));
      if (!m.matches() || m.group(1).length() > 12) {
        problem(key, "'" + value + "' is not a size (write 512KB, 10MB or a number of bytes)");
        return 1;
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

    private int integer(String key, int min, int max) {
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
      return min;
    }

    private boolean bool(String key) {
      return oneOf(key, "true", "false").equals("true");
    }

    private String oneOf(String key, String... allowed) {
      String value = text(key).toLowerCase(Locale.ROOT);
      for (String candidate : allowed) {
        if (candidate.equals(value)) {
          return candidate;
        }
      }
      problem(key, "'" + text(key) + "' is not one of " + String.join(", ", allowed)
          + suggestion(value, new TreeSet<>(List.of(allowed))));
      return allowed[0];
    }

    private String address(Setting setting, String key) {
      Checks.address(setting.value()).ifPresent(wrong ->
          problems.add(setting.origin() + ": " + key + ": " + wrong));
      return setting.value().strip();
    }
  }
}
