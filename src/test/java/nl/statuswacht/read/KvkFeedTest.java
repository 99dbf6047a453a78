package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TimeZone;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * KVK-style posts rendered as Statuspage feeds ({@code fixtures/kvk/site/}); the expected
 * timelines are copied by hand from {@code fixtures/kvk/posts.json}.
 */
class KvkFeedTest {

  private static PostUpdate u(String at, String status, String text) {
    return new PostUpdate(OffsetDateTime.parse(at).toInstant(), status, text);
  }

  private static List<Post> posts(String file) {
    return Fixtures.posts("kvk/site/" + file).posts();
  }

  @ParameterizedTest
  @ValueSource(strings = {"history.atom", "history.rss"})
  void readsAllTwentyPosts(String file) {
    ReadOutcome.Posts out = Fixtures.posts("kvk/site/" + file);
    assertThat(out.format()).isEqualTo(file.endsWith("atom") ? "atom_1.0" : "rss_2.0");
    assertThat(out.posts()).hasSize(20);
    assertThat(out.posts()).allSatisfy(p -> assertThat(p.updates()).isNotEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"history.atom", "history.rss"})
  void d01IncidentTimeline(String file) {
    Post p = Fixtures.withLinkEnding(posts(file), "/incidents/d01");
    assertThat(p.title()).isEqualTo("Storing: KVK API's niet bereikbaar");
    assertThat(p.updates())
        .containsExactly(
            u("2025-09-15T08:40:00+02:00", "Onderzoek",
                "Vanaf 08:25 uur zijn de API Zoeken en de API Basisprofiel niet bereikbaar. Er is"
                    + " sprake van een ernstige verstoring."),
            u("2025-09-15T10:05:00+02:00", "Opgelost",
                "De API's zijn weer bereikbaar. Excuses voor het ongemak."));
    assertThat(p.latestStatus()).isEqualTo("Opgelost");
  }

  @ParameterizedTest
  @ValueSource(strings = {"history.atom", "history.rss"})
  void d02ThreeUpdatesOverThreeDays(String file) {
    assertThat(Fixtures.withLinkEnding(posts(file), "/incidents/d02").updates())
        .containsExactly(
            u("2025-10-07T13:00:00+02:00", "Onderzoek",
                "Een deel van de bevragingen op de KVK Dataservice mislukt. De dienstverlening is"
                    + " beperkt verstoord."),
            u("2025-10-08T09:00:00+02:00", "Update",
                "We hebben de oorzaak gevonden en werken aan een oplossing."),
            u("2025-10-09T15:00:00+02:00", "Opgelost", "De verstoring is verholpen."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"history.atom", "history.rss"})
  void d03SpansDecember23To31(String file) {
    Post p = Fixtures.withLinkEnding(posts(file), "/incidents/d03");
    assertThat(p.updates())
        .containsExactly(
            u("2025-12-23T10:00:00+01:00", "Onderzoek",
                "Signalen van de KVK Mutatieservice worden met vertraging geleverd. De"
                    + " dienstverlening is minimaal verstoord."),
            u("2025-12-31T10:00:00+01:00", "Opgelost", "Alle signalen zijn weer actueel."));
    assertThat(p.published()).isEqualTo(Instant.parse("2025-12-31T09:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"history.atom", "history.rss"})
  void d04EnglishIncident(String file) {
    assertThat(Fixtures.withLinkEnding(posts(file), "/incidents/d04").updates())
        .containsExactly(
            u("2025-06-02T09:00:00+02:00", "Investigating",
                "All KVK API endpoints return errors. Service is severely disrupted (P1)."),
            u("2025-06-02T12:30:00+02:00", "Resolved", "The disruption has been fixed."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"history.atom", "history.rss"})
  void d06MaintenanceWithThreeUpdates(String file) {
    assertThat(Fixtures.withLinkEnding(posts(file), "/incidents/d06").updates())
        .containsExactly(
            u("2025-10-01T10:00:00+02:00", "Gepland",
                "Op zaterdag 18 oktober 2025 tussen 07:00 en 11:00 uur is de KVK API niet"
                    + " beschikbaar wegens gepland onderhoud."),
            u("2025-10-18T07:00:00+02:00", "In uitvoering", "Het onderhoud is begonnen."),
            u("2025-10-18T10:30:00+02:00", "Voltooid", "Het onderhoud is klaar."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"history.atom", "history.rss"})
  void d12EmergencyMaintenance(String file) {
    assertThat(Fixtures.withLinkEnding(posts(file), "/incidents/d12").updates())
        .containsExactly(
            u("2025-05-13T15:30:00+02:00", "Gepland",
                "Wij voeren vanavond van 19:00 tot 19:45 uur spoedonderhoud uit aan de KVK"
                    + " Dataservice. De dienst is dan niet beschikbaar."),
            u("2025-05-13T19:50:00+02:00", "Voltooid", "Het spoedonderhoud is afgerond."));
  }

  @org.junit.jupiter.api.Test
  void atomAndRssGiveTheSameTimelinesTitlesAndLinks() {
    List<Post> atom = posts("history.atom");
    List<Post> rss = posts("history.rss");
    for (int i = 0; i < atom.size(); i++) {
      assertThat(rss.get(i).updates()).isEqualTo(atom.get(i).updates());
      assertThat(rss.get(i).title()).isEqualTo(atom.get(i).title());
      assertThat(rss.get(i).link()).isEqualTo(atom.get(i).link());
    }
  }

  @org.junit.jupiter.api.Test
  void plainDutchFeedHasItsTimelineInAmsterdamTime() {
    ReadOutcome.Posts out = Fixtures.posts("kvk/site/feed.rss");
    assertThat(out.posts()).hasSize(20);
    Post d03 = out.posts().get(0);
    assertThat(d03.id()).isEqualTo("kvk-d03");
    assertThat(d03.link()).isEqualTo("https://status.kvk.nl/berichten/d03");
    assertThat(d03.published()).isEqualTo(Instant.parse("2025-12-23T09:00:00Z"));
    assertThat(d03.updated()).isNull();
    assertThat(d03.updates()).containsExactly(
        u("2025-12-23T10:00:00+01:00", "Onderzoek", "Signalen van de KVK Mutatieservice worden"
            + " met vertraging geleverd. De dienstverlening is minimaal verstoord."),
        u("2025-12-31T10:00:00+01:00", "Opgelost", "Alle signalen zijn weer actueel."));
    assertThat(d03.body()).startsWith("23 december 2025 10:00 — Onderzoek\nSignalen van de KVK");
  }

  @org.junit.jupiter.api.Test
  void aPlainFeedThatShowsNoStatusWordStillHasItsTimeline() {
    String feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>KVK</title><link>https://status.kvk.nl</link>
        <description>x</description><language>nl-nl</language>
        <item><title>KVK API traag</title><link>https://status.kvk.nl/berichten/x1</link>
        <pubDate>Tue, 25 Mar 2025 13:20:00 +0100</pubDate>
        <description>&lt;p&gt;&lt;em&gt;25 maart 2025 13:20 — &lt;/em&gt;&lt;br/&gt;De API is traag.&lt;/p&gt;        &lt;p&gt;&lt;em&gt;25 maart 2025 14:50&lt;/em&gt;&lt;br/&gt;Alles werkt weer.&lt;/p&gt;</description>
        </item></channel></rss>
        """;
    ReadOutcome.Posts out = (ReadOutcome.Posts) new DocumentReader().read(new SourceDocument(
        feed.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, "feed.rss")).outcome();

    assertThat(out.posts().get(0).updates()).containsExactly(
        u("2025-03-25T13:20:00+01:00", "", "De API is traag."),
        u("2025-03-25T14:50:00+01:00", "", "Alles werkt weer."));
  }

  @org.junit.jupiter.api.Test
  void resultsDoNotDependOnTheDefaultTimeZone() {
    List<Post> expected = posts("history.rss");
    TimeZone saved = TimeZone.getDefault();
    try {
      for (String zone : List.of("Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata")) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        assertThat(posts("history.rss")).isEqualTo(expected);
        assertThat(posts("history.atom"))
            .extracting(Post::updates)
            .isEqualTo(expected.stream().map(Post::updates).toList());
      }
    } finally {
      TimeZone.setDefault(saved);
    }
  }
}
