package nl.statuswacht.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
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
  /**
   * The only place the key of the one-click unsubscribe links is read from (never the file, never
   * logged); without it mails offer no unsubscribe link, only the mailto.
   */
  public static final String UNSUBSCRIBE_KEY_ENV = "STATUSWACHT_UNSUBSCRIBE_KEY";

  /** The PostgreSQL password: only from the environment, never from the file. */
  public static final String DATABASE_PASSWORD_ENV = "STATUSWACHT_DATABASE_PASSWORD";

  /** Every known key with its default; the order is the order of the documented file. */
  static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("source", "https://status.kvk.nl");
    DEFAULTS.put("poll.interval", "5m");
    DEFAULTS.put("poll.notify-on-baseline", "false");
    DEFAULTS.put("poll.alert-after-failures", "3");
    DEFAULTS.put("poll.max-new-posts", "5");
    DEFAULTS.put("poll.budget", "");
    DEFAULTS.put("poll.log-keep", "90d");
    DEFAULTS.put("data-dir", "./data");
    DEFAULTS.put("database.url", "");
    DEFAULTS.put("database.user", "statuswacht");
    DEFAULTS.put("cluster.instance", "");
    DEFAULTS.put("cluster.check-in", "7500ms");
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
    DEFAULTS.put("web.listen", "127.0.0.1:8080");
    DEFAULTS.put("web.public-url", "");
  }

  private static final Set<String> SUBSCRIBER_KEYS = Set.of("address", "name", "language",
      "categories", "services", "min-priority", "delivery", "reminders", "quiet-hours",
      "quiet-hours-p1");
  /** The levels {@code log.level} takes, least severe first. */
  static final List<String> LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

  /** The digest is weekly: its cron may fire at most hourly and must fire within this. */
  static final Duration DIGEST_LONGEST_GAP = Duration.ofDays(32);

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
    Config config = new ConfigBinder(version, clock, settings, problems)
        .bind(env.get(SMTP_PASSWORD_ENV), env.get(UNSUBSCRIBE_KEY_ENV),
            env.get(DATABASE_PASSWORD_ENV), subscribers);
    if (config == null || !problems.isEmpty()) {
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
      } else if (!name.equals(CONFIG_ENV) && !name.equals(SMTP_PASSWORD_ENV)
          && !name.equals(UNSUBSCRIBE_KEY_ENV) && !name.equals(DATABASE_PASSWORD_ENV)) {
        List<String> known = new ArrayList<>(byEnvName.keySet());
        known.addAll(List.of(CONFIG_ENV, SMTP_PASSWORD_ENV, SUBSCRIBERS_ENV, UNSUBSCRIBE_KEY_ENV,
            DATABASE_PASSWORD_ENV));
        problems.add(origin + ": unknown setting" + suggestion(name, known));
      }
    }
  }

  /** " (did you mean 'x'?)" for the known name nearest to {@code wrong}, or "". */
  static String suggestion(String wrong, java.util.Collection<String> known) {
    return YamlTree.suggestion(wrong, known);
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

  /** A raw value and where it came from ("conf/statuswacht.yaml:4", "environment X", "default"). */
  record Setting(String value, String origin) {}

  /** Reads the file's settings and subscribers, each with its line, through {@link YamlTree}. */
  private static final class FileReading {
    private final Path file;
    private final Map<String, Setting> settings;
    private final List<Map<String, Setting>> subscribers;
    private final List<String> problems;
    private final YamlTree yaml;

    FileReading(
        Path file,
        Map<String, Setting> settings,
        List<Map<String, Setting>> subscribers,
        List<String> problems) {
      this.file = file;
      this.settings = settings;
      this.subscribers = subscribers;
      this.problems = problems;
      this.yaml = new YamlTree(file.toString(), problems);
    }

    void read() {
      MappingNode root;
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        root = yaml.root(reader, "a mapping of settings");
      } catch (IOException e) {
        problems.add(file + ": cannot read: " + e.getMessage());
        return;
      }
      if (root != null) {
        yaml.walk(root, (key, depth) -> isSection(key), this::setting);
      }
    }

    private void setting(YamlTree.Entry entry) {
      String key = entry.key();
      Node value = entry.value();
      String at = yaml.at(entry.line());
      if (key.equals("subscribers")) {
        readSubscribers(value);
      } else if (key.equals("mail.smtp.password")) {
        problems.add(at + ": mail.smtp.password: secrets are not read from the file;"
            + " set the environment variable " + SMTP_PASSWORD_ENV);
      } else if (key.equals("database.password")) {
        problems.add(at + ": database.password: secrets are not read from the file;"
            + " set the environment variable " + DATABASE_PASSWORD_ENV);
      } else if (key.equals("mail.unsubscribe-key")) {
        problems.add(at + ": mail.unsubscribe-key: secrets are not read from the file;"
            + " set the environment variable " + UNSUBSCRIBE_KEY_ENV);
      } else if (DEFAULTS.containsKey(key) && value instanceof ScalarNode scalar) {
        settings.put(key, new Setting(scalar.getValue(), at));
      } else if (DEFAULTS.containsKey(key)) {
        problems.add(at + ": " + key + ": expected a single value");
      } else {
        List<String> known = new ArrayList<>(DEFAULTS.keySet());
        known.add("subscribers");
        problems.add(at + ": unknown key '" + key + "'" + suggestion(key, known));
      }
    }

    private static boolean isSection(String key) {
      return DEFAULTS.keySet().stream().anyMatch(k -> k.startsWith(key + "."));
    }

    private void readSubscribers(Node node) {
      subscribers.clear();
      if (!(node instanceof SequenceNode sequence)) {
        if (!(node instanceof ScalarNode scalar && scalar.getValue().isEmpty())) {
          problems.add(yaml.at(node) + ": subscribers: expected a list");
        }
        return;
      }
      for (Node item : sequence.getValue()) {
        if (!(item instanceof MappingNode mapping)) {
          problems.add(yaml.at(item) + ": subscribers: each subscriber needs 'address:'");
          continue;
        }
        Map<String, Setting> subscriber = new LinkedHashMap<>();
        for (YamlTree.Entry entry : yaml.entries(mapping, "subscribers.")) {
          String at = yaml.at(entry.line());
          if (!SUBSCRIBER_KEYS.contains(entry.name())) {
            problems.add(at + ": unknown key '" + entry.key() + "'"
                + suggestion(entry.name(), SUBSCRIBER_KEYS));
            continue;
          }
          Node value = entry.value();
          String text = value instanceof SequenceNode list
              ? String.join(",", list.getValue().stream()
                  .map(n -> n instanceof ScalarNode s ? s.getValue() : "?").toList())
              : value instanceof ScalarNode scalar ? scalar.getValue() : "?";
          subscriber.put(entry.name(), new Setting(text, at));
        }
        if (!subscriber.containsKey("address")) {
          problems.add(yaml.at(item) + ": subscribers: missing 'address'");
        } else {
          subscribers.add(subscriber);
        }
      }
    }
  }
}
