package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockResponse;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates that cannot be meant are not believed: "32 Jan" is no date (it does not roll over to 1
 * February), and a date before 2000 or more than a year ahead is unknown. Such a post is dated by
 * when statuswacht first sees it, and the log says so.
 */
class ImplausibleDatesTest {
  /** 2 January 2026, 10:00 in Amsterdam. */
  private static final Instant NOW = Instant.parse("2026-01-02T09:00:00Z");
  private static final String FIRST = item("i1", "Onderhoud KVK API afgerond",
      "Fri, 02 Jan 2026 08:00:00 GMT", "Het onderhoud aan de KVK API is afgerond.");

  @TempDir Path data;
  private Watch watch;

  @BeforeEach
  void baseline() throws Exception {
    watch = new Watch(data, NOW, Map.of());
    serve(FIRST);
    watch.poll();
  }

  @AfterEach
  void stop() throws Exception {
    watch.close();
  }

  @Test
  void aDayThatDoesNotExistIsNoDate() {
    serve(item("i2", "Storing KVK Dataservice", "Sat, 32 Jan 2026 10:00:00 GMT",
        "De KVK Dataservice levert geen bestanden.") + FIRST);
    watch.poll();

    assertThat(watch.count("select count(*) from post_version v join post p on p.id = v.post_id"
        + " where p.post_key = 'i2' and v.published is null")).as("not 1 February").isEqualTo(1);
    assertThat(watch.count("select count(*) from post_version v join post p on p.id = v.post_id"
        + " where p.post_key = 'i2' and v.announced = p.first_seen"))
        .as("announced when first seen").isEqualTo(1);
  }

  @Test
  void aPostDated1970RaisesNoDeadlineAlertsAtOnce() throws Exception {
    serve(item("i3", "Storing KVK API", "Thu, 01 Jan 1970 00:00:00 GMT",
        "De KVK API is niet bereikbaar. Prioriteit 1.") + FIRST);
    watch.poll();

    assertThat(watch.mailsTo(Watch.OPS)).hasSize(1);
    assertThat(watch.mailsTo(Watch.OPS).get(0).getSubject())
        .isEqualTo("[KVK storing P1] Storing KVK API — nieuw");
    assertThat(watch.count("select count(*) from event where kind like 'DEADLINE%'")).isZero();
    assertThat(watch.count("select count(*) from verdict where outcome = 'VIOLATION'")).isZero();
  }

  @Test
  void aDateYearsAheadIsNotBelieved() {
    serve(item("i4", "Storing KVK Mutatieservice", "Tue, 15 Jan 2041 10:00:00 GMT",
        "De KVK Mutatieservice levert geen signalen.") + FIRST);
    watch.poll();

    assertThat(watch.count("select count(*) from post_version v join post p on p.id = v.post_id"
        + " where p.post_key = 'i4' and v.published = p.first_seen")).as("dated when first seen")
        .isEqualTo(1);
  }

  private void serve(String items) {
    watch.site.serve("/feed.rss", new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/rss+xml; charset=utf-8")
        .body("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>KVK status</title><link>https://status.kvk.nl</link>
            <description>Meldingen</description><language>nl</language>
            %s</channel></rss>
            """.formatted(items)).build());
  }

  private static String item(String key, String title, String date, String text) {
    return """
        <item><title>%s</title><link>https://status.kvk.nl/incidents/%s</link>
        <guid>https://status.kvk.nl/incidents/%s</guid><pubDate>%s</pubDate>
        <description>%s</description></item>
        """.formatted(title, key, key, date, text);
  }
}
