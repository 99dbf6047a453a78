package nl.statuswacht.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Window;

/**
 * What changed in what a post means, between two classifications of it: the window moved or was
 * dropped, the effective date moved, the priority or the category changed. Pure; the phrases go
 * into the update mail beside the changes of the text.
 */
public final class MeaningChanges {
  private MeaningChanges() {}

  public static List<String> between(Classification before, Classification after) {
    List<String> changes = new ArrayList<>();
    if (!Objects.equals(before.window(), after.window())) {
      changes.add(after.window() == null ? "window: " + window(before.window()) + " → none"
          : "window: " + window(before.window()) + " → " + window(after.window()));
    }
    if (!Objects.equals(before.effectiveDate(), after.effectiveDate())) {
      changes.add("effective date: " + or(before.effectiveDate()) + " → "
          + or(after.effectiveDate()));
    }
    if (!Objects.equals(before.priority(), after.priority())) {
      changes.add("priority: " + or(before.priority()) + " → " + or(after.priority()));
    }
    if (!Objects.equals(before.category(), after.category())) {
      changes.add("category: " + or(before.category()) + " → " + or(after.category()));
    }
    return changes;
  }

  private static String window(Window window) {
    return window == null ? "none" : or(window.start()) + "–" + or(window.end());
  }

  private static String or(Object value) {
    return value == null ? "unknown" : value instanceof Instant i ? i.toString() : value.toString();
  }
}
