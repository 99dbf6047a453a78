package nl.statuswacht.store;

import java.time.Instant;

/**
 * One row of the outbox: a mail rendered when its event was stored, waiting to be delivered.
 *
 * @param attempts how many times delivery was tried so far
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
    String unsubscribe) {}
