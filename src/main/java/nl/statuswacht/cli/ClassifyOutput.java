package nl.statuswacht.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Window;

/**
 * The output of {@code statuswacht classify}: the JSON contract of DESIGN.md, or a text rendering
 * of the same. Instants are ISO-8601 with the Europe/Amsterdam offset, unknown values {@code
 * null}. Classification fields stay {@code null} until the classifier fills them.
 */
final class ClassifyOutput {
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter TEXT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx").withZone(AMSTERDAM);

  private ClassifyOutput() {}

  static String json(String format, List<Post> posts) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", format);
    ArrayNode array = root.putArray("posts");
    posts.forEach(post -> array.add(post(post)));
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("classify: cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static ObjectNode post(Post post) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", post.id());
    node.put("title", post.title());
    node.put("link", post.link());
    node.put("published", instant(post.published()));
    node.put("updated", instant(post.updated()));
    node.putNull("category");
    node.putNull("downtime");
    node.putNull("services");
    node.putNull("priority");
    node.putNull("impactClass");
    node.set("window", window(post.hints().scheduled()));
    node.putNull("effectiveDate");
    node.putNull("started");
    node.putNull("resolved");
    ArrayNode updates = node.putArray("updates");
    for (PostUpdate update : post.updates()) {
      ObjectNode u = updates.addObject();
      u.put("at", instant(update.at()));
      u.put("status", update.status());
      u.put("text", update.text());
    }
    node.putArray("verdicts");
    return node;
  }

  private static ObjectNode window(Window window) {
    if (window == null) {
      return null;
    }
    ObjectNode node = JSON.createObjectNode();
    node.put("start", instant(window.start()));
    node.put("end", instant(window.end()));
    return node;
  }

  static String instant(Instant instant) {
    return instant == null ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(AMSTERDAM));
  }

  static String text(String format, List<Post> posts) {
    StringBuilder out = new StringBuilder();
    out.append(format).append(": ").append(posts.size())
        .append(posts.size() == 1 ? " post\n" : " posts\n");
    for (Post post : posts) {
      out.append('\n').append(post.title()).append('\n');
      out.append("  id:        ").append(post.id()).append('\n');
      out.append("  link:      ").append(post.link() == null ? "-" : post.link()).append('\n');
      out.append("  published: ").append(textTime(post.published())).append('\n');
      out.append("  updated:   ").append(textTime(post.updated())).append('\n');
      if (post.hints().scheduled() != null) {
        out.append("  window:    ").append(textTime(post.hints().scheduled().start()))
            .append(" – ").append(textTime(post.hints().scheduled().end())).append('\n');
      }
      for (PostUpdate update : post.updates()) {
        out.append("  ").append(textTime(update.at())).append("  ").append(update.status())
            .append(" — ").append(update.text()).append('\n');
      }
    }
    return out.toString();
  }

  private static String textTime(Instant instant) {
    return instant == null ? "unknown" : TEXT_TIME.format(instant);
  }
}
