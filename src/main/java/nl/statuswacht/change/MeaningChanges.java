package nl.statuswacht.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.statuswacht.model.Classification;

/**
 * What changed in what a post means, between two classifications of it: the window moved or was
 * dropped, the effective date moved, the priority or the category changed. Pure; the changes go
 * into the update mail beside the changes of the text.
 */
public final class MeaningChanges {
  private MeaningChanges() {}

  public static List<Change> between(Classification before, Classification after) {
    List<Change> changes = new ArrayList<>();
    if (!Objects.equals(before.window(), after.window())) {
      changes.add(new Change.WindowMoved(before.window(), after.window()));
    }
    if (!Objects.equals(before.effectiveDate(), after.effectiveDate())) {
      changes.add(new Change.EffectiveDate(before.effectiveDate(), after.effectiveDate()));
    }
    if (!Objects.equals(before.priority(), after.priority())) {
      changes.add(new Change.PriorityChanged(before.priority(), after.priority()));
    }
    if (!Objects.equals(before.category(), after.category())) {
      changes.add(new Change.CategoryChanged(before.category(), after.category()));
    }
    return changes;
  }
}
