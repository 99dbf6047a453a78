package nl.statuswacht.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.regex.Pattern;

/**
 * Builds the MIME message for an {@link OutgoingMail}. Every header value passes through {@link
 * #headerText}: one line, no control characters, so nothing can be injected through a post's title
 * or a configured address.
 */
public final class MailMessages {
  /** The longest Subject we write, in characters. */
  static final int MAX_SUBJECT = 200;

  private static final Pattern UNSAFE =
      Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029\\p{Zl}\\p{Zp}\\s]+");

  private MailMessages() {}

  public static MimeMessage toMime(OutgoingMail mail, Session session) throws MessagingException {
    MimeMessage message = new FixedIdMessage(session, headerId(mail.messageId()));
    message.setFrom(address(mail.from()));
    for (String to : mail.to()) {
      message.addRecipient(Message.RecipientType.TO, address(to));
    }
    message.setSubject(subject(mail.subject()), "UTF-8");
    message.setSentDate(Date.from(mail.date()));
    if (mail.inReplyTo() != null) {
      String parent = "<" + headerId(mail.inReplyTo()) + ">";
      message.setHeader("In-Reply-To", parent);
      message.setHeader("References", parent);
    }
    message.setText(mail.textBody(), "UTF-8");
    message.saveChanges();
    return message;
  }

  /** One line of text: control characters and line separators become a space, runs collapse. */
  static String headerText(String value) {
    return UNSAFE.matcher(value).replaceAll(" ").strip();
  }

  /** A one-line subject of at most {@value #MAX_SUBJECT} characters. */
  static String subject(String subject) {
    String line = headerText(subject);
    if (line.length() <= MAX_SUBJECT) {
      return line;
    }
    int end = MAX_SUBJECT - 1;
    if (Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end).stripTrailing() + "…";
  }

  /** Parses an address strictly; one with a line break or that does not parse is refused. */
  static InternetAddress address(String address) {
    if (!headerText(address).equals(address.strip()) || address.isBlank()) {
      throw new IllegalArgumentException("mail: address contains a line break or control"
          + " character: " + address.replaceAll("\\p{Cntrl}", "?"));
    }
    try {
      return new InternetAddress(address.strip(), true);
    } catch (AddressException e) {
      throw new IllegalArgumentException("mail: not a valid address: " + address + " ("
          + e.getMessage() + ")", e);
    }
  }

  private static String headerId(String id) {
    String clean = headerText(id).replaceAll("[<>\\s]", "");
    if (clean.isEmpty() || !clean.contains("@")) {
      throw new IllegalArgumentException("mail: not a Message-ID: " + id);
    }
    return clean;
  }

  /** A message whose Message-ID is ours, not one Jakarta Mail makes up on save. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", "<" + id + ">");
    }
  }
}
