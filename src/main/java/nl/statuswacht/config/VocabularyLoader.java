package nl.statuswacht.config;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.statuswacht.classify.Phrase;
import nl.statuswacht.classify.Vocabulary;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.ImpactClass;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the classifier's vocabulary, {@code conf/classify.yaml}. Every problem is reported with
 * the file, the line and the key; all of them together. The file is walked by {@link YamlTree},
 * like the config and the policy.
 */
public final class VocabularyLoader {
  private static final Set<String> SECTIONS = Set.of("calendar", "categories", "status-words",
      "downtime", "priority", "platform-priority", "impact", "services", "elsewhere",
      "alternative", "unaffected", "unaffected-before", "resolved", "reopened", "cancelled");

  /** Sections a file may leave out (one written before they were added). */
  private static final Set<String> OPTIONAL = Set.of("elsewhere", "unaffected-before");

  /** Where the vocabulary shipped with statuswacht lies on the class path. */
  static final String PACKAGED = "/conf/classify.yaml";

  private final String file;
  private final List<String> problems = new ArrayList<>();
  private final YamlTree yaml;

  private VocabularyLoader(String file) {
    this.file = file;
    this.yaml = new YamlTree(file, problems);
  }

  /** The vocabulary in {@code file}, or the one shipped in the jar when the file is absent. */
  public static Vocabulary load(Path file) throws ConfigException {
    return PolicyFiles.load(file, PACKAGED, (name, reader) -> new VocabularyLoader(name).read(reader));
  }

  /**
   * The vocabulary in {@code file} as the configuration holds it. The one shipped in the jar,
   * used when {@code file} is absent or holds the very same bytes (as {@code conf/classify.yaml}
   * does until an operator edits it), is read when first used: a command that classifies nothing
   * (a {@code poll} answered 304) does not read it, and the build's tests read it whole, so it
   * has nothing to report. Any other file is read and checked now, so that its every problem is
   * reported at start.
   */
  public static Supplier<Vocabulary> whenUsed(Path file) throws ConfigException {
    if (Files.exists(file) && !PolicyFiles.sameAsPackaged(file, PACKAGED)) {
      Vocabulary own = load(file);
      return () -> own;
    }
    return new Supplier<>() {
      private Vocabulary read;

      @Override
      public synchronized Vocabulary get() {
        if (read == null) {
          try {
            read = packaged();
          } catch (ConfigException e) {
            throw new IllegalStateException("the jar's own " + PACKAGED + " does not hold: "
                + e.problems(), e);
          }
        }
        return read;
      }
    };
  }

  /** The one shipped with statuswacht. */
  public static Vocabulary packaged() throws ConfigException {
    return PolicyFiles.packaged(PACKAGED, (name, reader) -> new VocabularyLoader(name).read(reader));
  }

  private Vocabulary read(Reader reader) throws ConfigException {
    MappingNode root = yaml.root(reader, "a mapping of sections");
    if (root == null) {
      if (problems.isEmpty()) {
        problems.add(file + ": expected a mapping of sections");
      }
      throw new ConfigException(problems);
    }
    Map<String, Node> sections = new LinkedHashMap<>();
    for (YamlTree.Entry entry : yaml.entries(root, "")) {
      if (SECTIONS.contains(entry.name())) {
        sections.put(entry.name(), entry.value());
      } else {
        problems.add(yaml.at(entry.line()) + ": unknown key '" + entry.name() + "'"
            + YamlTree.suggestion(entry.name(), SECTIONS));
      }
    }
    for (String section : SECTIONS) {
      if (!sections.containsKey(section) && !OPTIONAL.contains(section)) {
        problems.add(file + ": missing section '" + section + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    Map<String, Node> downtime = mapping(sections.get("downtime"), "downtime");
    Vocabulary vocabulary = new Vocabulary(
        phrases(sections.get("calendar"), "calendar"),
        groups(sections.get("categories"), "categories", Category::valueOf),
        groups(sections.get("status-words"), "status-words", Category::valueOf),
        phrases(downtime.get("unavailable"), "downtime.unavailable"),
        phrases(downtime.get("available"), "downtime.available"),
        groups(sections.get("priority"), "priority", Priority::valueOf),
        platformPriorities(sections.get("platform-priority")),
        groups(sections.get("impact"), "impact", ImpactClass::valueOf),
        groups(sections.get("services"), "services", Service::valueOf),
        sections.containsKey("elsewhere") ? phrases(sections.get("elsewhere"), "elsewhere")
            : List.of(),
        phrases(sections.get("alternative"), "alternative"),
        phrases(sections.get("unaffected"), "unaffected"),
        sections.containsKey("unaffected-before")
            ? phrases(sections.get("unaffected-before"), "unaffected-before") : List.of(),
        phrases(sections.get("resolved"), "resolved"),
        phrases(sections.get("reopened"), "reopened"),
        phrases(sections.get("cancelled"), "cancelled"));
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return vocabulary;
  }

  private Map<String, Node> mapping(Node node, String key) {
    Map<String, Node> entries = new LinkedHashMap<>();
    yaml.mapping(node, key).forEach((name, entry) -> entries.put(name, entry.value()));
    return entries;
  }

  private <K> Map<K, List<Phrase>> groups(Node node, String key, Function<String, K> names) {
    Map<K, List<Phrase>> groups = new LinkedHashMap<>();
    mapping(node, key).forEach((name, value) -> {
      try {
        groups.put(names.apply(name), phrases(value, key + "." + name));
      } catch (IllegalArgumentException e) {
        problems.add(at(value) + ": " + key + ": unknown name '" + name + "'");
      }
    });
    return groups;
  }

  private Map<String, Priority> platformPriorities(Node node) {
    Map<String, Priority> priorities = new LinkedHashMap<>();
    mapping(node, "platform-priority").forEach((impact, value) -> {
      String priority = value instanceof ScalarNode scalar ? scalar.getValue() : "";
      try {
        priorities.put(impact.toLowerCase(Locale.ROOT), Priority.valueOf(priority));
      } catch (IllegalArgumentException e) {
        problems.add(at(value) + ": platform-priority." + impact + ": '" + priority
            + "' is not one of P1, P2, P3");
      }
    });
    return priorities;
  }

  private List<Phrase> phrases(Node node, String key) {
    List<Phrase> phrases = new ArrayList<>();
    if (node == null) {
      problems.add(file + ": missing '" + key + "'");
      return phrases;
    }
    if (!(node instanceof SequenceNode sequence)) {
      problems.add(at(node) + ": " + key + ": expected a list of words, e.g. [storing, verstoring]");
      return phrases;
    }
    for (Node item : sequence.getValue()) {
      if (!(item instanceof ScalarNode scalar)) {
        problems.add(at(item) + ": " + key + ": expected a word or phrase");
        continue;
      }
      try {
        phrases.add(Phrase.of(scalar.getValue()));
      } catch (IllegalArgumentException e) {
        problems.add(at(item) + ": " + key + ": '" + scalar.getValue() + "': " + e.getMessage());
      }
    }
    return phrases;
  }

  private String at(Node node) {
    return yaml.at(node);
  }
}
