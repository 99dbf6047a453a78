package nl.statuswacht.notify;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.statuswacht.config.RetrySettings;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.QueuedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what the outbox holds, one mail at a time, every mail that is due in one drain, over
 * one {@link MailSender.Batch} (one SMTP connection). A temporary failure is tried again after a
 * backoff with jitter; a permanent one is tried a few times and then left as a dead letter with its
 * reason. Mails to one recipient go out in the order they were queued. When the server cannot be
 * reached at all, the drain stops at that mail: the others wait, their tries not counted, until
 * that mail's retry ({@link #nextDue}) or the next drain.
 *
 * <p>At most one mail is ever in doubt. Before the transport is called, the mail is marked {@code
 * SENDING} under a fresh attempt id, and that is on the disk before the first byte goes out ({@link
 * Database#durably}); once the transport has taken it, it is marked {@code SENT} with its sent-log
 * line. That mark is committed in the same transaction as the next mail's {@code SENDING} mark, so
 * one write through to the disk per mail puts both there (after the last mail, the mark is written
 * through on its own). On the disk, then, at most one mail is ever {@code SENDING}: the one being
 * handed over, or the one just handed over whose {@code SENT} mark waits for the next mail. A crash
 * can therefore only leave that one mail {@code SENDING}: after a restart it is sent again with the
 * same Message-ID (a warning says so), because a mail that may not have arrived matters more than
 * one that may arrive twice. Every other mail is either marked sent or was never handed over.
 *
 * <p>After each drain the operator is told once about mail that died ({@link DeadLetterNotice}),
 * and that notice goes out in the same drain.
 *
 * <p>The one-click unsubscribe link (RFC 8058) is made here, at sending, from the recipient: the
 * outbox holds only the mailto address, so a mail queued before {@code web.public-url} or the key
 * was set, or while they changed, links to the page as it is now.
 */
public final class OutboxDispatcher {
  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  /** Mails read from the outbox at once; a drain reads again until none is due. */
  private static final int BATCH = 100;
  /** How long a dead letter another process did not tell of may wait for its notice, at most. */
  public static final Duration LOOK_FOR_UNTOLD_EVERY = Duration.ofHours(1);

  private final Database database;
  private final MailSender sender;
  private final Backoff backoff;
  private final RetrySettings retry;
  private final DeadLetterNotice notice;
  private final Clock clock;
  private final UnaryOperator<String> unsubscribeLink;
  /** The cluster instance this daemon is, or null for a command (guarded by this). */
  private String claimant;
  /** When this dispatcher last looked for dead letters not told of; null before (by this). */
  private Instant lookedForUntold;

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
   * Tries every mail that is due now, once, over one batch of the transport; then queues the
   * operator's notice of dead letters, if there are any not yet told of, and tries that.
   */
  public synchronized Report drain() {
    try (MailSender.Batch batch = sender.batch()) {
      Drain drain = new Drain(batch);
      try {
        Report report = drain.all();
        drain.finish();
        Instant now = clock.instant();
        if (!drain.stopped && mayBeUntold(report, now)) {
          int queued = database.inTransaction(c -> notice.queue(c, now));
          lookedForUntold = now;
          if (queued > 0) {
            report = report.plus(drain.all());
            drain.finish();
          }
        }
        return report;
      } catch (RuntimeException e) {
        // the last mail's outcome is not lost with the drain
        try {
          drain.finish();
        } catch (RuntimeException again) {
          e.addSuppressed(again);
        }
        throw e;
      }
    }
  }

  /**
   * Whether to look for dead letters the operator has not been told of, after a drain that did
   * {@code report}: when one died in it; at the first drain (one may have died in an earlier
   * process that stopped before telling, or while no operator was configured); and {@link
   * #LOOK_FOR_UNTOLD_EVERY} after the last look (on PostgreSQL, another daemon may have stopped
   * before telling). Letters die only in drains, so the drains in between need not look: an
   * unchanged poll runs one transaction fewer.
   */
  private boolean mayBeUntold(Report report, Instant now) {
    return notice.tellsSomeone() && (report.dead() > 0 || lookedForUntold == null
        || !now.isBefore(lookedForUntold.plus(LOOK_FOR_UNTOLD_EVERY)));
  }

  /**
   * Whether nothing in the outbox may still go out: no mail waiting (for a retry, the end of quiet
   * hours or a release), none being sent, and no dead letter the operator is still to be told of.
   */
  public boolean idle(Connection c) throws SQLException {
    for (String state : List.of("PENDING", "HELD", "SENDING")) {
      if (OutboxRepository.count(c, state) > 0) {
        return false;
      }
    }
    return !notice.tellsSomeone()
        || OutboxRepository.untoldDeadLetters(c, DeadLetterNotice.EVENT).isEmpty();
  }

  /**
   * When the next mail that waits becomes due: the earliest retry or end of quiet hours still
   * ahead, and on PostgreSQL the moment a mail a command left {@code SENDING} counts as cut short
   * (a daemon's is taken over by the cluster, which runs the dead daemon's job again). Empty when
   * nothing waits for a time; mails due now are the next drain's.
   */
  public Optional<Instant> nextDue() {
    Instant now = clock.instant();
    return database.inTransaction(c -> OutboxRepository.nextDue(c, now,
        database.postgres() ? OutboxRepository.SHARED_IN_DOUBT_AFTER : null));
  }

  /** One drain: its passes over the outbox, and the outcome of the last mail not yet committed. */
  private final class Drain {
    private final MailSender.Batch batch;
    /** The last mail's outcome (sent, retry, dead), committed with the next mail's claim. */
    private Database.Work<Void> unmarked;
    private boolean stopped;

    Drain(MailSender.Batch batch) {
      this.batch = batch;
    }

    /** Passes until one claims nothing: every mail due now is tried once. */
    Report all() {
      Report report = new Report(0, 0, 0);
      while (!stopped) {
        Pass pass = pass();
        report = report.plus(pass.report());
        if (pass.claimed() == 0) {
          break;
        }
      }
      return report;
    }

    private record Pass(int claimed, Report report) {}

    private Pass pass() {
      // the last outcome first: a mail still SENDING would read as cut short, and a retry must
      // hold back its recipient's later mails
      commit(false);
      Instant now = clock.instant();
      // on PostgreSQL other processes may deliver at once: their fresh SENDING is no crash's
      Instant inDoubtBefore =
          database.postgres() ? now.minus(OutboxRepository.SHARED_IN_DOUBT_AFTER) : now;
      List<QueuedMail> due =
          database.inTransaction(c -> OutboxRepository.due(c, now, inDoubtBefore, BATCH));
      int claimed = 0;
      int sent = 0;
      int retrying = 0;
      int dead = 0;
      Set<String> blocked = new HashSet<>();
      for (QueuedMail mail : due) {
        if (stopped) {
          break;
        }
        if (blocked.contains(mail.recipient())) {
          continue;
        }
        OutgoingMail outgoing = toOutgoing(mail);
        String attempt = UUID.randomUUID().toString();
        if (!claim(mail, attempt)) {
          // another dispatcher (another process on PostgreSQL) took it since it was read
          continue;
        }
        claimed++;
        if (mail.inDoubt()) {
          log.warn("outbox: mail id={} to={} message_id={} was being handed to the transport"
                  + " (attempt {} since {}) when statuswacht stopped, so it may have arrived;"
                  + " sending it again with the same Message-ID", mail.id(), mail.recipient(),
              mail.messageId(), mail.interruptedAttempt(), mail.interruptedSince());
        }
        SendResult result = batch.send(outgoing);
        if (result instanceof SendResult.Delivered) {
          Instant at = clock.instant();
          unmarked = c -> {
            OutboxRepository.markSent(c, mail, attempt, sender.transport(), at);
            return null;
          };
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
        if (batch.unreachable()) {
          stopped = true;
          log.info("outbox: the {} transport cannot be reached; the other mails that are due wait"
              + " for the next delivery", sender.transport());
        }
      }
      return new Pass(claimed, new Report(sent, retrying, dead));
    }

    /**
     * Claims {@code mail} (marks it {@code SENDING}) together with the last mail's outcome, and
     * writes both through to the disk.
     */
    private boolean claim(QueuedMail mail, String attempt) {
      Database.Work<Void> before = unmarked;
      unmarked = null;
      try {
        return database.durably(c -> {
          if (before != null) {
            before.run(c);
          }
          return OutboxRepository.claim(c, mail, attempt, claimant, clock.instant());
        });
      } catch (RuntimeException e) {
        if (before != null) {
          // the last mail's outcome must not be lost with a claim that failed
          try {
            database.durably(before);
          } catch (RuntimeException again) {
            e.addSuppressed(again);
          }
        }
        throw e;
      }
    }

    /** Commits the last mail's outcome, written through to the disk when {@code durably}. */
    private void commit(boolean durably) {
      Database.Work<Void> work = unmarked;
      unmarked = null;
      if (work != null) {
        if (durably) {
          database.durably(work);
        } else {
          database.inTransaction(work);
        }
      }
    }

    /** Writes the last outcome through to the disk: the drain is done. */
    void finish() {
      commit(true);
    }

    /** Records a failure (with the next mail's claim); returns true when it is a dead letter. */
    private boolean fail(QueuedMail mail, String reason, int allowedAttempts) {
      int attempts = mail.attempts() + 1;
      if (attempts >= allowedAttempts) {
        log.error("outbox: giving up on mail id={} to={} message_id={} after {} attempts: {}",
            mail.id(), mail.recipient(), mail.messageId(), attempts, reason);
        Instant at = clock.instant();
        unmarked = c -> {
          OutboxRepository.markDead(c, mail.id(), reason, at);
          return null;
        };
        return true;
      }
      Instant next = clock.instant().plus(backoff.delayAfter(attempts));
      log.warn("outbox: mail id={} to={} not delivered (attempt {}), retry at {}: {}",
          mail.id(), mail.recipient(), attempts, next, reason);
      unmarked = c -> {
        OutboxRepository.markRetry(c, mail.id(), next, reason);
        return null;
      };
      return false;
    }
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
