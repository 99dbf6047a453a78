package nl.statuswacht.store;

import java.time.Instant;

/**
 * One row of the outbox: a mail rendered when its event was stored, waiting to be delivered.
 *
 * @param attempts how many times delivery was tried so far (tries that ended, either way)
 * @param interruptedAttempt the id of an attempt that was handing this mail to the transport when
 *     statuswacht stopped (a crash, a kill), so the mail may have arrived; {@code null} when no
 *     attempt was cut short
 * @param interruptedSince when that attempt began, or {@code null}
 */
public record QueuedMail(
    long id,
    String recipient,
    String messageId,
    String inReplyTo,
    String from,
    String subject,
    String body,
    int attempts,
    Instant createdAt,
    String html,
    String ics,
    String unsubscribe,
    String interruptedAttempt,
    Instant interruptedSince) {

  /** Whether an earlier attempt may have delivered this mail without it being marked sent. */
  public boolean inDoubt() {
    return interruptedAttempt != null;
  }
}
