package nl.statuswacht.notify;

/**
 * A mail transport. The default is {@link FileMailSender}, which writes {@code .eml} files; {@link
 * SmtpMailSender} speaks SMTP. Implementations never throw for a failed delivery: they say so in
 * the result.
 */
public interface MailSender {
  /** Hands one mail over on its own (over a connection of its own, where the transport has one). */
  SendResult send(OutgoingMail mail);

  /** A short name for logs and the sent log: {@code file} or {@code smtp}. */
  String transport();

  /**
   * Hands several mails over in turn, as the outbox does in one drain: over one connection where
   * the transport has connections (opened at the first mail, opened again after a failure, closed
   * by {@link Batch#close}); else one {@link #send} each.
   */
  default Batch batch() {
    return new Batch() {
      @Override
      public SendResult send(OutgoingMail mail) {
        return MailSender.this.send(mail);
      }

      @Override
      public boolean unreachable() {
        return false;
      }

      @Override
      public void close() {
        // nothing held
      }
    };
  }

  /** Mails handed over one after another; not thread-safe. */
  interface Batch extends AutoCloseable {
    /** Hands {@code mail} over; never throws for a failed delivery. */
    SendResult send(OutgoingMail mail);

    /**
     * Whether the last failure was that the server could not be reached at all (no connection, a
     * failed TLS handshake or login): every later mail would fail the same way, so the outbox
     * stops trying for now.
     */
    boolean unreachable();

    /** Ends the batch: an open connection is closed (SMTP {@code QUIT}). */
    @Override
    void close();
  }
}
