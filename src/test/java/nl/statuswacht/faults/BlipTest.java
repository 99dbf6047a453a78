package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ch.qos.logback.classic.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.poll.PollCycle;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.LogRecorder;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One document of the plan blips: the page root is watched, discovery plans the Atom feed and
 * Statuspage's JSON API, and one of them suddenly shows fewer posts, or none. A post missing from
 * one document is not seen there, never "changed"; a document that suddenly lost most of its
 * posts is set aside for that poll; a post gone from every document is withdrawn, not mailed. And
 * a real change still reaches everyone.
 */
class BlipTest {
  private static final String FEED = Fixtures.text("kvk/site/history.atom");
  private static final String D03 = "tag:status.kvk.nl,2005:Incident/1002";
  private static final String INCIDENTS = Fixtures.text("kvk/site/api/v2/incidents.json");
  private static final String MAINTENANCE =
      Fixtures.text("kvk/site/api/v2/scheduled-maintenances.json");
  private static final String EMPTY_FEED = """
      <?xml version="1.0" encoding="UTF-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><id>tag:status.kvk.nl,2005:/history</id>
      <title>KVK Status - Incident History</title><updated>2026-01-02T08:00:00Z</updated></feed>
      """;

  @TempDir Path data;
  private Watch watch;

  @BeforeEach
  void baseline() throws Exception {
    // after the fixture's newest post, so that nothing is due or pending
    watch = new Watch(data, Instant.parse("2026-01-02T09:00:00Z"), Map.of());
    serve(FEED, INCIDENTS);
    watch.site.serve("/api/v2/scheduled-maintenances.json", json(MAINTENANCE));
    watch.poll();
    assertThat(watch.count("select count(*) from post")).isEqualTo(20);
    assertThat(watch.mails()).as("the baseline mails nothing").isEmpty();
  }

  @AfterEach
  void stop() throws Exception {
    watch.close();
  }

  @Test
  void aFeedServedEmptyForAPollMailsNothingThenOrWhenItComesBack() {
    serve(EMPTY_FEED, INCIDENTS);
    watch.poll();
    assertThat(watch.mails()).isEmpty();
    assertThat(watch.count("select count(*) from fetch_log where outcome = 'suspect'"))
        .isEqualTo(1);

    serve(FEED, INCIDENTS);
    watch.poll();
    assertThat(watch.mails()).isEmpty();
    assertThat(watch.count("select count(*) from post_version")).as("no new versions")
        .isEqualTo(20);
  }

  @Test
  void aFeedServedEmptyToTheFirstPollOfANewProcessIsSetAsideToo() throws Exception {
    serve(EMPTY_FEED, INCIDENTS);
    // a process that never counted the posts of the stored bodies: it reads the last one again
    try (Statuswacht other = Statuswacht.create(watch.config(), watch.clock, "test")) {
      other.pollOnce();
    }
    assertThat(watch.count("select count(*) from fetch_log where outcome = 'suspect'"))
        .isEqualTo(1);
    assertThat(watch.count("select count(*) from post where withdrawn_at is not null"))
        .as("nothing withdrawn").isZero();
    assertThat(watch.mails()).isEmpty();
  }

  @Test
  void aChangedFeedThatCannotBeArchivedFailsThePollWithTheArchivesErrorWhenTheApiFailsAfterIt()
      throws Exception {
    String changed = Fixtures.editAtomEntry(FEED, D03,
        entry -> entry.replace("<title>", "<title>Gewijzigd: "));
    watch.blockEvidenceOf(changed);
    watch.site.atom("/history.atom", changed);
    watch.site.serve("/api/v2/incidents.json",
        new MockResponse.Builder().code(500).body("down").build());

    // the feed is read (and its archive fails on another thread) before the API is fetched
    watch.pollFailingToArchive("/history.atom");
    assertThat(watch.count("select count(*) from post_version")).as("nothing stored")
        .isEqualTo(20);
  }

  @Test
  void theJsonApiServedWithoutIncidentsMailsNothing() {
    serve(FEED, "{\"page\": {\"id\": \"kvk\"}, \"incidents\": []}");
    watch.poll();
    serve(FEED, INCIDENTS);
    watch.poll();

    assertThat(watch.mails()).isEmpty();
    assertThat(watch.count("select count(*) from post_version")).isEqualTo(20);
  }

  @Test
  void aDocumentThatStaysEmptyIsBelievedAfterThreePollsAndStillAnnouncesNothing() {
    serve(EMPTY_FEED, INCIDENTS);
    watch.poll();
    watch.poll();
    watch.poll();

    assertThat(watch.count("select count(*) from fetch_log where outcome = 'suspect'"))
        .isEqualTo(2);
    assertThat(watch.mails()).as("every post is still in the JSON API, unchanged there")
        .isEmpty();
  }

  @Test
  void aPostMissingFromOneDocumentIsNotSeenThereNotChanged() {
    serve(Fixtures.withoutAtomEntry(FEED, D03), INCIDENTS);
    watch.poll();
    serve(FEED, INCIDENTS);
    watch.poll();

    assertThat(watch.mails()).isEmpty();
    assertThat(watch.count("select count(*) from post where withdrawn_at is not null"))
        .isZero();
  }

  @Test
  void aPostGoneFromEveryDocumentIsWithdrawnNotMailed() throws Exception {
    serve(Fixtures.withoutAtomEntry(FEED, D03), withoutIncident(INCIDENTS, "d03"));
    watch.poll();

    assertThat(watch.mails()).isEmpty();
    assertThat(watch.count("select count(*) from post where withdrawn_at is not null"
        + " and post_key = 'd03'")).isEqualTo(1);

    serve(FEED, INCIDENTS);
    watch.poll();
    assertThat(watch.mails()).as("back as it was: no news").isEmpty();
    assertThat(watch.count("select count(*) from post where withdrawn_at is not null"))
        .isZero();
  }

  @Test
  void aChangeThatADocumentStillShowingThePostShowsIsMailed() throws Exception {
    serve(Fixtures.withoutAtomEntry(FEED, D03), withUpdate(INCIDENTS, "d03",
        "De storing is teruggekeerd: signalen komen opnieuw met vertraging."));
    watch.poll();

    assertThat(watch.mailsTo(Watch.OPS)).hasSize(1);
    assertThat(watch.mailsTo(Watch.OPS).get(0).getSubject())
        .contains("Signalen Mutatieservice later beschikbaar");
  }

  /**
   * A changed document is compared with the post count of the reading it replaces, which this
   * process made itself: its archived body is not read again for that (with the archive emptied,
   * such a read would fail and say so).
   */
  @Test
  void aChangedDocumentIsComparedWithoutReadingItsLastBodyAgain() throws Exception {
    try (Stream<Path> files = Files.walk(data.resolve("evidence"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.delete(file);
      }
    }
    serve(FEED, withUpdate(INCIDENTS, "d03",
        "De storing is teruggekeerd: signalen komen opnieuw met vertraging."));

    try (LogRecorder log = new LogRecorder(PollCycle.class)) {
      watch.poll();

      assertThat(log.at(Level.WARN)).noneMatch(line -> line.contains("archived body"));
    }
    assertThat(watch.count("select count(*) from post_version")).as("the change stored")
        .isEqualTo(21);
  }

  private void serve(String feed, String incidents) {
    watch.site.atom("/history.atom", feed);
    watch.site.serve("/api/v2/incidents.json", json(incidents));
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
  }

  private static String withoutIncident(String json, String id) throws Exception {
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(json);
    Iterator<com.fasterxml.jackson.databind.JsonNode> incidents = root.get("incidents").elements();
    while (incidents.hasNext()) {
      if (incidents.next().get("id").asText().equals(id)) {
        incidents.remove();
      }
    }
    return root.toString();
  }

  /** The incident with a newer update on top of its timeline. */
  private static String withUpdate(String json, String id, String body) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(json);
    for (com.fasterxml.jackson.databind.JsonNode incident : root.get("incidents")) {
      if (incident.get("id").asText().equals(id)) {
        ObjectNode update = mapper.createObjectNode();
        update.put("id", id + "-u9");
        update.put("status", "investigating");
        update.put("body", body);
        update.put("created_at", "2026-01-02T09:30:00+01:00");
        update.put("display_at", "2026-01-02T09:30:00+01:00");
        update.put("updated_at", "2026-01-02T09:30:00+01:00");
        ((ArrayNode) incident.get("incident_updates")).insert(0, update);
        ((ObjectNode) incident).put("status", "investigating");
        ((ObjectNode) incident).putNull("resolved_at");
        ((ObjectNode) incident).put("updated_at", "2026-01-02T09:30:00+01:00");
      }
    }
    return root.toString();
  }
}
