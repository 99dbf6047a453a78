package nl.statuswacht.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Window;

/**
 * Reads Atlassian Statuspage's JSON API v2 into {@link Post}s: {@code /api/v2/incidents.json}
 * (format {@code statuspage_incidents}), {@code /api/v2/scheduled-maintenances.json}
 * ({@code statuspage_scheduled_maintenances}) and {@code /api/v2/summary.json}
 * ({@code statuspage_summary}, both arrays), the same arrays of {@code incidents/unresolved.json},
 * {@code scheduled-maintenances/upcoming.json} and {@code active.json}, and the single-incident
 * document {@code /api/v2/incidents/{id}.json} ({@code {page, incident}}, format
 * {@code statuspage_incident}; {@code {page, scheduled_maintenance}} likewise,
 * {@code statuspage_scheduled_maintenance}). Pure: bytes in, records out; Jackson's trees never
 * leave this class.
 *
 * <p>Per incident or maintenance: {@code id} is the JSON {@code id}; {@code title} its
 * {@code name}; {@code link} {@code page.url + "/incidents/" + id}, else its {@code shortlink};
 * {@code published} its {@code created_at} (else {@code published_at}), which is what
 * Statuspage's own Atom feed gives as {@code <published>} and what the first update of the
 * timeline carries; {@code updated} its {@code updated_at}. The timeline is
 * {@code incident_updates}, oldest first, each at its {@code display_at} (else {@code created_at},
 * else {@code updated_at}), with the API's status code ({@code investigating}, {@code resolved},
 * {@code in_progress}, ... or whatever the page sent) kept as it is: the API does not carry the
 * word the page shows, and this reader does not invent one. The body is the text of all update
 * bodies, newest first. The hints are the {@code impact} as given (unknown values kept), the
 * window {@code scheduled_for .. scheduled_until}, and the names of {@code components}.
 *
 * <p>Dates are read with their offset; a missing date, or one without an offset or unparsable,
 * is {@code null}, never a guess. A post that appears twice in one document (a maintenance in
 * both arrays of a summary) is read once, in the place it first appears: the reading with the
 * later {@code updated_at}, on a tie the one from {@code scheduled_maintenances}. Documents that are empty, not JSON, or JSON of another
 * shape are {@link ReadOutcome.Refused refused}; this reader never throws on its input.
 *
 * <p>A little over 300 lines: the JSON helpers stay in this class so that Jackson's trees never
 * leave it.
 */
public final class StatuspageJsonReader {
  /** Format of a document with only an {@code incidents} array. */
  public static final String INCIDENTS = "statuspage_incidents";
  /** Format of a document with only a {@code scheduled_maintenances} array. */
  public static final String SCHEDULED_MAINTENANCES = "statuspage_scheduled_maintenances";
  /** Format of a document with both arrays ({@code summary.json}). */
  public static final String SUMMARY = "statuspage_summary";
  /** Format of a single-incident document ({@code /api/v2/incidents/{id}.json}). */
  public static final String INCIDENT = "statuspage_incident";
  /** Format of a single-maintenance document ({@code {page, scheduled_maintenance}}). */
  public static final String SCHEDULED_MAINTENANCE = "statuspage_scheduled_maintenance";

  /** Jackson, made at the first JSON document: a feed-only poll never loads it. */
  private static final class Json {
    static final ObjectReader READER = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .reader();
  }

  public ReadOutcome read(SourceDocument doc) {
    String where = doc.location();
    if (isBlank(doc.bytes())) {
      return new ReadOutcome.Refused("read: " + where + " is empty");
    }
    JsonNode root;
    try {
      root = Json.READER.readTree(doc.bytes());
    } catch (JsonProcessingException e) {
      return new ReadOutcome.Refused("read: " + where + " is not valid JSON: "
          + position(e.getLocation()) + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      return new ReadOutcome.Refused("read: " + where + " is not valid JSON: "
          + oneLine(e.getMessage()));
    }
    String notStatuspage = "read: " + where + " is JSON but not a Statuspage API document: ";
    if (root == null || root.isMissingNode()) {
      return new ReadOutcome.Refused("read: " + where + " is empty");
    }
    if (!root.isObject()) {
      return new ReadOutcome.Refused(notStatuspage + "its top level is " + kind(root)
          + ", not an object");
    }
    JsonNode incidents = root.get("incidents");
    JsonNode maintenances = root.get("scheduled_maintenances");
    boolean hasIncidents = present(incidents);
    boolean hasMaintenances = present(maintenances);
    if (!hasIncidents && !hasMaintenances) {
      return single(root, notStatuspage);
    }
    for (String name : List.of("incidents", "scheduled_maintenances")) {
      JsonNode array = root.get(name);
      if (present(array) && !array.isArray()) {
        return new ReadOutcome.Refused(notStatuspage + "\"" + name + "\" is " + kind(array)
            + ", not an array");
      }
    }
    String pageUrl = pageUrl(root.get("page"));
    Map<String, Post> posts = new LinkedHashMap<>();
    for (JsonNode array : new JsonNode[] {incidents, maintenances}) {
      if (present(array)) {
        for (JsonNode item : array) {
          if (item.isObject()) {
            Post post = post(item, pageUrl);
            posts.merge(post.id(), post, StatuspageJsonReader::newer);
          }
        }
      }
    }
    String format = hasIncidents && hasMaintenances ? SUMMARY
        : hasIncidents ? INCIDENTS : SCHEDULED_MAINTENANCES;
    return new ReadOutcome.Posts(format, List.copyOf(posts.values()));
  }

  /**
   * A document with one incident or maintenance under {@code incident} or
   * {@code scheduled_maintenance}, as {@code /api/v2/incidents/{id}.json} serves it; refused when
   * it has neither.
   */
  private static ReadOutcome single(JsonNode root, String notStatuspage) {
    for (String name : List.of("incident", "scheduled_maintenance")) {
      JsonNode item = root.get(name);
      if (!present(item)) {
        continue;
      }
      if (!item.isObject()) {
        return new ReadOutcome.Refused(notStatuspage + "\"" + name + "\" is " + kind(item)
            + ", not an object");
      }
      String format = name.equals("incident") ? INCIDENT : SCHEDULED_MAINTENANCE;
      return new ReadOutcome.Posts(format, List.of(post(item, pageUrl(root.get("page")))));
    }
    return new ReadOutcome.Refused(notStatuspage
        + "it has neither an \"incidents\" nor a \"scheduled_maintenances\" array, nor an"
        + " \"incident\" or \"scheduled_maintenance\" object");
  }

  /** Of two readings of one post, the later updated; on a tie the second (its own array). */
  private static Post newer(Post first, Post second) {
    if (first.updated() != null
        && (second.updated() == null || first.updated().isAfter(second.updated()))) {
      return first;
    }
    return second;
  }

  private static Post post(JsonNode item, String pageUrl) {
    String title = string(item, "name");
    List<JsonNode> rawUpdates = objects(item.get("incident_updates"));
    List<PostUpdate> updates = updates(rawUpdates);
    String id = string(item, "id");
    if (id == null || id.isBlank()) {
      id = fallbackId(item);
    }
    Instant published = instant(item, "created_at");
    if (published == null) {
      published = instant(item, "published_at");
    }
    return new Post(id.strip(), title == null ? "" : title.strip(), link(item, id, pageUrl),
        published, instant(item, "updated_at"), body(rawUpdates, updates), updates,
        hints(item));
  }

  /** The updates that carry a readable instant, oldest first (the API lists newest first). */
  private static List<PostUpdate> updates(List<JsonNode> newestFirst) {
    List<PostUpdate> updates = new ArrayList<>();
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      JsonNode update = newestFirst.get(i);
      Instant at = firstInstant(update, "display_at", "created_at", "updated_at");
      if (at != null) {
        String status = string(update, "status");
        updates.add(new PostUpdate(at, status == null ? "" : status.strip(),
            textOf(string(update, "body"))));
      }
    }
    updates.sort(Comparator.comparing(PostUpdate::at));
    return updates;
  }

  /**
   * The text of every update body, newest first, as a Statuspage feed entry shows them. When
   * every update is dated, the sorted timeline sets the order; else the document's.
   */
  private static String body(List<JsonNode> newestFirst, List<PostUpdate> oldestFirst) {
    List<String> texts = new ArrayList<>();
    if (oldestFirst.size() == newestFirst.size()) {
      for (int i = oldestFirst.size() - 1; i >= 0; i--) {
        texts.add(oldestFirst.get(i).text());
      }
    } else {
      for (JsonNode update : newestFirst) {
        texts.add(textOf(string(update, "body")));
      }
    }
    texts.removeIf(String::isEmpty);
    return String.join("\n\n", texts); // a paragraph each, as the page shows them
  }

  private static PlatformHints hints(JsonNode item) {
    Instant start = instant(item, "scheduled_for");
    Instant end = instant(item, "scheduled_until");
    Window window = null;
    if ((start != null || end != null) && (start == null || end == null || !end.isBefore(start))) {
      window = new Window(start, end);
    }
    Set<String> components = new LinkedHashSet<>();
    for (JsonNode component : objects(item.get("components"))) {
      String name = string(component, "name");
      if (name != null && !name.isBlank()) {
        components.add(name.strip());
      }
    }
    return new PlatformHints(string(item, "impact"), window, List.copyOf(components));
  }

  /**
   * The incident's page, {@code page.url + "/incidents/" + id}, as the feeds link it (so that
   * {@link PostMerge} finds the same post in both); the shortlink only when the page has no URL
   * (Statuspage shortlinks are {@code stspg.io} redirects with another code).
   */
  private static String link(JsonNode item, String id, String pageUrl) {
    if (pageUrl != null && id != null && !id.isBlank()) {
      return pageUrl + "/incidents/" + id.strip();
    }
    String shortlink = string(item, "shortlink");
    return shortlink == null || shortlink.isBlank() ? null : shortlink.strip();
  }

  private static String pageUrl(JsonNode page) {
    String url = page == null ? null : string(page, "url");
    if (url == null || url.isBlank()) {
      return null;
    }
    String stripped = url.strip();
    while (stripped.endsWith("/")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return stripped;
  }

  /** A post without an id: its shortlink, else a hash of what it says. */
  private static String fallbackId(JsonNode item) {
    String shortlink = string(item, "shortlink");
    if (shortlink != null && !shortlink.isBlank()) {
      return shortlink;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(item.toString().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static Instant firstInstant(JsonNode node, String... fields) {
    for (String field : fields) {
      Instant at = instant(node, field);
      if (at != null) {
        return at;
      }
    }
    return null;
  }

  /** The field as an instant; {@code null} when absent, without an offset, or unparsable. */
  private static Instant instant(JsonNode node, String field) {
    String value = string(node, field);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A scalar field as text, as given; {@code null} when absent, null, or not a scalar. */
  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }

  private static List<JsonNode> objects(JsonNode array) {
    List<JsonNode> objects = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode element : array) {
        if (element.isObject()) {
          objects.add(element);
        }
      }
    }
    return objects;
  }

  /**
   * Clean text of a body: Statuspage bodies are plain text whose line breaks are the writer's, and
   * may hold HTML or entities; white space collapsed within lines ({@link Texts#lines}).
   */
  private static String textOf(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    return Texts.ofHtml(body.replace("\r\n", "\n").replace("\n", "<br>"));
  }

  private static boolean present(JsonNode node) {
    return node != null && !node.isNull();
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String position(JsonLocation location) {
    return location == null || location.getLineNr() <= 0 ? ""
        : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }

  private static String oneLine(String message) {
    return message == null ? "unreadable" : message.replaceAll("\\s+", " ").strip();
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      int c = b & 0xff;
      if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF) {
        return false;
      }
    }
    return true;
  }
}
