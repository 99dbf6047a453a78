package nl.statuswacht.notify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.words.VerdictWords;

/**
 * The values a template sees, as a map of strings, booleans and lists: everything already worded
 * and formatted for the mail's language, so the templates hold sentences and layout only. A value
 * that does not apply is absent, so its section does not render.
 */
final class AlertView {
  private AlertView() {}

  static Map<String, Object> of(Alert alert, Words words, String subject, String unsubscribe) {
    Map<String, Object> view = new HashMap<>();
    view.put("subject", subject);
    view.put("unsubscribe", unsubscribe);
    view.put("unsubscribeHref", "mailto:" + unsubscribe + "?subject=unsubscribe");
    String kind = "kind" + camel(alert.kind().name());
    view.put(kind, true);
    MailWords mail = MailWords.of(words.language());
    view.put("t", mail.labels());
    view.put("p", mail.padded());
    Map<String, String> values = new HashMap<>();
    if (alert.kind() == Alert.Kind.REMINDER) {
      values.put("reminder", words.reminder(alert.detail()));
    }
    if (alert.kind() == Alert.Kind.DEADLINE_PASSED) {
      values.put("target", words.targetText(alert.detail()));
    }
    view.put("intro", mail.intro(kind, values));
    if (alert.kind().forOperator()) {
      view.put("forOperator", true);
      if (alert.kind() == Alert.Kind.DEAD_LETTERS) {
        list(view, "letters", alert.detail().lines().toList());
      } else {
        put(view, "detail", alert.detail());
      }
      return view;
    }
    view.put("aboutPost", true);
    post(view, alert.post(), words);
    classification(view, alert.classification(), words);
    verdicts(view, alert.verdicts(), words);
    if (!alert.changes().isEmpty()) {
      list(view, "changes", alert.changes().stream().map(words.changes()::line).toList());
    }
    return view;
  }

  private static void post(Map<String, Object> view, Post post, Words words) {
    view.put("title", Subjects.oneLine(post.title()));
    String link = AlertTemplates.webLink(post.link());
    if (link != null) {
      view.put("link", link);
    }
    if (post.published() != null) {
      view.put("published", words.when(post.published()));
    }
    List<Map<String, Object>> timeline = new ArrayList<>();
    for (PostUpdate update : post.updates()) {
      Map<String, Object> entry = new HashMap<>();
      entry.put("at", words.when(update.at()));
      put(entry, "status", update.status());
      put(entry, "text", update.text());
      timeline.add(0, entry); // newest first
    }
    if (!timeline.isEmpty()) {
      list(view, "timeline", timeline);
    } else {
      put(view, "message", post.body());
      // Post.html() is sanitised by the reader (jsoup's basic safelist); the HTML template
      // includes it with triple braces, unescaped. No other value is ever included that way.
      put(view, "messageHtml", post.html());
      if (view.containsKey("message") || view.containsKey("messageHtml")) {
        view.put("hasMessage", true);
      }
    }
  }

  private static void classification(Map<String, Object> view, Classification c, Words words) {
    view.put("category", words.category(c.category()));
    if (c.priority() != null) {
      view.put("priority", words.priority(c.priority()));
    }
    if (c.services() != null && !c.services().isEmpty()) {
      view.put("services", String.join(", ", c.services().stream().map(words::service).toList()));
    }
    if (c.window() != null) {
      view.put("window", words.window(c.window()));
    }
    if (c.effectiveDate() != null) {
      view.put("effectiveDate", words.date(c.effectiveDate()));
    }
    if (c.started() != null) {
      view.put("started", words.when(c.started()));
    }
    if (c.resolved() != null) {
      view.put("resolved", words.when(c.resolved()));
    }
  }

  private static void verdicts(Map<String, Object> view, List<Verdict> verdicts, Words words) {
    List<Map<String, Object>> violations = new ArrayList<>();
    List<Map<String, Object>> others = new ArrayList<>();
    for (Verdict verdict : verdicts) {
      Map<String, Object> entry = new HashMap<>();
      verdict(entry, verdict, words);
      (verdict.outcome() == Outcome.VIOLATION ? violations : others).add(entry);
    }
    if (!violations.isEmpty()) {
      list(view, "violations", violations);
    }
    if (!others.isEmpty()) {
      list(view, "verdicts", others);
    }
  }

  /**
   * A verdict in the mail's language: rule, outcome, reason, what was required and what happened
   * (the alerts' and the digest's templates read the same keys).
   */
  static void verdict(Map<String, Object> entry, Verdict verdict, Words words) {
    entry.put("rule", words.rule(verdict.rule()));
    entry.put("outcome", words.outcome(verdict.outcome()));
    VerdictWords text = words.verdicts();
    put(entry, "reason", text.reason(verdict));
    put(entry, "required", text.required(verdict));
    put(entry, "actual", text.actual(verdict));
  }

  /** A list and its "has" flag, so a template can put a heading above it. */
  private static void list(Map<String, Object> view, String key, List<?> list) {
    view.put(key, list);
    view.put("has" + Character.toUpperCase(key.charAt(0)) + key.substring(1), true);
  }

  private static void put(Map<String, Object> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value.strip());
    }
  }

  /** "DEADLINE_PASSED" → "DeadlinePassed". */
  private static String camel(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("_")) {
      out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
