package nl.statuswacht.store;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import nl.statuswacht.model.Priority;
import nl.statuswacht.rules.Policy;

/**
 * What makes an event of a post the same event: its kind and, for a deadline, the priority and
 * the restoration target (its percentage, amount and unit, never its wording); for a reminder,
 * its lead time. Stored in typed columns of the {@code event} table (V12), which the {@code
 * event_once} key spans, so a reworded target description or a reformatted lead raises nothing
 * again.
 */
public sealed interface EventKey {
  EventKind kind();

  /**
   * The event's part of a Message-ID ({@code nl.statuswacht.notify.MessageIds}): built from the
   * typed parts, so a mail sent again after a crash keeps its Message-ID. For the kinds that
   * existed before V12 it is the string their Message-IDs were made of.
   */
  String messageIdPart();

  static EventKey of(EventKind kind) {
    return new Plain(kind);
  }

  static EventKey deadline(Priority priority, Policy.Target target) {
    return new Deadline(priority, target.percent(), target.amount(), target.unit());
  }

  static EventKey reminder(Duration lead) {
    return new Reminder(lead);
  }

  /** An event whose kind is all of its key: NEW, UPDATED, the operator's, DIGEST. */
  record Plain(EventKind kind) implements EventKey {
    public Plain {
      Objects.requireNonNull(kind);
      if (kind == EventKind.DEADLINE || kind == EventKind.REMINDER) {
        throw new IllegalArgumentException(kind + " has key parts: use EventKey." + kind
            .name().toLowerCase(Locale.ROOT));
      }
    }

    @Override
    public String messageIdPart() {
      return kind.name();
    }
  }

  /** A restoration target of {@code priority} an open incident passed. */
  record Deadline(Priority priority, int percent, int amount, Policy.Unit unit)
      implements EventKey {
    public Deadline {
      Objects.requireNonNull(priority);
      Objects.requireNonNull(unit);
    }

    @Override
    public EventKind kind() {
      return EventKind.DEADLINE;
    }

    @Override
    public String messageIdPart() {
      return "DEADLINE " + priority + " " + percent + "% " + amount + " " + unit;
    }
  }

  /** The reminder {@code lead} before a downtime window starts. */
  record Reminder(Duration lead) implements EventKey {
    public Reminder {
      Objects.requireNonNull(lead);
    }

    @Override
    public EventKind kind() {
      return EventKind.REMINDER;
    }

    /** "REMINDER 24h", "REMINDER 1h30m": the Message-IDs of reminders before V12 were so made. */
    @Override
    public String messageIdPart() {
      return "REMINDER " + lead.toString().substring(2).toLowerCase(Locale.ROOT);
    }
  }
}
