package nl.statuswacht.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.statuswacht.config.RetrySettings;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.QueuedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what the outbox holds. A delivered mail is marked sent, with its sent-log line, in one
 * transaction; a temporary failure is tried again after a backoff with jitter; a permanent one is
 * tried a few times and then left as a dead letter with its reason. Mails to one recipient go out
 * in the order they were queued.
 */
public final class OutboxDispatcher {
  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int BATCH = 50;

  private final Database database;
  private final MailSender sender;
  private final Backoff backoff;
  private final RetrySettings retry;
  private final Clock clock;

  public OutboxDispatcher(
      Database database, MailSender sender, Backoff backoff, RetrySettings retry, Clock clock) {
    this.database = database;
    this.sender = sender;
    this.backoff = backoff;
    this.retry = retry;
    this.clock = clock;
  }

  /** What one drain did. */
  public record Report(int sent, int retrying, int dead) {}

  /** Tries every mail that is due now, once. */
  public synchronized Report drain() {
    Instant now = clock.instant();
    List<QueuedMail> due = database.inTransaction(c -> OutboxRepository.due(c, now, BATCH));
    int sent = 0;
    int retrying = 0;
    int dead = 0;
    java.util.Set<String> blocked = new java.util.HashSet<>();
    for (QueuedMail mail : due) {
      if (blocked.contains(mail.recipient())) {
        continue;
      }
      SendResult result = sender.send(toOutgoing(mail));
      if (result instanceof SendResult.Delivered) {
        database.inTransaction(
            c -> {
              OutboxRepository.markSent(c, mail, sender.transport(), clock.instant());
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
      database.inTransaction(
          c -> {
            OutboxRepository.markDead(c, mail.id(), reason);
            return null;
          });
      return true;
    }
    Instant next = clock.instant().plus(backoff.delayAfter(attempts));
    log.warn("outbox: mail id={} to={} not delivered (attempt {}), retry at {}: {}",
        mail.id(), mail.recipient(), attempts, next, reason);
    database.inTransaction(
        c -> {
          OutboxRepository.markRetry(c, mail.id(), next, reason);
          return null;
        });
    return false;
  }

  private static OutgoingMail toOutgoing(QueuedMail mail) {
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
        mail.unsubscribe());
  }
}
