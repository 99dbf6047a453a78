package nl.statuswacht.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.notify.OutboxDispatcher;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.SubscriberRepository;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.SmtpProxy;
import nl.statuswacht.testing.SmtpSink;
import nl.statuswacht.testing.StatusSite;

/**
 * The mail side of issue 17, measured with the real daemon's parts (not JMH: what is timed spans
 * the status page, the database file and a mail server): run it with {@code scripts/bench-mail.sh}.
 *
 * <ul>
 *   <li>{@code latency file|smtp|sink [polls]}: a new post appears on the page (the KVK fixture
 *       feed on MockWebServer) before each poll of {@link Statuswacht#pollJob()}; the time from the
 *       moment the page served it to the moment its mail was written ({@code .eml}, its
 *       modification time) or accepted by the SMTP server: GreenMail through {@link SmtpProxy},
 *       which notes when the server's reply to the message passed ({@code smtp}), or {@link
 *       SmtpSink} ({@code sink}). The page's moment is taken before the body is sent, so the
 *       transfer itself (a few KB on loopback) is counted against statuswacht.
 *   <li>{@code fanout [subscribers] [greenmail|sink]}: that many subscribers in the {@code
 *       subscriber} table; twice, one poll finds one new post and queues its mail to each ({@link
 *       Statuswacht#pollOnce()}, timed whole, the fetch included), then {@link
 *       Statuswacht#deliver()} hands them to GreenMail through the proxy, which counts the
 *       connections, or to the sink.
 * </ul>
 *
 * <p>GreenMail writes each line of its multi-line EHLO reply on its own, so every new connection
 * to it waits about 40 ms for a delayed ACK; {@link SmtpSink} answers as a real mail server does.
 */
public final class MailBench {
  private static final String FEED = Fixtures.text("kvk/site/history.atom");
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private MailBench() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "latency";
    switch (mode) {
      case "latency" -> latency(args.length > 1 ? args[1] : "file",
          args.length > 2 ? Integer.parseInt(args[2]) : 40);
      case "fanout" -> fanout(args.length > 1 ? Integer.parseInt(args[1]) : 10_000,
          args.length > 2 ? args[2] : "greenmail");
      default -> throw new IllegalArgumentException(
          "latency [file|smtp|sink] [polls] | fanout [n] [greenmail|sink]");
    }
  }

  /** A new incident, published now, as KVK's feed writes one. */
  static String entry(int n, Instant now) {
    String at = now.truncatedTo(ChronoUnit.SECONDS).toString();
    return """
          <entry>
            <id>tag:status.kvk.nl,2005:Incident/%d</id>
            <published>%s</published>
            <updated>%s</updated>
            <link rel="alternate" type="text/html" href="https://status.kvk.nl/incidents/b%d"/>
            <title>Storing KVK API %d</title>
            <content type="html">&lt;p&gt;&lt;strong&gt;Onderzoek&lt;/strong&gt; - De API Zoeken en\
         de API Basisprofiel zijn niet bereikbaar. Er is sprake van een ernstige verstoring.&lt;/p&gt;</content>
          </entry>
        """.formatted(90_000 + n, at, at, n, n);
  }

  static String feedWith(List<String> entries) {
    int at = FEED.indexOf("<entry>");
    return FEED.substring(0, at) + String.join("", entries) + FEED.substring(at);
  }

  private static Config config(Path data, StatusSite site, Map<String, String> more)
      throws Exception {
    Map<String, String> env = new HashMap<>(Map.of(
        "STATUSWACHT_SOURCE", site.root().toString(),
        "STATUSWACHT_DATA_DIR", data.toString(),
        "STATUSWACHT_POLL_INTERVAL", "5m",
        "STATUSWACHT_WEB_LISTEN", "off",
        "STATUSWACHT_POLL_MAX_NEW_POSTS", "100"));
    env.putAll(more);
    return new ConfigLoader("bench", Clock.systemUTC()).load(data.resolve("none.yaml"), false,
        env);
  }

  private static Map<String, String> smtp(int port) {
    return Map.of("STATUSWACHT_MAIL_TRANSPORT", "smtp",
        "STATUSWACHT_MAIL_SMTP_HOST", "127.0.0.1",
        "STATUSWACHT_MAIL_SMTP_PORT", Integer.toString(port),
        "STATUSWACHT_MAIL_SMTP_STARTTLS", "off");
  }

  /** The mail server a benchmark sends to. */
  private interface Server extends AutoCloseable {
    int port();

    int connections();

    List<Instant> accepted();

    int received();

    @Override
    void close() throws IOException;

    static Server of(String kind) throws IOException {
      if (kind.equals("sink")) {
        SmtpSink sink = new SmtpSink();
        return new Server() {
          public int port() {
            return sink.port();
          }

          public int connections() {
            return sink.connections();
          }

          public List<Instant> accepted() {
            return sink.accepted();
          }

          public int received() {
            return sink.received().values().stream().mapToInt(Integer::intValue).sum();
          }

          public void close() throws IOException {
            sink.close();
          }
        };
      }
      GreenMail greenMail =
          new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      greenMail.start();
      SmtpProxy proxy = new SmtpProxy(greenMail.getSmtp().getPort());
      return new Server() {
        public int port() {
          return proxy.port();
        }

        public int connections() {
          return proxy.connections();
        }

        public List<Instant> accepted() {
          return proxy.accepted();
        }

        public int received() {
          return greenMail.getReceivedMessages().length;
        }

        public void close() throws IOException {
          proxy.close();
          greenMail.stop();
        }
      };
    }
  }

  private static void latency(String transport, int polls) throws Exception {
    Path data = Files.createTempDirectory("statuswacht-mail-bench");
    List<Double> millis = new ArrayList<>();
    List<Double> pollMillis = new ArrayList<>();
    try (StatusSite site = new StatusSite();
        Server server = Server.of(transport.equals("sink") ? "sink" : "greenmail")) {
      Map<String, String> more = new HashMap<>(
          Map.of("STATUSWACHT_SUBSCRIBERS", "ops@example.org"));
      if (!transport.equals("file")) {
        more.putAll(smtp(server.port()));
      }
      List<String> entries = new ArrayList<>();
      site.atom("/history.atom", feedWith(entries));
      try (Statuswacht daemon =
          Statuswacht.create(config(data, site, more), Clock.systemUTC(), "bench")) {
        daemon.pollJob(); // discovery and the baseline
        Path mail = data.resolve("mail");
        for (int i = 1; i <= polls; i++) {
          entries.add(0, entry(i, Instant.now()));
          String body = feedWith(entries);
          Instant[] served = new Instant[1];
          site.serve("/history.atom", request -> {
            served[0] = Instant.now();
            return StatusSite.feedResponse(body);
          });
          int before = server.accepted().size();
          long start = System.nanoTime();
          daemon.pollJob();
          pollMillis.add((System.nanoTime() - start) / 1e6);
          Instant written = transport.equals("file") ? newest(mail)
              : server.accepted().get(before);
          millis.add(Duration.between(served[0], written).toNanos() / 1e6);
        }
      }
    } finally {
      delete(data);
    }
    System.out.printf("latency transport=%s polls=%d%n", transport, polls);
    System.out.printf("  fetch served -> mail %s: first %.1f ms; of the last %d: median %.1f ms,"
        + " p90 %.1f ms, max %.1f ms%n", transport.equals("file") ? "written (.eml)"
            : "accepted by SMTP (" + transport + ")", millis.get(0), polls / 2, median(tail(millis)),
        percentile(tail(millis), 0.9), max(tail(millis)));
    System.out.printf("  whole poll job (fetch, store, digest check, mail): first %.1f ms; median"
        + " of the last %d %.1f ms%n", pollMillis.get(0), polls / 2, median(tail(pollMillis)));
  }

  private static List<Double> tail(List<Double> values) {
    return values.subList(values.size() - values.size() / 2, values.size());
  }

  private static Instant newest(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".eml")).map(p -> {
        try {
          return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).max(Comparator.naturalOrder()).orElseThrow();
    }
  }

  private static void fanout(int subscribers, String kind) throws Exception {
    Path data = Files.createTempDirectory("statuswacht-mail-bench");
    try (StatusSite site = new StatusSite(); Server server = Server.of(kind)) {
      List<String> entries = new ArrayList<>();
      site.atom("/history.atom", feedWith(entries));
      Map<String, String> more = new HashMap<>(smtp(server.port()));
      more.put("STATUSWACHT_SUBSCRIBERS", "ops@example.org");
      try (Statuswacht daemon =
          Statuswacht.create(config(data, site, more), Clock.systemUTC(), "bench")) {
        daemon.pollJob(); // discovery and the baseline
        daemon.database().inTransaction(c -> {
          for (int i = 0; i < subscribers; i++) {
            SubscriberRepository.save(c, new Subscriber("s" + i + "@example.org", null, "nl",
                Set.of(), Set.of(), null, Subscriber.Delivery.IMMEDIATE, true, null, null,
                true));
          }
          return null;
        });
        System.out.printf("fanout subscribers=%d (+ ops@example.org) to %s%n", subscribers, kind);
        for (int round = 1; round <= 2; round++) {
          entries.add(entry(round, Instant.now()));
          site.atom("/history.atom", feedWith(entries));
          round(daemon, server, round);
        }
      }
    } finally {
      delete(data);
    }
  }

  private static void round(Statuswacht daemon, Server server, int round) throws Exception {
    long start = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long process = processCpu();
    PollResult poll = daemon.pollOnce();
    double queueMillis = (System.nanoTime() - start) / 1e6;
    double queueCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
    double queueProcess = (processCpu() - process) / 1e6;
    int pending = daemon.database().inTransaction(c -> OutboxRepository.count(c, "PENDING"));
    int connectionsBefore = server.connections();
    start = System.nanoTime();
    cpu = THREADS.getCurrentThreadCpuTime();
    OutboxDispatcher.Report sent = daemon.deliver();
    double sendSeconds = (System.nanoTime() - start) / 1e9;
    double sendCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
    System.out.printf("  event %d: the poll that queued them (fetch included): %.0f ms wall,"
        + " %.0f ms CPU of the polling thread, %.0f ms CPU of the process; %s, pending %d%n",
        round, queueMillis, queueCpu, queueProcess, poll.counts(), pending);
    System.out.printf("  event %d: one drain: %s in %.2f s = %.0f mails/s over %d SMTP connections"
        + " (the sending thread's CPU %.2f s: %.2f ms a mail); the server has %d in all%n", round,
        sent, sendSeconds, sent.sent() / sendSeconds, server.connections() - connectionsBefore,
        sendCpu, sendCpu * 1000 / Math.max(1, sent.sent()), server.received());
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double median(List<Double> values) {
    return percentile(values, 0.5);
  }

  private static double percentile(List<Double> values, double p) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
