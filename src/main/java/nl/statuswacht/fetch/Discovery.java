package nl.statuswacht.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.statuswacht.model.Post;
import nl.statuswacht.read.DocumentReader;
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
 */
public final class Discovery {
  /** Paths tried below the page's host, after the page's own alternate links. */
  public static final List<String> KNOWN_PATHS = List.of(
      "/history.atom", "/history.rss", "/feed.rss", "/feed.atom", "/rss", "/atom",
      "/api/v2/incidents.json", "/api/v2/scheduled-maintenances.json", "/api/v2/summary.json",
      "/index.json", "/summary.json");

  private final Fetcher fetcher;
  private final DocumentReader reader;

  public Discovery(Fetcher fetcher, DocumentReader reader) {
    this.fetcher = fetcher;
    this.reader = reader;
  }

  /**
   * One candidate and what it gave.
   *
   * @param readable whether it was fetched and read
   * @param note what was found ("atom_1.0: 20 posts, 20 with a timeline") or why not
   */
  public record Probe(URI url, PostMerge.Kind kind, boolean readable, int posts,
      int withTimeline, String note) {}

  /** Every probe, and the documents to poll (empty when nothing could be read). */
  public record Result(URI page, List<Probe> probes, List<URI> plan) {
    public Result {
      probes = List.copyOf(probes);
      plan = List.copyOf(plan);
    }

    public boolean found() {
      return !plan.isEmpty();
    }
  }

  public Result discover(URI page) {
    List<Probe> probes = new ArrayList<>();
    Fetched first = fetch(page);
    probes.add(first.probe());
    if (first.probe().readable() && first.probe().kind() != PostMerge.Kind.PAGE) {
      return new Result(page, probes, List.of(page));
    }
    Set<URI> candidates = new LinkedHashSet<>();
    first.document().ifPresent(doc -> candidates.addAll(PageLinks.alternates(doc)));
    KNOWN_PATHS.forEach(path -> candidates.add(page.resolve(path)));
    candidates.remove(page);
    for (URI candidate : candidates) {
      probes.add(fetch(candidate).probe());
    }
    return new Result(page, probes, plan(page, probes));
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
      plan.add(incidents.get().url());
      readable(probes, "/api/v2/scheduled-maintenances.json").ifPresent(p -> plan.add(p.url()));
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

  private record Fetched(Probe probe, Optional<SourceDocument> document) {}

  private Fetched fetch(URI url) {
    FetchOutcome outcome = fetcher.fetch(url, Validators.NONE);
    if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
      return new Fetched(new Probe(url, null, false, 0, 0, describe(outcome)), Optional.empty());
    }
    SourceDocument doc = new SourceDocument(fetched.body(), fetched.contentType(), url.toString());
    DocumentReader.Reading reading = reader.read(doc);
    if (reading.outcome() instanceof ReadOutcome.Posts posts) {
      int withTimeline = (int) posts.posts().stream().map(Post::updates)
          .filter(u -> !u.isEmpty()).count();
      String note = posts.format() + ": " + posts.posts().size() + " posts, " + withTimeline
          + " with a timeline";
      return new Fetched(new Probe(url, reading.kind(), true, posts.posts().size(), withTimeline,
          note), Optional.of(doc));
    }
    return new Fetched(new Probe(url, reading.kind(), false, 0, 0,
        ((ReadOutcome.Refused) reading.outcome()).reason()), Optional.of(doc));
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
