package nl.statuswacht.poll;

import java.lang.ref.SoftReference;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.statuswacht.config.Config;
import nl.statuswacht.fetch.Deadline;
import nl.statuswacht.fetch.Discovery;
import nl.statuswacht.fetch.Evidence;
import nl.statuswacht.fetch.EvidenceArchive;
import nl.statuswacht.fetch.FetchOutcome;
import nl.statuswacht.fetch.Fetcher;
import nl.statuswacht.fetch.Validators;
import nl.statuswacht.model.Post;
import nl.statuswacht.read.DocumentReader;
import nl.statuswacht.read.EntryMemo;
import nl.statuswacht.read.EntryMemos;
import nl.statuswacht.read.PostMerge;
import nl.statuswacht.read.ReadOutcome;
import nl.statuswacht.read.SourceDocument;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.store.FetchRepository.FetchLogEntry;
import nl.statuswacht.store.FetchRepository.HttpState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second step of a poll: each document of the plan fetched (conditional GET, validators and
 * Retry-After kept), archived and read; a document that did not change (a 304, or a 200 with the
 * very bytes of the stored reading) is not read, and read again from the evidence archive only
 * when another did change; a document that suddenly lost most of its posts set aside for its last
 * good reading. What it fetched is recorded in the poll's transaction only when the poll applies
 * (see {@link Obtained}).
 */
public final class Documents {
  /** Logged as the poll: one logger for everything a poll does. */
  private static final Logger log = LoggerFactory.getLogger(PollCycle.class);
  /** A document that had at least this many posts and shows fewer than half is suspect. */
  static final int SUSPECT_MIN_POSTS = 4;
  /** A suspect document is believed when it stays so for this many polls in a row. */
  static final int SUSPECT_POLLS = 3;
  /** The fetch-log detail of a 200 with the archived bytes, which is not read again. */
  static final String SAME_BYTES = "the same bytes as the archived body; not read again";

  private final Config config;
  private final Database database;
  private final Fetcher fetcher;
  private final DocumentReader reader;
  private final EvidenceArchive archive;
  private final Clock clock;
  /**
   * Per document (URL), the SHA-256 of the body this process last read and stored, or found
   * unchanged (304, or the same bytes), since its last failure: a body with those bytes need not
   * be read again. Empty at the start, so the first poll of a process reads every document that
   * answers with a body (a new release may read it differently).
   */
  private final Map<String, String> readAsItIs = new ConcurrentHashMap<>();
  /**
   * Per document (URL), what a fetch made for this poll before it began gave (the one-shot poll's
   * {@link PollShortcut}, which asks with the stored validators): taken instead of asking the
   * server again, once.
   */
  private final Map<String, FetchOutcome> fetchedBefore = new ConcurrentHashMap<>();
  /**
   * Per document (URL), what its last reading made of each entry ({@link EntryMemo}): shared with
   * the plan's discovery, whose reading of a document the first poll takes as its own.
   */
  private final EntryMemos memos;
  /**
   * Per document (URL), how many posts this process read in the body with that SHA-256: what a
   * changed document is compared with ({@link #suspect}) without reading its archived body again.
   * A body's bytes give the same posts every time this code reads them, so the count holds as
   * long as the SHA-256 is the stored reading's.
   */
  private final Map<String, Counted> counted = new ConcurrentHashMap<>();

  private record Counted(String sha, int posts) {}

  /**
   * Per document (URL), the body this process last read or found the same, held softly (a small
   * heap that runs short takes it), with its SHA-256: a 200 with those very bytes is known by
   * comparing them as they arrive ({@link Fetcher#fetch(URI, Validators, Deadline, byte[])}), not
   * by hashing them again (the hash, in the daemon's C1-compiled code, was three quarters of an
   * unchanged 200's CPU), and costs no second array of the body's size.
   */
  private final Map<String, LastBody> lastBodies = new ConcurrentHashMap<>();

  private record LastBody(String sha, SoftReference<byte[]> bytes) {
    static LastBody of(String sha, byte[] bytes) {
      return new LastBody(sha, new SoftReference<>(bytes));
    }
  }

  /**
   * Hash and compress a changed body, the one beside the other, while the poll reads, merges and
   * sorts it ({@link #read}): in the daemon's C1-compiled code the SHA-256 alone takes 40 to 70 ms
   * at 5,000 posts (C2's instructions for it are not to be had there), longer than the reading,
   * and the gzip 10 to 15. The poll waits for both before it writes the rows that name the body
   * (and sooner only when the document may be {@link #suspect}). At most two daemon threads,
   * started when needed and each ended after a minute without work.
   */
  private final ThreadPoolExecutor evidenceThreads = evidenceThreads();

  private static ThreadPoolExecutor evidenceThreads() {
    AtomicInteger started = new AtomicInteger();
    // once closed (a poll still running while the daemon stops), the poll hashes and compresses
    // the body itself, the one after the other
    ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES,
        new LinkedBlockingQueue<>(), task -> {
          Thread thread = new Thread(task, "statuswacht-evidence-" + started.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        }, (task, closed) -> task.run());
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  /**
   * The SHA-256 of {@code body}, which the fetch compared with {@code held} (the document's last
   * body, or {@code null} when it had none to compare with), when it is known without hashing:
   * the last body's when the fetch handed that very array back, as it does for the same bytes.
   * {@code null} when the body differs from a held body that is the one last read as it is (see
   * {@link #readAsItIs}): it cannot be read as it is, and is hashed while it is read. Otherwise
   * hashed here.
   */
  private String knownSha256(URI url, byte[] body, byte[] held) {
    LastBody last = lastBodies.get(url.toString());
    if (held == null || last == null || last.bytes().get() != held) {
      return EvidenceArchive.sha256(body);
    }
    if (body == held) {
      return last.sha();
    }
    return last.sha().equals(readAsItIs.get(url.toString())) ? null
        : EvidenceArchive.sha256(body);
  }

  /** The document's last body, for the fetch to compare the response with; null when none is. */
  private byte[] heldBody(URI url) {
    LastBody last = lastBodies.get(url.toString());
    return last == null ? null : last.bytes().get();
  }

  /**
   * Holds {@code body} as the document's last body, unless it is held already (the fetch handed
   * the held array back): that array has lived through collections, and is not replaced.
   */
  private void keepBody(URI url, String sha, byte[] body) {
    if (heldBody(url) != body) {
      lastBodies.put(url.toString(), LastBody.of(sha, body));
    }
  }

  /** {@code memos}: the documents' entry memos, the same the plan's discovery reads with. */
  public Documents(Config config, Database database, Fetcher fetcher, DocumentReader reader,
      EntryMemos memos, EvidenceArchive archive, Clock clock) {
    this.memos = memos;
    this.config = config;
    this.database = database;
    this.fetcher = fetcher;
    this.reader = reader;
    this.archive = archive;
    this.clock = clock;
  }

  /**
   * One document of the plan: fetched and read anew ({@code document}, with the rows to record),
   * unchanged (its archived body is read again only when another document changed), or failed.
   * {@code hashed}: the SHA-256 of its body, once a body read anew is hashed and archived;
   * {@code before}: as stored before this poll ({@code null} when none was).
   */
  record Obtained(URI url, PostMerge.Document document, CompletableFuture<String> hashed,
      String before, String failure, String reason, Recorder recorder) {
    /**
     * The SHA-256 of its body; for a body read anew, once the evidence threads have hashed and
     * archived it (this waits for them, and throws what they threw).
     */
    String sha() {
      return hashed == null ? null : joined(hashed);
    }

    /** Its rows, in the poll's transaction: once the body is hashed and archived. */
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

  /**
   * Hands over what fetches made for the next poll before it began gave ({@link PollShortcut}:
   * conditional GETs with the stored validators that could not end the poll by themselves), so
   * that the server is not asked twice.
   */
  void fetchedBefore(Map<URI, FetchOutcome> outcomes) {
    fetchedBefore.clear();
    outcomes.forEach((url, outcome) -> fetchedBefore.put(url.toString(), outcome));
  }

  /**
   * Fetches one document of the plan with a conditional GET and reads it: archived and read anew
   * when it changed (its rows recorded only when the poll applies), its archived body named when
   * it did not, or the reason the poll fails. {@code discovered}, when not {@code null}, is the
   * document as discovery fetched and read it in this poll: for a document with no stored body
   * (whose fetch would send no validators) it is this poll's fetch and reading, so that the
   * document is not fetched and read twice. {@code known}, when not {@code null}, is its HTTP
   * state as this poll read it with the plan; else it is read here.
   */
  Obtained obtain(URI url, Deadline deadline, Discovery.Read discovered, HttpState known) {
    Instant started = clock.instant();
    HttpState state = known != null ? known
        : database.inTransaction(c -> FetchRepository.httpState(c, url.toString()));
    boolean archived = state.evidenceSha() != null;
    if (state.retryNotBefore() != null && started.isBefore(state.retryNotBefore())) {
      // the page is not read: a failed poll, which the operator hears of like any other
      readAsItIs.remove(url.toString());
      return failed("fetch: " + url + ": rate limited: not asked again before "
          + state.retryNotBefore() + ", as the server asked", PollResult.Failed.OTHER);
    }
    Validators validators = archived
        ? new Validators(state.etag(), state.lastModified()) : Validators.NONE;
    boolean handedOver = discovered != null && !archived;
    FetchOutcome before = fetchedBefore.remove(url.toString());
    byte[] held = handedOver || before != null ? null : heldBody(url);
    FetchOutcome outcome = handedOver ? discovered.fetched()
        : before != null ? before : fetcher.fetch(url, validators, deadline, held);
    long elapsed = outcome.elapsed().toMillis();
    if (outcome instanceof FetchOutcome.Fetched fetched) {
      String sha = knownSha256(url, fetched.body(), held);
      // from here on the last body is held only softly, as before the fetch: a heap too small
      // for two bodies and the reading takes it (at -Xmx32m, 5,000 posts: an OutOfMemoryError
      // while the new body was read, with this reference kept)
      held = null;
      if (sha != null && archived && sha.equals(state.evidenceSha())
          && sha.equals(readAsItIs.get(url.toString()))) {
        return identical(url, fetched, sha, started, state);
      }
      readAsItIs.remove(url.toString());
      return read(url, fetched, sha, started, state, handedOver ? discovered.reading() : null);
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
      readAsItIs.put(url.toString(), state.evidenceSha());
      return unchanged(url, kept);
    }
    readAsItIs.remove(url.toString());
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
      return failed("fetch: " + url + ": rate limited: " + detail, PollResult.Failed.of(limited));
    }
    String detail = outcome instanceof FetchOutcome.Failed failed
        ? "fetch: " + failed.kind() + ": " + failed.detail()
        : "fetch: " + url + ": 304 although no validators were sent";
    Integer status = outcome instanceof FetchOutcome.Failed failed && failed.status() != 0
        ? failed.status() : null;
    logFetch(url, started, elapsed, "failed", status, detail, null, null);
    return failed(detail, PollResult.Failed.of(outcome));
  }

  /**
   * A 200 whose body is byte for byte the one the stored reading was made of (the same SHA-256
   * as the archived body, and this process read it or found it unchanged since the document last
   * failed): nothing in it can be news, so it is not read, merged or stored, as after a 304. Its
   * validators replace the stored ones; the fetch is logged as {@code fetched} with {@value
   * #SAME_BYTES} and no count of posts; a blob missing from the archive is stored again.
   */
  private Obtained identical(URI url, FetchOutcome.Fetched fetched, String sha, Instant started,
      HttpState state) {
    archive.archive(url, started, fetched.body(), sha);
    keepBody(url, sha, fetched.body());
    Validators given = fetched.validators();
    HttpState kept = new HttpState(given.etag(), given.lastModified(), null, sha);
    database.inTransaction(c -> {
      if (!kept.equals(state)) {
        FetchRepository.saveHttpState(c, url.toString(), kept);
      }
      logFetch(c, url, started, fetched.elapsed().toMillis(), "fetched", fetched.status(),
          SAME_BYTES, sha, null);
      return null;
    });
    return unchanged(url, kept);
  }

  /**
   * A document fetched with a body, archived and read ({@code given}: as discovery read it, or
   * {@code null} to read it now). The body is hashed (when {@code sha} is {@code null}) and
   * compressed on the evidence threads while it is read here and merged and sorted by the poll;
   * it is not compressed again when {@code sha} is known and archived already.
   */
  private Obtained read(URI url, FetchOutcome.Fetched fetched, String sha, Instant started,
      HttpState state, DocumentReader.Reading given) {
    long elapsed = fetched.elapsed().toMillis();
    byte[] bytes = fetched.body();
    CompletableFuture<Evidence> archiving = archiving(url, started, bytes, sha);
    EntryMemo memo = memo(url);
    DocumentReader.Reading reading;
    try {
      reading = given != null ? given : reader.read(
          new SourceDocument(bytes, fetched.contentType(), url.toString()), memo);
    } catch (RuntimeException | Error e) {
      // the body is archived all the same, as when it was archived before it was read
      try {
        joined(archiving);
      } catch (RuntimeException | Error archiveFailure) {
        e.addSuppressed(archiveFailure);
      }
      throw e;
    }
    if (log.isDebugEnabled()) {
      log.debug("poll read url={} memo_entries={} reused={} read_by={}", url, memo.size(),
          memo.reused(), given != null ? "discovery" : "poll");
    }
    if (reading.outcome() instanceof ReadOutcome.Refused refused) {
      Evidence evidence = joined(archiving);
      database.inTransaction(c -> {
        FetchRepository.recordEvidence(c, evidence.sha256(), url.toString(), started,
            fetched.contentType(), evidence.size());
        logFetch(c, url, started, elapsed, "failed", fetched.status(), refused.reason(),
            evidence.sha256(), null);
        return null;
      });
      return failed(refused.reason(), PollResult.Failed.UNREADABLE);
    }
    ReadOutcome.Posts read = (ReadOutcome.Posts) reading.outcome();
    List<Post> posts = read.posts();
    // what the reader noted of a body not read before is logged once its SHA-256 tells so, on
    // the evidence thread if the poll does not wait for it (it fails before it writes)
    CompletableFuture<Evidence> archived = archiving.thenApply(evidence -> {
      if (!evidence.sha256().equals(state.evidenceSha())) {
        read.notes().forEach(note -> log.warn("read {}", note));
      }
      return evidence;
    });
    if (state.evidenceSha() != null && maySuspect(url, state, posts.size())) {
      Evidence evidence = joined(archived);
      if (!state.evidenceSha().equals(evidence.sha256())) {
        Optional<Obtained> setAside = suspect(url, state, posts.size(), fetched, evidence, started);
        if (setAside.isPresent()) {
          return setAside.get();
        }
      }
    }
    Validators validators = fetched.validators();
    // what the rows need of the response, not the response: its body is kept only softly
    String contentType = fetched.contentType();
    int status = fetched.status();
    SoftReference<byte[]> body = new SoftReference<>(fetched.body());
    Recorder recorder = c -> {
      Evidence evidence = joined(archived);
      FetchRepository.recordEvidence(c, evidence.sha256(), url.toString(), started,
          contentType, evidence.size());
      FetchRepository.saveHttpState(c, url.toString(), new HttpState(validators.etag(),
          validators.lastModified(), null, evidence.sha256()));
      logFetch(c, url, started, elapsed, "fetched", status, null, evidence.sha256(),
          posts.size());
      readAsItIs.put(url.toString(), evidence.sha256());
      counted.put(url.toString(), new Counted(evidence.sha256(), posts.size()));
      lastBodies.put(url.toString(), new LastBody(evidence.sha256(), body));
    };
    return new Obtained(url, new PostMerge.Document(url.toString(), reading.kind(), posts),
        archived.thenApply(Evidence::sha256), state.evidenceSha(), null, null, recorder);
  }

  /**
   * {@code body} archived: hashed (unless {@code sha} is known) and compressed on the evidence
   * threads, the one beside the other, and stored once both are done; the blob already there
   * when {@code sha} is known and archived.
   */
  private CompletableFuture<Evidence> archiving(URI url, Instant started, byte[] body,
      String sha) {
    int size = body.length;
    if (sha != null) {
      Evidence stored = archive.existing(sha, size);
      if (stored != null) {
        return CompletableFuture.completedFuture(stored);
      }
    }
    CompletableFuture<String> hashing = sha != null ? CompletableFuture.completedFuture(sha)
        : CompletableFuture.supplyAsync(() -> EvidenceArchive.sha256(body), evidenceThreads);
    return hashing.thenCombine(
        CompletableFuture.supplyAsync(() -> EvidenceArchive.compress(body), evidenceThreads),
        (hash, compressed) -> archive.store(url, started, hash, compressed, size));
  }

  /**
   * Whether a document read anew with {@code now} posts may be {@link #suspect}: not when this
   * process counted the posts of its stored body and they were fewer than {@value
   * #SUSPECT_MIN_POSTS} or {@code now} is not under half of them (which is all {@link #suspect}
   * asks then). Asked before the new body's SHA-256 is known, so that a poll waits for it here
   * only when the answer may be yes.
   */
  private boolean maySuspect(URI url, HttpState state, int now) {
    Integer had = countedStored(url, state);
    return had == null || lostMost(had, now);
  }

  /** How many posts this process read in the document's stored body; null when it did not. */
  private Integer countedStored(URI url, HttpState state) {
    Counted known = counted.get(url.toString());
    return known != null && known.sha().equals(state.evidenceSha()) ? known.posts() : null;
  }

  /** Whether a document that had {@code had} posts and shows {@code now} lost most of them. */
  private static boolean lostMost(int had, int now) {
    return had >= SUSPECT_MIN_POSTS && now * 2 < had;
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
    Integer known = countedStored(url, state);
    int had = known != null ? known
        : archived(url, state.evidenceSha()).map(d -> d.posts().size()).orElse(0);
    if (!lostMost(had, now)) {
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
  Optional<PostMerge.Document> archived(URI url, String sha) {
    try {
      byte[] body = archive.read(sha);
      DocumentReader.Reading reading =
          reader.read(new SourceDocument(body, null, url.toString()), memo(url));
      if (reading.outcome() instanceof ReadOutcome.Posts posts) {
        counted.put(url.toString(), new Counted(sha, posts.posts().size()));
        return Optional.of(new PostMerge.Document(url.toString(), reading.kind(), posts.posts()));
      }
    } catch (RuntimeException e) {
      log.warn("poll: cannot read archived body {} of {}: {}", sha, url, e.getMessage());
    }
    readAsItIs.remove(url.toString());
    database.inTransaction(c -> {
      FetchRepository.saveHttpState(c, url.toString(), HttpState.NONE);
      return null;
    });
    return Optional.empty();
  }

  /**
   * What the evidence threads made of a body (its SHA-256, its archived blob), once they have; what
   * they threw is thrown here, as if the poll had hashed and archived the body itself.
   */
  private static <T> T joined(CompletableFuture<T> evidence) {
    try {
      return evidence.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException thrown) {
        throw thrown;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * Ends the evidence threads once what they were given is done, and waits a little for that: a
   * poll waits for their work before it returns, but one that threw may have left some (a
   * command that exits with it would leave a half-written blob's temporary file).
   */
  void close() {
    evidenceThreads.shutdown();
    try {
      if (!evidenceThreads.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("poll: the evidence threads did not end within {}; a body may not be archived",
            CLOSE_WAIT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How long {@link #close} waits for the evidence threads. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

  /**
   * Waits for the evidence of each document obtained that was read anew, before a poll that
   * failed after obtaining them returns: each body is then archived, and what archiving one threw
   * is thrown here, as when the poll archived a body before it went on.
   */
  static void settle(List<Obtained> obtained) {
    for (Obtained each : obtained) {
      each.sha();
    }
  }

  /** Forgets what it keeps about documents that are not among {@code plan}'s any more. */
  void keepOnly(List<URI> plan) {
    java.util.Set<String> urls = new java.util.HashSet<>();
    plan.forEach(url -> urls.add(url.toString()));
    memos.keepOnly(urls);
    readAsItIs.keySet().retainAll(urls);
    counted.keySet().retainAll(urls);
    lastBodies.keySet().retainAll(urls);
  }

  private EntryMemo memo(URI url) {
    return memos.of(url.toString());
  }

  private static Obtained unchanged(URI url, HttpState state) {
    return new Obtained(url, null, CompletableFuture.completedFuture(state.evidenceSha()),
        state.evidenceSha(), null, null, null);
  }

  /** A document that could not be had: why, and that in a word ({@link PollResult.Failed}). */
  private static Obtained failed(String detail, String reason) {
    return new Obtained(null, null, null, null, detail, reason, null);
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

  private String source() {
    return config.source().toString();
  }
}
