package nl.statuswacht.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import nl.statuswacht.notify.MailSender;
import nl.statuswacht.notify.OutgoingMail;
import nl.statuswacht.notify.SendResult;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.PostRepository;
import nl.statuswacht.store.WebQueries;

/**
 * The daemon's metrics in Prometheus's text format (Micrometer): polls by outcome, fetch failures
 * by reason, posts by category, open incidents, outbox depth and dead letters, send latency, and
 * the seconds since the last successful poll. Counters count from the start of the process; the
 * gauges are read from the database at each scrape.
 */
public final class Metrics {
  /** {@code null} when {@link #off}. */
  private final PrometheusMeterRegistry registry;
  private final Clock clock;
  private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
  private final AtomicLong openIncidents = new AtomicLong();
  private final AtomicLong outboxDepth = new AtomicLong();
  private final AtomicLong deadLetters = new AtomicLong();
  private final Map<String, AtomicLong> byCategory = new ConcurrentHashMap<>();
  private final Timer sendLatency;
  /** The polls' counters by outcome, registered once: no meter looked up by name a poll. */
  private final Map<String, Counter> polls;

  public Metrics(Clock clock) {
    this(clock, true);
  }

  /**
   * Metrics that count nothing, for the one-shot commands: they serve no {@code /metrics}, and
   * Micrometer's registry is a few hundred classes to load at every start.
   */
  public static Metrics off(Clock clock) {
    return new Metrics(clock, false);
  }

  private Metrics(Clock clock, boolean on) {
    this.clock = clock;
    if (!on) {
      registry = null;
      sendLatency = null;
      polls = Map.of();
      return;
    }
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Gauge.builder("statuswacht_open_incidents", openIncidents, AtomicLong::get)
        .description("Incidents that are not resolved").register(registry);
    Gauge.builder("statuswacht_outbox_depth", outboxDepth, AtomicLong::get)
        .description("Mails waiting to be sent (PENDING or SENDING)").register(registry);
    Gauge.builder("statuswacht_outbox_dead_letters", deadLetters, AtomicLong::get)
        .description("Mails given up on").register(registry);
    Gauge.builder("statuswacht_seconds_since_last_successful_poll", this,
            Metrics::secondsSinceSuccess)
        .description("Seconds since the last poll that read the page (NaN before the first)")
        .register(registry);
    sendLatency = Timer.builder("statuswacht_mail_send").description("Time to hand a mail over")
        .register(registry);
    // polls and failures appear with 0 before the first poll
    Map<String, Counter> counters = new HashMap<>();
    for (String outcome : new String[] {"fetched", "not_modified", "failed"}) {
      counters.put(outcome, Counter.builder("statuswacht_polls").tag("outcome", outcome)
          .description("Polls by outcome").register(registry));
    }
    polls = Map.copyOf(counters);
  }

  private double secondsSinceSuccess() {
    Instant last = lastSuccess.get();
    return last == null ? Double.NaN
        : Duration.between(last, clock.instant()).toMillis() / 1000.0;
  }

  /** Counts a poll; a failed one also by its reason ({@link PollResult.Failed#reason}). */
  public void polled(PollResult result) {
    if (registry == null) {
      if (!result.failed()) {
        lastSuccess.set(clock.instant());
      }
      return;
    }
    Counter counter = polls.get(result.outcome());
    (counter != null ? counter : registry.counter("statuswacht_polls", "outcome",
        result.outcome())).increment();
    if (result.failed()) {
      registry.counter("statuswacht_fetch_failures", "reason",
          ((PollResult.Failed) result).reason()).increment();
    } else {
      lastSuccess.set(clock.instant());
    }
  }

  /** The last successful poll this process saw, or {@code null}. */
  public Instant lastSuccess() {
    return lastSuccess.get();
  }

  /** {@code sender}, timing each hand-over. */
  public MailSender timed(MailSender sender) {
    if (registry == null) {
      return sender;
    }
    return new MailSender() {
      @Override
      public SendResult send(OutgoingMail mail) {
        return sendLatency.record(() -> sender.send(mail));
      }

      @Override
      public String transport() {
        return sender.transport();
      }

      @Override
      public Batch batch() {
        Batch batch = sender.batch();
        return new Batch() {
          @Override
          public SendResult send(OutgoingMail mail) {
            return sendLatency.record(() -> batch.send(mail));
          }

          @Override
          public boolean unreachable() {
            return batch.unreachable();
          }

          @Override
          public void close() {
            batch.close();
          }
        };
      }
    };
  }

  /** The registry's text, after reading the gauges from {@code database}. */
  public String scrape(Database database, String source) {
    if (registry == null) {
      throw new IllegalStateException("metrics: off in a one-shot command");
    }
    database.inTransaction(c -> {
      WebQueries.OutboxState outbox = WebQueries.outbox(c);
      outboxDepth.set(outbox.pending());
      deadLetters.set(outbox.dead());
      openIncidents.set(PostRepository.openIncidents(c, source).size());
      Map<String, Integer> counts = WebQueries.postsByCategory(c);
      counts.forEach((category, n) -> byCategory.computeIfAbsent(category, k -> {
        AtomicLong value = new AtomicLong();
        Gauge.builder("statuswacht_posts", value, AtomicLong::get).tag("category", k)
            .description("Posts by their current category").register(registry);
        return value;
      }).set(n));
      byCategory.forEach((category, value) -> {
        if (!counts.containsKey(category)) {
          value.set(0);
        }
      });
      return null;
    });
    return registry.scrape();
  }
}
