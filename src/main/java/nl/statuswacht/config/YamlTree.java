package nl.statuswacht.config;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
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
 * The one YAML walker of the config, policy and vocabulary loaders. It composes a file into
 * SnakeYAML's node tree (never into objects, so no tag can make it build one) and walks its
 * mappings with every key's line. What it finds wrong with the file's structure — a parse error, a
 * root that is not a mapping, a key that is not a name, a duplicate key — it adds to the loader's
 * list of problems, each as {@code file:line: what}; the loader checks the values.
 */
final class YamlTree {
  /**
   * One key of a mapping and its value.
   *
   * @param key the dotted path from the root ({@code mail.smtp.port})
   * @param name the key itself ({@code port})
   * @param line the key's line, from 1
   */
  record Entry(String key, String name, Node value, int line) {}

  private final String file;
  private final List<String> problems;

  /**
   * @param file how problems name the file (a path, or {@code classpath:…})
   * @param problems where problems are added
   */
  YamlTree(String file, List<String> problems) {
    this.file = file;
    this.problems = problems;
  }

  /**
   * The document's root mapping; {@code null} when the document is empty or there was a problem
   * (added: the parse error with its line, or that the root is not {@code expected}).
   *
   * @param expected what the root should be, for the problem ("a mapping of settings")
   */
  MappingNode root(Reader reader, String expected) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(reader);
    } catch (MarkedYAMLException e) {
      problems.add(at(e.getProblemMark().getLine() + 1) + ": " + e.getProblem());
      return null;
    } catch (YAMLException e) {
      problems.add(file + ": cannot read: " + e.getMessage());
      return null;
    }
    if (root == null) {
      return null;
    }
    if (!(root instanceof MappingNode mapping)) {
      problems.add(at(root) + ": expected " + expected);
      return null;
    }
    return mapping;
  }

  /**
   * The entries of {@code mapping}, in the file's order; {@code prefix} is the dotted path of the
   * mapping itself ({@code ""} or {@code "mail."}). A key that is no name, or one that appeared
   * before in the same mapping, is a problem and left out.
   */
  List<Entry> entries(MappingNode mapping, String prefix) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      int line = line(tuple.getKeyNode());
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.add(at(line) + ": expected a name as key");
        continue;
      }
      String name = keyNode.getValue();
      Integer first = seen.putIfAbsent(name, line);
      if (first != null) {
        problems.add(at(line) + ": duplicate key '" + prefix + name + "' (first at line " + first
            + ")");
        continue;
      }
      entries.add(new Entry(prefix + name, name, tuple.getValueNode(), line));
    }
    return entries;
  }

  /**
   * Walks {@code mapping} depth first: an entry whose value is a mapping and that {@code section}
   * accepts (by its dotted key and depth from 0) is walked into; every other entry is given to
   * {@code visit}.
   */
  void walk(MappingNode mapping, BiPredicate<String, Integer> section, Consumer<Entry> visit) {
    walk(mapping, "", 0, section, visit);
  }

  private void walk(MappingNode mapping, String prefix, int depth,
      BiPredicate<String, Integer> section, Consumer<Entry> visit) {
    for (Entry entry : entries(mapping, prefix)) {
      if (entry.value() instanceof MappingNode nested && section.test(entry.key(), depth)) {
        walk(nested, entry.key() + ".", depth + 1, section, visit);
      } else {
        visit.accept(entry);
      }
    }
  }

  /** The entries of a mapping by name; a node that is no mapping is a problem ({@code key}). */
  Map<String, Entry> mapping(Node node, String key) {
    Map<String, Entry> byName = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mapping)) {
      problems.add(at(node) + ": " + key + ": expected a mapping");
      return byName;
    }
    for (Entry entry : entries(mapping, key + ".")) {
      byName.put(entry.name(), entry);
    }
    return byName;
  }

  /** A single value, stripped; {@code null} with a problem when the node is a list or mapping. */
  String scalar(Node node, String key) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue().strip();
    }
    problems.add(at(node) + ": " + key + ": expected a single value");
    return null;
  }

  /**
   * The single values of a list; a node that is no list, or an item that is no single value, is a
   * problem ({@code example} shows how to write the list).
   */
  List<ScalarNode> items(Node node, String key, String example) {
    List<ScalarNode> items = new ArrayList<>();
    if (!(node instanceof SequenceNode sequence)) {
      problems.add(at(node) + ": " + key + ": expected a list, e.g. " + example);
      return items;
    }
    for (Node item : sequence.getValue()) {
      if (item instanceof ScalarNode scalar) {
        items.add(scalar);
      } else {
        problems.add(at(item) + ": " + key + ": expected a single value");
      }
    }
    return items;
  }

  /** {@code file:line} of a node, or the file alone for none. */
  String at(Node node) {
    return node == null ? file : at(line(node));
  }

  /** {@code file:line}, the line from 1. */
  String at(int line) {
    return file + ":" + line;
  }

  String file() {
    return file;
  }

  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  /** " (did you mean 'x'?)" for the known name nearest to {@code wrong}, or "". */
  static String suggestion(String wrong, Collection<String> known) {
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
}
