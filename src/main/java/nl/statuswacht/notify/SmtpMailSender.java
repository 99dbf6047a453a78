package nl.statuswacht.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import nl.statuswacht.config.SmtpSettings;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Hands mail to an SMTP server: {@link #send} over a connection of its own, a {@link #batch} of
 * mails over one connection (the outbox's drain), each mail its own SMTP transaction ({@code MAIL},
 * {@code RCPT}, {@code DATA}). Every outcome is a {@link SendResult}; nothing is thrown for a failed
 * delivery.
 *
 * <p>In a batch, a failure answered by the server (a 4xx or 5xx reply) leaves the connection in
 * use once {@code RSET} is answered (Angus sends it after a refused command, and again to check
 * the connection); any other failure closes it, and the next mail opens a new one. A mail that
 * finds a connection that carried earlier mails dropped in the meantime (the server closed it
 * between two mails, or closes it with a 421, as some do after so many) is tried once more at
 * once over a new connection instead of waiting for a retry: had the server taken it before the
 * connection broke, it arrives twice, as it would after any retry. A connection that cannot be
 * opened at all makes the batch {@link Batch#unreachable}.
 *
 * <ul>
 *   <li>{@link SendResult.Permanent}: a 5xx reply (to MAIL, RCPT or the end of DATA) or an address
 *       or Message-ID that cannot be written safely.
 *   <li>{@link SendResult.Transient}: everything else — a 4xx reply, a refused connection, a
 *       timeout, an unknown host, a failed TLS handshake or login, and a server that does not offer
 *       STARTTLS when it is required. Those last ones are configuration or server problems that an
 *       operator can fix, so the mail waits instead of being dropped; the reason says what is
 *       wrong.
 * </ul>
 *
 * <p>The reason is one line naming the stage, the reply or the fault, and the server: {@code smtp:
 * 550 5.1.1 mailbox unavailable from mail.example.org:587 (RCPT TO:<ops@example.org>)}.
 */
public final class SmtpMailSender implements MailSender {
  private static final int MAX_CAUSES = 20;

  private final SmtpSettings settings;
  private final Session session;
  private final String server;

  /** Uses the JVM's host name in EHLO. */
  public SmtpMailSender(SmtpSettings settings) {
    this(settings, null);
  }

  /**
   * @param ehloName the name to give in EHLO ({@code mail.smtp.localhost}), or {@code null} for the
   *     JVM's host name
   */
  public SmtpMailSender(SmtpSettings settings, String ehloName) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.session = Session.getInstance(properties(settings, ehloName));
    this.server = settings.host() + ":" + settings.port();
    try {
      session.getProvider("smtp");
    } catch (NoSuchProviderException e) {
      throw new IllegalStateException("smtp: no SMTP provider on the class path", e);
    }
  }

  private static Properties properties(SmtpSettings settings, String ehloName) {
    Objects.requireNonNull(settings.host(), "smtp host");
    Properties props = new Properties();
    props.setProperty("mail.smtp.host", settings.host());
    props.setProperty("mail.smtp.port", Integer.toString(settings.port()));
    props.setProperty("mail.smtp.connectiontimeout", millis(settings.connectTimeout(), "connect"));
    props.setProperty("mail.smtp.timeout", millis(settings.timeout(), "timeout"));
    props.setProperty("mail.smtp.writetimeout", millis(settings.timeout(), "timeout"));
    if (settings.starttlsRequired()) {
      props.setProperty("mail.smtp.starttls.enable", "true");
      props.setProperty("mail.smtp.starttls.required", "true");
      props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    }
    if (settings.username() != null) {
      props.setProperty("mail.smtp.auth", "true");
    }
    // a connection kept for the next mail is checked, and its transaction reset, with RSET
    props.setProperty("mail.smtp.userset", "true");
    if (ehloName != null) {
      if (ehloName.isEmpty()
          || !MailMessages.oneLine(ehloName).equals(ehloName)
          || ehloName.indexOf(' ') >= 0) {
        throw new IllegalArgumentException(
            "smtp: bad EHLO name: " + MailMessages.printable(ehloName));
      }
      props.setProperty("mail.smtp.localhost", ehloName);
    }
    return props;
  }

  private static String millis(Duration duration, String name) {
    return Long.toString(Objects.requireNonNull(duration, "smtp " + name).toMillis());
  }

  @Override
  public SendResult send(OutgoingMail mail) {
    try (Batch one = batch()) {
      return one.send(mail);
    }
  }

  @Override
  public String transport() {
    return "smtp";
  }

  @Override
  public Batch batch() {
    return new Connection();
  }

  /** One connection, opened at the first mail and again after a failure that closed it. */
  private final class Connection implements Batch {
    private Transport transport;
    /** Whether {@link #transport} has carried a mail already. */
    private boolean used;
    private boolean unreachable;

    @Override
    public SendResult send(OutgoingMail mail) {
      MimeMessage message;
      try {
        message = MailMessages.toMime(mail, session);
      } catch (IllegalArgumentException e) {
        return new SendResult.Permanent("smtp: " + e.getMessage());
      }
      unreachable = false;
      if (transport != null && used) {
        try {
          return deliver(message);
        } catch (MessagingException e) {
          if (chain(e).stream().anyMatch(t -> replyCode(t) > 0 && replyCode(t) != 421)) {
            return failed(e);
          }
          // the connection that carried earlier mails is gone, or the server closes it (421,
          // as some do after so many mails): this mail is tried once more on a new one
          drop();
        }
      }
      if (transport == null) {
        try {
          Transport opened = session.getTransport("smtp");
          opened.connect(settings.host(), settings.port(), settings.username(),
              settings.password());
          transport = opened;
          used = false;
        } catch (MessagingException e) {
          unreachable = true;
          return classify(e);
        }
      }
      try {
        return deliver(message);
      } catch (MessagingException e) {
        return failed(e);
      }
    }

    private SendResult deliver(MimeMessage message) throws MessagingException {
      transport.sendMessage(message, message.getAllRecipients());
      used = true;
      return new SendResult.Delivered();
    }

    /**
     * A failed mail: the connection stays when the server answered and still answers {@code RSET}
     * (the transaction is reset), else it is closed.
     */
    private SendResult failed(MessagingException e) {
      boolean answered = chain(e).stream().anyMatch(t -> replyCode(t) > 0);
      if (!answered || !transport.isConnected()) {
        drop();
      }
      return classify(e);
    }

    private void drop() {
      closeQuietly(transport);
      transport = null;
    }

    @Override
    public boolean unreachable() {
      return unreachable;
    }

    @Override
    public void close() {
      if (transport != null) {
        drop();
      }
    }
  }

  /** The mail is accepted once DATA is answered; a failing QUIT must not make us send it again. */
  private static void closeQuietly(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException ignored) {
      // accepted is accepted
    }
  }

  /**
   * Sorts a failure into Transient or Permanent, with a one-line reason. With several recipients a
   * 4xx for any of them wins over a 5xx for another: the mail may still reach someone later.
   */
  private SendResult classify(MessagingException failure) {
    List<Throwable> chain = chain(failure);
    Optional<Throwable> soft = chain.stream().filter(t -> replyCode(t) / 100 == 4).findFirst();
    Optional<Throwable> hard = chain.stream().filter(t -> replyCode(t) / 100 == 5).findFirst();
    if (soft.isPresent()) {
      return new SendResult.Transient("smtp: " + reply(soft.get()));
    }
    if (hard.isPresent()) {
      return new SendResult.Permanent("smtp: " + reply(hard.get()));
    }
    return new SendResult.Transient("smtp: " + fault(chain));
  }

  /** {@code 550 5.1.1 mailbox unavailable from host:port (RCPT TO:<a@b>)}. */
  private String reply(Throwable coded) {
    String command =
        coded instanceof SMTPAddressFailedException failed
            ? " (" + MailMessages.oneLine(failed.getCommand()) + ")"
            : "";
    return MailMessages.oneLine(String.valueOf(coded.getMessage())) + " from " + server + command;
  }

  /** A failure without an SMTP reply: the network, TLS, login, or the server's abilities. */
  private String fault(List<Throwable> chain) {
    for (Throwable t : chain) {
      if (t instanceof ConnectException) {
        return "connection refused to " + server;
      }
      if (t instanceof SocketTimeoutException) {
        return "timeout talking to " + server;
      }
      if (t instanceof UnknownHostException) {
        return "unknown host " + settings.host();
      }
    }
    Throwable first = chain.get(0);
    Throwable root = chain.get(chain.size() - 1);
    String detail = root == first ? "" : " (" + MailMessages.oneLine(root.toString()) + ")";
    return MailMessages.oneLine(String.valueOf(first.getMessage())) + " at " + server + detail;
  }

  /** The failure and its causes, at most {@value #MAX_CAUSES} (cause chains can loop). */
  private static List<Throwable> chain(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && chain.size() < MAX_CAUSES; t = t.getCause()) {
      if (chain.contains(t)) {
        break;
      }
      chain.add(t);
    }
    return chain;
  }

  private static int replyCode(Throwable t) {
    if (t instanceof SMTPAddressFailedException e) {
      return e.getReturnCode();
    }
    if (t instanceof SMTPSenderFailedException e) {
      return e.getReturnCode();
    }
    if (t instanceof SMTPSendFailedException e) {
      return e.getReturnCode();
    }
    return -1;
  }
}
