package nl.statuswacht.poll;

import java.util.List;

/**
 * What one poll did: it read the page and applied what it found ({@link Fetched}), found no
 * document changed ({@link Unchanged}), or stored nothing because a document could not be had
 * ({@link Failed}).
 */
public sealed interface PollResult {
  /** The documents read, joined with " + ". */
  String url();

  long elapsedMs();

  /** The outcome as the log and {@code statuswacht poll} name it. */
  String outcome();

  /** What the poll read and queued; nothing unless it {@link Fetched}. */
  default Counts counts() {
    return Counts.NONE;
  }

  default boolean failed() {
    return this instanceof Failed;
  }

  /**
   * @param posts posts read from the documents
   * @param created posts seen for the first time
   * @param updated posts with a new material version
   * @param queued mails queued about them
   */
  record Counts(int posts, int created, int updated, int queued) {
    public static final Counts NONE = new Counts(0, 0, 0, 0);
  }

  /**
   * Something changed and was read, merged and stored.
   *
   * @param baseline whether this was the baseline poll (which queues nothing by default)
   * @param gaps posts one kind of document shows and another lacks
   */
  record Fetched(String url, long elapsedMs, Counts counts, boolean baseline, List<String> gaps)
      implements PollResult {
    public Fetched {
      gaps = List.copyOf(gaps);
    }

    @Override
    public String outcome() {
      return "fetched";
    }
  }

  /** No document changed since the last poll. */
  record Unchanged(String url, long elapsedMs) implements PollResult {
    @Override
    public String outcome() {
      return "not_modified";
    }
  }

  /** Nothing was stored; {@code detail} says why. */
  record Failed(String url, long elapsedMs, String detail) implements PollResult {
    @Override
    public String outcome() {
      return "failed";
    }
  }
}
