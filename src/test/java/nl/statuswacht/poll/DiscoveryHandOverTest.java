package nl.statuswacht.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.StatusSite;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery hands the documents of the plan it made, fetched and read, to the poll that asked
 * for it: the first poll fetches and reads the feed once, not twice. A document whose body is
 * stored already (a plan discovered anew after a day) is still fetched by the poll, with its
 * validators, as before.
 */
class DiscoveryHandOverTest {
  private static final String FEED = Fixtures.text("kvk/site/history.atom");

  @TempDir Path data;
  private Watch watch;

  @BeforeEach
  void start() throws Exception {
    watch = new Watch(data, Instant.parse("2026-01-02T09:00:00Z"), Map.of());
    watch.site.serve("/history.atom", StatusSite.conditionalFeed("\"v1\"", FEED));
  }

  @AfterEach
  void stop() throws Exception {
    watch.close();
  }

  @Test
  void theFirstPollFetchesAndReadsTheFeedOnce() {
    PollResult first = watch.poll();

    assertThat(first.counts().created()).isEqualTo(20);
    assertThat(feedRequests()).as("discovery's request, taken over by the poll").hasSize(1);
    FetchRepository.FetchLogEntry logged = watch.statuswacht().database().inTransaction(c ->
        FetchRepository.lastLog(c, watch.site.root().toString())).orElseThrow();
    assertThat(logged.outcome()).isEqualTo("fetched");
    assertThat(logged.url()).isEqualTo(watch.site.url("/history.atom").toString());
    assertThat(logged.posts()).isEqualTo(20);
    assertThat(watch.count("select count(*) from http_cache where etag = '\"v1\"'"))
        .as("the validators discovery's response carried").isEqualTo(1);

    watch.clock.advance(Duration.ofMinutes(5));
    assertThat(watch.poll()).isInstanceOf(PollResult.Unchanged.class);
    assertThat(feedRequests()).hasSize(2);
    assertThat(feedRequests().get(1).getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
  }

  @Test
  void aPlanDiscoveredAnewStillFetchesAStoredDocumentWithItsValidators() {
    watch.poll();
    watch.clock.advance(Duration.ofHours(25));

    PollResult rediscovered = watch.poll();

    assertThat(rediscovered).isInstanceOf(PollResult.Unchanged.class);
    List<RecordedRequest> requests = feedRequests();
    assertThat(requests).hasSize(3);
    assertThat(requests.get(1).getHeaders().get("If-None-Match")).as("discovery's").isNull();
    assertThat(requests.get(2).getHeaders().get("If-None-Match")).as("the poll's")
        .isEqualTo("\"v1\"");
  }

  private List<RecordedRequest> feedRequests() {
    return watch.site.requests().stream()
        .filter(r -> r.getUrl().encodedPath().equals("/history.atom")).toList();
  }
}
