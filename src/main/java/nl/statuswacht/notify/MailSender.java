package nl.statuswacht.notify;

/**
 * A mail transport. The default is {@link FileMailSender}, which writes {@code .eml} files; {@link
 * SmtpMailSender} speaks SMTP. Implementations never throw for a failed delivery: they say so in
 * the result.
 */
public interface MailSender {
  SendResult send(OutgoingMail mail);

  /** A short name for logs and the sent log: {@code file} or {@code smtp}. */
  String transport();
}
