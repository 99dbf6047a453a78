package nl.statuswacht.store;

/**
 * What an event is: the {@code kind} column of the {@code event} table holds its name. With the
 * typed parts of its {@link EventKey} it keys the event, so that it is raised once.
 */
public enum EventKind {
  /** A post seen for the first time. */
  NEW,
  /** A material update of a post. */
  UPDATED,
  /** A restoration target an open incident passed; keyed by its priority and target. */
  DEADLINE,
  /** A reminder before a downtime window; keyed by its lead time. */
  REMINDER,
  /** The operator's alert: the status page cannot be read. */
  SOURCE_UNREADABLE,
  /** The operator's notice: the status page reads again. */
  SOURCE_READABLE,
  /** The operator's notice: more new posts at once than poll.max-new-posts, held. */
  NEW_POSTS_HELD,
  /** The operator's notice of dead letters. */
  DEAD_LETTERS,
  /** A weekly digest queued for a subscriber. */
  DIGEST
}
