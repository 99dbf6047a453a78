package nl.statuswacht.notify;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import nl.statuswacht.change.Change;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.rules.Policy;

/**
 * One reason to mail someone, before language and layout: what happened ({@link Kind}), the post
 * it concerns with its classification and verdicts, and the few facts the kind needs. {@link
 * AlertTemplates} turns it into a mail.
 *
 * <p>The three operator kinds ({@link Kind#SOURCE_UNREADABLE}, {@link Kind#SOURCE_READABLE},
 * {@link Kind#DEAD_LETTERS}) concern statuswacht itself, not a post: for them {@code post} and
 * {@code classification} are {@code null} and {@code verdicts} is empty. Every other kind needs
 * both. One record rather than two keeps a single outbox payload and a single render method; the
 * constructor enforces the split.
 *
 * <p>{@code detail} is language-neutral, so that one alert renders in every language:
 *
 * <ul>
 *   <li>{@link Kind#REMINDER}: how long before the window starts, an ISO-8601 duration ({@code
 *       "PT24H"}, {@code "PT1H"}), shown as "over 24 uur" / "in 24 hours";
 *   <li>{@link Kind#DEADLINE_PASSED}: the restoration target that passed, {@code "<amount>
 *       HOURS"} or {@code "<amount> BUSINESS_DAYS"} (the names of {@link Policy.Unit}), shown as
 *       "hersteltermijn van 4 uur" / "restoration target of 4 hours";
 *   <li>the operator kinds: free text for the operator (e.g. the last fetch failure), shown
 *       verbatim; for {@link Kind#DEAD_LETTERS} one line per dead letter, shown as a list;
 *   <li>every other kind: {@code null}.
 * </ul>
 *
 * The static factories build these forms; prefer them to the canonical constructor.
 *
 * @param kind what happened
 * @param post the post, or {@code null} for the operator kinds
 * @param classification what statuswacht read from the post, or {@code null} for the operator kinds
 * @param verdicts the rules applied to the post; a {@code VIOLATION} among them is shown at the top
 * @param changes what changed ({@link Change}, worded by the mail), for the update kinds; empty otherwise
 * @param detail see above
 */
public record Alert(
    Kind kind,
    Post post,
    Classification classification,
    List<Verdict> verdicts,
    List<Change> changes,
    String detail) {

  /** What an alert is about: the triggers of issue 6. */
  public enum Kind {
    /** A post statuswacht has not seen before. */
    NEW,
    /** A material update other than those below: window or effective date moved, priority changed. */
    UPDATED,
    /** A material update that resolves an incident. */
    RESOLVED,
    /** A material update that calls a maintenance window or change off. */
    CANCELLED,
    /** A downtime window starts soon; {@code detail} says how soon. */
    REMINDER,
    /** An incident is still open after a restoration target; {@code detail} names the target. */
    DEADLINE_PASSED,
    /** To the operator: the status page could not be read for several polls in a row. */
    SOURCE_UNREADABLE,
    /** To the operator: the status page can be read again. */
    SOURCE_READABLE,
    /** To the operator: a poll found more new posts at once than it announces; they are held. */
    NEW_POSTS_HELD,
    /** To the operator: the outbox gave up on mail; {@code detail} names each, one a line. */
    DEAD_LETTERS;

    /** Whether this kind goes to the operator about statuswacht itself rather than a post. */
    public boolean forOperator() {
      return this == SOURCE_UNREADABLE || this == SOURCE_READABLE || this == NEW_POSTS_HELD
          || this == DEAD_LETTERS;
    }
  }

  public Alert {
    Objects.requireNonNull(kind, "kind");
    verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
    changes = changes == null ? List.of() : List.copyOf(changes);
    if (kind.forOperator()) {
      if (post != null || classification != null || !verdicts.isEmpty()) {
        throw new IllegalArgumentException(
            "alert: " + kind + " concerns statuswacht, not a post; got post "
                + (post == null ? null : post.id()));
      }
    } else {
      Objects.requireNonNull(post, () -> "alert: " + kind + " needs a post");
      Objects.requireNonNull(classification, () -> "alert: " + kind + " needs a classification");
    }
    if (kind == Kind.REMINDER) {
      reminderLead(detail);
    }
    if (kind == Kind.DEADLINE_PASSED) {
      targetAmount(detail);
    }
  }

  /** A new post. */
  public static Alert newPost(Post post, Classification classification, List<Verdict> verdicts) {
    return new Alert(Kind.NEW, post, classification, verdicts, List.of(), null);
  }

  /** A material update; {@code changes} says what changed. */
  public static Alert updated(Post post, Classification classification, List<Verdict> verdicts,
      List<Change> changes) {
    return new Alert(Kind.UPDATED, post, classification, verdicts, changes, null);
  }

  /** A material update that resolves an incident. */
  public static Alert resolved(Post post, Classification classification, List<Verdict> verdicts,
      List<Change> changes) {
    return new Alert(Kind.RESOLVED, post, classification, verdicts, changes, null);
  }

  /** A material update that calls a window or change off. */
  public static Alert cancelled(Post post, Classification classification, List<Verdict> verdicts,
      List<Change> changes) {
    return new Alert(Kind.CANCELLED, post, classification, verdicts, changes, null);
  }

  /** A reminder {@code before} the post's window starts (whole minutes, positive). */
  public static Alert reminder(Post post, Classification classification, List<Verdict> verdicts,
      Duration before) {
    return new Alert(Kind.REMINDER, post, classification, verdicts, List.of(), before.toString());
  }

  /** An incident still open after {@code target}. */
  public static Alert deadlinePassed(Post post, Classification classification,
      List<Verdict> verdicts, Policy.Target target) {
    return new Alert(Kind.DEADLINE_PASSED, post, classification, verdicts, List.of(),
        target.amount() + " " + target.unit().name());
  }

  /** To the operator: the status page is unreadable; {@code detail} says since when and why. */
  public static Alert sourceUnreadable(String detail) {
    return new Alert(Kind.SOURCE_UNREADABLE, null, null, List.of(), List.of(), detail);
  }

  /** To the operator: the status page is readable again. */
  public static Alert sourceReadable(String detail) {
    return new Alert(Kind.SOURCE_READABLE, null, null, List.of(), List.of(), detail);
  }

  /** To the operator: new posts held by the circuit breaker, with what was held. */
  public static Alert newPostsHeld(String detail) {
    return new Alert(Kind.NEW_POSTS_HELD, null, null, List.of(), List.of(), detail);
  }

  /** To the operator: mail the outbox gave up on, one line per dead letter. */
  public static Alert deadLetters(List<String> letters) {
    if (letters.isEmpty() || letters.stream().anyMatch(l -> l.isBlank() || l.contains("\n"))) {
      throw new IllegalArgumentException("alert: dead letters need one line each: " + letters);
    }
    return new Alert(Kind.DEAD_LETTERS, null, null, List.of(), List.of(),
        String.join("\n", letters));
  }

  /** Parses and checks a reminder's detail; fails naming it when it is not a positive duration. */
  static Duration reminderLead(String detail) {
    try {
      Duration lead = Duration.parse(String.valueOf(detail));
      if (lead.isNegative() || lead.isZero() || lead.toSecondsPart() != 0) {
        throw new IllegalArgumentException(
            "alert: reminder lead must be a positive number of whole minutes: " + detail);
      }
      return lead;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "alert: reminder detail must be an ISO-8601 duration such as PT24H: " + detail, e);
    }
  }

  /** Parses and checks a deadline's detail; returns the amount. */
  static long targetAmount(String detail) {
    String[] parts = String.valueOf(detail).split(" ");
    try {
      if (parts.length == 2 && (parts[1].equals("HOURS") || parts[1].equals("BUSINESS_DAYS"))) {
        long amount = Long.parseLong(parts[0]);
        if (amount > 0) {
          return amount;
        }
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException(
        "alert: deadline detail must be \"<amount> HOURS\" or \"<amount> BUSINESS_DAYS\": " + detail);
  }
}
