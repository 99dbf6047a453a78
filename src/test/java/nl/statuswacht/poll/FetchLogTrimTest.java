package nl.statuswacht.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockResponse;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.StatusSite;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Polls trim the fetch log to {@code poll.log-keep} (here 2 days): at the first poll of the
 * process and then once a day, the lines older than that go, except the newest readings of each
 * document; when the source was first read stays, so the digest's and report's coverage still
 * begins at the baseline.
 */
class FetchLogTrimTest {
  private static final String FEED = Fixtures.text("kvk/site/history.atom");
  private static final Instant T0 = Instant.parse("2026-01-02T09:00:00Z");

  @TempDir Path data;
  private Watch watch;
  private final AtomicBoolean down = new AtomicBoolean();

  @BeforeEach
  void start() throws Exception {
    watch = new Watch(data, T0, Map.of("STATUSWACHT_POLL_LOG_KEEP", "2d"));
    var feed = StatusSite.conditionalFeed("\"v1\"", FEED);
    watch.site.serve("/history.atom", request -> down.get()
        ? new MockResponse.Builder().code(500).build() : feed.apply(request));
  }

  @AfterEach
  void stop() throws Exception {
    watch.close();
  }

  @Test
  void linesOlderThanTheKeepGoOnceADayAndTheFirstReadStays() {
    // the baseline at T0, then a poll every 6 hours for 4 days; the one at 06:00 fails
    assertThat(watch.poll()).isInstanceOf(PollResult.Fetched.class);
    for (int poll = 1; poll <= 16; poll++) {
      watch.clock.advance(Duration.ofHours(6));
      down.set(poll == 1);
      watch.poll();
    }

    // the last trim ran at T0 + 4 days (the first poll, then one a day): the lines before
    // T0 + 2 days went, but for the baseline's reading (the newest reading of the feed, so kept)
    List<String> expected = new ArrayList<>();
    expected.add("2026-01-02T09:00:00Z fetched");
    for (int poll = 8; poll <= 16; poll++) {
      expected.add(T0.plus(Duration.ofHours(6L * poll)) + " not_modified");
    }
    assertThat(lines()).containsExactlyElementsOf(expected);
    database().inTransaction(c -> {
      assertThat(FetchRepository.firstRead(c, watch.site.root().toString())).contains(T0);
      assertThat(FetchRepository.lastRead(c, watch.site.root().toString()))
          .contains(T0.plus(Duration.ofDays(4)));
      return null;
    });

    // not before a day has passed since: a poll 6 hours later trims nothing
    watch.clock.advance(Duration.ofHours(6));
    watch.poll();
    expected.add(T0.plus(Duration.ofHours(6L * 17)) + " not_modified");
    assertThat(lines()).containsExactlyElementsOf(expected);
  }

  @Test
  void aNewProcessTrimsAtItsFirstPoll() throws Exception {
    watch.poll();
    for (int poll = 1; poll <= 4; poll++) {
      watch.clock.advance(Duration.ofHours(12));
      watch.poll();
    }
    // T0 + 2 days: trimmed at T0, T0 + 1 day and T0 + 2 days with nothing old enough yet; this
    // process would trim next at T0 + 3 days
    assertThat(lines()).hasSize(5);

    watch.restart();
    watch.clock.advance(Duration.ofHours(13));
    watch.poll();

    // T0 + 61 hours, trimmed at once: the lines before T0 + 13 hours went (the 304 at 12 hours)
    assertThat(lines()).containsExactly("2026-01-02T09:00:00Z fetched",
        "2026-01-03T09:00:00Z not_modified", "2026-01-03T21:00:00Z not_modified",
        "2026-01-04T09:00:00Z not_modified", "2026-01-04T22:00:00Z not_modified");
  }

  private Database database() {
    return watch.statuswacht().database();
  }

  /** The feed's fetch-log lines, oldest first: when, and the outcome. */
  private List<String> lines() {
    return database().inTransaction(c -> {
      List<String> lines = new ArrayList<>();
      try (PreparedStatement statement = c.prepareStatement("select started_at, outcome from"
          + " fetch_log where url = ? order by started_at")) {
        statement.setString(1, watch.site.url("/history.atom").toString());
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            lines.add(row.getObject("started_at", OffsetDateTime.class).toInstant() + " "
                + row.getString("outcome"));
          }
        }
      }
      return lines;
    });
  }
}
