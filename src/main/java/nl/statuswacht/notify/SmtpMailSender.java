package nl.statuswacht.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Properties;
import nl.statuswacht.config.SmtpSettings;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Sends over SMTP with Jakarta Mail (Eclipse Angus). STARTTLS is required, with the server's
 * identity checked, unless the configuration turns it off for a local relay. Connect, read and
 * write timeouts are always set. Failures are sorted: a 4xx reply or a connection problem is
 * {@link SendResult.Transient}; a 5xx reply or a bad address is {@link SendResult.Permanent}. A
 * server that does not offer STARTTLS when it is required is Transient: the server may be fixed,
 * and the mail must not go out in clear text meanwhile.
 */
public final class SmtpMailSender implements MailSender {
  private final SmtpSettings settings;
  private final Session session;

  public SmtpMailSender(SmtpSettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(properties(settings));
  }

  static Properties properties(SmtpSettings settings) {
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", settings.host());
    p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
    p.setProperty("mail.smtp.connectiontimeout", millis(settings.connectTimeout()));
    p.setProperty("mail.smtp.timeout", millis(settings.timeout()));
    p.setProperty("mail.smtp.writetimeout", millis(settings.timeout()));
    if (settings.starttlsRequired()) {
      p.setProperty("mail.smtp.starttls.enable", "true");
      p.setProperty("mail.smtp.starttls.required", "true");
      p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    }
    if (settings.username() != null) {
      p.setProperty("mail.smtp.auth", "true");
    }
    return p;
  }

  private static String millis(java.time.Duration duration) {
    return Long.toString(duration.toMillis());
  }

  @Override
  public SendResult send(OutgoingMail mail) {
    MimeMessage message;
    try {
      message = MailMessages.toMime(mail, session);
    } catch (IllegalArgumentException | MessagingException e) {
      return new SendResult.Permanent("smtp: " + e.getMessage());
    }
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect(settings.host(), settings.port(), settings.username(),
          settings.password());
      transport.sendMessage(message, message.getAllRecipients());
      return new SendResult.Delivered();
    } catch (MessagingException e) {
      return classify(e);
    }
  }

  private SendResult classify(MessagingException e) {
    String where = " (" + settings.host() + ":" + settings.port() + ")";
    int code = replyCode(e);
    if (code >= 500) {
      return new SendResult.Permanent("smtp: " + code + " " + oneLine(e) + where);
    }
    if (code >= 400) {
      return new SendResult.Transient("smtp: " + code + " " + oneLine(e) + where);
    }
    if (e instanceof MailConnectException || causedBy(e, ConnectException.class)) {
      return new SendResult.Transient("smtp: connection refused" + where);
    }
    if (causedBy(e, SocketTimeoutException.class)) {
      return new SendResult.Transient("smtp: timed out" + where);
    }
    return new SendResult.Transient("smtp: " + oneLine(e) + where);
  }

  /** The SMTP reply code behind a failure, or 0 when there was none. */
  private static int replyCode(MessagingException e) {
    for (Throwable t = e; t != null; t = next(t)) {
      if (t instanceof SMTPAddressFailedException failed) {
        return failed.getReturnCode();
      }
      if (t instanceof SMTPSendFailedException failed) {
        return failed.getReturnCode();
      }
      if (t instanceof org.eclipse.angus.mail.smtp.SMTPSenderFailedException failed) {
        return failed.getReturnCode();
      }
    }
    return 0;
  }

  private static Throwable next(Throwable t) {
    if (t instanceof SendFailedException failed && failed.getNextException() != null
        && failed.getNextException() != t) {
      return failed.getNextException();
    }
    if (t instanceof MessagingException m && m.getNextException() != null) {
      return m.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = next(t)) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return MailMessages.headerText(message);
  }

  @Override
  public String transport() {
    return "smtp";
  }
}
