package nl.statuswacht.change;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Window;

/**
 * One thing that changed in a post: in its text ({@link ChangeDetector}) or in what it means
 * ({@link MeaningChanges}). {@link #describe()} is the short phrase the update mail lists and the
 * event records ("status: Onderzoek → Opgelost"); code that asks what changed asks the type.
 */
public sealed interface Change {
  /** The phrase the mails list and the event records, in the words they have always had. */
  String describe();

  /** The phrases of {@code changes}, in order. */
  static List<String> describe(List<? extends Change> changes) {
    return changes.stream().map(Change::describe).toList();
  }

  /** The latest status changed; either side is "" when the post had or has none. */
  record Status(String before, String after) implements Change {
    @Override
    public String describe() {
      return "status: " + (before.isEmpty() ? "—" : before) + " → "
          + (after.isEmpty() ? "—" : after);
    }
  }

  /** {@code count} updates were added to the timeline. */
  record NewUpdates(int count) implements Change {
    @Override
    public String describe() {
      return count == 1 ? "1 new update" : count + " new updates";
    }
  }

  /** The title changed to {@code title}. */
  record Title(String title) implements Change {
    @Override
    public String describe() {
      return "title: " + title;
    }
  }

  /** Something else a reader cares about changed: the body, a past update, the platform's hints. */
  record Text() implements Change {
    @Override
    public String describe() {
      return "text changed";
    }
  }

  /** The window moved, or was dropped ({@code after} null) or added ({@code before} null). */
  record WindowMoved(Window before, Window after) implements Change {
    @Override
    public String describe() {
      return "window: " + window(before) + " → " + window(after);
    }
  }

  /** The date the change takes effect on moved; either side null when unknown. */
  record EffectiveDate(LocalDate before, LocalDate after) implements Change {
    @Override
    public String describe() {
      return "effective date: " + or(before) + " → " + or(after);
    }
  }

  /** The priority changed; either side null when unknown. */
  record PriorityChanged(Priority before, Priority after) implements Change {
    @Override
    public String describe() {
      return "priority: " + or(before) + " → " + or(after);
    }
  }

  /** The category changed; either side null when unknown. */
  record CategoryChanged(Category before, Category after) implements Change {
    @Override
    public String describe() {
      return "category: " + or(before) + " → " + or(after);
    }
  }

  private static String window(Window window) {
    return window == null ? "none" : or(window.start()) + "–" + or(window.end());
  }

  private static String or(Object value) {
    return value == null ? "unknown" : value instanceof Instant i ? i.toString() : value.toString();
  }
}
