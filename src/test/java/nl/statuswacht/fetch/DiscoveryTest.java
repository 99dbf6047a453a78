package nl.statuswacht.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import nl.statuswacht.config.HttpSettings;
import nl.statuswacht.read.DocumentReader;
import nl.statuswacht.read.EntryMemo;
import nl.statuswacht.read.EntryMemos;
import nl.statuswacht.read.SourceDocument;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.StatusSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Discovery against status pages on loopback that each offer one shape. */
class DiscoveryTest {
  private static final HttpSettings HTTP = new HttpSettings(Duration.ofSeconds(2),
      Duration.ofSeconds(5), 5_000_000, 5, "statuswacht/test", Duration.ofHours(1));
  private StatusSite site;
  private Discovery discovery;

  @BeforeEach
  void start() throws IOException {
    site = new StatusSite();
    discovery = new Discovery(new Fetcher(HTTP, Clock.systemUTC()), new DocumentReader());
  }

  @AfterEach
  void stop() throws IOException {
    site.close();
  }

  private void serve(String path, String contentType, String body) {
    site.serve(path, new MockResponse.Builder().code(200).setHeader("Content-Type", contentType)
        .body(body).build());
  }

  @Test
  void aPageThatLinksItsFeedIsReadThroughThatFeed() {
    serve("/", "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>KVK status</title>"
        + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/berichten.atom\">"
        + "</head><body><p>Alles werkt.</p></body></html>");
    serve("/feeds/berichten.atom", "application/atom+xml",
        Fixtures.text("kvk/site/history.atom"));

    Discovery.Result result = discovery.discover(site.root());

    assertThat(result.plan()).containsExactly(site.url("/feeds/berichten.atom"));
    assertThat(result.probes().get(1).url()).as("the linked feed is tried first")
        .isEqualTo(site.url("/feeds/berichten.atom"));
  }

  @Test
  void aFeedDiscoveredWithMemosLeavesItsEntriesForTheNextReading() {
    String feed = Fixtures.text("kvk/site/history.atom");
    serve("/history.atom", "application/atom+xml", feed);
    EntryMemos memos = new EntryMemos();
    Discovery withMemos = new Discovery(new Fetcher(HTTP, Clock.systemUTC()),
        new DocumentReader(), memos);

    Discovery.Result result = withMemos.discover(site.root());

    URI url = site.url("/history.atom");
    assertThat(result.plan()).containsExactly(url);
    EntryMemo memo = memos.of(url.toString());
    assertThat(memo.size()).as("the 20 entries discovery read").isEqualTo(20);
    String changed = Fixtures.editAtomEntry(feed, "tag:status.kvk.nl,2005:Incident/1002",
        entry -> entry.replace("Alle signalen zijn weer actueel.",
            "Alle signalen zijn weer actueel; excuses voor het ongemak."));
    new DocumentReader().read(new SourceDocument(changed.getBytes(StandardCharsets.UTF_8),
        "application/atom+xml", url.toString()), memo);
    assertThat(memo.reused()).as("all but the one entry that changed").isEqualTo(19);
  }

  @Test
  void aSiteWithOnlyTheStatuspageJsonApiIsReadThroughTheApi() {
    serve("/api/v2/incidents.json", "application/json",
        Fixtures.text("kvk/site/api/v2/incidents.json"));
    serve("/api/v2/scheduled-maintenances.json", "application/json",
        Fixtures.text("kvk/site/api/v2/scheduled-maintenances.json"));

    Discovery.Result result = discovery.discover(site.root());

    assertThat(result.plan()).containsExactly(site.url("/api/v2/incidents.json"),
        site.url("/api/v2/scheduled-maintenances.json"));
  }

  @Test
  void aSiteWithOnlyAPlainFeedIsReadThroughIt() {
    serve("/feed.rss", "application/rss+xml", Fixtures.text("kvk/site/feed.rss"));

    Discovery.Result result = discovery.discover(site.root());

    assertThat(result.plan()).containsExactly(site.url("/feed.rss"));
    assertThat(result.probes()).filteredOn(Discovery.Probe::readable).hasSize(1);
  }

  @Test
  void withEveryShapeTheTimelineFeedAndTheApiAreCombined() {
    serve("/", "text/html", Fixtures.text("real/statuspage/fastly-index-2021-01.html"));
    serve("/history.atom", "application/atom+xml", Fixtures.text("kvk/site/history.atom"));
    serve("/feed.rss", "application/rss+xml", Fixtures.text("kvk/site/feed.rss"));
    serve("/api/v2/incidents.json", "application/json",
        Fixtures.text("kvk/site/api/v2/incidents.json"));

    Discovery.Result result = discovery.discover(site.root());

    assertThat(result.plan()).containsExactly(site.url("/history.atom"),
        site.url("/api/v2/incidents.json"));
  }

  @Test
  void aStatusPageWithoutFeedsIsReadAsAPage() {
    serve("/", "text/html", Fixtures.text("real/statuspage/fastly-index-2021-01.html"));

    Discovery.Result result = discovery.discover(site.root());

    assertThat(result.plan()).containsExactly(site.root());
  }

  @Test
  void aConfiguredFeedUrlIsUsedAsItIs() {
    serve("/history.rss", "application/rss+xml", Fixtures.text("kvk/site/history.rss"));

    Discovery.Result result = discovery.discover(site.url("/history.rss"));

    assertThat(result.plan()).containsExactly(site.url("/history.rss"));
    assertThat(site.requestedPaths()).containsExactly("/history.rss");
  }

  @Test
  void nothingReadableIsSaidSo() {
    Discovery.Result result = discovery.discover(URI.create(site.root() + "nothing/"));

    assertThat(result.found()).isFalse();
    assertThat(result.probes()).allSatisfy(p -> assertThat(p.readable()).isFalse());
  }

  @Test
  void aPageUnderAPathIsLookedForUnderThatPathFirst() {
    serve("/status/", "text/html; charset=utf-8", "<!DOCTYPE html><html><head>"
        + "<title>KVK status</title></head><body><p>Alles werkt.</p></body></html>");
    serve("/status/history.atom", "application/atom+xml", Fixtures.text("kvk/site/history.atom"));
    serve("/status/api/v2/incidents.json", "application/json",
        Fixtures.text("kvk/site/api/v2/incidents.json"));
    serve("/status/api/v2/scheduled-maintenances.json", "application/json",
        Fixtures.text("kvk/site/api/v2/scheduled-maintenances.json"));
    serve("/history.atom", "application/atom+xml", Fixtures.text("kvk/site/history.atom"));
    serve("/api/v2/incidents.json", "application/json",
        Fixtures.text("kvk/site/api/v2/incidents.json"));

    Discovery.Result result = discovery.discover(site.url("/status/"));

    assertThat(result.plan()).containsExactly(site.url("/status/history.atom"),
        site.url("/status/api/v2/incidents.json"),
        site.url("/status/api/v2/scheduled-maintenances.json"));
    assertThat(result.probes().get(1).url()).isEqualTo(site.url("/status/history.atom"));
  }

  @Test
  void aPageUnderAPathFallsBackToTheRoot() {
    serve("/status", "text/html; charset=utf-8", "<!DOCTYPE html><html><head>"
        + "<title>KVK status</title></head><body><p>Alles werkt.</p></body></html>");
    serve("/history.atom", "application/atom+xml", Fixtures.text("kvk/site/history.atom"));
    serve("/api/v2/incidents.json", "application/json",
        Fixtures.text("kvk/site/api/v2/incidents.json"));

    Discovery.Result result = discovery.discover(site.url("/status"));

    assertThat(result.plan()).containsExactly(site.url("/history.atom"),
        site.url("/api/v2/incidents.json"));
  }

  @Test
  void knownLocationsUnderThePageComeBeforeTheRoot() {
    List<URI> locations = Discovery.knownLocations(URI.create("https://host/status/index.html"));

    assertThat(locations).hasSize(2 * Discovery.KNOWN_PATHS.size());
    assertThat(locations.get(0)).isEqualTo(URI.create("https://host/status/history.atom"));
    assertThat(locations).contains(URI.create("https://host/status/api/v2/incidents.json"),
        URI.create("https://host/api/v2/incidents.json"));
    assertThat(Discovery.knownLocations(URI.create("https://host/")))
        .hasSize(Discovery.KNOWN_PATHS.size());
  }
}
