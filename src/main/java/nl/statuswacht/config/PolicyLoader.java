package nl.statuswacht.config;

import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.model.ImpactClass;
import nl.statuswacht.model.Priority;
import nl.statuswacht.rules.Policy;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the service-level policy, {@code conf/policy-kvk.yaml}: every number of the rules. Every
 * problem is reported with the file, the line and the key, all together; a file that is absent
 * gives the policy shipped in the jar (KVK's document as {@code docs/service-levels.md} makes it
 * exact). A value that is wrong is reported, never replaced: a policy is built only from a file
 * without problems.
 */
public final class PolicyLoader {
  static final String PACKAGED = "/conf/policy-kvk.yaml";
  private static final Pattern TARGET = Pattern.compile(
      "(\\d{1,3})\\s*%\\s+within\\s+(\\d+)\\s+(hours?|business\\s+days?)");
  private static final Pattern SHARE = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*%");
  private static final Set<String> SECTIONS = Set.of("calendar", "change-notice-months",
      "maintenance", "restoration", "availability");

  private final List<String> problems = new ArrayList<>();
  private final YamlTree yaml;
  private final Map<String, YamlTree.Entry> values = new LinkedHashMap<>();
  private final Set<String> read = new LinkedHashSet<>();

  private PolicyLoader(String file) {
    this.yaml = new YamlTree(file, problems);
  }

  /** The policy in {@code file}, or the one shipped in the jar when the file is absent. */
  public static Policy load(Path file) throws ConfigException {
    return PolicyFiles.load(file, PACKAGED, (name, reader) -> new PolicyLoader(name).read(reader));
  }

  /** The one shipped with statuswacht. */
  public static Policy packaged() throws ConfigException {
    return PolicyFiles.packaged(PACKAGED, (name, reader) -> new PolicyLoader(name).read(reader));
  }

  private Policy read(Reader reader) throws ConfigException {
    MappingNode root = yaml.root(reader, "the sections " + SECTIONS);
    if (root == null) {
      if (problems.isEmpty()) {
        problems.add(yaml.file() + ": expected the sections " + SECTIONS);
      }
      throw new ConfigException(problems);
    }
    yaml.walk(root, (key, depth) -> depth == 0 && SECTIONS.contains(key), entry -> {
      if (entry.key().contains(".")) {
        values.put(entry.key(), entry);
      } else if (SECTIONS.contains(entry.key())) {
        problems.add(yaml.at(entry.line()) + ": " + entry.key() + ": expected a mapping");
      } else {
        problems.add(yaml.at(entry.line()) + ": unknown key '" + entry.key() + "'"
            + YamlTree.suggestion(entry.key(), SECTIONS));
      }
    });
    Boolean goodFriday = bool("calendar.good-friday");
    Set<LocalDate> closures = dates("calendar.closures");
    Map<ImpactClass, Integer> noticeMonths = noticeMonths();
    Integer noticeDays = integer("maintenance.notice-business-days");
    LocalTime nightStart = time("maintenance.night-start");
    LocalTime nightEnd = time("maintenance.night-end");
    Boolean weekends = bool("maintenance.weekends");
    Boolean holidaysAsWeekend = bool("maintenance.weekday-holidays-as-weekend");
    Map<Priority, List<Policy.Target>> restoration = restoration();
    Double norm = share("availability.norm");
    Integer periodDays = integer("availability.period-days");
    Set<Priority> downtimePriorities = priorities("availability.downtime-priorities");
    values.forEach((key, entry) -> {
      if (!read.contains(key)) {
        problems.add(yaml.at(entry.line()) + ": unknown key '" + key + "'"
            + YamlTree.suggestion(key, read));
      }
    });
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new Policy(goodFriday, closures, noticeMonths, noticeDays, nightStart, nightEnd,
        weekends, holidaysAsWeekend, restoration, norm, periodDays, downtimePriorities);
  }

  private Node node(String key) {
    read.add(key);
    YamlTree.Entry entry = values.get(key);
    if (entry == null) {
      problems.add(yaml.file() + ": missing '" + key + "'");
      return null;
    }
    return entry.value();
  }

  /** The key's single value; {@code null} when it is missing or not one (a problem). */
  private String scalar(String key) {
    Node node = node(key);
    return node == null ? null : yaml.scalar(node, key);
  }

  private Boolean bool(String key) {
    String value = scalar(key);
    if (value == null) {
      return null;
    }
    if (!value.equals("true") && !value.equals("false")) {
      problems.add(at(key) + ": " + key + ": '" + value + "' is not true or false");
      return null;
    }
    return value.equals("true");
  }

  private Integer integer(String key) {
    String value = scalar(key);
    if (value == null) {
      return null;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // below
    }
    problems.add(at(key) + ": " + key + ": '" + value + "' is not a whole number of 0 or more");
    return null;
  }

  private LocalTime time(String key) {
    String value = scalar(key);
    if (value == null) {
      return null;
    }
    try {
      return LocalTime.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(at(key) + ": " + key + ": '" + value + "' is not a time (write 21:00)");
      return null;
    }
  }

  private Double share(String key) {
    String value = scalar(key);
    if (value == null) {
      return null;
    }
    Matcher m = SHARE.matcher(value);
    if (m.matches() && Double.parseDouble(m.group(1)) <= 100) {
      return Double.parseDouble(m.group(1)) / 100;
    }
    problems.add(at(key) + ": " + key + ": '" + value + "' is not a percentage (write 99%)");
    return null;
  }

  private Set<LocalDate> dates(String key) {
    Set<LocalDate> dates = new LinkedHashSet<>();
    for (ScalarNode item : items(key)) {
      String value = item.getValue();
      try {
        dates.add(LocalDate.parse(value));
      } catch (DateTimeParseException e) {
        problems.add(yaml.at(item) + ": " + key + ": '" + value
            + "' is not a date (write 2026-12-24)");
      }
    }
    return dates;
  }

  private Set<Priority> priorities(String key) {
    Set<Priority> priorities = new LinkedHashSet<>();
    for (ScalarNode item : items(key)) {
      String value = item.getValue();
      try {
        priorities.add(Priority.valueOf(value));
      } catch (IllegalArgumentException e) {
        problems.add(yaml.at(item) + ": " + key + ": '" + value + "' is not one of P1, P2, P3");
      }
    }
    return priorities;
  }

  private List<ScalarNode> items(String key) {
    Node node = node(key);
    return node == null ? List.of() : yaml.items(node, key, "[P1]");
  }

  private Map<ImpactClass, Integer> noticeMonths() {
    Map<ImpactClass, Integer> months = new EnumMap<>(ImpactClass.class);
    for (ImpactClass impact : ImpactClass.values()) {
      Integer value = integer("change-notice-months." + impact.name());
      if (value != null) {
        months.put(impact, value);
      }
    }
    return months;
  }

  private Map<Priority, List<Policy.Target>> restoration() {
    Map<Priority, List<Policy.Target>> targets = new EnumMap<>(Priority.class);
    for (Priority priority : Priority.values()) {
      String key = "restoration." + priority.name();
      List<Policy.Target> list = new ArrayList<>();
      for (ScalarNode item : items(key)) {
        String value = item.getValue().strip();
        Matcher m = TARGET.matcher(value);
        if (!m.matches() || Integer.parseInt(m.group(1)) > 100) {
          problems.add(yaml.at(item) + ": " + key + ": '" + value
              + "' is not a target (write \"95% within 4 hours\" or \"100% within 1 business day\")");
          continue;
        }
        list.add(new Policy.Target(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            m.group(3).startsWith("hour") ? Policy.Unit.HOURS : Policy.Unit.BUSINESS_DAYS));
      }
      targets.put(priority, list);
    }
    return targets;
  }

  private String at(String key) {
    YamlTree.Entry entry = values.get(key);
    return entry == null ? yaml.file() : yaml.at(entry.value());
  }
}
