package nl.statuswacht;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pure stages import nothing that touches the network, the disk or the scheduler. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.statuswacht");

  @Test
  void pureStagesDependOnNoIoStage() {
    noClasses()
        .that().resideInAnyPackage("nl.statuswacht.model..", "nl.statuswacht.read..",
            "nl.statuswacht.classify..", "nl.statuswacht.calendar..", "nl.statuswacht.change..",
            "nl.statuswacht.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.statuswacht.store..",
            "nl.statuswacht.fetch..", "nl.statuswacht.notify..", "nl.statuswacht.schedule..",
            "nl.statuswacht.web..", "nl.statuswacht.poll..")
        .check(CLASSES);
  }

  @Test
  void whatADigestSaysAndWhenItIsDueArePure() {
    noClasses()
        .that().haveFullyQualifiedName("nl.statuswacht.digest.DigestReport")
        .or().haveFullyQualifiedName("nl.statuswacht.digest.DigestPost")
        .or().haveFullyQualifiedName("nl.statuswacht.digest.Week")
        .or().haveFullyQualifiedName("nl.statuswacht.digest.DigestSchedule")
        .should().dependOnClassesThat().resideInAnyPackage("nl.statuswacht.store..",
            "nl.statuswacht.fetch..", "nl.statuswacht.notify..", "nl.statuswacht.schedule..",
            "nl.statuswacht.web..", "nl.statuswacht.poll..")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(CLASSES);
  }

  @Test
  void pureStagesDoNotReadTheSystemClock() {
    noClasses()
        .that().resideInAnyPackage("nl.statuswacht.model..", "nl.statuswacht.read..",
            "nl.statuswacht.change..")
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(CLASSES);
  }
}
