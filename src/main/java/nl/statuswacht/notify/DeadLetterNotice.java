package nl.statuswacht.notify;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import nl.statuswacht.store.EventKind;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.OutboxRepository.Letter;
import nl.statuswacht.store.PostRepository;

/**
 * Tells the operator, once, about mail the outbox gave up on: a dead letter reaches nobody, and
 * only the log said so. One mail names every dead letter not yet told of, and is queued in the
 * same transaction that records them as told, so a crash neither loses the notice nor sends it
 * twice; {@code statuswacht outbox retry} makes a letter untold again, so a second death is told
 * again. A notice that dies itself is not told of: it would go to the same address.
 */
public final class DeadLetterNotice {
  /** The event kind of a notice; its outbox rows are never the subject of another notice. */
  public static final EventKind EVENT = EventKind.DEAD_LETTERS;
  /** No operator: dead letters are only logged. */
  public static final DeadLetterNotice NONE = new DeadLetterNotice(null, null, null);

  private final String operator;
  private final String from;
  private final String source;
  private final AlertTemplates templates = new AlertTemplates();

  /**
   * @param operator who is told, or {@code null} for no one
   * @param from the From address (and the notice's unsubscribe address)
   * @param source the configured status page, part of the notice's Message-ID
   */
  public DeadLetterNotice(String operator, String from, String source) {
    this.operator = operator;
    this.from = from;
    this.source = source;
  }

  /** Whether anyone is told: an operator is configured. */
  public boolean tellsSomeone() {
    return operator != null;
  }

  /**
   * Queues one notice to the operator about the dead letters they have not been told of, if any,
   * in the caller's transaction; returns the mails queued (0 or 1).
   */
  public int queue(Connection c, Instant now) throws SQLException {
    if (operator == null) {
      return 0;
    }
    List<Letter> untold = OutboxRepository.untoldDeadLetters(c, EVENT);
    if (untold.isEmpty()) {
      return 0;
    }
    List<Long> ids = untold.stream().map(Letter::id).toList();
    long eventId = PostRepository.insertEventWithoutPost(c, EVENT, "outbox " + ids, now);
    String messageId = MessageIds.of(source, "outbox", 0, EVENT + " " + eventId, operator,
        from.substring(from.indexOf('@') + 1));
    AlertTemplates.Content content = templates.render(
        Alert.deadLetters(untold.stream().map(DeadLetterNotice::line).toList()),
        AlertTemplates.Language.NL, from);
    OutboxRepository.enqueue(c, eventId, new OutboxRepository.NewMail(operator, messageId, null,
        from, content.subject(), content.text(), content.html(), null, from), now);
    OutboxRepository.markTold(c, ids);
    return 1;
  }

  /** {@code #7 → ops@example.org "[KVK storing P1] …" (3 attempts): smtp: 550 …}, on one line. */
  static String line(Letter letter) {
    return MailMessages.oneLine("#" + letter.id() + " → " + letter.recipient() + " \""
        + letter.subject() + "\" (" + letter.attempts()
        + (letter.attempts() == 1 ? " attempt" : " attempts") + "): "
        + (letter.lastError() == null ? "no reason recorded" : letter.lastError()));
  }
}
