package nl.statuswacht.notify;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.statuswacht.digest.DigestReport;

/**
 * Turns an {@link OutgoingMail} into a MIME message that no header value can break.
 *
 * <p>Every header value passes through {@link #oneLine}: line breaks (CR, LF, U+0085, U+2028,
 * U+2029), tabs and every other control character become one space, runs of whitespace collapse,
 * and the ends are trimmed. Free text (the subject) is cleaned that way and cut to {@value
 * #MAX_SUBJECT} characters. Identifiers are not repaired but checked: an address holding any
 * character that {@code oneLine} replaces (other than a plain space), or a Message-ID that {@code
 * oneLine} would change at all, is rejected with an {@link IllegalArgumentException} that names it;
 * addresses must also pass {@code new InternetAddress(address, true)} and have a domain.
 *
 * <p>A mail with a calendar invitation ({@code METHOD:REQUEST} or {@code CANCEL}) is
 * multipart/alternative of text, HTML and the calendar, which clients show as an invitation; a
 * published calendar ({@code METHOD:PUBLISH}, the digest's windows) is attached instead.
 */
public final class MailMessages {
  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static {
    // Jakarta Mail 2.1 looks its StreamProvider up through the ServiceLoader for every encoded
    // subject and every part it writes (jakartaee/mail-api#861): over a millisecond a mail, most of
    // the CPU of a fan-out. Named in this property it is one reflective instantiation instead (and
    // the ServiceLoader still, should the class be missing). An operator's own setting wins.
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  /** The longest subject we write, the ellipsis included. */
  static final int MAX_SUBJECT = 200;

  /** The name of the attached calendar of a digest's windows. */
  static final String PUBLISHED_FILE =
      "onderhoud-komende-" + DigestReport.HORIZON_DAYS + "-dagen.ics";

  /**
   * The {@code METHOD:PUBLISH} content line. Only a property starts a line: a value's line breaks
   * are written as {@code \n} and its folds start with a space.
   */
  private static final Pattern PUBLISH = Pattern.compile("(?m)^METHOD:PUBLISH\\r?$");

  private static final DateTimeFormatter RFC_5322_DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private MailMessages() {}

  /**
   * Builds the message and calls {@code saveChanges()}, so it is ready for {@code writeTo} or a
   * transport. Message-ID is {@code <messageId>}, always; Date is {@code mail.date()} in UTC.
   *
   * @throws IllegalArgumentException when an address or Message-ID is malformed or unsafe, or there
   *     is no recipient; the message names the value
   */
  public static MimeMessage toMime(OutgoingMail mail, Session session) {
    MimeMessage message = new FixedIdMessage(session, messageId(mail.messageId()));
    try {
      message.setFrom(address(mail.from()));
      message.setRecipients(RecipientType.TO, addresses(mail.to()));
      message.setSubject(subject(mail.subject()), "UTF-8");
      message.setHeader("Date", date(mail.date()));
      if (mail.inReplyTo() != null) {
        String parent = messageId(mail.inReplyTo());
        message.setHeader("In-Reply-To", parent);
        message.setHeader("References", parent);
      }
      if (mail.unsubscribe() != null) {
        InternetAddress unsubscribe = address(mail.unsubscribe());
        String mailto = "<mailto:" + unsubscribe.getAddress() + "?subject=unsubscribe>";
        message.setHeader("List-Unsubscribe", mail.unsubscribeUrl() == null ? mailto
            : MimeUtility.fold("List-Unsubscribe: ".length(),
                "<" + unsubscribeUrl(mail.unsubscribeUrl()) + ">, " + mailto));
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      }
      if (mail.htmlBody() == null && mail.ics() == null) {
        message.setText(mail.textBody(), "UTF-8");
        message.setHeader("Content-Transfer-Encoding", "quoted-printable");
      } else if (mail.ics() != null && PUBLISH.matcher(mail.ics()).find()) {
        message.setContent(withCalendarAttached(mail));
      } else {
        message.setContent(alternatives(mail));
      }
      message.saveChanges();
      return message;
    } catch (MessagingException e) {
      throw new IllegalStateException("mail: cannot build " + mail.messageId() + ": " + e, e);
    }
  }

  /** text/plain, then text/html, then text/calendar: the richest last, as RFC 2046 wants. */
  private static jakarta.mail.internet.MimeMultipart alternatives(OutgoingMail mail)
      throws MessagingException {
    var parts = new jakarta.mail.internet.MimeMultipart("alternative");
    var text = new jakarta.mail.internet.MimeBodyPart();
    text.setText(mail.textBody(), "UTF-8");
    text.setHeader("Content-Transfer-Encoding", "quoted-printable");
    parts.addBodyPart(text);
    if (mail.htmlBody() != null) {
      var html = new jakarta.mail.internet.MimeBodyPart();
      html.setText(mail.htmlBody(), "UTF-8", "html");
      html.setHeader("Content-Transfer-Encoding", "quoted-printable");
      parts.addBodyPart(html);
    }
    if (mail.ics() != null) {
      String method = mail.ics().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
      var calendar = new jakarta.mail.internet.MimeBodyPart();
      calendar.setContent(mail.ics(), "text/calendar; charset=UTF-8; method=" + method);
      calendar.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + method);
      calendar.setHeader("Content-Transfer-Encoding", "quoted-printable");
      calendar.setFileName("onderhoud.ics");
      parts.addBodyPart(calendar);
    }
    return parts;
  }

  /**
   * A published calendar (the digest's windows) is a file to import, not an invitation to answer:
   * multipart/mixed of the text and HTML alternatives and the calendar as an attachment named
   * {@value #PUBLISHED_FILE}.
   */
  private static jakarta.mail.internet.MimeMultipart withCalendarAttached(OutgoingMail mail)
      throws MessagingException {
    var body = new jakarta.mail.internet.MimeBodyPart();
    body.setContent(alternatives(new OutgoingMail(mail.messageId(), mail.from(), mail.to(),
        mail.subject(), mail.textBody(), mail.date(), mail.inReplyTo(), mail.htmlBody(), null,
        mail.unsubscribe(), mail.unsubscribeUrl())));
    var calendar = new jakarta.mail.internet.MimeBodyPart();
    String type = "text/calendar; charset=UTF-8; method=PUBLISH";
    calendar.setContent(mail.ics(), type);
    calendar.setHeader("Content-Type", type);
    calendar.setHeader("Content-Transfer-Encoding", "quoted-printable");
    calendar.setDisposition(jakarta.mail.Part.ATTACHMENT);
    calendar.setFileName(PUBLISHED_FILE);
    var mixed = new jakarta.mail.internet.MimeMultipart("mixed");
    mixed.addBodyPart(body);
    mixed.addBodyPart(calendar);
    return mixed;
  }

  /**
   * The one header sanitiser: one line, no control characters, single spaces, trimmed.
   *
   * @return {@code raw} with every run of whitespace, line separator or control character replaced
   *     by a single space, and trimmed
   */
  static String oneLine(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isBreaking(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@link #oneLine} and then at most {@value #MAX_SUBJECT} characters, ending in "…" if cut. */
  static String subject(String raw) {
    String line = oneLine(raw);
    if (line.length() <= MAX_SUBJECT) {
      return line;
    }
    int end = MAX_SUBJECT - 1;
    if (Character.isHighSurrogate(line.charAt(end - 1))) {
      end--; // never split a surrogate pair
    }
    return line.substring(0, end).stripTrailing() + "…";
  }

  private static boolean isBreaking(char c) {
    return Character.isISOControl(c)
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c) // U+2028, U+2029, no-break spaces
        || c == '\u0085';
  }

  /**
   * A checked one-click link: an absolute http(s) URL (RFC 8058 wants https; a plain http
   * {@code web.public-url} is the operator's choice) without a character that would end the
   * bracketed entry or the header: no whitespace, control character, {@code <}, {@code >} or
   * {@code ,}.
   */
  private static String unsubscribeUrl(String url) {
    boolean unsafe = url.chars().anyMatch(c -> isBreaking((char) c) || c == '<' || c == '>'
        || c == ',' || c == '"');
    if (unsafe || !(url.startsWith("https://") || url.startsWith("http://"))) {
      throw new IllegalArgumentException("mail: unsafe unsubscribe link: " + printable(url));
    }
    return url;
  }

  /** A checked, bracketed Message-ID: {@code <id>}. */
  private static String messageId(String id) {
    if (id.isEmpty()
        || !oneLine(id).equals(id)
        || id.indexOf(' ') >= 0
        || id.indexOf('<') >= 0
        || id.indexOf('>') >= 0) {
      throw new IllegalArgumentException("mail: unsafe Message-ID: " + printable(id));
    }
    return "<" + id + ">";
  }

  private static InternetAddress[] addresses(List<String> to) {
    if (to.isEmpty()) {
      throw new IllegalArgumentException("mail: no recipient");
    }
    return to.stream().map(MailMessages::address).toArray(InternetAddress[]::new);
  }

  /**
   * Parses one address strictly; a character {@link #oneLine} replaces, but a space, is refused.
   */
  static InternetAddress address(String raw) {
    if (raw.chars().anyMatch(c -> c != ' ' && isBreaking((char) c))) {
      throw new IllegalArgumentException("mail: unsafe address: " + printable(raw));
    }
    try {
      InternetAddress address = new InternetAddress(raw, true);
      if (address.getAddress().indexOf('@') < 0) {
        throw new IllegalArgumentException("mail: address has no domain: " + printable(raw));
      }
      return address;
    } catch (AddressException e) {
      throw new IllegalArgumentException(
          "mail: bad address: " + printable(raw) + " (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Checks an address as a mail to it would: strictly parsed, one line, with a domain.
   *
   * @throws IllegalArgumentException naming the address when it is not one
   */
  public static void checkAddress(String raw) {
    address(raw);
  }

  static String date(Instant instant) {
    return RFC_5322_DATE.format(instant);
  }

  /** A value for an error message: control characters shown as {@code \\uXXXX}, kept short. */
  static String printable(String raw) {
    StringBuilder out = new StringBuilder();
    raw.codePoints()
        .limit(120)
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                out.append(String.format("\\u%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return "\"" + out + (raw.length() > 120 ? "…" : "") + "\"";
  }

  /** Keeps the Message-ID we chose: Jakarta Mail would replace it on every saveChanges(). */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
