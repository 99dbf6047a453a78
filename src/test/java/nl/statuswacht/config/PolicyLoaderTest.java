package nl.statuswacht.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.statuswacht.model.ImpactClass;
import nl.statuswacht.model.Priority;
import nl.statuswacht.rules.Policy;
import nl.statuswacht.rules.Policy.Target;
import nl.statuswacht.rules.Policy.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {
  @TempDir Path dir;

  /** The numbers of docs/service-levels.md, one by one. */
  @Test
  void theShippedPolicyIsKvksDocument() throws Exception {
    Policy policy = PolicyLoader.load(Path.of("conf/policy-kvk.yaml"));

    assertThat(policy.goodFriday()).isFalse();
    assertThat(policy.closures()).isEmpty();
    assertThat(policy.changeNoticeMonths()).isEqualTo(Map.of(ImpactClass.PHASE_OUT, 12,
        ImpactClass.MAJOR, 6, ImpactClass.MINOR, 3, ImpactClass.TARIFF, 2, ImpactClass.NONE, 0));
    assertThat(policy.maintenanceNoticeBusinessDays()).isEqualTo(10);
    assertThat(policy.nightStart()).isEqualTo(LocalTime.of(21, 0));
    assertThat(policy.nightEnd()).isEqualTo(LocalTime.of(7, 30));
    assertThat(policy.weekends()).isTrue();
    assertThat(policy.weekdayHolidaysAsWeekend()).isFalse();
    assertThat(policy.restoration()).isEqualTo(Map.of(
        Priority.P1, List.of(new Target(95, 4, Unit.HOURS), new Target(100, 1, Unit.BUSINESS_DAYS)),
        Priority.P2, List.of(new Target(95, 8, Unit.HOURS), new Target(100, 2, Unit.BUSINESS_DAYS)),
        Priority.P3, List.of(new Target(40, 1, Unit.BUSINESS_DAYS),
            new Target(60, 3, Unit.BUSINESS_DAYS), new Target(95, 5, Unit.BUSINESS_DAYS))));
    assertThat(policy.availabilityNorm()).isEqualTo(0.99);
    assertThat(policy.availabilityDays()).isEqualTo(90);
    assertThat(policy.downtimePriorities()).containsExactly(Priority.P1);
    assertThat(PolicyLoader.load(dir.resolve("absent.yaml"))).isEqualTo(policy);
  }

  @Test
  void mistakesAreNamedWithTheirLinesAndKeys() throws Exception {
    Path file = dir.resolve("policy.yaml");
    Files.writeString(file, Files.readString(Path.of("conf/policy-kvk.yaml"))
        .replace("  MAJOR: 6", "  MAJOR: six")
        .replace("night-start: \"21:00\"", "night-start: \"9 pm\"")
        .replace("\"95% within 8 hours\"", "\"95% binnen 8 uur\"")
        .replace("  period-days: 90", "  period-days: 90\n  perod: 3"));

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> PolicyLoader.load(file));

    assertThat(e.problems()).containsExactlyInAnyOrder(
        file + ":13: change-notice-months.MAJOR: 'six' is not a whole number of 0 or more",
        file + ":21: maintenance.night-start: '9 pm' is not a time (write 21:00)",
        file + ":29: restoration.P2: '95% binnen 8 uur' is not a target (write \"95% within 4"
            + " hours\" or \"100% within 1 business day\")",
        file + ":36: unknown key 'availability.perod' (did you mean 'availability.norm'?)");
  }
}
