package nl.statuswacht.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import nl.statuswacht.model.Priority;
import nl.statuswacht.rules.Policy;
import org.junit.jupiter.api.Test;

/** The shapes an alert may take. */
class AlertTest {
  @Test
  void factoriesWriteLanguageNeutralDetails() {
    assertThat(Alert.reminder(AlertTemplatesTest.maintenancePost(),
        AlertTemplatesTest.maintenance(), List.of(), Duration.ofHours(24)).detail())
        .isEqualTo("PT24H");
    assertThat(Alert.deadlinePassed(AlertTemplatesTest.incidentPost(),
        AlertTemplatesTest.incident(Priority.P3, null), List.of(),
        new Policy.Target(100, 2, Policy.Unit.BUSINESS_DAYS)).detail())
        .isEqualTo("2 BUSINESS_DAYS");
  }

  @Test
  void operatorAlertsHaveNoPost() {
    assertThatThrownBy(() -> new Alert(Alert.Kind.SOURCE_UNREADABLE,
        AlertTemplatesTest.incidentPost(), null, List.of(), List.of(), "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inc-1");
    assertThat(Alert.sourceReadable(null).post()).isNull();
  }

  @Test
  void postAlertsNeedAPostAndAClassification() {
    assertThatThrownBy(() -> Alert.newPost(null, null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("alert: NEW needs a post");
    assertThatThrownBy(() -> Alert.newPost(AlertTemplatesTest.incidentPost(), null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("alert: NEW needs a classification");
  }

  @Test
  void detailsAreChecked() {
    assertThatThrownBy(() -> new Alert(Alert.Kind.REMINDER, AlertTemplatesTest.maintenancePost(),
        AlertTemplatesTest.maintenance(), null, null, "over 24 uur"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("over 24 uur");
    assertThatThrownBy(() -> Alert.reminder(AlertTemplatesTest.maintenancePost(),
        AlertTemplatesTest.maintenance(), List.of(), Duration.ofSeconds(-5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-5S");
    assertThatThrownBy(() -> new Alert(Alert.Kind.DEADLINE_PASSED,
        AlertTemplatesTest.incidentPost(), AlertTemplatesTest.incident(Priority.P1, null), null,
        null, "4 hours"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 hours");
  }
}
