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
 * @param htmlBody the HTML alternative, or {@code null} for plain text only
 * @param ics a calendar invitation (iCalendar text with its METHOD), or {@code null}
 * @param unsubscribe the address that handles unsubscribing (List-Unsubscribe), or {@code null}
 * @param unsubscribeUrl the one-click unsubscribe link (RFC 8058), first in List-Unsubscribe, or
 *     {@code null}; only with {@code unsubscribe}
 */
public record OutgoingMail(
    String messageId,
    String from,
    List<String> to,
    String subject,
    String textBody,
    Instant date,
    String inReplyTo,
    String htmlBody,
    String ics,
    String unsubscribe,
    String unsubscribeUrl) {
  public OutgoingMail {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(from, "from");
    to = List.copyOf(to);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(textBody, "textBody");
    Objects.requireNonNull(date, "date");
  }

  /** A mail without a one-click unsubscribe link. */
  public OutgoingMail(String messageId, String from, List<String> to, String subject,
      String textBody, Instant date, String inReplyTo, String htmlBody, String ics,
      String unsubscribe) {
    this(messageId, from, to, subject, textBody, date, inReplyTo, htmlBody, ics, unsubscribe,
        null);
  }

  /** A mail that links to its one-click unsubscribe page {@code url} ({@code null}: none). */
  public OutgoingMail withUnsubscribeUrl(String url) {
    return new OutgoingMail(messageId, from, to, subject, textBody, date, inReplyTo, htmlBody,
        ics, unsubscribe, url);
  }

  /** A plain-text mail. */
  public OutgoingMail(String messageId, String from, List<String> to, String subject,
      String textBody, Instant date, String inReplyTo) {
    this(messageId, from, to, subject, textBody, date, inReplyTo, null, null, null);
  }
}
