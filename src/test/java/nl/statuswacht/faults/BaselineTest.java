package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first poll records what is there and mails nothing about it, of any kind: no deadline
 * alert for an old incident that is still open, no reminder for a window about to start.
 * Deadline alerts fire only for deadlines that pass while statuswacht is watching.
 */
class BaselineTest {
  /** A P1 incident opened on 1 December 2025 and never resolved: all its deadlines long past. */
  private static final String OLD_OPEN_INCIDENT = """
      <entry><id>tag:status.kvk.nl,2005:Incident/7001</id>
      <published>2025-12-01T08:00:00Z</published><updated>2025-12-01T08:00:00Z</updated>
      <link rel="alternate" type="text/html" href="https://status.kvk.nl/incidents/old1"/>
      <title>Storing KVK API</title>
      <content type="html">Sinds 08.45 uur is de KVK API niet bereikbaar. Prioriteit 1.</content>
      </entry>
      """;
  /** Maintenance with downtime starting at 10:00 Amsterdam time on 2 January 2026. */
  private static final String WINDOW_SOON = """
      <entry><id>tag:status.kvk.nl,2005:Incident/7002</id>
      <published>2025-12-10T08:00:00Z</published><updated>2025-12-10T08:00:00Z</updated>
      <link rel="alternate" type="text/html" href="https://status.kvk.nl/incidents/m7"/>
      <title>Gepland onderhoud KVK Dataservice</title>
      <content type="html">Op vrijdag 2 januari 2026 van 10.00 tot 12.00 uur is de KVK
      Dataservice niet beschikbaar wegens onderhoud.</content></entry>
      """;
  /** A P1 incident posted while statuswacht watches. */
  private static final String NEW_OPEN_INCIDENT = """
      <entry><id>tag:status.kvk.nl,2005:Incident/7003</id>
      <published>2026-01-02T08:20:00Z</published><updated>2026-01-02T08:20:00Z</updated>
      <link rel="alternate" type="text/html" href="https://status.kvk.nl/incidents/new1"/>
      <title>Storing KVK Mutatieservice</title>
      <content type="html">Sinds 09.15 uur levert de KVK Mutatieservice geen signalen. Prioriteit
      1.</content></entry>
      """;

  @TempDir Path data;
  private Watch watch;

  @BeforeEach
  void start() throws Exception {
    // 2 January 2026, 09:30 in Amsterdam: half an hour before the window
    watch = new Watch(data, Instant.parse("2026-01-02T08:30:00Z"), Map.of());
  }

  @AfterEach
  void stop() throws Exception {
    watch.close();
  }

  @Test
  void theFirstPollMailsNothingAboutAnOldOpenIncidentOrAWindowAboutToStart() {
    watch.site.atom("/history.atom", feed(OLD_OPEN_INCIDENT + WINDOW_SOON));
    watch.poll();

    assertThat(watch.mails()).isEmpty();
    assertThat(watch.count("select count(*) from event where kind like 'DEADLINE%'"))
        .as("recorded, not mailed").isPositive();

    watch.clock.advance(Duration.ofMinutes(10));
    watch.poll();
    assertThat(watch.mails()).as("nor later: those deadlines passed before it watched")
        .isEmpty();
  }

  @Test
  void aDeadlineThatPassesWhileWatchingIsMailed() {
    watch.site.atom("/history.atom", feed(OLD_OPEN_INCIDENT));
    watch.poll();
    watch.clock.set(Instant.parse("2026-01-02T08:25:00Z"));
    watch.site.atom("/history.atom", feed(NEW_OPEN_INCIDENT + OLD_OPEN_INCIDENT));
    watch.poll();
    assertThat(watch.mailsTo(Watch.OPS)).as("the new incident").hasSize(1);

    watch.clock.set(Instant.parse("2026-01-02T13:00:00Z")); // 14:00: past 4 hours from 09:15
    watch.poll();

    assertThat(watch.mailsTo(Watch.OPS)).hasSize(2);
    assertThat(watch.subjects().get(watch.subjects().size() - 1))
        .contains("Storing KVK Mutatieservice").endsWith("nog niet opgelost");
  }

  private static String feed(String entries) {
    return Fixtures.atomFeed(entries);
  }
}
