package nl.statuswacht.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.statuswacht.store.WebQueries;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post's last sighting (the post page's "last seen") is the last read of the page that showed
 * it, though a poll that finds it unchanged writes nothing for it: while it is shown, the
 * source's last read; once no document shows it, the last read before that poll.
 */
class LastSeenTest {
  private static final String FEED = Fixtures.text("kvk/site/history.atom");
  private static final String D03 = "tag:status.kvk.nl,2005:Incident/1002";
  private static final Instant T0 = Instant.parse("2026-01-02T09:00:00Z");

  @TempDir Path data;
  private Watch watch;

  @BeforeEach
  void start() throws Exception {
    watch = new Watch(data, T0, Map.of());
    watch.site.atom("/history.atom", FEED);
    watch.poll();
  }

  @AfterEach
  void stop() throws Exception {
    watch.close();
  }

  @Test
  void aShownPostWasLastSeenAtTheLastReadAndAWithdrawnOneAtTheLastReadThatShowedIt() {
    long d03 = id("d03");
    long other = id("d01");
    assertThat(lastSeen(other)).isEqualTo(T0);

    // the same bytes again: read, nothing stored
    watch.clock.advance(Duration.ofMinutes(5));
    assertThat(watch.poll()).isInstanceOf(PollResult.Unchanged.class);
    assertThat(lastSeen(other)).isEqualTo(T0.plus(Duration.ofMinutes(5)));

    // a poll that reads the feed without d03: it was last seen by the poll before
    watch.clock.advance(Duration.ofMinutes(5));
    watch.site.atom("/history.atom", Fixtures.withoutAtomEntry(FEED, D03));
    watch.poll();
    assertThat(watch.count("select count(*) from post where withdrawn_at is not null"))
        .isEqualTo(1);
    assertThat(lastSeen(d03)).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    assertThat(lastSeen(other)).isEqualTo(T0.plus(Duration.ofMinutes(10)));

    // later reads move the others on, not d03
    watch.clock.advance(Duration.ofMinutes(5));
    watch.poll();
    assertThat(lastSeen(d03)).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    assertThat(lastSeen(other)).isEqualTo(T0.plus(Duration.ofMinutes(15)));
  }

  private Instant lastSeen(long id) {
    return watch.statuswacht().database().inTransaction(c -> WebQueries.post(c, id))
        .orElseThrow().lastSeen();
  }

  private long id(String key) {
    return watch.statuswacht().database().inTransaction(c -> {
      try (PreparedStatement statement =
          c.prepareStatement("select id from post where post_key = ?")) {
        statement.setString(1, key);
        try (ResultSet row = statement.executeQuery()) {
          assertThat(row.next()).as(key).isTrue();
          return row.getLong(1);
        }
      }
    });
  }
}
