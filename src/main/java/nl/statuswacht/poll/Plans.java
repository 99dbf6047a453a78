package nl.statuswacht.poll;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.statuswacht.config.Config;
import nl.statuswacht.fetch.Deadline;
import nl.statuswacht.fetch.Discovery;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.store.FetchRepository.HttpState;
import nl.statuswacht.store.HealthRepository;
import nl.statuswacht.store.SourceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first step of a poll: which documents of the status page to read (the plan), kept in the
 * store and discovered anew daily and after repeated failures.
 */
public final class Plans {
  /** Logged as the poll: one logger for everything a poll does. */
  private static final Logger log = LoggerFactory.getLogger(PollCycle.class);
  /** A plan is discovered anew after this long. */
  public static final Duration PLAN_LIFETIME = Duration.ofDays(1);
  /** A plan is discovered anew after this many failed polls in a row. */
  static final int FAILURES_BEFORE_REDISCOVERY = 3;

  private final Config config;
  private final Database database;
  private final Discovery discovery;

  public Plans(Config config, Database database, Discovery discovery) {
    this.config = config;
    this.database = database;
    this.discovery = discovery;
  }

  /**
   * The stored plan, or a new one when it is missing, a day old, or has just failed {@value
   * #FAILURES_BEFORE_REDISCOVERY} polls in a row (again every so many while it keeps failing).
   * While the server has asked us to leave a document of the plan alone (Retry-After), the plan
   * is kept: discovery would ask that server a dozen times. Discovery gets at most half of the
   * poll's budget, so that the documents it finds can be fetched in the same poll; what it had
   * no time for is logged.
   */
  Plan plan(Instant now, Deadline deadline) {
    // what decides whether the stored plan holds, read in one transaction with the HTTP state of
    // its documents: most polls read nothing else before the fetch
    Standing standing = database.inTransaction(c -> {
      Optional<SourceRepository.Plan> plan = SourceRepository.plan(c, source());
      Map<URI, HttpState> states = new LinkedHashMap<>();
      for (URI url : plan.map(SourceRepository.Plan::urls).orElse(List.of())) {
        states.put(url, FetchRepository.httpState(c, url.toString()));
      }
      return new Standing(plan, HealthRepository.health(c, source()).failures(),
          waiting(states.values(), now), states);
    });
    Optional<SourceRepository.Plan> stored = standing.stored();
    int failures = standing.failures();
    boolean failing = failures > 0 && failures % FAILURES_BEFORE_REDISCOVERY == 0;
    if (stored.isPresent() && (standing.waiting()
        || stored.get().discoveredAt().plus(PLAN_LIFETIME).isAfter(now) && !failing)) {
      return new Plan(stored.get().urls(), false, null, null, Map.of(), standing.states());
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
      return new Plan(stored.map(SourceRepository.Plan::urls).orElse(List.of()), false, tried,
          reason(found.probes().get(0)), Map.of(), Map.of());
    }
    boolean changed = stored.isPresent() && !stored.get().urls().equals(found.plan());
    database.inTransaction(c -> {
      SourceRepository.savePlan(c, source(), found.plan(), now);
      return null;
    });
    return new Plan(found.plan(), changed, null, null, found.read(), Map.of());
  }

  /**
   * Why discovery found nothing, in a word ({@link PollResult.Failed}), by the status page's own
   * probe: the page could not be fetched (why), or it could but neither it nor the documents it
   * led to could be read.
   */
  private static String reason(Discovery.Probe page) {
    if (page.unfetched() != null) {
      return PollResult.Failed.of(page.unfetched());
    }
    return page.skipped() ? PollResult.Failed.TIMEOUT : PollResult.Failed.UNREADABLE;
  }

  /**
   * The stored plan (if any), the failed polls in a row, whether the server asked us not to
   * fetch one of the plan's documents again before a later time, and the HTTP state of each of
   * its documents.
   */
  private record Standing(Optional<SourceRepository.Plan> stored, int failures,
      boolean waiting, Map<URI, HttpState> states) {}

  /** Whether one of these states says not to fetch its document again before a later time. */
  private static boolean waiting(Collection<HttpState> states, Instant now) {
    for (HttpState state : states) {
      Instant notBefore = state.retryNotBefore();
      if (notBefore != null && now.isBefore(notBefore)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The documents to read, whether they differ from the last plan's, what discovery tried when
   * it found nothing and why in a word ({@link PollResult.Failed#reason}), the documents as
   * discovery fetched and read them when it just made the plan (else none), and the HTTP state of
   * each document as read with a stored plan (else none), which the fetch need not read again.
   */
  record Plan(List<URI> urls, boolean changed, String problem, String reason,
      Map<URI, Discovery.Read> discovered, Map<URI, HttpState> states) {
    String describe() {
      return String.join(" + ", urls.stream().map(URI::toString).toList());
    }
  }

  private String source() {
    return config.source().toString();
  }
}
