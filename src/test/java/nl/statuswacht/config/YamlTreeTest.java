package nl.statuswacht.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.nodes.MappingNode;

/** The one walker the config, policy and vocabulary loaders share. */
class YamlTreeTest {
  @TempDir Path dir;

  @Test
  void walksSectionsIntoDottedKeysWithTheLineOfEachKey() {
    List<String> problems = new ArrayList<>();
    YamlTree yaml = new YamlTree("f.yaml", problems);
    MappingNode root = yaml.root(new StringReader("a:\n  b: 1\n  c:\n    d: x\ne: [1, 2]\n"),
        "a mapping");
    List<String> seen = new ArrayList<>();

    yaml.walk(root, (key, depth) -> true, entry -> seen.add(entry.key() + "@" + entry.line()));

    assertThat(seen).containsExactly("a.b@2", "a.c.d@4", "e@5");
    assertThat(problems).isEmpty();
  }

  @Test
  void structuralMistakesAreProblemsWithTheirLines() {
    List<String> problems = new ArrayList<>();
    YamlTree yaml = new YamlTree("f.yaml", problems);

    assertThat(yaml.root(new StringReader("- 1\n- 2\n"), "a mapping of settings")).isNull();
    assertThat(yaml.root(new StringReader("a: 1\nb: : 2\n"), "a mapping")).isNull();
    MappingNode root = yaml.root(new StringReader("a: 1\nb: 2\na: 3\n"), "a mapping");
    assertThat(yaml.entries(root, "")).extracting(YamlTree.Entry::name).containsExactly("a", "b");

    assertThat(problems).containsExactly("f.yaml:1: expected a mapping of settings",
        "f.yaml:2: mapping values are not allowed here",
        "f.yaml:3: duplicate key 'a' (first at line 1)");
  }

  @Test
  void thePolicyAndTheVocabularyNameADuplicateKeyAsTheConfigDoes() throws IOException {
    Path policy = dir.resolve("policy.yaml");
    Files.writeString(policy, Files.readString(Path.of("conf/policy-kvk.yaml"))
        .replace("  period-days: 90", "  period-days: 90\n  period-days: 91"));
    Path vocabulary = dir.resolve("classify.yaml");
    Files.writeString(vocabulary, Files.readString(Path.of("conf/classify.yaml"))
        + "cancelled: [afgelast]\n");

    ConfigException p = catchThrowableOfType(ConfigException.class,
        () -> PolicyLoader.load(policy));
    ConfigException v = catchThrowableOfType(ConfigException.class,
        () -> VocabularyLoader.load(vocabulary));

    assertThat(p.problems()).singleElement().asString()
        .matches(policy + ":\\d+: duplicate key 'availability.period-days' \\(first at line \\d+\\)");
    assertThat(v.problems()).singleElement().asString()
        .matches(vocabulary + ":\\d+: duplicate key 'cancelled' \\(first at line \\d+\\)");
  }
}
