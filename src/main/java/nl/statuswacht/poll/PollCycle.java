package nl.statuswacht.poll;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.statuswacht.change.ChangeDetector;
import nl.statuswacht.change.Material;
import nl.statuswacht.change.PostEvent;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.fetch.Evidence;
import nl.statuswacht.fetch.EvidenceArchive;
import nl.statuswacht.fetch.FetchOutcome;
import nl.statuswacht.fetch.Fetcher;
import nl.statuswacht.fetch.Validators;
import nl.statuswacht.model.Post;
import nl.statuswacht.notify.EventMails;
import nl.statuswacht.read.FeedReader;
import nl.statuswacht.read.ReadOutcome;
import nl.statuswacht.read.SourceDocument;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.store.FetchRepository.FetchLogEntry;
import nl.statuswacht.store.FetchRepository.HttpState;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.PostRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll, top to bottom: fetch (conditional GET) → archive the body as evidence → read → in one
 * transaction store new posts and material versions with their events and outbox rows → report.
 * A failed fetch or an unreadable document changes no post and keeps the old validators, so
 * nothing disappears and nothing is announced twice when the feed comes back.
 */
public final class PollCycle {
  private static final Logger log = LoggerFactory.getLogger(PollCycle.class);

  private final Config config;
  private final Fetcher fetcher;
  private final FeedReader reader;
  private final EvidenceArchive archive;
  private final Database database;
  private final Clock clock;
  private final String appVersion;
  private volatile URI feed;

  public PollCycle(
      Config config,
      Fetcher fetcher,
      FeedReader reader,
      EvidenceArchive archive,
      Database database,
      Clock clock,
      String version) {
    this.config = config;
    this.fetcher = fetcher;
    this.reader = reader;
    this.archive = archive;
    this.database = database;
    this.clock = clock;
    this.appVersion = version;
  }

  /** Polls the source once and logs one line about it. */
  public PollReport run() {
    PollReport report = locateAndPoll();
    if (report.failed()) {
      log.warn("poll failed source={} url={} elapsed_ms={} reason={}",
          config.source(), report.url(), report.elapsedMs(), report.detail());
    } else {
      log.info("poll source={} url={} outcome={} posts={} new={} updated={} queued={}"
              + " baseline={} elapsed_ms={}",
          config.source(), report.url(), report.outcome(), report.posts(), report.created(),
          report.updated(), report.queued(), report.baseline(), report.elapsedMs());
    }
    return report;
  }

  private PollReport locateAndPoll() {
    URI known = feed;
    if (known != null) {
      return poll(known);
    }
    List<URI> candidates = FeedLocator.candidates(config.source());
    List<String> failures = new java.util.ArrayList<>();
    long elapsed = 0;
    for (URI candidate : candidates) {
      PollReport report = poll(candidate);
      if (!report.failed() || candidates.size() == 1) {
        if (!report.failed()) {
          feed = candidate;
        }
        return report;
      }
      elapsed += report.elapsedMs();
      failures.add(candidate + ": " + report.detail());
    }
    return PollReport.without(config.source().toString(), "failed", elapsed,
        "no readable feed found; " + String.join("; ", failures));
  }

  private PollReport poll(URI url) {
    Instant started = clock.instant();
    HttpState state = database.inTransaction(c -> FetchRepository.httpState(c, url.toString()));
    if (state.retryNotBefore() != null && started.isBefore(state.retryNotBefore())) {
      return PollReport.without(url.toString(), "deferred", 0,
          "the server asked us to wait until " + state.retryNotBefore());
    }
    FetchOutcome outcome =
        fetcher.fetch(url, new Validators(state.etag(), state.lastModified()));
    long elapsed = outcome.elapsed().toMillis();
    if (outcome instanceof FetchOutcome.Fetched fetched) {
      return store(url, fetched, state, started);
    }
    if (outcome instanceof FetchOutcome.NotModified) {
      logFetch(url, started, elapsed, "not_modified", 304, null, null, null);
      return PollReport.without(url.toString(), "not_modified", elapsed, null);
    }
    if (outcome instanceof FetchOutcome.RateLimited limited) {
      database.inTransaction(c -> {
        FetchRepository.saveHttpState(c, url.toString(),
            new HttpState(state.etag(), state.lastModified(), limited.retryAt()));
        return null;
      });
      String detail = limited.status() + ": retry after " + limited.retryAt();
      logFetch(url, started, elapsed, "rate_limited", limited.status(), detail, null, null);
      return PollReport.without(url.toString(), "rate_limited", elapsed, detail);
    }
    FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
    String detail = "fetch: " + failed.kind() + ": " + failed.detail();
    logFetch(url, started, elapsed, "failed", failed.status() == 0 ? null : failed.status(),
        detail, null, null);
    return PollReport.without(url.toString(), "failed", elapsed, detail);
  }

  private PollReport store(URI url, FetchOutcome.Fetched fetched, HttpState state,
      Instant started) {
    long elapsed = fetched.elapsed().toMillis();
    Evidence evidence =
        archive.archive(url, started, fetched.contentType(), fetched.body());
    ReadOutcome read =
        reader.read(new SourceDocument(fetched.body(), fetched.contentType(), url.toString()));
    if (read instanceof ReadOutcome.Refused refused) {
      database.inTransaction(c -> {
        recordEvidence(c, url, fetched, evidence, started);
        logFetch(c, url, started, elapsed, "failed", fetched.status(), refused.reason(),
            evidence.sha256(), null);
        return null;
      });
      return PollReport.without(url.toString(), "failed", elapsed, refused.reason());
    }
    List<Post> posts = ((ReadOutcome.Posts) read).posts();
    return database.inTransaction(c -> {
      recordEvidence(c, url, fetched, evidence, started);
      PollReport report = apply(c, url, posts, evidence.sha256(), started, elapsed);
      Validators validators = fetched.validators();
      FetchRepository.saveHttpState(c, url.toString(),
          new HttpState(validators.etag(), validators.lastModified(), null));
      logFetch(c, url, started, elapsed, "fetched", fetched.status(), null,
          evidence.sha256(), posts.size());
      return report;
    });
  }

  private PollReport apply(Connection c, URI url, List<Post> posts, String evidenceSha,
      Instant now, long elapsed) throws SQLException {
    String source = config.source().toString();
    boolean baseline = PostRepository.baseline(c, source).isEmpty();
    boolean announce = !baseline || config.notifyOnBaseline();
    int created = 0;
    int updated = 0;
    int queued = 0;
    for (Post post : posts) {
      Optional<PostRepository.Stored> stored = PostRepository.find(c, source, post.id());
      PostEvent event = ChangeDetector.detect(stored.map(PostRepository.Stored::last), post);
      String fingerprint = Material.of(post).fingerprint();
      if (event instanceof PostEvent.New) {
        long id = PostRepository.insertPost(c, source, post.id(), now);
        PostRepository.insertVersion(c, id, 1, post, fingerprint, now, evidenceSha);
        created++;
        if (announce) {
          queued += queue(c, id, 1, EventMails.Kind.NEW, post, List.of(), now);
        }
      } else if (event instanceof PostEvent.MaterialUpdate update) {
        long id = stored.orElseThrow().id();
        int version = update.previousVersion() + 1;
        PostRepository.insertVersion(c, id, version, post, fingerprint, now, evidenceSha);
        updated++;
        queued += queue(c, id, version, EventMails.Kind.UPDATED, post, update.changes(), now);
      } else {
        PostRepository.touch(c, stored.orElseThrow().id(), now);
      }
    }
    if (baseline) {
      PostRepository.markBaseline(c, source, now);
    }
    return new PollReport(url.toString(), "fetched", posts.size(), created, updated, queued,
        baseline, elapsed, null);
  }

  /** Records the event and one outbox row per subscriber; returns the rows added. */
  private int queue(Connection c, long postId, int version, EventMails.Kind kind, Post post,
      List<String> changes, Instant now) throws SQLException {
    String source = config.source().toString();
    long eventId = PostRepository.insertEvent(c, postId, version, kind.name(), changes, now);
    EventMails.Content content = EventMails.compose(kind, post, changes, appVersion);
    String from = config.mail().from();
    String domain = from.substring(from.indexOf('@') + 1);
    int added = 0;
    for (Subscriber subscriber : config.subscribers()) {
      String address = subscriber.address();
      String messageId =
          EventMails.messageId(source, post.id(), version, kind, address, domain);
      String inReplyTo = OutboxRepository.threadRoot(c, postId, address).orElse(null);
      if (OutboxRepository.enqueue(c, eventId, new OutboxRepository.NewMail(address, messageId,
          inReplyTo, from, content.subject(), content.body()), now)) {
        added++;
      }
    }
    return added;
  }

  private void recordEvidence(Connection c, URI url, FetchOutcome.Fetched fetched,
      Evidence evidence, Instant at) throws SQLException {
    FetchRepository.recordEvidence(c, evidence.sha256(), url.toString(), at,
        fetched.contentType(), evidence.size());
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
    FetchRepository.log(c, new FetchLogEntry(config.source().toString(), url.toString(),
        started, elapsed, outcome, status, detail, sha, posts));
  }
}
