package nl.statuswacht.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.statuswacht.config.RetrySettings;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.QueuedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what the outbox holds, one mail at a time. A temporary failure is tried again after a
 * backoff with jitter; a permanent one is tried a few times and then left as a dead letter with its
 * reason. Mails to one recipient go out in the order they were queued.
 *
 * <p>At most one mail is ever in doubt. Before the transport is called, the mail is marked {@code
 * SENDING} under a fresh attempt id, and that is on the disk before the first byte goes out; once
 * the transport has taken it, it is marked {@code SENT} with its sent-log line, and that is on the
 * disk before the next mail starts ({@link Database#durably}). A crash can therefore only fall
 * between the two marks of one mail: after a restart that mail is still {@code SENDING}, and it is
 * sent again with the same Message-ID (a warning says so), because a mail that may not have
 * arrived matters more than one that may arrive twice. Every other mail is either marked sent or
 * was never handed over.
 *
 * <p>After each pass the operator is told once about mail that died ({@link DeadLetterNotice}),
 * and that notice goes out in the same drain.
 *
 * <p>The one-click unsubscribe link (RFC 8058) is made here, at sending, from the recipient: the
 * outbox holds only the mailto address, so a mail queued before {@code web.public-url} or the key
 * was set, or while they changed, links to the page as it is now.
 */
public final class OutboxDispatcher {
  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int BATCH = 50;

  private final Database database;
  private final MailSender sender;
  private final Backoff backoff;
  private final RetrySettings retry;
  private final DeadLetterNotice notice;
  private final Clock clock;
  private final UnaryOperator<String> unsubscribeLink;
  /** The cluster instance this daemon is, or null for a command (guarded by this). */
  private String claimant;

  /** A dispatcher that tells no one about dead letters but the log. */
  public OutboxDispatcher(
      Database database, MailSender sender, Backoff backoff, RetrySettings retry, Clock clock) {
    this(database, sender, backoff, retry, DeadLetterNotice.NONE, clock);
  }

  public OutboxDispatcher(Database database, MailSender sender, Backoff backoff,
      RetrySettings retry, DeadLetterNotice notice, Clock clock) {
    this(database, sender, backoff, retry, notice, clock, address -> null);
  }

  /**
   * @param unsubscribeLink the one-click unsubscribe link of a recipient, or {@code null} for none
   *     (no key or no {@code web.public-url})
   */
  public OutboxDispatcher(Database database, MailSender sender, Backoff backoff,
      RetrySettings retry, DeadLetterNotice notice, Clock clock,
      UnaryOperator<String> unsubscribeLink) {
    this.unsubscribeLink = unsubscribeLink;
    this.database = database;
    this.sender = sender;
    this.backoff = backoff;
    this.retry = retry;
    this.notice = notice;
    this.clock = clock;
  }

  /**
   * From now on claims mails as {@code instanceId}, this daemon's id in the cluster on PostgreSQL:
   * a mail it leaves {@code SENDING} when it dies is then sent again as soon as the cluster has
   * dropped it, rather than after {@link OutboxRepository#SHARED_IN_DOUBT_AFTER}. Commands never
   * call it.
   */
  public synchronized void claimAs(String instanceId) {
    this.claimant = instanceId;
  }

  /** What one drain did. */
  public record Report(int sent, int retrying, int dead) {
    Report plus(Report other) {
      return new Report(sent + other.sent, retrying + other.retrying, dead + other.dead);
    }
  }

  /**
   * Tries every mail that is due now, once; then queues the operator's notice of dead letters, if
   * there are any not yet told of, and tries that.
   */
  public synchronized Report drain() {
    Report report = pass();
    if (database.inTransaction(c -> notice.queue(c, clock.instant())) > 0) {
      report = report.plus(pass());
    }
    return report;
  }

  private Report pass() {
    Instant now = clock.instant();
    // on PostgreSQL other processes may deliver at once: their fresh SENDING is no crash's
    Instant inDoubtBefore =
        database.postgres() ? now.minus(OutboxRepository.SHARED_IN_DOUBT_AFTER) : now;
    List<QueuedMail> due =
        database.inTransaction(c -> OutboxRepository.due(c, now, inDoubtBefore, BATCH));
    int sent = 0;
    int retrying = 0;
    int dead = 0;
    java.util.Set<String> blocked = new java.util.HashSet<>();
    for (QueuedMail mail : due) {
      if (blocked.contains(mail.recipient())) {
        continue;
      }
      String attempt = UUID.randomUUID().toString();
      if (!database.durably(
          c -> OutboxRepository.claim(c, mail, attempt, claimant, clock.instant()))) {
        // another dispatcher (another process on PostgreSQL) took it since it was read
        continue;
      }
      if (mail.inDoubt()) {
        log.warn("outbox: mail id={} to={} message_id={} was being handed to the transport"
                + " (attempt {} since {}) when statuswacht stopped, so it may have arrived;"
                + " sending it again with the same Message-ID", mail.id(), mail.recipient(),
            mail.messageId(), mail.interruptedAttempt(), mail.interruptedSince());
      }
      SendResult result = sender.send(toOutgoing(mail));
      if (result instanceof SendResult.Delivered) {
        database.durably(
            c -> {
              OutboxRepository.markSent(c, mail, attempt, sender.transport(), clock.instant());
              return null;
            });
        sent++;
        continue;
      }
      blocked.add(mail.recipient());
      boolean gaveUp =
          result instanceof SendResult.Transient failure
              ? fail(mail, failure.reason(), retry.maxAttempts())
              : fail(mail, ((SendResult.Permanent) result).reason(), retry.permanentAttempts());
      if (gaveUp) {
        dead++;
      } else {
        retrying++;
      }
    }
    return new Report(sent, retrying, dead);
  }

  /** Records a failure; returns true when the mail is now a dead letter. */
  private boolean fail(QueuedMail mail, String reason, int allowedAttempts) {
    int attempts = mail.attempts() + 1;
    if (attempts >= allowedAttempts) {
      log.error("outbox: giving up on mail id={} to={} message_id={} after {} attempts: {}",
          mail.id(), mail.recipient(), mail.messageId(), attempts, reason);
      database.durably(
          c -> {
            OutboxRepository.markDead(c, mail.id(), reason, clock.instant());
            return null;
          });
      return true;
    }
    Instant next = clock.instant().plus(backoff.delayAfter(attempts));
    log.warn("outbox: mail id={} to={} not delivered (attempt {}), retry at {}: {}",
        mail.id(), mail.recipient(), attempts, next, reason);
    database.durably(
        c -> {
          OutboxRepository.markRetry(c, mail.id(), next, reason);
          return null;
        });
    return false;
  }

  private OutgoingMail toOutgoing(QueuedMail mail) {
    return new OutgoingMail(
        mail.messageId(),
        mail.from(),
        List.of(mail.recipient()),
        mail.subject(),
        mail.body(),
        mail.createdAt(),
        mail.inReplyTo(),
        mail.html(),
        mail.ics(),
        mail.unsubscribe(),
        mail.unsubscribe() == null ? null : unsubscribeLink.apply(mail.recipient()));
  }
}
