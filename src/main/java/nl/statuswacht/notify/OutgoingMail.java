package nl.statuswacht.notify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One email as the outbox holds it, before any transport sees it. Header values here are raw;
 * {@link MailMessages} makes them safe (one line, no control characters) when building the MIME
 * message.
 *
 * @param messageId the Message-ID without angle brackets, deterministic per (event, subscriber)
 * @param inReplyTo the Message-ID this mail answers (without brackets), or {@code null}
 */
public record OutgoingMail(
    String messageId,
    String from,
    List<String> to,
    String subject,
    String textBody,
    Instant date,
    String inReplyTo) {
  public OutgoingMail {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(from, "from");
    to = List.copyOf(to);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(textBody, "textBody");
    Objects.requireNonNull(date, "date");
  }
}
