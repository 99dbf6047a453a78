package nl.statuswacht.change;

import java.time.Instant;
import java.time.LocalDate;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Window;

/**
 * One thing that changed in a post between two versions, as typed values. The mails word it in
 * the subscriber's language with times in Europe/Amsterdam ({@code
 * nl.statuswacht.words.ChangeWords}); {@link #describe()} is the short English line the store
 * keeps with the event and the log shows ("status: Onderzoek → Opgelost").
 */
public sealed interface Change {

  /** The short English line for the store and the log, ISO instants in UTC. */
  String describe();

  /** The latest status changed (as the post words it; empty when it states none). */
  record Status(String before, String after) implements Change {
    @Override
    public String describe() {
      return "status: " + (before.isEmpty() ? "—" : before) + " → "
          + (after.isEmpty() ? "—" : after);
    }
  }

  /** {@code count} updates were added to the timeline. */
  record UpdatesAdded(int count) implements Change {
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

  /** Only the text changed. */
  record Text() implements Change {
    @Override
    public String describe() {
      return "text changed";
    }
  }

  /** The window moved; {@code after} is null when it was dropped, {@code before} when new. */
  record WindowMoved(Window before, Window after) implements Change {
    @Override
    public String describe() {
      return after == null ? "window: " + window(before) + " → none"
          : "window: " + window(before) + " → " + window(after);
    }
  }

  /** The effective date of a change moved (either may be unknown: null). */
  record EffectiveDate(LocalDate before, LocalDate after) implements Change {
    @Override
    public String describe() {
      return "effective date: " + or(before) + " → " + or(after);
    }
  }

  /** The priority changed (either may be unknown: null). */
  record PriorityChanged(Priority before, Priority after) implements Change {
    @Override
    public String describe() {
      return "priority: " + or(before) + " → " + or(after);
    }
  }

  /** The category changed (either may be unknown: null). */
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
