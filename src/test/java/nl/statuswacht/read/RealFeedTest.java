package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.statuswacht.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real captured status feeds and the Rome/feedparser edge cases ({@code fixtures/real/}). */
class RealFeedTest {

  private static List<Post> posts(String path) {
    return Fixtures.posts("real/" + path).posts();
  }

  @Test
  void githubAtomEntry() {
    ReadOutcome.Posts out = Fixtures.posts("real/statuspage/github-history-2026-02-04.atom");
    assertThat(out.format()).isEqualTo("atom_1.0");
    assertThat(out.posts()).hasSize(25);
    Post p = out.posts().get(0);
    assertThat(p.id()).isEqualTo("tag:www.githubstatus.com,2005:Incident/28343178");
    assertThat(p.title()).isEqualTo("Delays in UI updates for Actions Runs");
    assertThat(p.link()).isEqualTo("https://www.githubstatus.com/incidents/f314nlctbfs5");
    assertThat(p.published()).isEqualTo(Instant.parse("2026-02-03T19:28:45Z"));
    assertThat(p.updated()).isEqualTo(Instant.parse("2026-02-05T00:24:13Z"));
    assertThat(p.updates()).hasSize(4);
    assertThat(p.updates().get(0).at()).isEqualTo(Instant.parse("2026-02-03T16:10:00Z"));
    assertThat(p.updates().get(0).status()).isEqualTo("Investigating");
    assertThat(p.updates().get(3).at()).isEqualTo(Instant.parse("2026-02-03T19:28:00Z"));
    assertThat(p.latestStatus()).isEqualTo("Resolved");
  }

  @Test
  void githubIncidentAcrossMidnightWithSixteenUpdates() {
    Post p = Fixtures.withLinkEnding(posts("statuspage/github-history-2026-02-04.atom"), "/xwn6hjps36ty");
    assertThat(p.title()).isEqualTo("Incident with Actions");
    assertThat(p.updates()).hasSize(16);
    assertThat(p.updates().get(0).at()).isEqualTo(Instant.parse("2026-02-02T19:03:00Z"));
    assertThat(p.updates().get(15).at()).isEqualTo(Instant.parse("2026-02-03T00:56:00Z"));
  }

  @Test
  void githubRssMatchesAtomButHasNoUpdatedDate() {
    List<Post> atom = posts("statuspage/github-history-2026-02-04.atom");
    List<Post> rss = posts("statuspage/github-history-2026-02-04.rss");
    assertThat(rss).hasSize(25);
    Post first = rss.get(0);
    assertThat(first.id()).isEqualTo("https://www.githubstatus.com/incidents/f314nlctbfs5");
    assertThat(first.published()).isEqualTo(Instant.parse("2026-02-03T19:28:45Z"));
    assertThat(first.updated()).isNull();
    for (int i = 0; i < atom.size(); i++) {
      assertThat(rss.get(i).updates()).isEqualTo(atom.get(i).updates());
    }
  }

  @Test
  void codecovMaintenanceSpanningAMonth() {
    Post p = Fixtures.withLinkEnding(posts("statuspage/codecov-history-2016.atom"), "/4qj5wkxf18d6");
    assertThat(p.id()).isEqualTo("tag:status.codecov.io,2005:Incident/450433");
    assertThat(p.title()).isEqualTo("Major Release - V4");
    assertThat(p.updates()).hasSize(6);
    assertThat(p.updates().get(0).at()).isEqualTo(Instant.parse("2016-03-27T14:40:00Z"));
    assertThat(p.updates().get(0).status()).isEqualTo("Scheduled");
    assertThat(p.updates().get(5).at()).isEqualTo(Instant.parse("2016-04-24T18:09:00Z"));
    assertThat(p.latestStatus()).isEqualTo("Completed");
  }

  @Test
  void codecovSameMinuteUpdatesKeepTheirPageOrder() {
    Post p = Fixtures.withLinkEnding(posts("statuspage/codecov-history-2016.atom"), "/chgn3yr158sd");
    assertThat(p.updates()).extracting(u -> u.status())
        .containsExactly("Scheduled", "In progress", "Update", "Completed");
  }

  @Test
  void parseNewYearEntry() {
    Post p = Fixtures.withLinkEnding(posts("statuspage/parse-history-2014.rss"), "/lzf7mjchpy20");
    assertThat(p.title()).isEqualTo("Elevated error rates");
    assertThat(p.updates()).hasSize(3);
    assertThat(p.updates().get(0).at()).isEqualTo(Instant.parse("2014-01-01T16:17:00Z"));
    assertThat(p.updates().get(2).at()).isEqualTo(Instant.parse("2014-01-01T17:09:00Z"));
  }

  @Test
  void parsePostmortemTwoDaysAfterPubDate() {
    Post p = Fixtures.withLinkEnding(posts("statuspage/parse-history-2014.rss"), "/p9hy357zjvb3");
    assertThat(p.updates()).hasSize(3);
    assertThat(p.updates().get(0).at()).isEqualTo(Instant.parse("2013-12-24T16:58:00Z"));
    assertThat(p.updates().get(2).at()).isEqualTo(Instant.parse("2013-12-26T18:22:00Z"));
    assertThat(p.latestStatus()).isEqualTo("Postmortem");
  }

  @Test
  void parseSummerTimesLabelledPstAreOnPdt() {
    Post p = Fixtures.withLinkEnding(posts("statuspage/parse-history-2014.rss"), "/ctfv4ldyy165");
    assertThat(p.published()).isEqualTo(Instant.parse("2013-08-20T12:42:21Z"));
    assertThat(p.updates()).hasSize(3);
    assertThat(p.updates().get(0).at()).isEqualTo(Instant.parse("2013-08-20T12:04:00Z"));
    assertThat(p.updates().get(2).at()).isEqualTo(Instant.parse("2013-08-20T12:42:00Z"));
  }

  @Test
  void incidentIoKeepsItsDoubleSlashLinksAndHasItsLatestStateAsTheTimeline() {
    List<Post> posts = posts("incidentio/openai-feed-2026-02-20.rss");
    assertThat(posts).hasSize(61);
    Post p = posts.get(0);
    assertThat(p.id()).isEqualTo("https://status.openai.com//incidents/01KHRP7P1JF885BYA8SDWBDBR1");
    assertThat(p.link()).isEqualTo(p.id());
    assertThat(p.title()).isEqualTo("Sora 2 Degraded Performance");
    assertThat(p.published()).isEqualTo(Instant.parse("2026-02-18T16:40:22Z"));
    assertThat(p.body())
        .isEqualTo(
            "Status: Resolved\n\nAll impacted services have now fully recovered.\n\nAffected"
                + " components\n\nVideo generation (Operational)");
    assertThat(p.updates()).containsExactly(new nl.statuswacht.model.PostUpdate(
        Instant.parse("2026-02-18T16:40:22Z"), "Resolved",
        "All impacted services have now fully recovered."));
    assertThat(p.hints().components()).containsExactly("Video generation");
    assertThat(PostMerge.key(p)).isEqualTo("01KHRP7P1JF885BYA8SDWBDBR1");
    assertThat(posts).allSatisfy(post -> assertThat(post.latestStatus()).isEqualTo("Resolved"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"atom_0.3", "rss_0.9", "rss_1.0", "rss_0.91U"})
  void romeFormatFixturesAreRead(String format) {
    ReadOutcome.Posts out = Fixtures.posts("real/generic-feeds/rome-" + format + ".xml");
    assertThat(out.format()).isEqualTo(format);
    assertThat(out.posts()).hasSize(2);
    assertThat(out.posts()).allSatisfy(p -> assertThat(p.title()).isNotBlank());
  }

  static Stream<String> everyRealFixture() throws IOException, URISyntaxException {
    Path root = Path.of(RealFeedTest.class.getResource("/fixtures").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("everyRealFixture")
  void neverThrowsAndRefusalsAreOneLineNamingTheDocument(String path) {
    assertThatCode(() -> Fixtures.read(path)).doesNotThrowAnyException();
    if (Fixtures.read(path) instanceof ReadOutcome.Refused r) {
      assertThat(r.reason()).startsWith("read: fixtures/" + path + " ").doesNotContain("\n");
    }
  }
}
