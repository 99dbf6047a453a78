package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Window;
import nl.statuswacht.testing.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatuspageJsonReaderTest {
  private static final String KVK_INCIDENTS = "kvk/site/api/v2/incidents.json";
  private static final String KVK_MAINTENANCES = "kvk/site/api/v2/scheduled-maintenances.json";
  private static final String CLAUDE_INCIDENTS =
      "real/statuspage/claude-incidents-mixed-fixture.json";
  private static final String CLAUDE_MAINTENANCES =
      "real/statuspage/claude-scheduled-maintenances-2026-09.json";

  private final StatuspageJsonReader reader = new StatuspageJsonReader();

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  private ReadOutcome.Posts readFixture(String path) {
    ReadOutcome outcome = reader.read(new SourceDocument(Fixtures.bytes(path),
        "application/json", "https://example.test/" + path));
    assertThat(outcome).isInstanceOf(ReadOutcome.Posts.class);
    return (ReadOutcome.Posts) outcome;
  }

  private ReadOutcome readText(String json) {
    return reader.read(new SourceDocument(json.getBytes(StandardCharsets.UTF_8), null,
        "https://status.example/api/v2/incidents.json"));
  }

  private static Map<String, Post> byId(List<Post> posts) {
    Map<String, Post> map = new LinkedHashMap<>();
    posts.forEach(p -> map.put(p.id(), p));
    return map;
  }

  @Test
  void aSingleIncidentDocumentReadsAsThatIncidentReadsInTheList() {
    ReadOutcome.Posts single = readFixture("kvk/site/api/v2/incidents/d03.json");
    ReadOutcome.Posts list = readFixture(KVK_INCIDENTS);

    assertThat(single.format()).isEqualTo(StatuspageJsonReader.INCIDENT);
    assertThat(single.posts()).containsExactly(byId(list.posts()).get("d03"));
    assertThat(single.posts().get(0).link()).isEqualTo("https://status.kvk.nl/incidents/d03");
  }

  @Test
  void aSingleMaintenanceDocumentIsReadToo() {
    ReadOutcome outcome = readText("{\"page\": {\"url\": \"https://status.example\"},"
        + " \"scheduled_maintenance\": {\"id\": \"m1\", \"name\": \"Onderhoud\","
        + " \"scheduled_for\": \"2026-06-06T07:00:00+02:00\","
        + " \"scheduled_until\": \"2026-06-06T09:00:00+02:00\", \"incident_updates\": []}}");

    ReadOutcome.Posts posts = (ReadOutcome.Posts) outcome;
    assertThat(posts.format()).isEqualTo(StatuspageJsonReader.SCHEDULED_MAINTENANCE);
    assertThat(posts.posts()).singleElement().satisfies(post -> {
      assertThat(post.id()).isEqualTo("m1");
      assertThat(post.link()).isEqualTo("https://status.example/incidents/m1");
      assertThat(post.hints().scheduled()).isEqualTo(new Window(at("2026-06-06T07:00:00+02:00"),
          at("2026-06-06T09:00:00+02:00")));
    });
  }

  @Nested
  class KvkSite {
    private final ReadOutcome.Posts incidents = readFixture(KVK_INCIDENTS);
    private final ReadOutcome.Posts maintenances = readFixture(KVK_MAINTENANCES);

    private Map<String, Post> all() {
      Map<String, Post> all = byId(incidents.posts());
      maintenances.posts().forEach(p -> all.putIfAbsent(p.id(), p));
      return all;
    }

    @Test
    void formats() {
      assertThat(incidents.format()).isEqualTo("statuspage_incidents");
      assertThat(maintenances.format()).isEqualTo("statuspage_scheduled_maintenances");
    }

    @Test
    void bothDocumentsTogetherGiveExactlyThePostsOfPostsJson() throws IOException {
      JsonNode expected = new ObjectMapper().readTree(Fixtures.bytes("kvk/posts.json"));
      Map<String, Post> all = all();
      List<String> ids = new ArrayList<>();
      for (JsonNode post : expected) {
        String id = post.get("id").asText();
        ids.add(id);
        Post read = all.get(id);
        assertThat(read).as(id).isNotNull();
        assertThat(read.title()).as(id).isEqualTo(post.get("title").asText());
        assertThat(read.updates()).as(id).hasSize(post.get("updates").size());
        for (int i = 0; i < post.get("updates").size(); i++) {
          JsonNode update = post.get("updates").get(i);
          assertThat(read.updates().get(i).at()).as(id + " update " + i)
              .isEqualTo(at(update.get("at").asText()));
          assertThat(read.updates().get(i).text()).as(id + " update " + i)
              .isEqualTo(update.get("body").asText());
        }
      }
      assertThat(all.keySet()).containsExactlyInAnyOrderElementsOf(ids).hasSize(20);
    }

    @Test
    void maintenancesAreReadTheSameFromEitherDocument() {
      Map<String, Post> fromIncidents = byId(incidents.posts());
      assertThat(maintenances.posts()).hasSize(7);
      for (Post maintenance : maintenances.posts()) {
        assertThat(fromIncidents.get(maintenance.id())).isEqualTo(maintenance);
      }
    }

    @Test
    void d01() {
      Post d01 = all().get("d01");
      assertThat(d01.title()).isEqualTo("Storing: KVK API's niet bereikbaar");
      assertThat(d01.link()).isEqualTo("https://status.kvk.nl/incidents/d01");
      assertThat(d01.published()).isEqualTo(at("2025-09-15T06:40:00Z"));
      assertThat(d01.updated()).isEqualTo(at("2025-09-15T08:05:00Z"));
      assertThat(d01.updates()).containsExactly(
          new PostUpdate(at("2025-09-15T08:40:00+02:00"), "investigating",
              "Vanaf 08:25 uur zijn de API Zoeken en de API Basisprofiel niet bereikbaar. "
                  + "Er is sprake van een ernstige verstoring."),
          new PostUpdate(at("2025-09-15T10:05:00+02:00"), "resolved",
              "De API's zijn weer bereikbaar. Excuses voor het ongemak."));
      assertThat(d01.body()).isEqualTo("De API's zijn weer bereikbaar. Excuses voor het ongemak.\n\n"
          + "Vanaf 08:25 uur zijn de API Zoeken en de API Basisprofiel niet bereikbaar. "
          + "Er is sprake van een ernstige verstoring.");
      assertThat(d01.hints()).isEqualTo(new PlatformHints("none", null, List.of()));
      assertThat(d01.latestStatus()).isEqualTo("resolved");
    }

    @Test
    void d02KeepsTheApiStatusCodeWherePostsJsonSaysUpdate() {
      Post d02 = all().get("d02");
      assertThat(d02.updates()).containsExactly(
          new PostUpdate(at("2025-10-07T13:00:00+02:00"), "investigating",
              "Een deel van de bevragingen op de KVK Dataservice mislukt. "
                  + "De dienstverlening is beperkt verstoord."),
          new PostUpdate(at("2025-10-08T09:00:00+02:00"), "identified",
              "We hebben de oorzaak gevonden en werken aan een oplossing."),
          new PostUpdate(at("2025-10-09T15:00:00+02:00"), "resolved",
              "De verstoring is verholpen."));
      assertThat(d02.published()).isEqualTo(at("2025-10-07T11:00:00Z"));
      assertThat(d02.updated()).isEqualTo(at("2025-10-09T13:00:00Z"));
    }

    @Test
    void d03AcrossTheYearEndInWinterTime() {
      Post d03 = all().get("d03");
      assertThat(d03.updates()).containsExactly(
          new PostUpdate(at("2025-12-23T09:00:00Z"), "investigating",
              "Signalen van de KVK Mutatieservice worden met vertraging geleverd. "
                  + "De dienstverlening is minimaal verstoord."),
          new PostUpdate(at("2025-12-31T09:00:00Z"), "resolved",
              "Alle signalen zijn weer actueel."));
    }

    @Test
    void d06MaintenanceWithWindow() {
      Post d06 = all().get("d06");
      assertThat(d06.title()).isEqualTo("Gepland onderhoud KVK API");
      assertThat(d06.updates()).containsExactly(
          new PostUpdate(at("2025-10-01T10:00:00+02:00"), "scheduled",
              "Op zaterdag 18 oktober 2025 tussen 07:00 en 11:00 uur is de KVK API niet "
                  + "beschikbaar wegens gepland onderhoud."),
          new PostUpdate(at("2025-10-18T07:00:00+02:00"), "in_progress",
              "Het onderhoud is begonnen."),
          new PostUpdate(at("2025-10-18T10:30:00+02:00"), "completed",
              "Het onderhoud is klaar."));
      assertThat(d06.hints()).isEqualTo(new PlatformHints("maintenance",
          new Window(at("2025-10-18T05:00:00Z"), at("2025-10-18T09:00:00Z")), List.of()));
    }

    @Test
    void d11EnglishMaintenanceAndD12WithoutWindow() {
      Post d11 = all().get("d11");
      assertThat(d11.updates()).containsExactly(new PostUpdate(at("2025-07-01T07:00:00Z"),
          "scheduled", "The KVK Mutatieservice will be unavailable on Sunday 20 July 2025 "
              + "between 08:00 and 12:00 because of planned maintenance."));
      assertThat(d11.hints().scheduled()).isEqualTo(
          new Window(at("2025-07-20T06:00:00Z"), at("2025-07-20T10:00:00Z")));
      Post d12 = all().get("d12");
      assertThat(d12.hints().impact()).isEqualTo("maintenance");
      assertThat(d12.hints().scheduled()).isNull();
    }

    @Test
    void publishedIsTheFirstUpdateAndUpdatedTheLast() {
      for (Post post : all().values()) {
        assertThat(post.published()).as(post.id()).isEqualTo(post.updates().get(0).at());
        assertThat(post.updated()).as(post.id())
            .isEqualTo(post.updates().get(post.updates().size() - 1).at());
      }
    }

    @Test
    void theDefaultTimeZoneChangesNothing() {
      TimeZone before = TimeZone.getDefault();
      try {
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        assertThat(readFixture(KVK_INCIDENTS)).isEqualTo(incidents);
      } finally {
        TimeZone.setDefault(before);
      }
    }
  }

  @Nested
  class ClaudeIncidents {
    private final ReadOutcome.Posts read = readFixture(CLAUDE_INCIDENTS);
    private final Map<String, Post> posts = byId(read.posts());

    @Test
    void threePostsInDocumentOrder() {
      assertThat(read.format()).isEqualTo("statuspage_incidents");
      assertThat(posts.keySet()).containsExactly("6ptd5skgmy3v", "maint01", "weird01");
    }

    @Test
    void realIncident() {
      Post p = posts.get("6ptd5skgmy3v");
      assertThat(p.title()).isEqualTo("Elevated errors on Claude Opus 4.8");
      assertThat(p.link()).isEqualTo("https://stspg.io/32dgd2bnmh8z");
      assertThat(p.published()).isEqualTo(at("2026-06-06T18:37:44.139Z"));
      assertThat(p.updated()).isEqualTo(at("2026-06-06T19:05:27.193Z"));
      assertThat(p.updates()).hasSize(2);
      assertThat(p.updates().get(0)).isEqualTo(new PostUpdate(at("2026-06-06T18:37:44.395Z"),
          "identified", "We are experiencing elevated error rates on Claude Opus 4.8. Our team "
              + "has identified the issue and is working to fully resolve these errors."));
      assertThat(p.updates().get(1).at()).isEqualTo(at("2026-06-06T19:05:27.178Z"));
      assertThat(p.updates().get(1).status()).isEqualTo("resolved");
      assertThat(p.updates().get(1).text()).isEqualTo("From 18:12–18:55, we saw elevated errors "
          + "on requests to Claude Opus 4.8. This issue has been resolved.");
      assertThat(p.hints()).isEqualTo(new PlatformHints("minor", null,
          List.of("claude.ai", "Claude API (api.anthropic.com)")));
    }

    @Test
    void maint01MaintenanceInsideIncidentsWithoutWindow() {
      Post p = posts.get("maint01");
      assertThat(p.title()).isEqualTo("Scheduled database maintenance");
      assertThat(p.link()).isEqualTo("https://stspg.io/maint01");
      assertThat(p.updates()).containsExactly(
          new PostUpdate(at("2026-06-04T02:00:00Z"), "scheduled", "Maintenance scheduled."),
          new PostUpdate(at("2026-06-04T02:05:00.500Z"), "in_progress",
              "Maintenance is underway."));
      assertThat(p.latestStatus()).isEqualTo("in_progress");
      assertThat(p.hints()).isEqualTo(new PlatformHints("maintenance", null,
          List.of("claude.ai")));
    }

    @Test
    void weird01UnknownImpactAndStatusKeptAsGiven() {
      Post p = posts.get("weird01");
      assertThat(p.title()).isEqualTo("Weird impact incident");
      assertThat(p.link()).isEqualTo("https://stspg.io/weird01");
      assertThat(p.published()).isEqualTo(at("2026-06-02T00:00:00Z"));
      assertThat(p.updated()).isEqualTo(at("2026-06-02T00:30:00Z"));
      assertThat(p.updates()).containsExactly(
          new PostUpdate(at("2026-06-02T00:30:00Z"), "surprise", "Odd one."));
      assertThat(p.hints()).isEqualTo(new PlatformHints("catastrophic", null,
          List.of("claude.ai")));
    }
  }

  @Nested
  class ClaudeScheduledMaintenances {
    private final ReadOutcome.Posts read = readFixture(CLAUDE_MAINTENANCES);
    private final Map<String, Post> posts = byId(read.posts());

    @Test
    void twoMaintenances() {
      assertThat(read.format()).isEqualTo("statuspage_scheduled_maintenances");
      assertThat(posts.keySet()).containsExactly("x017628t2rl5", "16z0qdmy3qv2");
    }

    @Test
    void connectorAuthStorage() {
      Post p = posts.get("x017628t2rl5");
      assertThat(p.title()).isEqualTo("Upgrades to Connector Auth Storage");
      assertThat(p.link()).isEqualTo("https://status.claude.com/incidents/x017628t2rl5");
      assertThat(p.published()).isEqualTo(at("2025-08-29T01:23:38.417Z"));
      assertThat(p.updated()).isEqualTo(at("2025-08-29T02:40:21.294Z"));
      assertThat(p.updates()).extracting(PostUpdate::status)
          .containsExactly("scheduled", "in_progress", "verifying", "completed");
      assertThat(p.updates().get(0).at()).isEqualTo(at("2025-08-29T01:23:38.479Z"));
      assertThat(p.updates().get(3).at()).isEqualTo(at("2025-08-29T02:40:21.277Z"));
      assertThat(p.updates().get(3).text())
          .isEqualTo("The scheduled maintenance has been completed.");
      assertThat(p.hints()).isEqualTo(new PlatformHints("maintenance",
          new Window(at("2025-08-29T01:25:00Z"), at("2025-08-29T02:40:00Z")),
          List.of("claude.ai")));
    }

    @Test
    void claudeAiAndConsole() {
      Post p = posts.get("16z0qdmy3qv2");
      assertThat(p.title())
          .isEqualTo("Scheduled maintenance for Claude.ai and Anthropic Console");
      assertThat(p.link()).isEqualTo("https://status.claude.com/incidents/16z0qdmy3qv2");
      assertThat(p.published()).isEqualTo(at("2024-12-13T18:39:41.950Z"));
      assertThat(p.updates()).hasSize(4);
      assertThat(p.updates().get(0)).isEqualTo(new PostUpdate(at("2024-12-13T18:39:42.009Z"),
          "scheduled", "From 17:00–17:30 PT, we will be performing a scheduled maintenance of "
              + "backend services supporting Claude.ai and the Anthropic Console. The Anthropic "
              + "API will not be affected."));
      assertThat(p.updates().get(3).at()).isEqualTo(at("2024-12-15T01:26:47.953Z"));
      assertThat(p.latestStatus()).isEqualTo("completed");
      assertThat(p.hints()).isEqualTo(new PlatformHints("maintenance",
          new Window(at("2024-12-15T01:00:00Z"), at("2024-12-15T01:30:00Z")),
          List.of("claude.ai", "Claude Console (platform.claude.com)")));
      assertThat(p.body()).startsWith("The scheduled maintenance has been completed.\n\n"
          + "Scheduled maintenance is currently in progress.");
    }
  }

  @Nested
  class Shapes {
    @Test
    void summaryReadsBothArraysAndEachPostOnce() {
      ReadOutcome outcome = readText("""
          {"page": {"id": "p", "url": "https://status.example/"},
           "status": {"indicator": "major"}, "components": [],
           "incidents": [{"id": "inc1", "name": "Down", "impact": "major",
             "created_at": "2026-01-05T10:00:00.000+01:00",
             "incident_updates": [{"status": "investigating", "body": "Looking",
               "display_at": "2026-01-05T10:00:00.000+01:00"}]},
             {"id": "m1", "name": "Work", "impact": "maintenance"}],
           "scheduled_maintenances": [{"id": "m1", "name": "Work", "impact": "maintenance",
             "scheduled_for": "2026-01-06T22:00:00Z", "scheduled_until": "2026-01-06T23:00:00Z"},
             {"id": "m2", "name": "More work"}]}
          """);
      assertThat(outcome).isInstanceOf(ReadOutcome.Posts.class);
      ReadOutcome.Posts posts = (ReadOutcome.Posts) outcome;
      assertThat(posts.format()).isEqualTo("statuspage_summary");
      assertThat(posts.posts()).extracting(Post::id).containsExactly("inc1", "m1", "m2");
      Post inc1 = posts.posts().get(0);
      assertThat(inc1.link()).isEqualTo("https://status.example/incidents/inc1");
      assertThat(inc1.published()).isEqualTo(at("2026-01-05T09:00:00Z"));
      assertThat(inc1.updates()).containsExactly(
          new PostUpdate(at("2026-01-05T09:00:00Z"), "investigating", "Looking"));
      assertThat(posts.posts().get(1).hints().scheduled())
          .isEqualTo(new Window(at("2026-01-06T22:00:00Z"), at("2026-01-06T23:00:00Z")));
    }

    @Test
    void ofTwoReadingsOfOnePostTheLaterUpdatedWins() {
      ReadOutcome.Posts posts = (ReadOutcome.Posts) readText("""
          {"incidents": [{"id": "m", "name": "new", "updated_at": "2026-01-06T10:00:00Z"}],
           "scheduled_maintenances": [{"id": "m", "name": "old",
             "updated_at": "2026-01-05T10:00:00Z"}]}""");
      assertThat(posts.posts()).extracting(Post::title).containsExactly("new");
    }

    @Test
    void missingPartsAreEmptyOrNullNeverGuessed() {
      ReadOutcome.Posts posts = (ReadOutcome.Posts) readText("""
          {"incidents": [{"id": "a", "created_at": "2026-01-05 10:00",
            "updated_at": "2026-01-05T10:00:00", "scheduled_for": "tomorrow",
            "incident_updates": [{"status": "resolved", "body": "no date"},
              {"status": null, "body": "<p>Fixed &amp; <b>done</b></p>\\n  ok",
               "created_at": "2026-01-05T10:00:00Z"}],
            "components": null, "impact": null}]}
          """);
      Post a = posts.posts().get(0);
      assertThat(a.title()).isEmpty();
      assertThat(a.link()).isNull();
      assertThat(a.published()).isNull();
      assertThat(a.updated()).isNull();
      assertThat(a.hints()).isEqualTo(PlatformHints.NONE);
      // the paragraph and the writer's line break each end a line
      assertThat(a.updates()).containsExactly(
          new PostUpdate(at("2026-01-05T10:00:00Z"), "", "Fixed & done\n\nok"));
      assertThat(a.body()).isEqualTo("no date\n\nFixed & done\n\nok");
    }

    @Test
    void pagePublishedAtWhenCreatedAtIsMissing() {
      ReadOutcome.Posts posts = (ReadOutcome.Posts) readText("""
          {"incidents": [{"id": "a", "published_at": "2026-01-05T10:00:00Z"}]}""");
      assertThat(posts.posts().get(0).published()).isEqualTo(at("2026-01-05T10:00:00Z"));
    }

    @Test
    void windowEndingBeforeItStartsIsNoWindow() {
      ReadOutcome.Posts posts = (ReadOutcome.Posts) readText("""
          {"scheduled_maintenances": [{"id": "m", "scheduled_for": "2026-01-06T23:00:00Z",
            "scheduled_until": "2026-01-06T22:00:00Z"},
            {"id": "n", "scheduled_for": "2026-01-06T23:00:00Z"}]}""");
      assertThat(posts.posts().get(0).hints().scheduled()).isNull();
      assertThat(posts.posts().get(1).hints().scheduled())
          .isEqualTo(new Window(at("2026-01-06T23:00:00Z"), null));
    }

    @Test
    void postsWithoutIdGetAStableOneAndNonObjectsAreSkipped() {
      String json = """
          {"incidents": [null, 3, "x", {"name": "anonymous"},
            {"name": "short", "shortlink": "https://stspg.io/abc"}, {"id": 42, "name": "n"}]}""";
      ReadOutcome.Posts first = (ReadOutcome.Posts) readText(json);
      ReadOutcome.Posts second = (ReadOutcome.Posts) readText(json);
      assertThat(first).isEqualTo(second);
      assertThat(first.posts()).extracting(Post::id)
          .satisfies(ids -> assertThat(ids.get(0)).startsWith("sha256:"))
          .containsSubsequence("https://stspg.io/abc", "42");
    }

    @Test
    void emptyArraysAreNoPosts() {
      ReadOutcome outcome = readText("{\"page\": {}, \"incidents\": []}");
      assertThat(outcome).isEqualTo(new ReadOutcome.Posts("statuspage_incidents", List.of()));
    }
  }

  @Nested
  class Refusals {
    private static final String WHERE = "https://status.example/api/v2/incidents.json";

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t", "\uFEFF"})
    void emptyBody(String body) {
      assertThat(readText(body))
          .isEqualTo(new ReadOutcome.Refused("read: " + WHERE + " is empty"));
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
      ReadOutcome outcome = readText("{\"incidents\": [\n  {\"id\": \"a\",, }\n]}");
      assertThat(outcome).isInstanceOf(ReadOutcome.Refused.class);
      assertThat(((ReadOutcome.Refused) outcome).reason())
          .startsWith("read: " + WHERE + " is not valid JSON: line 2, column 14: ")
          .doesNotContain("\n");
    }

    @Test
    void truncatedJson() {
      ReadOutcome outcome = readText("{\"incidents\": [{\"id\": \"a\"");
      assertThat(((ReadOutcome.Refused) outcome).reason())
          .startsWith("read: " + WHERE + " is not valid JSON: line 1, column ");
    }

    @Test
    void trailingGarbage() {
      ReadOutcome outcome = readText("{\"incidents\": []} {\"more\": 1}");
      assertThat(((ReadOutcome.Refused) outcome).reason())
          .startsWith("read: " + WHERE + " is not valid JSON: line 1, column ");
    }

    @Test
    void nestingTooDeepIsRefusedNotThrown() {
      ReadOutcome outcome = readText("{\"incidents\": " + "[".repeat(5000));
      assertThat(((ReadOutcome.Refused) outcome).reason())
          .startsWith("read: " + WHERE + " is not valid JSON: Document nesting depth (1001)");
    }

    @Test
    void atomIsNotJson() {
      ReadOutcome outcome = reader.read(new SourceDocument(
          Fixtures.bytes("kvk/site/history.atom"), "application/json", "history.atom"));
      assertThat(((ReadOutcome.Refused) outcome).reason())
          .startsWith("read: history.atom is not valid JSON: line 1, column 1: Unexpected character ('<'");
    }

    @Test
    void jsonOfAnotherShape() {
      assertThat(readText("[1, 2]")).isEqualTo(new ReadOutcome.Refused("read: " + WHERE
          + " is JSON but not a Statuspage API document: its top level is an array, "
          + "not an object"));
      assertThat(readText("{\"page\": {\"id\": \"x\"}, \"status\": {}}")).isEqualTo(
          new ReadOutcome.Refused("read: " + WHERE + " is JSON but not a Statuspage API "
              + "document: it has neither an \"incidents\" nor a \"scheduled_maintenances\" "
              + "array, nor an \"incident\" or \"scheduled_maintenance\" object"));
      assertThat(readText("{\"incident\": [1]}")).isEqualTo(
          new ReadOutcome.Refused("read: " + WHERE + " is JSON but not a Statuspage API "
              + "document: \"incident\" is an array, not an object"));
      assertThat(readText("{\"incidents\": {\"id\": \"a\"}}")).isEqualTo(
          new ReadOutcome.Refused("read: " + WHERE + " is JSON but not a Statuspage API "
              + "document: \"incidents\" is an object, not an array"));
      assertThat(readText("\"text\"")).isEqualTo(new ReadOutcome.Refused("read: " + WHERE
          + " is JSON but not a Statuspage API document: its top level is a string, "
          + "not an object"));
    }

    @Test
    void posts_json_itselfIsNotAStatuspageDocument() {
      ReadOutcome outcome = reader.read(new SourceDocument(Fixtures.bytes("kvk/posts.json"),
          null, "posts.json"));
      assertThat(outcome).isEqualTo(new ReadOutcome.Refused("read: posts.json is JSON but not "
          + "a Statuspage API document: its top level is an array, not an object"));
    }
  }
}
