package nl.statuswacht;

import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import nl.statuswacht.classify.Classifier;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.config.DatabaseSettings;
import nl.statuswacht.digestqueue.Digester;
import nl.statuswacht.fetch.Discovery;
import nl.statuswacht.fetch.EvidenceArchive;
import nl.statuswacht.fetch.FetchOutcome;
import nl.statuswacht.fetch.Fetcher;
import nl.statuswacht.fetch.Validators;
import nl.statuswacht.notify.Backoff;
import nl.statuswacht.notify.DeadLetterNotice;
import nl.statuswacht.notify.FileMailSender;
import nl.statuswacht.notify.MailSender;
import nl.statuswacht.notify.OutboxDispatcher;
import nl.statuswacht.notify.SmtpMailSender;
import nl.statuswacht.notify.UnsubscribeTokens;
import nl.statuswacht.poll.Alerting;
import nl.statuswacht.poll.Applier;
import nl.statuswacht.poll.Documents;
import nl.statuswacht.poll.Plans;
import nl.statuswacht.poll.PollCycle;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.poll.PollShortcut;
import nl.statuswacht.read.DocumentReader;
import nl.statuswacht.read.EntryMemos;
import nl.statuswacht.rules.Rules;
import nl.statuswacht.schedule.Schedule;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.store.HealthRepository;
import nl.statuswacht.store.SourceRepository;
import nl.statuswacht.store.SubscriberRepository;
import nl.statuswacht.web.Metrics;
import nl.statuswacht.web.UnsubscribeRoutes;
import nl.statuswacht.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: wires every stage by hand from the configuration. {@link #pollOnce()} and
 * {@link #deliver()} serve the {@code poll} command; {@link #start()} and {@link #close()} the
 * daemon.
 */
public final class Statuswacht implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Statuswacht.class);

  private final Config config;
  private final Database database;
  private final PollCycle pollCycle;
  private final OutboxDispatcher dispatcher;
  private final Digester digester;
  private final Metrics metrics;
  private final WebServer web;
  private final Clock clock;
  /** The daemon's schedule while it runs; null for a command. */
  private volatile Schedule schedule;
  /** The daemon's old generation, looked at after each poll job; null for a command. */
  private volatile OldGeneration oldGeneration;
  private boolean webStarted;

  private Statuswacht(Config config, Database database, PollCycle pollCycle,
      OutboxDispatcher dispatcher, Digester digester, Metrics metrics, WebServer web,
      Clock clock) {
    this.config = config;
    this.database = database;
    this.pollCycle = pollCycle;
    this.dispatcher = dispatcher;
    this.digester = digester;
    this.metrics = metrics;
    this.web = web;
    this.clock = clock;
  }

  /**
   * Opens the configured database and migrates it: PostgreSQL when {@code database.url} is set,
   * else the embedded H2 file under {@code data-dir}.
   */
  public static Database openDatabase(Config config) {
    return config.database().postgres()
        ? Database.openPostgres(config.database().url(), config.database().user(),
            config.database().password())
        : Database.openH2(config.databaseFile());
  }

  /** Opens the database (migrating it) and wires the stages, for the daemon. */
  public static Statuswacht create(Config config, Clock clock, String version) {
    return create(config, clock, new Metrics(clock), version);
  }

  /**
   * Wires the stages as {@link #create} does, for a one-shot command ({@code poll}, {@code digest
   * --send-to}, {@code outbox retry}): without metrics, which only the daemon's web server serves.
   */
  public static Statuswacht oneShot(Config config, Clock clock, String version) {
    return create(config, clock, Metrics.off(clock), version);
  }

  private static Statuswacht create(Config config, Clock clock, Metrics metrics,
      String version) {
    Database database = openDatabase(config);
    Rules rules = new Rules(config.policy());
    Classifier classifier = new Classifier(config.vocabulary());
    Fetcher fetcher = new Fetcher(config.http(), clock);
    DocumentReader reader = new DocumentReader(config.page());
    Alerting alerting = new Alerting(config, rules);
    EvidenceArchive archive = new EvidenceArchive(config.evidenceDir());
    EntryMemos memos = new EntryMemos();
    PollCycle pollCycle = new PollCycle(config, database,
        new Plans(config, database, new Discovery(fetcher, reader, memos)),
        new Documents(config, database, fetcher, reader, memos, archive, clock),
        new Applier(config, classifier, rules, alerting), alerting, clock, version);
    Backoff backoff = new Backoff(config.mail().retry().baseDelay(),
        config.mail().retry().maxDelay(), new Random());
    DeadLetterNotice notice = new DeadLetterNotice(config.mail().operator(),
        config.mail().from(), config.source().toString());
    OutboxDispatcher dispatcher = new OutboxDispatcher(database,
        metrics.timed(mailSender(config)), backoff, config.mail().retry(), notice, clock,
        unsubscribeLinks(config));
    return new Statuswacht(config, database, pollCycle, dispatcher,
        new Digester(config, database, rules, classifier, clock), metrics,
        new WebServer(config, database, rules, classifier, archive, metrics, clock), clock);
  }

  /**
   * The one-click unsubscribe link of a recipient: only with a key ({@code
   * STATUSWACHT_UNSUBSCRIBE_KEY}) and {@code web.public-url}; else none, and mails offer the
   * mailto alone.
   */
  static UnaryOperator<String> unsubscribeLinks(Config config) {
    Optional<UnsubscribeTokens> tokens = UnsubscribeTokens.of(config.mail().unsubscribeKey());
    if (tokens.isEmpty() || config.webPublicUrl() == null) {
      return address -> null;
    }
    return address -> tokens.get().link(config.webPublicUrl(), address);
  }

  private static MailSender mailSender(Config config) {
    return config.mail().transport().equals("smtp")
        ? new SmtpMailSender(config.mail().smtp())
        : new FileMailSender(config.mail().fileDir());
  }

  public PollResult pollOnce() {
    return pollOnce(Map.of());
  }

  /**
   * Polls once, taking what fetches made for this poll before it began gave ({@link
   * PollShortcut#attempt}) instead of asking the server again.
   */
  public PollResult pollOnce(Map<URI, FetchOutcome> before) {
    pollCycle.fetchedBefore(before);
    PollResult result = pollCycle.run();
    metrics.polled(result);
    return result;
  }

  /**
   * Delivers every mail that is due now; in the daemon, then sets the send job to run when the
   * next mail that waits (a retry, the end of quiet hours) becomes due, so that nothing polls the
   * outbox in between.
   */
  public OutboxDispatcher.Report deliver() {
    try {
      OutboxDispatcher.Report report = dispatcher.drain();
      if (report.sent() + report.retrying() + report.dead() > 0) {
        log.info("send transport={} sent={} retrying={} dead={}", config.mail().transport(),
            report.sent(), report.retrying(), report.dead());
      }
      return report;
    } finally {
      wakeForWhatWaits();
    }
  }

  /**
   * When the daemon's send job runs next (the next mail that waits), or null when nothing waits or
   * the daemon does not run.
   */
  Instant nextDelivery() {
    Schedule running = schedule;
    return running == null ? null : running.nextSend();
  }

  private void wakeForWhatWaits() {
    Schedule running = schedule;
    if (running == null) {
      return;
    }
    try {
      Optional<Instant> next = dispatcher.nextDue();
      if (next.isPresent()) {
        // Quartz fires by the system clock; the delay is the daemon's clock's
        Instant now = Instant.now();
        running.sendAt(now.plus(Duration.between(clock.instant(), next.get())), now);
        log.debug("send: the next mail that waits is due at {}", next.get());
      }
    } catch (RuntimeException e) {
      // the next poll drains and tries again
      log.warn("send: cannot set the next delivery: {}", e.toString());
    }
  }

  /**
   * What the next one-shot poll needs to see that nothing changed ({@link PollShortcut}), after
   * {@code poll} and the delivery: null unless the poll read every document and left nothing to
   * do — nothing in the outbox that may still go out, no digest owed, no release asked for — on
   * the embedded H2 file. Its time is the first of: the next deadline or reminder of the posts as
   * they stand, the digest's next fire time, the plan's next discovery, and {@link
   * PollShortcut#LONGEST} from now.
   */
  public PollShortcut.Basis shortcutBasis(PollResult poll) {
    Instant quiet = pollCycle.quietUntil();
    if (config.database().postgres() || poll.failed() || quiet == null
        || Files.exists(PollCycle.releaseRequest(config))) {
      return null;
    }
    Optional<Instant> digests = digester.nothingOwedUntil();
    if (digests.isEmpty()) {
      return null;
    }
    Instant now = clock.instant();
    String source = config.source().toString();
    return database.inTransaction(c -> {
      Optional<SourceRepository.Plan> plan = SourceRepository.plan(c, source);
      if (plan.isEmpty() || !dispatcher.idle(c)
          || HealthRepository.health(c, source).failures() > 0) {
        return null;
      }
      List<PollShortcut.Document> documents = new ArrayList<>();
      for (URI url : plan.get().urls()) {
        FetchRepository.HttpState state = FetchRepository.httpState(c, url.toString());
        Validators validators = new Validators(state.etag(), state.lastModified());
        if (state.evidenceSha() == null || validators.isEmpty()
            || state.retryNotBefore() != null && now.isBefore(state.retryNotBefore())) {
          return null;
        }
        documents.add(new PollShortcut.Document(url, validators));
      }
      Instant until = Collections.min(List.of(quiet, digests.get(),
          plan.get().discoveredAt().plus(Plans.PLAN_LIFETIME), now.plus(PollShortcut.LONGEST)));
      return until.isAfter(now) ? new PollShortcut.Basis(documents, until) : null;
    });
  }

  /**
   * Queues the weekly digest that is due and not yet queued (none, usually); the poll job calls it
   * after every poll, so that a digest missed while statuswacht was down goes out once, with what
   * the first poll after the start read.
   */
  public int queueDigests() {
    return digester.queueDue();
  }

  /**
   * The poll job: poll, queue a digest that is due (the catch-up after a downtime), deliver. Each
   * step runs even when one before it failed, so a failing digest holds back no alert and a
   * failing poll no catch-up; the first failure is thrown at the end (Quartz logs it), the others
   * suppressed in it. In the daemon, then, the heap is collected if the poll read a changed
   * document and left the old generation too full for another such poll ({@link
   * OldGeneration}).
   */
  public void pollJob() {
    OldGeneration old = oldGeneration;
    OldGeneration.Look before = old == null ? null : old.now();
    PollResult[] polled = new PollResult[1];
    steps(() -> polled[0] = pollOnce(), this::queueDigests, this::deliver, () -> {
      if (old != null && polled[0] != null) {
        old.afterPoll(polled[0], before);
      }
    });
  }

  /**
   * The old generation the poll job looks at after each poll ({@link #start} sets this JVM's);
   * for tests, which run the job without starting the daemon.
   */
  void watchOldGeneration(OldGeneration old) {
    oldGeneration = old;
  }

  /** The digest job at the digest's cron time: queue the digests that are due, deliver. */
  public void digestJob() {
    steps(this::queueDigests, this::deliver);
  }

  private static void steps(Runnable... steps) {
    RuntimeException first = null;
    for (Runnable step : steps) {
      try {
        step.run();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  public Digester digester() {
    return digester;
  }

  /** The poll, one stage after another; a test looks at what its stages keep between polls. */
  public PollCycle pollCycle() {
    return pollCycle;
  }

  public Database database() {
    return database;
  }

  /**
   * Starts the web server (unless {@code web.listen: off}) with its routes and those of {@link
   * #extraRoutes}. {@link #start()} calls it; a test that wants the pages without the schedule
   * calls it alone.
   */
  public synchronized void startWeb() {
    if (config.web().enabled() && !webStarted) {
      try {
        web.start(this::extraRoutes);
      } catch (WebServer.CannotListen e) {
        throw new CannotStart(e.getMessage(), e);
      }
      webStarted = true;
    }
  }

  /** The daemon cannot start (its web server cannot listen): the message says why, in one line. */
  public static final class CannotStart extends RuntimeException {
    CannotStart(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Routes that other parts of statuswacht add to the web server, one line each (e.g.
   * {@code UnsubscribeRoutes.register(app, ...)}).
   */
  private void extraRoutes(nl.statuswacht.web.Router app) {
    UnsubscribeRoutes.register(app, database, config, clock);
  }

  /** The web server's port, when it runs. */
  public int webPort() {
    return web.port();
  }

  /** Starts polling at the configured interval and delivering the outbox, and the web server. */
  public synchronized void start() {
    startWeb();
    oldGeneration = OldGeneration.ofThisJvm();
    Schedule.Store store = scheduleStore();
    Schedule created = new Schedule(store, config.pollInterval(), this::pollJob, this::deliver,
        config.digest(), this::digestJob);
    if (store instanceof Schedule.Store.Clustered clustered) {
      dispatcher.claimAs(clustered.instanceId());
    }
    schedule = created;
    created.start();
    log.info("started source={} interval={} transport={} subscribers={} data={} next-digest={}",
        config.source(), config.pollInterval(), config.mail().transport(),
        config.subscribers().size(), config.dataDir().toAbsolutePath(), created.nextDigest());
    if (store instanceof Schedule.Store.Clustered clustered) {
      log.info("cluster: instance {} on {}, checking in every {} ms; another instance that stays"
          + " silent for {} ms and 7.5 s more is taken for dead and its running job taken over",
          clustered.instanceId(), config.database().url(), clustered.checkIn().toMillis(),
          clustered.checkIn().toMillis());
    }
    database.inTransaction(c -> SubscriberRepository.skipped(c, config.subscribers()))
        .forEach((address, when) -> log.info("subscriber skipped address={}: unsubscribed at {}"
            + " with the one-click link; remove it from the config file", address, when));
    if (config.mail().unsubscribeKey() == null) {
      log.warn("unsubscribe: no {} set: mails offer no one-click unsubscribe link, only the"
          + " mailto to {}", ConfigLoader.UNSUBSCRIBE_KEY_ENV, config.mail().from());
    } else if (config.webPublicUrl() == null) {
      log.warn("unsubscribe: no web.public-url set: mails offer no one-click unsubscribe link,"
          + " only the mailto to {}", config.mail().from());
    } else {
      log.info("unsubscribe: mails link to {}", UnsubscribeTokens.page(config.webPublicUrl()));
    }
  }

  /**
   * In memory for the embedded H2 file; on PostgreSQL in the database, as one instance of the
   * cluster of daemons on it. The instance id is the configured name (or the host name) and the
   * moment of the start, so a restarted daemon is a new instance: the one it was is recovered by
   * the cluster like any instance that died.
   */
  private Schedule.Store scheduleStore() {
    if (!config.database().postgres()) {
      return new Schedule.Store.InMemory();
    }
    DatabaseSettings.Cluster cluster = config.database().cluster();
    String name = cluster.instance().isEmpty() ? hostName() : cluster.instance();
    return new Schedule.Store.Clustered(database.dataSource(), name + "-" + clock.millis(),
        cluster.checkIn());
  }

  /** The host name ({@code HOSTNAME}, else the system's), in the characters an id may have. */
  private static String hostName() {
    String name = System.getenv("HOSTNAME");
    if (name == null || name.isBlank()) {
      try {
        name = java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.net.UnknownHostException e) {
        name = "statuswacht";
      }
    }
    String clean = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return clean.length() > 80 ? clean.substring(0, 80) : clean;
  }

  /** Lets a running job finish, stops the schedule and closes the database. */
  @Override
  public synchronized void close() {
    web.close();
    Schedule stopping = schedule;
    // a job still running sets no wake-up on a schedule that is going away
    schedule = null;
    if (stopping != null) {
      stopping.close();
    }
    pollCycle.close();
    database.close();
    log.info("stopped");
  }
}
