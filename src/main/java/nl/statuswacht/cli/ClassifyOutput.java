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
import nl.statuswacht.classify.Classifier;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.rules.Rules;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Window;
import nl.statuswacht.words.VerdictWords;

/**
 * The output of {@code statuswacht classify}: the JSON contract the README gives ("What
 * statuswacht reads out of a post"), or a text rendering of the same. Instants are ISO-8601 with
 * the Europe/Amsterdam offset, unknown values {@code null}, never a guess; each post carries the
 * evidence of its classification.
 */
public final class ClassifyOutput {
  static final ZoneId AMSTERDAM = nl.statuswacht.calendar.BusinessCalendar.AMSTERDAM;
  /** Jackson, made when JSON is asked for: the text report, which uses the helpers here, never. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }
  private static final DateTimeFormatter TEXT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx").withZone(AMSTERDAM);

  private ClassifyOutput() {}

  public static String json(String format, List<Post> posts, Classifier classifier, Rules rules,
      Instant asOf) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("format", format);
    ArrayNode array = root.putArray("posts");
    for (Post post : posts) {
      Classification c = classifier.classify(post);
      array.add(post(post, c, rules.judge(c, Rules.announced(post), asOf)));
    }
    try {
      return Json.MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("classify: cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static ObjectNode post(Post post, Classification c, List<Verdict> verdicts) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", post.id());
    node.put("title", post.title());
    node.put("link", post.link());
    node.put("published", instant(post.published()));
    node.put("updated", instant(post.updated()));
    node.put("category", name(c.category()));
    if (c.downtime() == null) {
      node.putNull("downtime");
    } else {
      node.put("downtime", c.downtime());
    }
    if (c.services() == null) {
      node.putNull("services");
    } else {
      ArrayNode services = node.putArray("services");
      c.services().forEach(service -> services.add(service.name()));
    }
    node.put("priority", name(c.priority()));
    node.put("impactClass", name(c.impactClass()));
    node.set("window", window(c.window()));
    node.put("effectiveDate", c.effectiveDate() == null ? null : c.effectiveDate().toString());
    node.put("started", instant(c.started()));
    node.put("resolved", instant(c.resolved()));
    ArrayNode updates = node.putArray("updates");
    for (PostUpdate update : post.updates()) {
      ObjectNode u = updates.addObject();
      u.put("at", instant(update.at()));
      u.put("status", update.status());
      u.put("text", update.text());
    }
    ArrayNode judged = node.putArray("verdicts");
    for (Verdict verdict : verdicts) {
      ObjectNode v = judged.addObject();
      v.put("rule", verdict.rule().name());
      v.put("outcome", verdict.outcome().name());
      v.put("required", VerdictWords.ENGLISH.required(verdict));
      v.put("actual", VerdictWords.ENGLISH.actual(verdict));
      v.put("reason", VerdictWords.ENGLISH.reason(verdict));
      v.put("reasonNl", VerdictWords.DUTCH.reason(verdict));
    }
    ObjectNode evidence = node.putObject("evidence");
    c.evidence().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> evidence.put(e.getKey(), e.getValue()));
    return node;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static ObjectNode window(Window window) {
    if (window == null) {
      return null;
    }
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("start", instant(window.start()));
    node.put("end", instant(window.end()));
    return node;
  }

  public static String instant(Instant instant) {
    return instant == null ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(AMSTERDAM));
  }

  static String text(String format, List<Post> posts, Classifier classifier, Rules rules,
      Instant asOf) {
    StringBuilder out = new StringBuilder();
    out.append(format).append(": ").append(posts.size())
        .append(posts.size() == 1 ? " post\n" : " posts\n");
    for (Post post : posts) {
      Classification c = classifier.classify(post);
      out.append('\n').append(post.title()).append('\n');
      out.append("  id:        ").append(post.id()).append('\n');
      out.append("  category:  ").append(or(c.category())).append(because(c, "category"));
      out.append("  services:  ").append(c.services() == null ? "unknown" : c.services())
          .append(because(c, "services"));
      if (c.downtime() != null) {
        out.append("  downtime:  ").append(c.downtime()).append(because(c, "downtime"));
      }
      if (c.priority() != null || c.category() == nl.statuswacht.model.Category.INCIDENT) {
        out.append("  priority:  ").append(or(c.priority())).append(because(c, "priority"));
      }
      if (c.impactClass() != null || c.category() == nl.statuswacht.model.Category.CHANGE) {
        out.append("  impact:    ").append(or(c.impactClass())).append(because(c, "impactClass"));
        out.append("  effective: ").append(or(c.effectiveDate()))
            .append(because(c, "effectiveDate"));
      }
      if (c.window() != null) {
        out.append("  window:    ").append(textTime(c.window().start())).append(" – ")
            .append(textTime(c.window().end())).append(because(c, "window"));
      }
      if (c.started() != null || c.resolved() != null) {
        out.append("  started:   ").append(textTime(c.started())).append(because(c, "started"));
        out.append("  resolved:  ").append(textTime(c.resolved()))
            .append(because(c, "resolved"));
      }
      out.append("  link:      ").append(post.link() == null ? "-" : post.link()).append('\n');
      out.append("  published: ").append(textTime(post.published())).append('\n');
      out.append("  updated:   ").append(textTime(post.updated())).append('\n');
      for (PostUpdate update : post.updates()) {
        out.append("  ").append(textTime(update.at())).append("  ").append(update.status())
            .append(" — ").append(update.text()).append('\n');
      }
      for (Verdict verdict : rules.judge(c, Rules.announced(post), asOf)) {
        out.append("  ").append(verdict.rule()).append(": ").append(verdict.outcome())
            .append(" — ").append(VerdictWords.ENGLISH.reason(verdict)).append('\n');
      }
    }
    return out.toString();
  }

  private static String or(Object value) {
    return value == null ? "unknown" : value.toString();
  }

  private static String because(Classification c, String field) {
    String why = c.evidence().get(field);
    return (why == null ? "" : "   (" + why + ")") + "\n";
  }

  private static String textTime(Instant instant) {
    return instant == null ? "unknown" : TEXT_TIME.format(instant);
  }
}
