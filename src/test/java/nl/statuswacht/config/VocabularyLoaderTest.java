package nl.statuswacht.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import nl.statuswacht.classify.Vocabulary;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyLoaderTest {
  @TempDir Path dir;

  @Test
  void theShippedVocabularyKeepsItsOrderAndIsTheBuiltInOne() throws Exception {
    Vocabulary shipped = VocabularyLoader.load(Path.of("conf/classify.yaml"));
    Vocabulary builtIn = VocabularyLoader.load(dir.resolve("absent.yaml"));

    assertThat(shipped.categories().keySet()).containsExactly(Category.EMERGENCY_MAINTENANCE,
        Category.PLANNED_MAINTENANCE, Category.INCIDENT, Category.CHANGE, Category.INFORMATION);
    assertThat(shipped.platformPriorities()).containsEntry("critical", Priority.P1);
    assertThat(builtIn.categories().get(Category.INCIDENT).toString())
        .isEqualTo(shipped.categories().get(Category.INCIDENT).toString());
  }

  @Test
  void mistakesAreNamedWithTheirLines() throws Exception {
    Path file = dir.resolve("classify.yaml");
    String shipped = Files.readString(Path.of("conf/classify.yaml"));
    Files.writeString(file, shipped
        .replace("  INCIDENT: [storing,", "  INCIDENTS: [storing,")
        .replace("  critical: P1", "  critical: P0")
        .replace("resolved: [opgelost,", "resolved: [\"*\", opgelost,"));

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> VocabularyLoader.load(file));

    assertThat(e.problems()).hasSize(3);
    assertThat(e.problems()).anySatisfy(p -> assertThat(p)
        .matches(file + ":\\d+: categories: unknown name 'INCIDENTS'"));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p)
        .matches(file + ":\\d+: platform-priority.critical: 'P0' is not one of P1, P2, P3"));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p)
        .matches(file + ":\\d+: resolved: '\\*': an empty phrase matches everything"));
  }

  /** {@code conf/classify.yaml} with {@code from} replaced by {@code to}, in the test's directory. */
  private Path shippedWith(String from, String to) throws Exception {
    Path file = dir.resolve("classify.yaml");
    Files.writeString(file, Files.readString(Path.of("conf/classify.yaml")).replace(from, to));
    return file;
  }

  /** {@code conf/classify.yaml} without its optional section {@code name}, as an older file. */
  private Path shippedWithout(String name) throws Exception {
    String shipped = Files.readString(Path.of("conf/classify.yaml"));
    int from = shipped.indexOf("\n" + name + ":");
    int to = shipped.indexOf("]", from) + 1;
    Path file = dir.resolve("classify.yaml");
    Files.writeString(file, shipped.substring(0, from) + shipped.substring(to));
    return file;
  }

  @Test
  void aFileWrittenBeforeElsewhereLoadsWithoutIt() throws Exception {
    assertThat(VocabularyLoader.load(shippedWithout("elsewhere")).elsewhere()).isEmpty();
    assertThat(VocabularyLoader.load(Path.of("conf/classify.yaml")).elsewhere()).isNotEmpty();
  }

  @Test
  void aFileWrittenBeforeUnaffectedBeforeLoadsWithoutIt() throws Exception {
    assertThat(VocabularyLoader.load(shippedWithout("unaffected-before")).unaffectedBefore())
        .isEmpty();
    assertThat(VocabularyLoader.load(Path.of("conf/classify.yaml")).unaffectedBefore())
        .isNotEmpty();
  }

  @Test
  void anUnknownSectionGetsADidYouMean() throws Exception {
    Path file = shippedWith("\nservices:", "\nservice:");

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> VocabularyLoader.load(file));

    assertThat(e.problems()).anySatisfy(p -> assertThat(p)
        .matches(file + ":\\d+: unknown key 'service' \\(did you mean 'services'\\?\\)"));
    assertThat(e.problems()).contains(file + ": missing section 'services'");
  }

  @Test
  void theShippedWordsInAFileOfTheSameBytesOrInNoneAreTheJarsReadWhenFirstUsed()
      throws Exception {
    Path copy = dir.resolve("classify.yaml");
    Files.copy(Path.of("conf/classify.yaml"), copy);
    Supplier<Vocabulary> same = VocabularyLoader.whenUsed(copy);
    Supplier<Vocabulary> none = VocabularyLoader.whenUsed(dir.resolve("absent.yaml"));
    // the file is not read for its words: they are the jar's
    Files.delete(copy);

    String shipped = VocabularyLoader.load(Path.of("conf/classify.yaml")).toString();
    assertThat(same.get().toString()).isEqualTo(shipped);
    assertThat(none.get().toString()).isEqualTo(shipped);
    assertThat(same.get()).isSameAs(same.get());
  }

  @Test
  void anOperatorsOwnFileIsCheckedAtStartEvenOneOfTheShippedSize() throws Exception {
    // one character changed: the same size as the jar's, other bytes
    Path file = shippedWith("  critical: P1", "  critical: P0");
    assertThat(Files.size(file)).isEqualTo(Files.size(Path.of("conf/classify.yaml")));

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> VocabularyLoader.whenUsed(file));

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p)
        .matches(file + ":\\d+: platform-priority.critical: 'P0' is not one of P1, P2, P3"));
  }

  @Test
  void anOperatorsOwnWordsAreReadAtStartAndKept() throws Exception {
    Path file = shippedWith("  INCIDENT: [storing,", "  INCIDENT: [hapering, storing,");

    Supplier<Vocabulary> own = VocabularyLoader.whenUsed(file);
    Files.delete(file);

    assertThat(own.get().categories().get(Category.INCIDENT).toString()).contains("hapering");
  }
}
