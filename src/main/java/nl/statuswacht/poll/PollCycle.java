package nl.statuswacht.poll;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.statuswacht.change.ChangeDetector;
import nl.statuswacht.classify.Classifier;
import nl.statuswacht.change.Material;
import nl.statuswacht.change.Change;
import nl.statuswacht.change.MeaningChanges;
import nl.statuswacht.change.PostEvent;
import nl.statuswacht.config.Config;
import nl.statuswacht.fetch.Deadline;
import nl.statuswacht.fetch.Discovery;
import nl.statuswacht.fetch.Evidence;
import nl.statuswacht.fetch.EvidenceArchive;
import nl.statuswacht.fetch.FetchOutcome;
import nl.statuswacht.fetch.Fetcher;
import nl.statuswacht.fetch.Validators;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.rules.NoticeStart;
import nl.statuswacht.rules.Rules;
import nl.statuswacht.notify.Alert;
import nl.statuswacht.read.DocumentReader;
import nl.statuswacht.read.PlausibleDates;
import nl.statuswacht.read.PostMerge;
import nl.statuswacht.read.ReadOutcome;
import nl.statuswacht.read.SourceDocument;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.store.FetchRepository.FetchLogEntry;
import nl.statuswacht.store.FetchRepository.HttpState;
import nl.statuswacht.store.HealthRepository;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.PostRepository;
import nl.statuswacht.store.SightingRepository;
import nl.statuswacht.store.SourceRepository;
import nl.statuswacht.words.VerdictWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll, top to bottom: make sure there is a plan (discover which documents to read, daily and
 * after repeated failures) → fetch each document with a conditional GET, archiving what changed
 * → read each → merge them into one post per incident → in one transaction store new posts and
 * material versions with their events and outbox rows → report.
 *
 * <p>A poll applies only a complete picture: when any document of the plan fails, nothing is
 * stored, so no post disappears and nothing is announced twice when the page comes back. A
 * document that did not change is read again from the evidence archive so that the merge always
 * sees every document.
 */
public final class PollCycle {
  private static final Logger log = LoggerFactory.getLogger(PollCycle.class);
  /** A plan is discovered anew after this long. */
  static final Duration PLAN_LIFETIME = Duration.ofDays(1);
  /** A plan is discovered anew after this many failed polls in a row. */
  static final int FAILURES_BEFORE_REDISCOVERY = 3;
  /** A document that had at least this many posts and shows fewer than half is suspect. */
  static final int SUSPECT_MIN_POSTS = 4;
  /** A suspect document is believed when it stays so for this many polls in a row. */
  static final int SUSPECT_POLLS = 3;

  private final Config config;
  private final Fetcher fetcher;
  private final DocumentReader reader;
  private final Discovery discovery;
  private final Classifier classifier;
  private final Rules rules;
  private final Alerting alerting;
  private final EvidenceArchive archive;
  private final Database database;
  private final Clock clock;
  private final String appVersion;

  public PollCycle(Config config, Fetcher fetcher, DocumentReader reader,
      EvidenceArchive archive, Database database, Clock clock, String version) {
    this.config = config;
    this.fetcher = fetcher;
    this.reader = reader;
    this.discovery = new Discovery(fetcher, reader);
    this.classifier = new Classifier(config.vocabulary());
    this.rules = new Rules(config.policy());
    this.alerting = new Alerting(config, rules);
    this.archive = archive;
    this.database = database;
    this.clock = clock;
    this.appVersion = version;
  }

  /**
   * Polls the source once and logs one line about it; then raises what time or the poll's
   * outcome calls for: passed deadlines, due reminders, and the operator's alert when the page
   * cannot be read (or reads again).
   */
  public PollReport run() {
    Instant started = clock.instant();
    releaseIfAsked();
    PollReport report = poll(started);
    if (report.failed()) {
      database.inTransaction(c -> alerting.sourceFailed(c, report.detail(), started));
      log.warn("poll failed source={} url={} elapsed_ms={} reason={}", config.source(),
          report.url(), report.elapsedMs(), report.detail());
    } else {
      boolean announce = !report.baseline() || config.notifyOnBaseline();
      database.inTransaction(c -> alerting.deadlines(c, started)
          + alerting.reminders(c, started, announce) + alerting.sourceRead(c, started));
      log.info("poll source={} url={} outcome={} posts={} new={} updated={} queued={}"
              + " baseline={} elapsed_ms={}", config.source(), report.url(), report.outcome(),
          report.posts(), report.created(), report.updated(), report.queued(), report.baseline(),
          report.elapsedMs());
      if (!report.gaps().isEmpty()) {
        log.info("poll sources disagree source={} gaps={}: {}", config.source(),
            report.gaps().size(), String.join("; ", report.gaps()));
      }
    }
    return report;
  }

  /**
   * The file {@code statuswacht release} leaves in the data directory when the daemon holds the
   * database: the daemon releases the held mails at its next poll and removes it.
   */
  public static java.nio.file.Path releaseRequest(Config config) {
    return config.dataDir().resolve("release-held-mails");
  }

  private void releaseIfAsked() {
    java.nio.file.Path request = releaseRequest(config);
    if (!java.nio.file.Files.exists(request)) {
      return;
    }
    int released = database.inTransaction(OutboxRepository::release);
    try {
      java.nio.file.Files.deleteIfExists(request);
    } catch (java.io.IOException e) {
      log.warn("poll: cannot remove {}: {}", request, e.getMessage());
    }
    log.info("poll released held mails={} (asked by `statuswacht release`)", released);
  }

  private PollReport poll(Instant started) {
    Deadline deadline = Deadline.in(config.pollBudget(), "the poll");
    Plan plan = plan(started, deadline);
    if (plan.urls().isEmpty()) {
      return PollReport.failed(config.source().toString(), elapsed(started),
          "no readable feed, JSON API or status page found at " + config.source() + "; tried "
              + plan.problem());
    }
    String where = plan.describe();
    List<Obtained> documents = new ArrayList<>();
    for (URI url : plan.urls()) {
      Obtained obtained = obtain(url, deadline);
      if (obtained.failure() != null) {
        return PollReport.failed(where, elapsed(started), obtained.failure());
      }
      documents.add(obtained);
    }
    if (documents.stream().allMatch(d -> d.document() == null)) {
      return PollReport.unchanged(where, elapsed(started));
    }
    List<PostMerge.Document> read = new ArrayList<>();
    for (Obtained obtained : documents) {
      Optional<PostMerge.Document> document = obtained.document() != null
          ? Optional.of(obtained.document()) : archived(obtained.url(), obtained.sha());
      if (document.isEmpty()) {
        return PollReport.failed(where, elapsed(started), "poll: the archived body "
            + obtained.sha() + " of " + obtained.url() + " cannot be read; it is fetched anew"
            + " next time");
      }
      read.add(document.get());
    }
    PostMerge.Merged merged = PostMerge.merge(read);
    return database.inTransaction(c -> {
      for (Obtained obtained : documents) {
        obtained.record(c);
      }
      String evidence = String.join(",", documents.stream().map(Obtained::sha).toList());
      return apply(c, where, merged, evidence, plan.changed(), started);
    });
  }

  /**
   * The stored plan, or a new one when it is missing, a day old, or has just failed {@value
   * #FAILURES_BEFORE_REDISCOVERY} polls in a row (again every so many while it keeps failing).
   * While the server has asked us to leave a document of the plan alone (Retry-After), the plan
   * is kept: discovery would ask that server a dozen times. Discovery gets at most half of the
   * poll's budget, so that the documents it finds can be fetched in the same poll; what it had
   * no time for is logged.
   */
  private Plan plan(Instant now, Deadline deadline) {
    Optional<SourceRepository.Plan> stored =
        database.inTransaction(c -> SourceRepository.plan(c, source()));
    int failures = database.inTransaction(c -> HealthRepository.health(c, source())).failures();
    boolean failing = failures > 0 && failures % FAILURES_BEFORE_REDISCOVERY == 0;
    if (stored.isPresent() && (waiting(stored.get().urls(), now)
        || stored.get().discoveredAt().plus(PLAN_LIFETIME).isAfter(now) && !failing)) {
      return new Plan(stored.get().urls(), false, null);
    }
    Discovery.Result found = discovery.discover(config.source(),
        deadline.within(config.pollBudget().dividedBy(2), "discovery"));
    log.info("discover source={} plan={} probes={}", config.source(), found.plan(),
        found.probes().size());
    if (!found.skipped().isEmpty()) {
      log.warn("discover source={} skipped={}: not probed within half the poll's budget of {}:"
          + " {}", config.source(), found.skipped().size(), config.pollBudget(),
          String.join(", ", found.skipped().stream().map(URI::toString).toList()));
    }
    if (!found.found()) {
      String tried = String.join("; ", found.probes().stream()
          .map(p -> p.url() + ": " + p.note()).toList());
      return new Plan(stored.map(SourceRepository.Plan::urls).orElse(List.of()), false, tried);
    }
    boolean changed = stored.isPresent() && !stored.get().urls().equals(found.plan());
    database.inTransaction(c -> {
      SourceRepository.savePlan(c, source(), found.plan(), now);
      return null;
    });
    return new Plan(found.plan(), changed, null);
  }

  /** Whether the server asked us not to fetch one of {@code urls} again before a later time. */
  private boolean waiting(List<URI> urls, Instant now) {
    return database.inTransaction(c -> {
      for (URI url : urls) {
        Instant notBefore = FetchRepository.httpState(c, url.toString()).retryNotBefore();
        if (notBefore != null && now.isBefore(notBefore)) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * The documents to read, whether they differ from the last plan's, and what discovery tried
   * when it found nothing.
   */
  private record Plan(List<URI> urls, boolean changed, String problem) {
    String describe() {
      return String.join(" + ", urls.stream().map(URI::toString).toList());
    }
  }

  /**
   * One document of the plan: fetched and read anew ({@code document}, with the rows to record),
   * unchanged (its archived body {@code sha} is read again only when another document changed),
   * or failed.
   */
  private record Obtained(URI url, PostMerge.Document document, String sha, String failure,
      Recorder recorder) {
    void record(Connection c) throws SQLException {
      if (recorder != null) {
        recorder.record(c);
      }
    }
  }

  @FunctionalInterface
  private interface Recorder {
    void record(Connection c) throws SQLException;
  }

  private Obtained obtain(URI url, Deadline deadline) {
    Instant started = clock.instant();
    HttpState state = database.inTransaction(c -> FetchRepository.httpState(c, url.toString()));
    boolean archived = state.evidenceSha() != null;
    if (state.retryNotBefore() != null && started.isBefore(state.retryNotBefore())) {
      // the page is not read: a failed poll, which the operator hears of like any other
      return failed("fetch: " + url + ": rate limited: not asked again before "
          + state.retryNotBefore() + ", as the server asked");
    }
    Validators validators = archived
        ? new Validators(state.etag(), state.lastModified()) : Validators.NONE;
    FetchOutcome outcome = fetcher.fetch(url, validators, deadline);
    long elapsed = outcome.elapsed().toMillis();
    if (outcome instanceof FetchOutcome.Fetched fetched) {
      return read(url, fetched, started, state);
    }
    if (outcome instanceof FetchOutcome.NotModified notModified && archived) {
      // a 304 may carry new validators for the same body: they are the ones to send next time
      Validators given = notModified.validators();
      HttpState kept = new HttpState(given.etag(), given.lastModified(), null,
          state.evidenceSha());
      database.inTransaction(c -> {
        if (!kept.equals(state)) {
          FetchRepository.saveHttpState(c, url.toString(), kept);
        }
        logFetch(c, url, started, elapsed, "not_modified", 304, null, null, null);
        return null;
      });
      return unchanged(url, kept);
    }
    if (outcome instanceof FetchOutcome.RateLimited limited) {
      String detail = limited.status() + ": retry after " + limited.retryAt()
          + (limited.capped() ? " (asked " + limited.asked() + ", capped at http.max-retry-after "
              + config.http().maxRetryAfter() + ")" : "");
      database.inTransaction(c -> {
        FetchRepository.saveHttpState(c, url.toString(), new HttpState(state.etag(),
            state.lastModified(), limited.retryAt(), state.evidenceSha()));
        logFetch(c, url, started, elapsed, "rate_limited", limited.status(), detail, null, null);
        return null;
      });
      // the page was not read: a failed poll (logged at WARN), like the polls while we wait
      return failed("fetch: " + url + ": rate limited: " + detail);
    }
    String detail = outcome instanceof FetchOutcome.Failed failed
        ? "fetch: " + failed.kind() + ": " + failed.detail()
        : "fetch: " + url + ": 304 although no validators were sent";
    Integer status = outcome instanceof FetchOutcome.Failed failed && failed.status() != 0
        ? failed.status() : null;
    logFetch(url, started, elapsed, "failed", status, detail, null, null);
    return failed(detail);
  }

  private Obtained read(URI url, FetchOutcome.Fetched fetched, Instant started,
      HttpState state) {
    long elapsed = fetched.elapsed().toMillis();
    Evidence evidence = archive.archive(url, started, fetched.contentType(), fetched.body());
    DocumentReader.Reading reading =
        reader.read(new SourceDocument(fetched.body(), fetched.contentType(), url.toString()));
    if (reading.outcome() instanceof ReadOutcome.Refused refused) {
      database.inTransaction(c -> {
        FetchRepository.recordEvidence(c, evidence.sha256(), url.toString(), started,
            fetched.contentType(), evidence.size());
        logFetch(c, url, started, elapsed, "failed", fetched.status(), refused.reason(),
            evidence.sha256(), null);
        return null;
      });
      return failed(refused.reason());
    }
    List<Post> posts = ((ReadOutcome.Posts) reading.outcome()).posts();
    if (!evidence.sha256().equals(state.evidenceSha())) {
      ((ReadOutcome.Posts) reading.outcome()).notes().forEach(note -> log.warn("read {}", note));
    }
    if (state.evidenceSha() != null && !state.evidenceSha().equals(evidence.sha256())) {
      Optional<Obtained> setAside = suspect(url, state, posts.size(), fetched, evidence, started);
      if (setAside.isPresent()) {
        return setAside.get();
      }
    }
    Validators validators = fetched.validators();
    Recorder recorder = c -> {
      FetchRepository.recordEvidence(c, evidence.sha256(), url.toString(), started,
          fetched.contentType(), evidence.size());
      FetchRepository.saveHttpState(c, url.toString(), new HttpState(validators.etag(),
          validators.lastModified(), null, evidence.sha256()));
      logFetch(c, url, started, elapsed, "fetched", fetched.status(), null, evidence.sha256(),
          posts.size());
    };
    return new Obtained(url, new PostMerge.Document(url.toString(), reading.kind(), posts),
        evidence.sha256(), null, recorder);
  }

  /**
   * A document that suddenly lost most of its posts (a feed served empty for a moment, {@code
   * {"incidents": []}}) is suspect: for this poll its last good reading stands in for it, and the
   * new body is archived and logged but not merged, so no post is "resolved" or "updated" by a
   * blip and nothing is announced again when it comes back. When the document stays so for
   * {@value #SUSPECT_POLLS} polls in a row it is believed. Empty when the document is not
   * suspect.
   */
  private Optional<Obtained> suspect(URI url, HttpState state, int now,
      FetchOutcome.Fetched fetched, Evidence evidence, Instant started) {
    Optional<PostMerge.Document> before = archived(url, state.evidenceSha());
    int had = before.map(d -> d.posts().size()).orElse(0);
    if (had < SUSPECT_MIN_POSTS || now * 2 >= had) {
      return Optional.empty();
    }
    int inARow = database.inTransaction(c -> FetchRepository.suspectInARow(c, url.toString()));
    String detail = "showed " + now + " posts after " + had;
    if (inARow + 1 >= SUSPECT_POLLS) {
      log.warn("poll document lost most of its posts url={} posts={} previously={}: so for {}"
          + " polls in a row; believed now", url, now, had, SUSPECT_POLLS);
      return Optional.empty();
    }
    log.warn("poll suspect document url={} posts={} previously={}: it lost most of its posts at"
        + " once; not merged this poll, its last good reading stands in", url, now, had);
    database.inTransaction(c -> {
      FetchRepository.recordEvidence(c, evidence.sha256(), url.toString(), started,
          fetched.contentType(), evidence.size());
      logFetch(c, url, started, fetched.elapsed().toMillis(), "suspect", fetched.status(),
          detail, evidence.sha256(), now);
      return null;
    });
    return Optional.of(unchanged(url, state));
  }

  /** A document as last read, from the evidence archive; empty (and forgotten) if unreadable. */
  private Optional<PostMerge.Document> archived(URI url, String sha) {
    try {
      byte[] body = archive.read(sha);
      DocumentReader.Reading reading =
          reader.read(new SourceDocument(body, null, url.toString()));
      if (reading.outcome() instanceof ReadOutcome.Posts posts) {
        return Optional.of(new PostMerge.Document(url.toString(), reading.kind(), posts.posts()));
      }
    } catch (RuntimeException e) {
      log.warn("poll: cannot read archived body {} of {}: {}", sha, url, e.getMessage());
    }
    database.inTransaction(c -> {
      FetchRepository.saveHttpState(c, url.toString(), HttpState.NONE);
      return null;
    });
    return Optional.empty();
  }

  private static Obtained unchanged(URI url, HttpState state) {
    return new Obtained(url, null, state.evidenceSha(), null, null);
  }

  private static Obtained failed(String detail) {
    return new Obtained(null, null, null, detail, null);
  }

  private PollReport apply(Connection c, String where, PostMerge.Merged merged, String evidence,
      boolean planChanged, Instant now) throws SQLException {
    boolean baseline = PostRepository.baseline(c, source()).isEmpty();
    boolean announceNew = !baseline || config.notifyOnBaseline();
    Set<String> keysShown = new HashSet<>();
    merged.posts().forEach(post -> keysShown.add(post.id()));
    int created = 0;
    int updated = 0;
    int queued = 0;
    List<Long> announced = new ArrayList<>();
    for (Post read : merged.posts()) {
      PlausibleDates.Checked checked = PlausibleDates.check(read, now);
      Post post = checked.post();
      Optional<PostRepository.Stored> stored = known(c, post, keysShown);
      PostEvent event = ChangeDetector.detect(stored.map(PostRepository.Stored::last), post);
      if (event instanceof PostEvent.MaterialUpdate
          && !changedWhereShown(c, stored.orElseThrow().id(), merged.shown(post.id()))) {
        // a document that showed it no longer does: not seen there, which is no change
        log.info("poll post={} reads differently only because a document no longer shows it;"
            + " not changed", post.id());
        event = null;
      }
      String fingerprint = Material.of(post).fingerprint();
      long id;
      if (event instanceof PostEvent.New) {
        checked.notes().forEach(note -> log.warn("poll {}", note));
        id = PostRepository.insertPost(c, source(), post.id(), now);
        Classification classification = classifier.classify(post);
        PostRepository.insertVersion(c, id, 1, post, classification, fingerprint, now, evidence);
        List<Verdict> verdicts = judge(c, id, 1, post, classification, now);
        created++;
        if (announceNew) {
          int added = alerting.queue(c, id, 1, Alert.newPost(post, classification, verdicts),
              now);
          queued += added;
          if (added > 0) {
            announced.add(id);
          }
        }
      } else if (event instanceof PostEvent.MaterialUpdate update) {
        id = stored.orElseThrow().id();
        int version = update.previousVersion() + 1;
        Classification classification = classifier.classify(post);
        List<Change> changes = new ArrayList<>(update.changes());
        PostRepository.classification(c, id, update.previousVersion()).ifPresent(before ->
            changes.addAll(MeaningChanges.between(before, classification)));
        PostRepository.insertVersion(c, id, version, post, classification, fingerprint, now,
            evidence);
        List<Verdict> verdicts = judge(c, id, version, post, classification, now);
        updated++;
        if (!planChanged) {
          Alert alert = isMaintenance(classification) && classifier.cancelled(post)
              ? Alert.cancelled(post, classification, verdicts, changes)
              : classification.resolved() != null
                  && changes.stream().anyMatch(change -> change instanceof Change.Status)
              ? Alert.resolved(post, classification, verdicts, changes)
              : Alert.updated(post, classification, verdicts, changes);
          queued += alerting.queue(c, id, version, alert, now);
        }
      } else {
        id = stored.orElseThrow().id();
        PostRepository.touch(c, id, now);
      }
      seen(c, id, post, merged.shown(post.id()), now);
    }
    if (baseline) {
      PostRepository.markBaseline(c, source(), now);
    } else {
      for (SightingRepository.Withdrawn gone
          : SightingRepository.withdraw(c, source(), keysShown, now)) {
        log.info("poll post withdrawn post={} title=\"{}\": no document shows it any more"
            + " (taken down, or aged out of them); not mailed", gone.key(), gone.title());
      }
      if (announced.size() > config.maxNewPosts()) {
        alerting.holdNew(c, announced, now);
      }
    }
    return new PollReport(where, "fetched", merged.posts().size(), created, updated, queued,
        baseline, elapsed(now), null, merged.gaps());
  }

  /**
   * The stored post under the merged post's key; else, for a key never seen, the one stored
   * post with the same content identity (title and first update) whose key no document shows
   * any more: the same post under a moved link, re-keyed. A post withdrawn earlier that a
   * document shows again is no longer withdrawn.
   */
  private Optional<PostRepository.Stored> known(Connection c, Post post, Set<String> keysShown)
      throws SQLException {
    Optional<PostRepository.Stored> stored = PostRepository.find(c, source(), post.id());
    String identity = Material.identity(post);
    if (stored.isEmpty() && identity != null) {
      Optional<SightingRepository.Known> moved =
          SightingRepository.movedFrom(c, source(), identity, keysShown);
      if (moved.isPresent()) {
        SightingRepository.rekey(c, moved.get().id(), post.id());
        log.info("poll post moved post={} was={}: the same title and first update under a new"
            + " link; not new", post.id(), moved.get().key());
        stored = PostRepository.find(c, source(), post.id());
      }
    }
    if (stored.isPresent()) {
      Optional<Instant> withdrawn = SightingRepository.reappeared(c, stored.get().id());
      if (withdrawn.isPresent()) {
        log.info("poll post shown again post={} withdrawn={}", post.id(), withdrawn.get());
      }
    }
    return stored;
  }

  /**
   * Whether a document that shows the post shows it differently from the last time it did (or
   * shows it for the first time): only then can the post have changed.
   */
  private static boolean changedWhereShown(Connection c, long postId, Map<String, Post> shown)
      throws SQLException {
    Map<String, String> before = SightingRepository.sightings(c, postId);
    for (Map.Entry<String, Post> where : shown.entrySet()) {
      String was = before.get(where.getKey());
      if (was == null || !was.equals(Material.of(where.getValue()).fingerprint())) {
        return true;
      }
    }
    return false;
  }

  /** Records how each document shows the post now, and the post's content identity. */
  private static void seen(Connection c, long postId, Post post, Map<String, Post> shown,
      Instant now) throws SQLException {
    for (Map.Entry<String, Post> where : shown.entrySet()) {
      SightingRepository.saw(c, postId, where.getKey(),
          Material.of(where.getValue()).fingerprint(), now);
    }
    SightingRepository.identify(c, postId, Material.identity(post));
  }

  /**
   * Judges a new version and stores its verdicts. The post's announcement is its first
   * publication as the source dates it, never later than statuswacht first saw it; notice is
   * measured from the first version that announced this version's date or an earlier one
   * ({@link NoticeStart}). A post first seen more than two poll intervals after its publication
   * is logged: backdated, or the watcher was down.
   */
  private List<Verdict> judge(Connection c, long postId, int version, Post post,
      Classification classification, Instant now) throws SQLException {
    PostRepository.History history = PostRepository.history(c, postId);
    Instant announced = Rules.announced(post, history.firstSeen());
    Instant noticeFrom = NoticeStart.of(versions(history, announced));
    List<Verdict> verdicts = rules.judge(classification, noticeFrom, now);
    PostRepository.insertVerdicts(c, postId, version, announced, noticeFrom, verdicts, now);
    if (version == 1 && announced != null
        && Duration.between(announced, now).compareTo(config.pollInterval().multipliedBy(2)) > 0) {
      log.info("poll late post={} announced={} first_seen={}: first seen more than two poll"
          + " intervals after its publication (backdated, or statuswacht was not watching)",
          post.id(), announced, now);
    }
    verdicts.stream().filter(v -> v.outcome() == Outcome.VIOLATION).forEach(v ->
        log.warn("verdict post={} rule={} outcome=VIOLATION reason={}", post.id(), v.rule(),
            VerdictWords.ENGLISH.reason(v)));
    return verdicts;
  }

  /**
   * The stored versions as the notice rule sees them: the first at the post's announcement (as
   * stored with it, or {@code announced} for a version being judged now), each later one at its
   * edit.
   */
  private static List<NoticeStart.Version> versions(PostRepository.History history,
      Instant announced) {
    List<NoticeStart.Version> versions = new ArrayList<>();
    Instant first = null;
    for (PostRepository.SeenVersion seen : history.versions()) {
      Instant at;
      if (first == null) {
        first = seen.announced() != null ? seen.announced() : announced;
        at = first;
      } else {
        at = NoticeStart.edit(seen.updated(), seen.seenAt(), first);
      }
      versions.add(new NoticeStart.Version(at, seen.classification()));
    }
    return versions;
  }

  private void logFetch(URI url, Instant started, long elapsed, String outcome, Integer status,
      String detail, String sha, Integer posts) {
    database.inTransaction(c -> {
      logFetch(c, url, started, elapsed, outcome, status, detail, sha, posts);
      return null;
    });
  }

  private void logFetch(Connection c, URI url, Instant started, long elapsed, String outcome,
      Integer status, String detail, String sha, Integer posts) throws SQLException {
    FetchRepository.log(c, new FetchLogEntry(source(), url.toString(), started, elapsed, outcome,
        status, detail, sha, posts));
  }

  private static boolean isMaintenance(Classification c) {
    return c.category() == Category.PLANNED_MAINTENANCE
        || c.category() == Category.EMERGENCY_MAINTENANCE;
  }

  private String source() {
    return config.source().toString();
  }

  private long elapsed(Instant started) {
    return Math.max(0, Duration.between(started, clock.instant()).toMillis());
  }
}
