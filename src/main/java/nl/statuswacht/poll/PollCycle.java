package nl.statuswacht.poll;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.statuswacht.config.Config;
import nl.statuswacht.fetch.Deadline;
import nl.statuswacht.fetch.EvidenceArchive;
import nl.statuswacht.fetch.FetchOutcome;
import nl.statuswacht.read.PostMerge;
import nl.statuswacht.rules.Policy;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.QuietRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll, top to bottom: make sure there is a plan (discover which documents to read, daily and
 * after repeated failures) → fetch each document with a conditional GET, archiving what changed
 * (on other threads, while the poll goes on) → read each → merge them into one post per incident
 * → in one transaction compare them with the store, wait for the archive, store new posts and
 * material versions with their events and outbox rows → report.
 *
 * <p>A poll applies only a complete picture: when any document of the plan fails, nothing is
 * stored, so no post disappears and nothing is announced twice when the page comes back. A
 * document that did not change is read again from the evidence archive so that the merge always
 * sees every document.
 *
 * <p>The steps are classes of their own, which the composition root builds and hands in:
 * {@link Plans} (which documents), {@link Documents} (fetch, archive and read each), {@link
 * Applier} (store new and changed posts, judge them, queue their mails) and {@link Alerting}
 * (what time or the poll's outcome calls for: deadlines, reminders, the operator's alerts).
 */
public final class PollCycle {
  private static final Logger log = LoggerFactory.getLogger(PollCycle.class);
  private static final Duration TRIM_EVERY = Duration.ofDays(1);

  private final Config config;
  private final Database database;
  private final Plans plans;
  private final Documents documents;
  private final Applier applier;
  private final Alerting alerting;
  private final Clock clock;
  private final String version;
  /** When this process last trimmed the fetch log; null: not yet. */
  private Instant trimmedAt;
  /** The shortcut polls' journal and the file that asks for a release, looked for every poll. */
  private final Path journal;
  private final Path releaseRequest;

  /** {@code version}: the release that polls (a stored look of another release does not count). */
  public PollCycle(Config config, Database database, Plans plans, Documents documents,
      Applier applier, Alerting alerting, Clock clock, String version) {
    this.version = version;
    this.config = config;
    this.database = database;
    this.plans = plans;
    this.documents = documents;
    this.applier = applier;
    this.alerting = alerting;
    this.clock = clock;
    this.journal = PollShortcut.journal(config);
    this.releaseRequest = releaseRequest(config);
  }

  /**
   * Polls the source once and logs one line about it; then raises what time or the poll's
   * outcome calls for: passed deadlines, due reminders, and the operator's alert when the page
   * cannot be read (or reads again). Deadlines and reminders are not looked at again after a
   * poll that found every document unchanged, or stored nothing time can raise mail about, while
   * the last look found nothing due before now (see {@link Quiet}): an unchanged poll does no
   * work per post.
   */
  public PollResult run() {
    Instant started = clock.instant();
    journalled();
    releaseIfAsked();
    Polled polled = poll(started);
    PollResult report = polled.result();
    if (report instanceof PollResult.Failed failed) {
      database.inTransaction(c -> alerting.sourceFailed(c, failed.detail(), started));
      log.warn("poll failed source={} url={} elapsed_ms={} reason={}", config.source(),
          failed.url(), failed.elapsedMs(), failed.detail());
    } else {
      boolean baseline = report instanceof PollResult.Fetched fetched && fetched.baseline();
      List<String> gaps = report instanceof PollResult.Fetched fetched ? fetched.gaps()
          : List.of();
      PollResult.Counts counts = report.counts();
      boolean announce = !baseline || config.notifyOnBaseline();
      Alerting.NextDue next = new Alerting.NextDue();
      this.quiet = database.inTransaction(c -> {
        Quiet last = this.quiet != null ? this.quiet : stored(c);
        boolean quiet = last != null && started.isBefore(last.until())
            && last.documents().equals(polled.before()) && !polled.timely();
        if (!quiet) {
          alerting.deadlines(c, started, next);
          alerting.reminders(c, started, announce, next);
        }
        alerting.sourceRead(c, started);
        Quiet now = new Quiet(polled.documents(), quiet ? last.until() : next.earliest());
        if (!now.equals(last)) {
          QuietRepository.save(c, source(), new QuietRepository.Quiet(now.documents(),
              fingerprint(), now.until()));
        }
        return now;
      });
      log.info("poll source={} url={} outcome={} posts={} new={} updated={} queued={}"
              + " baseline={} elapsed_ms={}", config.source(), report.url(), report.outcome(),
          counts.posts(), counts.created(), counts.updated(), counts.queued(), baseline,
          report.elapsedMs());
      if (!gaps.isEmpty()) {
        log.info("poll sources disagree source={} gaps={}: {}", config.source(),
            gaps.size(), String.join("; ", gaps));
      }
    }
    trimFetchLog(started);
    return report;
  }

  /**
   * Until when the last look at deadlines and reminders found nothing due ({@link Instant#MAX}:
   * nothing ever, as the posts stand); null before this process has polled.
   */
  public Instant quietUntil() {
    Quiet known = quiet;
    return known == null ? null : known.until();
  }

  /** The fetches of one-shot polls done without the database, into the fetch log. */
  private void journalled() {
    try {
      int lines = PollShortcut.importJournal(journal, database);
      if (lines > 0) {
        log.info("poll source={}: {} fetches of polls done without the database written to the"
            + " fetch log", config.source(), lines);
      }
    } catch (RuntimeException e) {
      // the journal stays for the next poll
      log.warn("poll source={}: the journal of polls done without the database: {}",
          config.source(), e.getMessage());
    }
  }

  /**
   * The fetch log's lines older than {@code poll.log-keep} go, at the first poll of the process
   * and then once a day: a line a poll would otherwise pile up for ever. (With nothing old, that
   * is one look-up by time.)
   */
  private void trimFetchLog(Instant now) {
    if (trimmedAt != null && now.isBefore(trimmedAt.plus(TRIM_EVERY))) {
      return;
    }
    trimmedAt = now;
    Instant before = now.minus(config.fetchLogKeep());
    int removed = database.inTransaction(c -> FetchRepository.trim(c, before));
    if (removed > 0) {
      log.info("fetch log trimmed source={} lines={} older_than={}", config.source(), removed,
          before);
    }
  }

  /**
   * The file {@code statuswacht release} leaves in the data directory when the daemon holds the
   * database: the daemon releases the held mails at its next poll and removes it.
   */
  public static Path releaseRequest(Config config) {
    return config.dataDir().resolve("release-held-mails");
  }

  private void releaseIfAsked() {
    Path request = releaseRequest;
    if (!Files.exists(request)) {
      return;
    }
    // written through before the request that asked for it is removed
    int released = database.durably(OutboxRepository::release);
    try {
      Files.deleteIfExists(request);
    } catch (IOException e) {
      log.warn("poll: cannot remove {}: {}", request, e.getMessage());
    }
    log.info("poll released held mails={} (asked by `statuswacht release`)", released);
  }

  /**
   * A poll's result; the documents of the plan as they are after it, and as they were stored
   * before it (each one's URL and the SHA-256 of its body; {@code null} when the poll failed);
   * and whether it stored a version of a post that is an open incident or a downtime window
   * still to come ({@link Applier.Applied#timely}).
   */
  private record Polled(PollResult result, String documents, String before, boolean timely) {
    static Polled failed(PollResult.Failed failed) {
      return new Polled(failed, null, null, false);
    }
  }

  /**
   * What the last look at deadlines and reminders found: nothing due before {@code until}, for
   * the posts as the plan's documents with these bodies gave them. A poll that starts from those
   * documents before then need not look again when it found every document unchanged (the
   * posts are as they were), or stored only versions that are neither open incidents nor windows
   * to come (the posts time can raise mail about are those of the last look, or fewer): time has
   * not yet made anything due. Kept by this process and in the database ({@link
   * QuietRepository}), for the next process: a one-shot {@code statuswacht poll} of a page that
   * answers 304 then looks at no post either (and loads no holiday calendar). The stored one
   * counts only under the same policy, reminder leads and release ({@link #fingerprint}), and
   * only when this process has not looked itself yet (on PostgreSQL another daemon's poll that
   * stored a change changed a body, so the documents differ).
   */
  private record Quiet(String documents, Instant until) {}

  private volatile Quiet quiet;
  /** What the posts' links key them as, from one poll's merge to the next's. */
  private final PostMerge.Keys linkKeys = new PostMerge.Keys();
  private volatile String fingerprint;

  /** The last look as stored by an earlier process under the same settings; null when none. */
  private Quiet stored(Connection c) throws SQLException {
    return QuietRepository.quiet(c, source())
        .filter(q -> q.fingerprint().equals(fingerprint()))
        .map(q -> new Quiet(q.documents(), q.until()))
        .orElse(null);
  }

  /**
   * The SHA-256 of what decides when a deadline passes or a reminder falls due, besides the
   * posts and the clock: the release (its code), the whole policy (its sets and maps in sorted
   * order, so that the same policy gives the same text in every process) and the reminder leads.
   */
  String fingerprint() {
    String known = fingerprint;
    if (known == null) {
      known = fingerprint = fingerprint(config, version);
    }
    return known;
  }

  /** {@link #fingerprint()} of {@code config} polled by release {@code version}. */
  static String fingerprint(Config config, String version) {
    StringBuilder text = new StringBuilder("release=").append(version)
        .append("\nreminders=").append(config.mail().reminders()).append("\npolicy=");
    Policy policy = config.policy();
    for (RecordComponent component : Policy.class.getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(policy);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (value instanceof Set<?> set) {
        value = new TreeSet<>(set);
      } else if (value instanceof Map<?, ?> map) {
        value = new TreeMap<>(map);
      }
      text.append(component.getName()).append('=').append(value).append(';');
    }
    return EvidenceArchive.sha256(text.toString().getBytes(UTF_8));
  }

  private String source() {
    return config.source().toString();
  }

  Applier applier() {
    return applier;
  }

  /**
   * What fetches made for the next poll before it began gave, by URL ({@link PollShortcut}): that
   * poll takes them instead of asking again.
   */
  public void fetchedBefore(Map<URI, FetchOutcome> outcomes) {
    documents.fetchedBefore(outcomes);
  }

  /** Ends what the poll's stages run beside it (the threads that archive changed bodies). */
  public void close() {
    documents.close();
  }

  private Polled poll(Instant started) {
    Deadline deadline = Deadline.in(config.pollBudget(), "the poll");
    Fetch fetch = fetch(started, deadline);
    if (fetch.failed() != null) {
      Documents.settle(fetch.obtained());
      return Polled.failed(fetch.failed());
    }
    String where = fetch.where();
    List<Documents.Obtained> obtainedAll = fetch.obtained();
    // loops, not streams: an unchanged poll runs this once, mostly in the interpreter
    StringBuilder beforeText = new StringBuilder();
    boolean unchanged = true;
    for (Documents.Obtained d : obtainedAll) {
      (beforeText.isEmpty() ? beforeText : beforeText.append(' '))
          .append(d.url()).append('=').append(d.before());
      unchanged &= d.document() == null;
    }
    String before = beforeText.toString();
    if (unchanged) {
      return new Polled(new PollResult.Unchanged(where, elapsed(started)), bodies(obtainedAll),
          before, false);
    }
    List<PostMerge.Document> read = new ArrayList<>();
    for (Documents.Obtained obtained : obtainedAll) {
      Optional<PostMerge.Document> document = obtained.document() != null
          ? Optional.of(obtained.document())
          : documents.archived(obtained.url(), obtained.sha());
      if (document.isEmpty()) {
        Documents.settle(obtainedAll);
        return Polled.failed(new PollResult.Failed(where, elapsed(started), "poll: the archived"
            + " body " + obtained.sha() + " of " + obtained.url() + " cannot be read; it is"
            + " fetched anew next time", PollResult.Failed.UNREADABLE));
      }
      read.add(document.get());
    }
    PostMerge.Merged merged = PostMerge.merge(read, linkKeys);
    Applier.Applied applied = database.inTransaction(c -> {
      Applier.Sorted sorted = applier.sort(c, merged, started, before);
      // the new bodies' SHA-256, hashed and archived on the evidence threads while this poll
      // read, merged and sorted them: rows that name a body are written once it is archived
      String evidence =
          String.join(",", obtainedAll.stream().map(Documents.Obtained::sha).toList());
      for (Documents.Obtained obtained : obtainedAll) {
        obtained.record(c);
      }
      return applier.write(c, sorted, evidence, fetch.planChanged(), bodies(obtainedAll));
    });
    applier.committed(applied);
    if (applied.baseline()) {
      // Written through at once, as the outbox's marks are: a baseline lost in a crash before
      // H2's writer stored it would be taken again by the next poll, and a post that appeared
      // in between would be part of it, never mailed.
      database.durably(c -> null);
    }
    return new Polled(new PollResult.Fetched(where, elapsed(started), applied.counts(),
        applied.baseline(), merged.gaps()), bodies(obtainedAll), before, applied.timely());
  }

  /** The plan's documents as this poll leaves them: each one's URL and the SHA-256 of its body. */
  private static String bodies(List<Documents.Obtained> obtained) {
    StringBuilder text = new StringBuilder();
    for (Documents.Obtained d : obtained) {
      (text.isEmpty() ? text : text.append(' ')).append(d.url()).append('=').append(d.sha());
    }
    return text.toString();
  }

  /**
   * The plan's documents, each fetched and read or found unchanged; or why the poll failed, with
   * the documents obtained before it did. The plan is not kept: what discovery fetched and read for
   * it (whole bodies) is garbage once each document is obtained.
   */
  private record Fetch(String where, boolean planChanged, List<Documents.Obtained> obtained,
      PollResult.Failed failed) {}

  private Fetch fetch(Instant started, Deadline deadline) {
    Plans.Plan plan = plans.plan(started, deadline);
    if (plan.urls().isEmpty()) {
      return new Fetch(null, false, List.of(), new PollResult.Failed(config.source().toString(),
          elapsed(started), "no readable feed, JSON API or status page found at "
              + config.source() + "; tried " + plan.problem(), plan.reason()));
    }
    String where = plan.describe();
    documents.keepOnly(plan.urls());
    List<Documents.Obtained> obtainedAll = new ArrayList<>();
    for (URI url : plan.urls()) {
      Documents.Obtained obtained = documents.obtain(url, deadline,
          plan.discovered().get(url), plan.states().get(url));
      if (obtained.failure() != null) {
        return new Fetch(where, plan.changed(), obtainedAll,
            new PollResult.Failed(where, elapsed(started), obtained.failure(),
                obtained.reason()));
      }
      obtainedAll.add(obtained);
    }
    return new Fetch(where, plan.changed(), obtainedAll, null);
  }

  private long elapsed(Instant started) {
    return Math.max(0, Duration.between(started, clock.instant()).toMillis());
  }
}
