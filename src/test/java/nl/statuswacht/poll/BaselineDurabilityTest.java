package nl.statuswacht.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first poll's baseline is written through to the file at once: H2 keeps other commits in
 * memory for up to its {@code WRITE_DELAY}, and a baseline lost in a crash would be taken again
 * by the next poll, swallowing any post that appeared in between (never mailed).
 */
class BaselineDurabilityTest {
  private static final String FEED = Fixtures.text("kvk/site/history.atom");
  private static final String NEW_ENTRY = """
      <entry><id>tag:status.kvk.nl,2005:Incident/7301</id>
      <published>2026-01-02T09:02:00Z</published><updated>2026-01-02T09:02:00Z</updated>
      <link rel="alternate" type="text/html" href="https://status.kvk.nl/incidents/new73"/>
      <title>Storing KVK Dataservice</title>
      <content type="html">Sinds 09.55 uur geeft de KVK Dataservice foutmeldingen. Prioriteit
      2.</content></entry>
      """;

  @TempDir Path data;

  @Test
  void aBaselineSurvivesACrashRightAfterIt() throws Exception {
    try (Watch watch = new Watch(data, Instant.parse("2026-01-02T09:00:00Z"), Map.of())) {
      watch.site.atom("/history.atom", FEED);
      PollResult first = watch.statuswacht().pollOnce(); // no delivery: nothing else writes through
      assertThat(first).isInstanceOfSatisfying(PollResult.Fetched.class,
          fetched -> assertThat(fetched.baseline()).isTrue());

      // a crash: H2 closes its file without writing what it still holds in memory; the pool's
      // session dies with it (the restart closes the pool, and opens the file afresh)
      Connection session = watch.statuswacht().database().dataSource().getConnection();
      try (Statement statement = session.createStatement()) {
        statement.execute("SHUTDOWN IMMEDIATELY");
      }
      watch.restart();

      watch.clock.advance(Duration.ofMinutes(5));
      watch.site.atom("/history.atom", FEED.replace("</feed>", NEW_ENTRY + "</feed>"));
      PollResult next = watch.poll();
      assertThat(next).isInstanceOfSatisfying(PollResult.Fetched.class, fetched -> {
        assertThat(fetched.baseline()).as("the baseline was kept").isFalse();
        assertThat(fetched.counts().created()).isEqualTo(1);
      });
      assertThat(watch.mailsTo(Watch.OPS)).as("the new post mailed").hasSize(1);
    }
  }
}
