package nl.statuswacht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.StoreException;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.StatusSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon with its real Quartz schedule. */
class DaemonTest {
  private static final String FULL = Fixtures.text("kvk/site/history.atom");
  private static final String D01 = "tag:status.kvk.nl,2005:Incident/1000";

  @TempDir Path data;

  private Config config(StatusSite site) throws Exception {
    return new ConfigLoader("test", Clock.systemUTC())
            .load(data.resolve("none.yaml"), false, Map.of(
        "STATUSWACHT_SOURCE", site.root().toString(),
        "STATUSWACHT_DATA_DIR", data.toString(),
        "STATUSWACHT_POLL_INTERVAL", "100ms",
        "STATUSWACHT_WEB_LISTEN", "127.0.0.1:0"));
  }

  /** The .eml files written to {@code address}. */
  private long emlFiles(String address) throws Exception {
    Path mail = data.resolve("mail");
    if (!Files.exists(mail)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(mail)) {
      return files.filter(p -> p.toString().endsWith(".eml"))
          .filter(p -> {
            try {
              return Files.readAllLines(p).contains("To: " + address);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .count();
    }
  }

  @Test
  void thePollJobDeliversThePostsMailWhenTheDigestFailsAndThenSaysWhy() throws Exception {
    try (StatusSite site = new StatusSite()) {
      site.atom("/history.atom", Fixtures.withoutAtomEntry(FULL, D01));
      try (Statuswacht daemon = Statuswacht.create(config(site), Clock.systemUTC(), "test")) {
        daemon.pollJob();
        assertThat(emlFiles("contracts@example.org")).as("the first digest").isEqualTo(1);
        // a real fault of the store: the digest's watermark table is gone
        daemon.database().inTransaction(
            c -> c.createStatement().execute("drop table digest_watermark"));

        site.atom("/history.atom", FULL);
        Throwable failure = catchThrowable(daemon::pollJob);

        assertThat(failure).isInstanceOf(StoreException.class)
            .hasMessageContaining("DIGEST_WATERMARK");
        assertThat(failure.getSuppressed()).isEmpty();
        assertThat(emlFiles("ops@example.org")).as("d01, delivered all the same").isEqualTo(1);
      }
    }
  }

  @Test
  void theScheduledDaemonWritesAnEmlFileForAPostThatAppearsAfterTheBaselineAndOneDigest() throws Exception {
    try (StatusSite site = new StatusSite()) {
      site.atom("/history.atom", Fixtures.withoutAtomEntry(FULL, D01));
      Statuswacht daemon = Statuswacht.create(config(site), Clock.systemUTC(), "test");
      try {
        daemon.start();
        // discovery reads the feed for the baseline poll, the next poll asks again: by then
        // the baseline holds the feed without d01, whatever the site serves next
        await().atMost(Duration.ofSeconds(20)).until(() -> site.requestedPaths().stream()
            .filter("/history.atom"::equals).count() >= 2);
        assertThat(emlFiles("ops@example.org")).isZero();

        site.atom("/history.atom", FULL);
        await().atMost(Duration.ofSeconds(20)).until(() -> emlFiles("ops@example.org") == 1);
        // the default digest-only subscriber has never had a digest: the first poll queued the
        // last week's, and none of the many polls since queued another
        assertThat(emlFiles("contracts@example.org")).isEqualTo(1);
      } finally {
        daemon.close();
      }
    }
  }

  @Test
  void closingLetsTheRunningPollFinishAndPollsNeverOverlap() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    try (StatusSite site = new StatusSite()) {
      site.serve("/history.atom", request -> {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        entered.countDown();
        try {
          release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        inFlight.decrementAndGet();
        return StatusSite.feedResponse(FULL);
      });
      Statuswacht daemon = Statuswacht.create(config(site), Clock.systemUTC(), "test");
      daemon.start();
      assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();

      Thread closer = new Thread(daemon::close);
      closer.start();
      // the poll interval (100 ms) passes many times while the first poll is held open
      closer.join(500);
      assertThat(closer.isAlive()).as("close waits for the running poll").isTrue();
      release.countDown();
      closer.join(20_000);
      assertThat(closer.isAlive()).isFalse();
      assertThat(maxInFlight.get()).isEqualTo(1);
    }
    try (Database database = Database.openH2(data.resolve("statuswacht"))) {
      int fetched = database.inTransaction(c -> {
        try (ResultSet row = c.createStatement()
            .executeQuery("select count(*) from fetch_log where outcome = 'fetched'")) {
          row.next();
          return row.getInt(1);
        }
      });
      assertThat(fetched).as("the held poll completed and stored its result").isEqualTo(1);
    }
  }
}
