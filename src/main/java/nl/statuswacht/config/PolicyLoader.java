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
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the service-level policy, {@code conf/policy-kvk.yaml}: every number of the rules. Every
 * problem is reported with the file, the line and the key, all together; a file that is absent
 * gives the policy shipped in the jar (KVK's document as {@code docs/service-levels.md} makes it
 * exact).
 */
public final class PolicyLoader {
  static final String PACKAGED = "/conf/policy-kvk.yaml";
  private static final Pattern TARGET = Pattern.compile(
      "(\\d{1,3})\\s*%\\s+within\\s+(\\d+)\\s+(hours?|business\\s+days?)");
  private static final Pattern SHARE = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*%");
  private static final Set<String> SECTIONS = Set.of("calendar", "change-notice-months",
      "maintenance", "restoration", "availability");

  private final String file;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Node> values = new LinkedHashMap<>();
  private final Set<String> read = new LinkedHashSet<>();

  private PolicyLoader(String file) {
    this.file = file;
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
    Node root;
    try {
      root = new Yaml().compose(reader);
    } catch (MarkedYAMLException e) {
      throw new ConfigException(List.of(file + ":" + (e.getProblemMark().getLine() + 1) + ": "
          + e.getProblem()));
    } catch (YAMLException e) {
      throw new ConfigException(List.of(file + ": cannot read: " + e.getMessage()));
    }
    if (!(root instanceof MappingNode mapping)) {
      throw new ConfigException(List.of(file + ": expected the sections " + SECTIONS));
    }
    flatten("", mapping);
    Policy policy = new Policy(
        bool("calendar.good-friday"),
        dates("calendar.closures"),
        noticeMonths(),
        integer("maintenance.notice-business-days"),
        time("maintenance.night-start"),
        time("maintenance.night-end"),
        bool("maintenance.weekends"),
        bool("maintenance.weekday-holidays-as-weekend"),
        restoration(),
        share("availability.norm"),
        integer("availability.period-days"),
        priorities("availability.downtime-priorities"));
    values.forEach((key, node) -> {
      if (!read.contains(key)) {
        problems.add(at(node) + ": unknown key '" + key + "'" + ConfigLoader.suggestion(key, read));
      }
    });
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return policy;
  }

  /** Two levels of sections: {@code section.key} → value node. */
  private void flatten(String prefix, MappingNode mapping) {
    for (NodeTuple tuple : mapping.getValue()) {
      String name = ((ScalarNode) tuple.getKeyNode()).getValue();
      String key = prefix + name;
      if (prefix.isEmpty() && !SECTIONS.contains(name)) {
        problems.add(at(tuple.getKeyNode()) + ": unknown key '" + name + "'"
            + ConfigLoader.suggestion(name, SECTIONS));
      } else if (prefix.isEmpty() && tuple.getValueNode() instanceof MappingNode section) {
        flatten(key + ".", section);
      } else if (values.put(key, tuple.getValueNode()) != null) {
        problems.add(at(tuple.getKeyNode()) + ": duplicate key '" + key + "'");
      }
    }
  }

  private Node node(String key) {
    read.add(key);
    Node node = values.get(key);
    if (node == null) {
      problems.add(file + ": missing '" + key + "'");
    }
    return node;
  }

  private String scalar(String key) {
    Node node = node(key);
    if (node == null) {
      return null;
    }
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue().strip();
    }
    problems.add(at(node) + ": " + key + ": expected a single value");
    return null;
  }

  private boolean bool(String key) {
    String value = scalar(key);
    if (value != null && !value.equals("true") && !value.equals("false")) {
      problems.add(at(key) + ": " + key + ": '" + value + "' is not true or false");
    }
    return "true".equals(value);
  }

  private int integer(String key) {
    String value = scalar(key);
    try {
      int number = value == null ? 0 : Integer.parseInt(value);
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // below
    }
    if (value != null) {
      problems.add(at(key) + ": " + key + ": '" + value + "' is not a whole number of 0 or more");
    }
    return 0;
  }

  private LocalTime time(String key) {
    String value = scalar(key);
    try {
      return value == null ? LocalTime.MIDNIGHT : LocalTime.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(at(key) + ": " + key + ": '" + value + "' is not a time (write 21:00)");
      return LocalTime.MIDNIGHT;
    }
  }

  private double share(String key) {
    String value = scalar(key);
    Matcher m = value == null ? null : SHARE.matcher(value);
    if (m != null && m.matches() && Double.parseDouble(m.group(1)) <= 100) {
      return Double.parseDouble(m.group(1)) / 100;
    }
    if (value != null) {
      problems.add(at(key) + ": " + key + ": '" + value + "' is not a percentage (write 99%)");
    }
    return 0;
  }

  private Set<LocalDate> dates(String key) {
    Set<LocalDate> dates = new LinkedHashSet<>();
    for (Node item : items(key)) {
      String value = ((ScalarNode) item).getValue();
      try {
        dates.add(LocalDate.parse(value));
      } catch (DateTimeParseException e) {
        problems.add(at(item) + ": " + key + ": '" + value + "' is not a date (write 2026-12-24)");
      }
    }
    return dates;
  }

  private Set<Priority> priorities(String key) {
    Set<Priority> priorities = new LinkedHashSet<>();
    for (Node item : items(key)) {
      String value = ((ScalarNode) item).getValue();
      try {
        priorities.add(Priority.valueOf(value));
      } catch (IllegalArgumentException e) {
        problems.add(at(item) + ": " + key + ": '" + value + "' is not one of P1, P2, P3");
      }
    }
    return priorities;
  }

  private List<Node> items(String key) {
    Node node = node(key);
    if (node instanceof SequenceNode sequence) {
      List<Node> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        if (item instanceof ScalarNode) {
          items.add(item);
        } else {
          problems.add(at(item) + ": " + key + ": expected a single value");
        }
      }
      return items;
    }
    if (node != null) {
      problems.add(at(node) + ": " + key + ": expected a list, e.g. [P1]");
    }
    return List.of();
  }

  private Map<ImpactClass, Integer> noticeMonths() {
    Map<ImpactClass, Integer> months = new EnumMap<>(ImpactClass.class);
    for (ImpactClass impact : ImpactClass.values()) {
      months.put(impact, integer("change-notice-months." + impact.name()));
    }
    return months;
  }

  private Map<Priority, List<Policy.Target>> restoration() {
    Map<Priority, List<Policy.Target>> targets = new EnumMap<>(Priority.class);
    for (Priority priority : Priority.values()) {
      String key = "restoration." + priority.name();
      List<Policy.Target> list = new ArrayList<>();
      for (Node item : items(key)) {
        String value = ((ScalarNode) item).getValue().strip();
        Matcher m = TARGET.matcher(value);
        if (!m.matches() || Integer.parseInt(m.group(1)) > 100) {
          problems.add(at(item) + ": " + key + ": '" + value
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
    Node node = values.get(key);
    return node == null ? file : at(node);
  }

  private String at(Node node) {
    return file + ":" + (node.getStartMark().getLine() + 1);
  }
}
