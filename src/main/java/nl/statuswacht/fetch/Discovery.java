package nl.statuswacht.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import nl.statuswacht.model.Post;
import nl.statuswacht.read.DocumentReader;
import nl.statuswacht.read.EntryMemos;
import nl.statuswacht.read.PageLinks;
import nl.statuswacht.read.PostMerge;
import nl.statuswacht.read.ReadOutcome;
import nl.statuswacht.read.SourceDocument;

/**
 * Finds out what a status page offers: the feeds its HTML links with {@code <link
 * rel="alternate">}, then the paths status-page products commonly serve, and the page itself. Every
 * candidate is fetched and read; the plan is the richest combination that reads: the feed with the
 * most timelines, the Statuspage JSON API beside it (structured fields), and the HTML page only
 * when neither is there.
 *
 * <p>The page comes first (its links are candidates); the other candidates are probed {@value
 * #PARALLEL_PROBES} at a time. Under a {@link Deadline} a probe not done when it runs out is
 * skipped: cut off, or never sent; the plan is made of what was read by then.
 */
public final class Discovery {
  /**
   * Paths tried after the page's own alternate links: below the page's own path first (a page at
   * {@code https://host/status/} is tried at {@code /status/history.atom}), then at the host's
   * root.
   */
  public static final List<String> KNOWN_PATHS = List.of(
      "/history.atom", "/history.rss", "/feed.rss", "/feed.atom", "/rss", "/atom",
      "/api/v2/incidents.json", "/api/v2/scheduled-maintenances.json", "/api/v2/summary.json",
      "/index.json", "/summary.json");

  /** Probes at most this many candidates at once, so as not to flood the server. */
  static final int PARALLEL_PROBES = 4;

  /** How long past the deadline a probe's reading may take before it is given up. */
  private static final Duration READING_GRACE = Duration.ofSeconds(1);

  private final Fetcher fetcher;
  private final DocumentReader reader;
  private final EntryMemos memos;

  /** A discovery that keeps nothing of what it reads ({@code statuswacht discover}). */
  public Discovery(Fetcher fetcher, DocumentReader reader) {
    this(fetcher, reader, null);
  }

  /**
   * A discovery that reads each candidate with its memo among {@code memos} (see {@link
   * EntryMemos}), for the polls that take its readings as theirs; {@code null}: none.
   */
  public Discovery(Fetcher fetcher, DocumentReader reader, EntryMemos memos) {
    this.fetcher = fetcher;
    this.reader = reader;
    this.memos = memos;
  }

  /**
   * One candidate and what it gave.
   *
   * @param readable whether it was fetched and read
   * @param note what was found ("atom_1.0: 20 posts, 20 with a timeline") or why not
   * @param skipped whether it was not done when the deadline ran out (so not readable)
   * @param unfetched the outcome of its fetch when that gave no body (a failure, a rate limit),
   *     else null
   */
  public record Probe(URI url, PostMerge.Kind kind, boolean readable, int posts,
      int withTimeline, String note, boolean skipped, FetchOutcome unfetched) {}

  /**
   * A document of the plan as discovery fetched (without validators) and read it: the poll that
   * follows takes it as its own fetch of that document, instead of fetching and reading it again.
   */
  public record Read(FetchOutcome.Fetched fetched, DocumentReader.Reading reading) {}

  /**
   * Every probe, the documents to poll (empty when nothing could be read), and each of those as
   * it was fetched and read.
   */
  public record Result(URI page, List<Probe> probes, List<URI> plan, Map<URI, Read> read) {
    public Result {
      probes = List.copyOf(probes);
      plan = List.copyOf(plan);
      read = Map.copyOf(read);
    }

    public boolean found() {
      return !plan.isEmpty();
    }

    /** The candidates the deadline left unprobed or cut off, in the order they were tried. */
    public List<URI> skipped() {
      return probes.stream().filter(Probe::skipped).map(Probe::url).toList();
    }
  }

  /** Discovers what {@code page} offers, bounded only by the HTTP timeouts. */
  public Result discover(URI page) {
    return discover(page, Deadline.none());
  }

  /** Discovers what {@code page} offers by {@code deadline}; what it cuts off is skipped. */
  public Result discover(URI page, Deadline deadline) {
    List<Fetched> fetched = new ArrayList<>();
    Fetched first = fetch(page, deadline);
    fetched.add(first);
    if (first.probe().readable() && first.probe().kind() != PostMerge.Kind.PAGE) {
      return result(page, fetched, List.of(page));
    }
    Set<URI> candidates = new LinkedHashSet<>();
    first.document().ifPresent(doc -> candidates.addAll(PageLinks.alternates(doc)));
    candidates.addAll(knownLocations(page));
    candidates.remove(page);
    fetched.addAll(probe(List.copyOf(candidates), deadline));
    List<Probe> probes = fetched.stream().map(Fetched::probe).toList();
    return result(page, fetched, plan(page, probes));
  }

  /** The result: every probe, the plan, and the plan's documents as they were read. */
  private static Result result(URI page, List<Fetched> fetched, List<URI> plan) {
    Map<URI, Read> read = new HashMap<>();
    for (Fetched f : fetched) {
      if (plan.contains(f.probe().url()) && f.read() != null) {
        read.put(f.probe().url(), f.read());
      }
    }
    return new Result(page, fetched.stream().map(Fetched::probe).toList(), plan, read);
  }

  /**
   * Where the {@link #KNOWN_PATHS} are looked for: under the page's own directory first (for
   * {@code https://host/status/} or {@code https://host/status}: {@code /status/history.atom} …
   * {@code /status/api/v2/incidents.json}), then at the root of the host.
   */
  static List<URI> knownLocations(URI page) {
    Set<URI> locations = new LinkedHashSet<>();
    String base = baseDirectory(page.getRawPath());
    if (!base.equals("/")) {
      KNOWN_PATHS.forEach(path -> locations.add(page.resolve(base + path.substring(1))));
    }
    KNOWN_PATHS.forEach(path -> locations.add(page.resolve(path)));
    return List.copyOf(locations);
  }

  /**
   * The directory a page stands for: {@code /status/} for {@code /status/}, {@code /status} and
   * {@code /status/index.html}; {@code /} for the root.
   */
  private static String baseDirectory(String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return "/";
    }
    if (path.endsWith("/")) {
      return path;
    }
    int slash = path.lastIndexOf('/');
    String last = path.substring(slash + 1);
    return last.contains(".") ? path.substring(0, slash + 1) : path + "/";
  }

  /**
   * Probes {@code candidates}, {@value #PARALLEL_PROBES} at a time, in their order; the result
   * is in their order too. A probe not begun by the deadline is not sent; one not done by then
   * is cut off (the fetch ends there) and skipped.
   */
  private List<Fetched> probe(List<URI> candidates, Deadline deadline) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.min(PARALLEL_PROBES, candidates.size()), task -> {
          Thread thread = new Thread(task, "discovery-probe-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    try {
      List<Future<Fetched>> running = new ArrayList<>();
      for (URI candidate : candidates) {
        running.add(pool.submit(() -> deadline.passed() ? skipped(candidate, deadline)
            : fetch(candidate, deadline)));
      }
      List<Fetched> probes = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        probes.add(await(running.get(i), candidates.get(i), deadline));
      }
      return probes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A probe's result, or a skipped probe when it is not done by the deadline (and a grace). */
  private static Fetched await(Future<Fetched> probe, URI url, Deadline deadline) {
    try {
      Duration wait = deadline.remaining().plus(READING_GRACE);
      return probe.get(Math.min(wait.toMillis(), Long.MAX_VALUE / 2), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      probe.cancel(true);
      return skipped(url, deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      probe.cancel(true);
      return skipped(url, deadline);
    } catch (ExecutionException e) {
      throw new IllegalStateException("discovery: probing " + url + " failed", e.getCause());
    }
  }

  private static Fetched skipped(URI url, Deadline deadline) {
    return new Fetched(new Probe(url, null, false, 0, 0, "skipped: " + deadline + " ran out",
        true, null), Optional.empty(), null);
  }

  /** The richest combination of what read: best feed + JSON API, else the page. */
  static List<URI> plan(URI page, List<Probe> probes) {
    List<URI> plan = new ArrayList<>();
    probes.stream()
        .filter(p -> p.readable() && p.kind() == PostMerge.Kind.FEED)
        .max(Comparator.comparingInt(Probe::withTimeline).thenComparingInt(Probe::posts)
            .thenComparing(p -> -probes.indexOf(p)))
        .ifPresent(feed -> plan.add(feed.url()));
    Optional<Probe> incidents = readable(probes, "/api/v2/incidents.json");
    if (incidents.isPresent()) {
      URI api = incidents.get().url();
      plan.add(api);
      URI maintenances = api.resolve("scheduled-maintenances.json");
      probes.stream()
          .filter(p -> p.readable() && p.kind() == PostMerge.Kind.API
              && p.url().equals(maintenances))
          .findFirst()
          .ifPresent(p -> plan.add(p.url()));
    } else {
      probes.stream()
          .filter(p -> p.readable() && p.kind() == PostMerge.Kind.API)
          .findFirst()
          .ifPresent(api -> plan.add(api.url()));
    }
    if (plan.isEmpty()) {
      probes.stream()
          .filter(p -> p.readable() && p.kind() == PostMerge.Kind.PAGE && p.url().equals(page))
          .findFirst()
          .ifPresent(p -> plan.add(p.url()));
    }
    return plan;
  }

  private static Optional<Probe> readable(List<Probe> probes, String path) {
    return probes.stream()
        .filter(p -> p.readable() && p.kind() == PostMerge.Kind.API
            && p.url().getPath() != null && p.url().getPath().endsWith(path))
        .findFirst();
  }

  /** One candidate: its probe, the document when one was fetched, and what reading it gave. */
  private record Fetched(Probe probe, Optional<SourceDocument> document, Read read) {}

  private Fetched fetch(URI url, Deadline deadline) {
    FetchOutcome outcome = fetcher.fetch(url, Validators.NONE, deadline);
    if (outcome instanceof FetchOutcome.Failed failed
        && failed.kind() == FetchOutcome.Kind.OUT_OF_BUDGET) {
      return new Fetched(new Probe(url, null, false, 0, 0, "skipped: " + failed.detail(), true,
          failed), Optional.empty(), null);
    }
    if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
      return new Fetched(new Probe(url, null, false, 0, 0, describe(outcome), false, outcome),
          Optional.empty(), null);
    }
    SourceDocument doc = new SourceDocument(fetched.body(), fetched.contentType(), url.toString());
    DocumentReader.Reading reading =
        reader.read(doc, memos == null ? null : memos.of(url.toString()));
    if (reading.outcome() instanceof ReadOutcome.Posts posts) {
      int withTimeline = (int) posts.posts().stream().map(Post::updates)
          .filter(u -> !u.isEmpty()).count();
      String note = posts.format() + ": " + posts.posts().size() + " posts, " + withTimeline
          + " with a timeline";
      return new Fetched(new Probe(url, reading.kind(), true, posts.posts().size(), withTimeline,
          note, false, null), Optional.of(doc), new Read(fetched, reading));
    }
    return new Fetched(new Probe(url, reading.kind(), false, 0, 0,
        ((ReadOutcome.Refused) reading.outcome()).reason(), false, null), Optional.of(doc),
        null);
  }

  private static String describe(FetchOutcome outcome) {
    if (outcome instanceof FetchOutcome.Failed failed) {
      return failed.kind() + ": " + failed.detail();
    }
    if (outcome instanceof FetchOutcome.RateLimited limited) {
      return limited.status() + ": rate limited until " + limited.retryAt();
    }
    return outcome.getClass().getSimpleName();
  }
}
