package nl.statuswacht.digestqueue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.statuswacht.classify.Classifier;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.digest.DigestPost;
import nl.statuswacht.digest.DigestReport;
import nl.statuswacht.digest.DigestSchedule;
import nl.statuswacht.digest.Week;
import nl.statuswacht.model.Classification;
import nl.statuswacht.notify.AlertTemplates.Language;
import nl.statuswacht.notify.DigestTemplates;
import nl.statuswacht.notify.MessageIds;
import nl.statuswacht.rules.Rules;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.DigestRepository;
import nl.statuswacht.store.EventKind;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.store.HealthRepository;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.PostRepository;
import nl.statuswacht.store.SubscriberRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues the weekly digest: exactly one per subscriber per week. The digest due at an instant is
 * that of the last week ended by the latest fire time of the schedule ({@link DigestSchedule});
 * per subscriber, in one transaction, it is composed from the store, put in the outbox, recorded
 * under the primary key (subscriber, week) and the subscriber's watermark moves to it. A week at or
 * before the watermark is never queued again, so a restart, a second trigger or the catch-up after
 * a downtime adds nothing, and after a downtime of several weeks only the latest week is sent.
 */
public final class Digester {
  private static final Logger log = LoggerFactory.getLogger(Digester.class);

  private final Config config;
  private final Database database;
  private final Clock clock;
  private final Rules rules;
  private final Classifier classifier;
  private final DigestSchedule schedule;
  private final DigestTemplates templates = new DigestTemplates();

  public Digester(Config config, Database database, Rules rules, Classifier classifier,
      Clock clock) {
    this.config = config;
    this.database = database;
    this.clock = clock;
    this.rules = rules;
    this.classifier = classifier;
    this.schedule = new DigestSchedule(config.digest());
  }

  /**
   * Queues the digest that is due now for every subscriber who gets one and has not had it.
   * Safe to call at any time and as often as wanted.
   *
   * @return the digests queued
   */
  public synchronized int queueDue() {
    Instant now = clock.instant();
    Optional<Week> due = schedule.due(now);
    if (due.isEmpty()) {
      return 0;
    }
    Week week = due.get();
    List<Subscriber> waiting = database.inTransaction(c -> waiting(c, week));
    if (waiting.isEmpty()) {
      return 0;
    }
    // what the page says is read once for all of them; each subscriber's digest is then queued
    // in its own transaction, which checks the watermark again. A digest that goes out speaks
    // from now, even when it is a late one of the week before last: what is open and coming now
    Material material = database.inTransaction(c -> material(c, now));
    int queued = 0;
    for (Subscriber subscriber : waiting) {
      try {
        queued += database.inTransaction(c -> queue(c, subscriber, week, now, material)) ? 1 : 0;
      } catch (RuntimeException e) {
        // one subscriber's digest failing (a bad address, say) must not stop the others
        log.error("digest week={} recipient={} not queued: {}", week, subscriber.address(),
            e.toString(), e);
      }
    }
    return queued;
  }

  /**
   * Until when no digest can be owed: the schedule's next fire time ({@link Instant#MAX} when it
   * never fires again), when nobody is owed the digest due now; empty when somebody is.
   */
  public synchronized Optional<Instant> nothingOwedUntil() {
    Instant now = clock.instant();
    Optional<Week> due = schedule.due(now);
    if (due.isPresent() && !database.inTransaction(c -> waiting(c, due.get())).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(schedule.nextFire(now).orElse(Instant.MAX));
  }

  /** The subscribers who want the digest and have not had {@code week}'s. */
  private List<Subscriber> waiting(Connection c, Week week) throws SQLException {
    List<Subscriber> owed = new ArrayList<>();
    Predicate<String> had = DigestRepository.hadWeek(c, week.monday());
    for (Subscriber subscriber : SubscriberRepository.everyone(c, config.subscribers())) {
      if (subscriber.wantsDigest() && !had.test(subscriber.address())) {
        owed.add(subscriber);
      }
    }
    return owed;
  }

  /** Whether a subscriber with this watermark (the last week queued) is still owed {@code week}. */
  private static boolean owed(Optional<LocalDate> watermark, Week week) {
    return watermark.isEmpty() || watermark.get().isBefore(week.monday());
  }

  /** One subscriber's digest of {@code week}, unless their watermark is at or past it. */
  private boolean queue(Connection c, Subscriber subscriber, Week week, Instant now,
      Material material) throws SQLException {
    Optional<LocalDate> watermark = DigestRepository.watermark(c, subscriber.address());
    if (!owed(watermark, week)) {
      return false;
    }
    if (watermark.isPresent() && watermark.get().isBefore(week.previous().monday())) {
      log.info("digest recipient={} weeks after {} up to {} were not sent (statuswacht was not"
          + " running at their digest time); sending {} only", subscriber.address(),
          new Week(watermark.get()), week.previous(), week);
    }
    DigestTemplates.Rendered digest = compose(material, week, now, subscriber::matches,
        language(subscriber));
    String messageId = messageId(subscriber.address(), "DIGEST " + week.label());
    long outboxId = enqueue(c, subscriber.address(), messageId, digest, now,
        subscriber.deliverAfter(now), "digest " + week.label());
    DigestRepository.record(c, subscriber.address(), week.monday(), outboxId, now);
    log.info("digest week={} recipient={} queued", week, subscriber.address());
    return true;
  }

  /**
   * The digest of {@code week} as it reads now, for anyone (the subscriber's filters, if {@code
   * address} is one, else none), without queueing it: {@code statuswacht digest --preview}.
   */
  public DigestTemplates.Rendered preview(Week week, Optional<String> address,
      Optional<Language> language) {
    Instant now = clock.instant();
    return database.inTransaction(c -> {
      Optional<Subscriber> subscriber = subscriber(c, address);
      return compose(c, week, DigestSchedule.asOf(week, now), predicate(subscriber),
          language.orElse(subscriber.map(Digester::language).orElse(Language.NL)));
    });
  }

  /**
   * Queues the digest of {@code week} for {@code address} now, outside the weekly schedule: it
   * moves no watermark and does not count as that week's digest.
   *
   * @return the outbox row's id
   */
  public long queueOnce(Week week, String address, Optional<Language> language) {
    Instant now = clock.instant();
    return database.inTransaction(c -> {
      Optional<Subscriber> subscriber = subscriber(c, Optional.of(address));
      DigestTemplates.Rendered digest = compose(c, week, DigestSchedule.asOf(week, now),
          predicate(subscriber),
          language.orElse(subscriber.map(Digester::language).orElse(Language.NL)));
      return enqueue(c, address, messageId(address, "DIGEST " + week.label() + " " + now),
          digest, now, now, "digest " + week.label() + " sent by hand");
    });
  }

  /** What a digest is composed from: the posts as they stand, and how reading the page goes. */
  private record Material(List<DigestPost> posts, DigestTemplates.PageHealth health,
      Instant firstRead) {}

  private Material material(Connection c, Instant asOf) throws SQLException {
    String source = config.source().toString();
    return new Material(CurrentPosts.load(c, rules, classifier, asOf),
        new DigestTemplates.PageHealth(FetchRepository.lastRead(c, source).orElse(null),
            HealthRepository.health(c, source).failures()),
        FetchRepository.firstRead(c, source).orElse(null));
  }

  private DigestTemplates.Rendered compose(Connection c, Week week, Instant asOf,
      Predicate<Classification> wanted, Language language) throws SQLException {
    return compose(material(c, asOf), week, asOf, wanted, language);
  }

  private DigestTemplates.Rendered compose(Material material, Week week, Instant asOf,
      Predicate<Classification> wanted, Language language) {
    // the scoreboard speaks only for what was observed; never read, it has no figures
    DigestReport report = DigestReport.compose(material.posts(), config.policy(),
        rules.calendar(), week, asOf, wanted, material.firstRead(),
        material.health().lastRead());
    return templates.render(report, language, config.mail().from(), material.health());
  }

  private long enqueue(Connection c, String address, String messageId,
      DigestTemplates.Rendered digest, Instant now, Instant notBefore, String detail)
      throws SQLException {
    String from = config.mail().from();
    long eventId = PostRepository.insertEventWithoutPost(c, EventKind.DIGEST,
        detail + " to " + address, now);
    OutboxRepository.enqueue(c, eventId, new OutboxRepository.NewMail(address, messageId, null,
        from, digest.subject(), digest.text(), digest.html(), digest.ics(), from), now,
        notBefore);
    return OutboxRepository.idOf(c, messageId).orElseThrow();
  }

  private String messageId(String address, String kind) {
    String from = config.mail().from();
    return MessageIds.of(config.source().toString(), "digest", 0, kind, address,
        from.substring(from.indexOf('@') + 1));
  }

  private Optional<Subscriber> subscriber(Connection c, Optional<String> address)
      throws SQLException {
    if (address.isEmpty()) {
      return Optional.empty();
    }
    return SubscriberRepository.everyone(c, config.subscribers()).stream()
        .filter(s -> s.address().equalsIgnoreCase(address.get().strip())).findFirst();
  }

  private static Predicate<Classification> predicate(Optional<Subscriber> subscriber) {
    return subscriber.<Predicate<Classification>>map(s -> s::matches).orElse(c -> true);
  }

  private static Language language(Subscriber subscriber) {
    return subscriber.language().equals("en") ? Language.EN : Language.NL;
  }
}
