package nl.statuswacht.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Window;
import org.junit.jupiter.api.Test;

class MeaningChangesTest {
  private static final Window SATURDAY = new Window(Instant.parse("2026-03-14T07:00:00Z"),
      Instant.parse("2026-03-14T11:00:00Z"));
  private static final Window SUNDAY = new Window(Instant.parse("2026-03-15T07:00:00Z"),
      Instant.parse("2026-03-15T11:00:00Z"));

  private static Classification c(Category category, Priority priority, Window window,
      LocalDate effective) {
    return new Classification(category, true, List.of(Service.KVK_API), priority, null, window,
        effective, null, null, null, Map.of());
  }

  @Test
  void aMovedWindowAChangedPriorityAndAMovedDateAreNamed() {
    assertThat(MeaningChanges.between(c(Category.PLANNED_MAINTENANCE, null, SATURDAY, null),
        c(Category.PLANNED_MAINTENANCE, null, SUNDAY, null))).extracting(Change::describe).containsExactly(
        "window: 2026-03-14T07:00:00Z–2026-03-14T11:00:00Z → 2026-03-15T07:00:00Z"
            + "–2026-03-15T11:00:00Z");
    assertThat(MeaningChanges.between(c(Category.INCIDENT, Priority.P2, null, null),
        c(Category.INCIDENT, Priority.P1, null, null))).extracting(Change::describe).containsExactly("priority: P2 → P1");
    assertThat(MeaningChanges.between(c(Category.CHANGE, null, null, LocalDate.of(2026, 7, 1)),
        c(Category.CHANGE, null, null, LocalDate.of(2026, 6, 1)))).extracting(Change::describe).containsExactly("effective date: 2026-07-01 → 2026-06-01");
  }

  @Test
  void theSameMeaningIsNoChange() {
    assertThat(MeaningChanges.between(c(Category.PLANNED_MAINTENANCE, null, SATURDAY, null),
        c(Category.PLANNED_MAINTENANCE, null, SATURDAY, null))).isEmpty();
  }
}
