package nl.statuswacht;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, enforced: no cycles between packages; the pure stages touch no network,
 * disk, database, mail or scheduler, neither through statuswacht's own I/O stages nor through the
 * libraries; and only the composition root reads the system clock, so that everything else runs
 * on the {@link Clock} it is given (the tests move one).
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.statuswacht");

  /** The pure stages: functions of what they are given. */
  private static final String[] PURE = {"nl.statuswacht.model..", "nl.statuswacht.read..",
      "nl.statuswacht.classify..", "nl.statuswacht.calendar..", "nl.statuswacht.change..",
      "nl.statuswacht.rules..", "nl.statuswacht.digest..", "nl.statuswacht.words.."};

  /** statuswacht's own stages that do I/O or wire it. */
  private static final String[] IO_STAGES = {"nl.statuswacht.store..", "nl.statuswacht.fetch..",
      "nl.statuswacht.notify..", "nl.statuswacht.schedule..", "nl.statuswacht.poll..",
      "nl.statuswacht.digestqueue..", "nl.statuswacht.cli..", "nl.statuswacht.web..",
      "nl.statuswacht.pages.."};

  /** Libraries and JDK parts that reach the network, the disk, a database, mail or a scheduler. */
  private static final String[] IO_LIBRARIES = {"java.sql..", "javax.sql..", "java.net.http..",
      "okhttp3..", "jakarta.mail..", "org.eclipse.angus..", "org.h2..", "org.flywaydb..",
      "org.quartz..", "java.nio.channels.."};

  /**
   * The composition root, which alone may read the system clock: the command classes ({@code
   * cli}) and {@link Statuswacht}, which hand a {@link Clock} to everything else. Quartz, which
   * fires the jobs on real time, is the scheduler's own business.
   */
  private static final DescribedPredicate<JavaClass> COMPOSITION_ROOT =
      DescribedPredicate.describe("the composition root (cli, Statuswacht)",
          c -> c.getPackageName().equals("nl.statuswacht.cli")
              || c.getName().startsWith(Statuswacht.class.getName()));

  @Test
  void noPackageDependsOnItself() {
    slices().matching("nl.statuswacht.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void pureStagesDependOnNoIoStage() {
    noClasses().that().resideInAnyPackage(PURE)
        .should().dependOnClassesThat().resideInAnyPackage(IO_STAGES)
        .check(CLASSES);
  }

  /**
   * Quartz's {@code CronExpression} is allowed: the digest's schedule reads its cron with it, a
   * pure function of the expression and an instant; the scheduler itself is not.
   */
  @Test
  void pureStagesImportNoIoLibrary() {
    noClasses().that().resideInAnyPackage(PURE)
        .should().dependOnClassesThat(DescribedPredicate.describe(
            "reach the network, disk, a database, mail or a scheduler",
            (JavaClass c) -> !c.getName().equals("org.quartz.CronExpression")
                && (JavaClass.Predicates.resideInAnyPackage(IO_LIBRARIES).test(c)
                    || c.getName().equals("java.nio.file.Files")
                    || c.getName().equals("java.net.HttpURLConnection")
                    || c.getName().equals("java.net.Socket"))))
        .check(CLASSES);
  }

  private static final ArchRule NO_SYSTEM_CLOCK = noClasses()
      .that(DescribedPredicate.not(COMPOSITION_ROOT))
      .should().callMethodWhere(DescribedPredicate.describe("read the system clock",
          ArchitectureTest::readsSystemClock))
      .orShould().callConstructor(java.util.Date.class);

  @Test
  void onlyTheCompositionRootReadsTheSystemClock() {
    NO_SYSTEM_CLOCK.check(CLASSES);
  }

  /** The rule itself: each way of reading the system clock is caught, a given Clock is not. */
  @Test
  void theClockRuleCatchesEachWayOfReadingTheSystemClock() {
    JavaClasses fixture = new ClassFileImporter().importClasses(ReadsTheClock.class);
    assertThatThrownBy(() -> NO_SYSTEM_CLOCK.check(fixture))
        .hasMessageContaining("Instant.now()")
        .hasMessageContaining("LocalDate.now(java.time.ZoneId)")
        .hasMessageContaining("Clock.systemUTC()")
        .hasMessageContaining("System.currentTimeMillis()")
        .hasMessageContaining("java.util.Date.<init>()")
        .hasMessageNotContaining("Instant.now(java.time.Clock)")
        .hasMessageContaining("violated (5 times)");
  }

  /** Every way the rule forbids, and one it allows. */
  @SuppressWarnings("unused")
  static final class ReadsTheClock {
    void read(Clock given) {
      java.time.Instant.now();
      java.time.LocalDate.now(java.time.ZoneOffset.UTC);
      Clock.systemUTC();
      System.currentTimeMillis();
      new java.util.Date();
      java.time.Instant.now(given);
    }
  }

  /**
   * {@code Instant.now()} and its kin without a Clock, {@code Clock.system*()}, the millis. {@code
   * System.nanoTime()} is no clock but a stopwatch (the fetch budgets measure elapsed time with
   * it), so it is allowed.
   */
  private static boolean readsSystemClock(JavaMethodCall call) {
    String owner = call.getTargetOwner().getName();
    String name = call.getName();
    List<String> parameters = call.getTarget().getRawParameterTypes().stream()
        .map(JavaClass::getName).toList();
    if (owner.startsWith("java.time.") && name.equals("now")) {
      return !parameters.equals(List.of(Clock.class.getName()));
    }
    if (owner.equals(Clock.class.getName())) {
      return Set.of("systemUTC", "systemDefaultZone", "system").contains(name);
    }
    return owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
  }
}
