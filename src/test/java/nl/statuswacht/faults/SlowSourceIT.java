package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.cli.Main;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigException;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.config.HttpSettings;
import nl.statuswacht.fetch.Deadline;
import nl.statuswacht.fetch.Discovery;
import nl.statuswacht.fetch.Fetcher;
import nl.statuswacht.poll.PollCycle;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.read.DocumentReader;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.LogRecorder;
import nl.statuswacht.testing.MutableClock;
import nl.statuswacht.testing.StatusSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A status page that answers slowly: headers that take longer than the budget, bodies that
 * trickle. Discovery and a poll end within their budget and say what they skipped. Which probes
 * were skipped is asserted, not how long anything took; the wall-time bounds are generous sanity
 * checks (sequentially, eleven probes at the 30 s timeout would take minutes).
 */
class SlowSourceIT {
  private static final String FEED = Fixtures.text("kvk/site/history.atom");
  private static final HttpSettings HTTP = new HttpSettings(Duration.ofSeconds(5),
      Duration.ofSeconds(30), 5_000_000, 5, "statuswacht/test", Duration.ofHours(1));
  /** Far longer than any budget here, far shorter than the HTTP timeout. */
  private static final long SLOW_SECONDS = 20;

  @TempDir Path data;
  private StatusSite site;

  @BeforeEach
  void start() throws Exception {
    site = new StatusSite();
  }

  @AfterEach
  void stop() throws Exception {
    site.close();
  }

  private static MockResponse slowHeaders() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/atom+xml")
        .body(FEED).headersDelay(SLOW_SECONDS, TimeUnit.SECONDS).build();
  }

  /** The whole feed, half a kilobyte a second: half a minute. */
  private static MockResponse tricklingBody() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/atom+xml")
        .body(FEED).throttleBody(512, 1, TimeUnit.SECONDS).build();
  }

  private List<URI> knownPaths() {
    return Discovery.KNOWN_PATHS.stream().map(site::url).toList();
  }

  @Test
  void elevenSlowProbesAreSkippedWhenDiscoverysBudgetRunsOutAndThePageIsReadInstead() {
    // the captured page names its feeds on statuspage.io; here they are this site's (no network)
    site.serve("/", new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
        .body(Fixtures.text("real/statuspage/fastly-index-2021-01.html")
            .replace("https://889dh1w1xtt0.statuspage.io/", site.root().toString()))
        .build());
    Discovery.KNOWN_PATHS.forEach(path -> site.serve(path, slowHeaders()));
    Discovery discovery = new Discovery(new Fetcher(HTTP, Clock.systemUTC()),
        new DocumentReader());

    long startNanos = System.nanoTime();
    Discovery.Result result = discovery.discover(site.root(),
        Deadline.in(Duration.ofSeconds(2), "discovery"));
    Duration took = Duration.ofNanos(System.nanoTime() - startNanos);

    assertThat(result.plan()).containsExactly(site.root());
    assertThat(result.skipped()).containsExactlyElementsOf(knownPaths());
    assertThat(result.probes()).filteredOn(Discovery.Probe::skipped)
        .allSatisfy(probe -> assertThat(probe.note()).startsWith("skipped: ")
            .contains("discovery's budget of PT2S ran out"));
    assertThat(took).as("sanity: far below one slow probe").isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void aTricklingProbeIsCutOffAndTheOthersAreRead() {
    site.serve("/history.atom", tricklingBody());
    site.serve("/feed.rss", new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/rss+xml")
        .body(Fixtures.text("kvk/site/feed.rss")).build());
    Discovery discovery = new Discovery(new Fetcher(HTTP, Clock.systemUTC()),
        new DocumentReader());

    Discovery.Result result = discovery.discover(site.root(),
        Deadline.in(Duration.ofSeconds(4), "discovery"));

    assertThat(result.skipped()).containsExactly(site.url("/history.atom"));
    assertThat(result.plan()).containsExactly(site.url("/feed.rss"));
    assertThat(result.probes()).filteredOn(p -> !p.skipped()).hasSize(11)
        .noneMatch(p -> p.note().contains("budget"));
  }

  @Test
  void aPollWhoseDocumentIsSlowEndsWithinItsBudgetNamesItAndStoresNothing() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    // the feed itself as the source: discovery is that one fetch
    Map<String, String> env = new HashMap<>(Map.of(
        "STATUSWACHT_SOURCE", site.url("/history.atom").toString(),
        "STATUSWACHT_DATA_DIR", data.toString(),
        "STATUSWACHT_POLL_BUDGET", "2s"));
    Config config = new ConfigLoader("test", Clock.systemUTC())
            .load(data.resolve("none.yaml"), false, env);
    try (Statuswacht statuswacht = Statuswacht.create(config, clock, "test")) {
      site.atom("/history.atom", Fixtures.withoutAtomEntry(FEED,
          "tag:status.kvk.nl,2005:Incident/1000"));
      assertThat(statuswacht.pollOnce().failed()).isFalse();
      int posts = count(statuswacht, "select count(*) from post");

      site.serve("/history.atom", slowHeaders());
      clock.advance(Duration.ofMinutes(5));
      PollResult slow;
      long startNanos = System.nanoTime();
      try (LogRecorder log = new LogRecorder(PollCycle.class)) {
        slow = statuswacht.pollOnce();
        assertThat(log.at(Level.WARN)).singleElement().asString()
            .contains(site.url("/history.atom").toString()).contains("the poll's budget of PT2S");
      }
      Duration took = Duration.ofNanos(System.nanoTime() - startNanos);

      assertThat(slow.failed()).isTrue();
      assertThat(((PollResult.Failed) slow).detail()).contains(site.url("/history.atom").toString())
          .contains("the poll's budget of PT2S ran out");
      assertThat(count(statuswacht, "select count(*) from post")).isEqualTo(posts);
      assertThat(took).as("sanity: far below the slow response").isLessThan(
          Duration.ofSeconds(15));
    }
  }

  @Test
  void discoveryInAPollNamesWhatItSkippedInTheLog() throws Exception {
    site.atom("/history.atom", FEED);
    site.serve("/api/v2/incidents.json", slowHeaders());
    site.serve("/summary.json", tricklingBody());
    Map<String, String> env = Map.of(
        "STATUSWACHT_SOURCE", site.root().toString(),
        "STATUSWACHT_DATA_DIR", data.toString(),
        "STATUSWACHT_POLL_BUDGET", "6s");
    Config config = new ConfigLoader("test", Clock.systemUTC())
            .load(data.resolve("none.yaml"), false, env);
    try (Statuswacht statuswacht = Statuswacht.create(config,
            new MutableClock(Instant.parse("2026-03-02T10:00:00Z")), "test");
        LogRecorder log = new LogRecorder(PollCycle.class)) {
      PollResult report = statuswacht.pollOnce();

      assertThat(report.failed()).isFalse();
      assertThat(report.url()).isEqualTo(site.url("/history.atom").toString());
      assertThat(log.at(Level.WARN)).filteredOn(line -> line.startsWith("discover"))
          .singleElement().asString().contains("skipped=2")
          .contains(site.url("/api/v2/incidents.json") + ", " + site.url("/summary.json"));
    }
  }

  @Test
  void theDiscoverCommandSaysWhatItSkipped() {
    site.atom("/history.atom", FEED);
    site.serve("/rss", slowHeaders());
    StringWriter out = new StringWriter();
    CommandLine commandLine = Main.commandLine(Map.of(
        "STATUSWACHT_SOURCE", site.root().toString(),
        "STATUSWACHT_DATA_DIR", data.toString(),
        "STATUSWACHT_POLL_BUDGET", "4s"));
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(new StringWriter()));

    int exit = commandLine.execute("discover");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("✗ " + site.url("/rss") + "\n    skipped: ")
        .contains("1 skipped: not probed within the budget of PT4S (poll.budget)")
        .contains("will read:\n  " + site.url("/history.atom"));
  }

  @Test
  void theBudgetIsHalfThePollIntervalOrOneTimeoutUnlessSetAndThenNeverLongerThanTheInterval() throws Exception {
    ConfigLoader loader = new ConfigLoader("test", Clock.systemUTC());
    Path none = data.resolve("none.yaml");

    assertThat(loader.load(none, false, Map.of()).pollBudget())
        .isEqualTo(Duration.ofMinutes(2).plusSeconds(30));
    assertThat(loader.load(none, false, Map.of("STATUSWACHT_POLL_INTERVAL", "2m")).pollBudget())
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(loader.load(none, false, Map.of("STATUSWACHT_POLL_INTERVAL", "30s")).pollBudget())
        .as("at least one whole http.timeout").isEqualTo(Duration.ofSeconds(30));
    assertThat(loader.load(none, false, Map.of("STATUSWACHT_POLL_BUDGET", "1m")).pollBudget())
        .isEqualTo(Duration.ofMinutes(1));
    ConfigException longer = catchThrowableOfType(ConfigException.class, () -> loader.load(none,
        false, Map.of("STATUSWACHT_POLL_INTERVAL", "1m", "STATUSWACHT_POLL_BUDGET", "2m")));
    assertThat(longer.problems()).containsExactly("environment STATUSWACHT_POLL_BUDGET:"
        + " poll.budget: '2m' is longer than poll.interval (PT1M): a poll would still run when"
        + " the next is due");
  }

  private static int count(Statuswacht statuswacht, String sql) {
    return statuswacht.database().inTransaction(c -> {
      try (ResultSet row = c.createStatement().executeQuery(sql)) {
        row.next();
        return row.getInt(1);
      }
    });
  }
}
