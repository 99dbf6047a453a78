package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.store.FetchRepository.HttpState;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.MutableClock;
import nl.statuswacht.testing.StatusSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conditional GET against a server whose validators move while the document does not. */
class ConditionalGetTest {
  private static final String FEED = Fixtures.text("kvk/site/history.atom");
  private static final String V1_DATE = "Wed, 31 Dec 2025 09:00:00 GMT";
  private static final String V2_DATE = "Wed, 31 Dec 2025 10:00:00 GMT";

  @TempDir Path data;
  private StatusSite site;
  private Statuswacht statuswacht;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));

  @BeforeEach
  void start() throws Exception {
    site = new StatusSite();
    statuswacht = Statuswacht.create(new ConfigLoader("test", java.time.Clock.systemUTC())
            .load(data.resolve("none.yaml"),
        false, Map.of("STATUSWACHT_SOURCE", site.root().toString(),
            "STATUSWACHT_DATA_DIR", data.toString())), clock, "test");
  }

  @AfterEach
  void stop() throws Exception {
    statuswacht.close();
    site.close();
  }

  /**
   * A CDN that re-labels an unchanged document: 200 with "v1" at first; a 304 to "v1" that
   * carries "v2" (and a newer Last-Modified); a 304 to "v2"; and a full 200 to anything else.
   */
  private MockResponse relabelling(RecordedRequest request) {
    String etag = request.getHeaders().get("If-None-Match");
    if ("\"v1\"".equals(etag)) {
      return new MockResponse.Builder().code(304).setHeader("ETag", "\"v2\"")
          .setHeader("Last-Modified", V2_DATE).build();
    }
    if ("\"v2\"".equals(etag)) {
      return new MockResponse.Builder().code(304).build();
    }
    return new MockResponse.Builder().code(200).setHeader("ETag", "\"v1\"")
        .setHeader("Last-Modified", V1_DATE)
        .setHeader("Content-Type", "application/atom+xml").body(FEED).build();
  }

  @Test
  void aNotModifiedThatCarriesANewETagIsAdoptedAndSentNextTime() {
    site.serve("/history.atom", this::relabelling);
    assertThat(statuswacht.pollOnce().outcome()).isEqualTo("fetched");

    PollResult relabelled = statuswacht.pollOnce();
    PollResult again = statuswacht.pollOnce();

    assertThat(relabelled.outcome()).isEqualTo("not_modified");
    assertThat(again.outcome()).isEqualTo("not_modified");
    RecordedRequest last = site.requests().get(site.requests().size() - 1);
    assertThat(last.getHeaders().get("If-None-Match")).isEqualTo("\"v2\"");
    assertThat(last.getHeaders().get("If-Modified-Since")).isEqualTo(V2_DATE);
    HttpState state = statuswacht.database().inTransaction(c ->
        FetchRepository.httpState(c, site.url("/history.atom").toString()));
    assertThat(state.etag()).isEqualTo("\"v2\"");
    assertThat(state.lastModified()).isEqualTo(V2_DATE);
    assertThat(state.evidenceSha()).as("still the body the 200 gave").isNotNull();
    assertThat(site.requests().stream().filter(r -> r.getUrl().encodedPath()
        .equals("/history.atom")).map(r -> r.getHeaders().get("If-None-Match")))
        .as("discovery's probe, which the first poll takes over, without; then the validators"
            + " as they moved")
        .containsExactly(null, "\"v1\"", "\"v2\"");
  }
}
