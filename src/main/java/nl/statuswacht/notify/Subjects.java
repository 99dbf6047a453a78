package nl.statuswacht.notify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Verdict;

/**
 * The subject line: {@code [KVK <category>[ <priority>]] [<services>: ]<title> — <state>[ —
 * <violations>]}, plain text on one line, at most {@value #MAX} characters (the title is cut with
 * an ellipsis when it must). Services are named only when the title names none of them. A reminder
 * reads {@code [KVK onderhoud] Herinnering: <title> begint over 1 uur}; the operator's mails
 * {@code [statuswacht] KVK-statuspagina onleesbaar} (the detail stays in the body).
 */
final class Subjects {
  static final int MAX = 150;

  private static final Pattern BREAKS = Pattern.compile("[\\s\\p{Cc}\\u2028\\u2029\\u0085]+");

  private Subjects() {}

  static String of(Alert alert, Words words) {
    if (alert.kind().forOperator()) {
      return "[statuswacht] " + words.state(alert.kind());
    }
    Classification c = alert.classification();
    String tag = "[KVK " + words.tag(c.category())
        + (c.category() == Category.INCIDENT && c.priority() != null ? " " + c.priority() : "")
        + "] ";
    String title = servicePrefix(oneLine(alert.post().title()), c.services(), words);
    String violations = violations(alert.verdicts(), words);
    if (alert.kind() == Alert.Kind.REMINDER) {
      return fit(tag + words.reminderWord() + ": ", title,
          " " + words.startsWord() + " " + words.reminder(alert.detail()) + violations);
    }
    return fit(tag, title, " — " + words.state(alert.kind()) + violations);
  }

  private static String violations(List<Verdict> verdicts, Words words) {
    Set<String> phrases = new LinkedHashSet<>();
    for (Verdict verdict : verdicts) {
      if (verdict.outcome() == Outcome.VIOLATION) {
        phrases.add(words.violation(verdict.rule()));
      }
    }
    return phrases.isEmpty() ? "" : " — " + String.join(", ", phrases);
  }

  private static String servicePrefix(String title, List<Service> services, Words words) {
    if (services == null) {
      return title;
    }
    List<String> named = new ArrayList<>();
    String lower = title.toLowerCase(Locale.ROOT);
    for (Service service : services) {
      if (service == Service.OTHER) {
        continue;
      }
      String label = words.service(service);
      if (lower.contains(label.toLowerCase(Locale.ROOT))) {
        return title;
      }
      named.add(label);
    }
    return named.isEmpty() ? title : String.join(", ", named) + ": " + title;
  }

  /** {@code head + middle + tail}, the middle cut with "…" so the whole stays within MAX. */
  private static String fit(String head, String middle, String tail) {
    int room = MAX - head.length() - tail.length();
    if (middle.length() > room) {
      int cut = Math.max(0, room - 1);
      if (cut > 0 && Character.isHighSurrogate(middle.charAt(cut - 1))) {
        cut--;
      }
      middle = middle.substring(0, cut).stripTrailing() + "…";
    }
    return head + middle + tail;
  }

  static String oneLine(String text) {
    return BREAKS.matcher(text).replaceAll(" ").strip();
  }
}
