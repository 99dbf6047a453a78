package nl.statuswacht.notify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.notify.AlertTemplates.Language;

/**
 * The fixed words of the mails in one language, from the bundle {@code
 * nl/statuswacht/words/mail_<lang>.properties} (the alerts) or, for the weekly digest, {@code
 * digest_<lang>.properties} on top of it, so that one text and one HTML template serve both
 * languages: labels and headings by key ({@code {{t.category}}}), the labels with their colon padded
 * for the text part's column ({@code {{p.category}} {{category}}}: a line of nothing but tags
 * would lose its line break), and the opening sentence of each kind as segments of
 * text and commands, which the HTML shows as code without any markup in the bundle.
 */
final class MailWords {
  private static final Pattern NAME = Pattern.compile("\\{([a-zA-Z]+)}");
  /** The commands a sentence may name, by the names the bundle uses. */
  private static final Map<String, String> COMMANDS = Map.of("release", "statuswacht release",
      "list", "statuswacht outbox list", "retry", "statuswacht outbox retry ID", "all", "--all");
  /** Width of the text part's labels, the template adds one space: "Ingangsdatum:". */
  private static final int COLUMN = 13;

  private static final MailWords NL = new MailWords("mail", Locale.forLanguageTag("nl"), null);
  private static final MailWords EN = new MailWords("mail", Locale.ENGLISH, null);
  private static final MailWords DIGEST_NL =
      new MailWords("digest", Locale.forLanguageTag("nl"), NL);
  private static final MailWords DIGEST_EN = new MailWords("digest", Locale.ENGLISH, EN);

  private final ResourceBundle bundle;
  private final MailWords parent;
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, String> padded = new HashMap<>();

  /** {@code parent}'s labels are this one's too, unless this bundle has its own of that key. */
  private MailWords(String name, Locale locale, MailWords parent) {
    this.bundle = ResourceBundle.getBundle("nl.statuswacht.words." + name, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.parent = parent;
    if (parent != null) {
      labels.putAll(parent.labels);
      padded.putAll(parent.padded);
    }
    for (String key : bundle.keySet()) {
      if (!key.contains(".")) {
        labels.put(key, bundle.getString(key));
        String label = bundle.getString(key) + ":";
        padded.put(key, label + " ".repeat(Math.max(0, COLUMN - label.length())));
      }
    }
  }

  static MailWords of(Language language) {
    return language == Language.NL ? NL : EN;
  }

  /** The digest's words: {@code digest_<lang>.properties}, with the alerts' labels beneath. */
  static MailWords digest(Language language) {
    return language == Language.NL ? DIGEST_NL : DIGEST_EN;
  }

  /** The word of {@code key}: "rule.RESTORATION" → "Hersteltijd". */
  String word(String key) {
    return parent == null || bundle.containsKey(key) ? bundle.getString(key)
        : parent.word(key);
  }

  /** The sentence of {@code key} with its {@code {name}}s filled from {@code values}. */
  String text(String key, Map<String, String> values) {
    String sentence = word(key);
    Matcher m = NAME.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("templates: no value for {" + m.group(1) + "} in " + key);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * {@code key.one} or {@code .many} by {@code n} (or {@code .none} for 0 where the bundle has
   * it), its {@code {n}} filled in: "geen storingen", "1 storing", "3 storingen".
   */
  String count(String key, long n) {
    String form = n == 0 && has(key + ".none") ? ".none" : n == 1 ? ".one" : ".many";
    return text(key + form, Map.of("n", Long.toString(n)));
  }

  private boolean has(String key) {
    return bundle.containsKey(key) || parent != null && parent.has(key);
  }

  /** Labels, headings and fixed sentences by key, for {@code {{t.key}}}. */
  Map<String, String> labels() {
    return labels;
  }

  /** The labels with a colon, padded to the text part's column, for {@code {{p.key}}}. */
  Map<String, String> padded() {
    return padded;
  }

  /**
   * The opening sentence of a mail of {@code kind} ("kindNew", ...) as segments: each a {@code
   * text}, or a {@code code} for a command; {@code values} fill the sentence's other names.
   */
  List<Map<String, String>> intro(String kind, Map<String, String> values) {
    String sentence = bundle.getString("intro." + kind);
    List<Map<String, String>> segments = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Matcher m = NAME.matcher(sentence);
    int at = 0;
    while (m.find()) {
      text.append(sentence, at, m.start());
      at = m.end();
      String command = COMMANDS.get(m.group(1));
      if (command == null) {
        String value = values.get(m.group(1));
        if (value == null) {
          throw new IllegalStateException("templates: no value for {" + m.group(1) + "} in "
              + kind);
        }
        text.append(value);
      } else {
        segments.add(Map.of("text", text.toString(), "code", command));
        text.setLength(0);
      }
    }
    text.append(sentence.substring(at));
    segments.add(Map.of("text", text.toString()));
    return segments;
  }
}
