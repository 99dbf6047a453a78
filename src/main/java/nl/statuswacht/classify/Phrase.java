package nl.statuswacht.classify;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of the vocabulary, matched as whole words, case-insensitively: {@code "niet
 * beschikbaar"} matches "is de API niet  beschikbaar" but not "nietbeschikbaar". An ellipsis stands
 * for up to six words ({@code "blijft … beschikbaar"} matches "blijft de KVK API gewoon
 * beschikbaar"); a trailing {@code *} matches any word that starts so ({@code "uitfaser*"}).
 */
public final class Phrase {
  private final String text;
  private final Pattern pattern;

  private Phrase(String text, Pattern pattern) {
    this.text = text;
    this.pattern = pattern;
  }

  /** Compiles a vocabulary entry; blank entries are refused. */
  public static Phrase of(String entry) {
    String text = entry.strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty() || text.equals("*")) {
      throw new IllegalArgumentException("an empty phrase matches everything");
    }
    boolean prefix = text.endsWith("*");
    String body = prefix ? text.substring(0, text.length() - 1).strip() : text;
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    String[] words = body.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (word.equals("…") || word.equals("...")) {
        regex.append("(?:[^\\s.!?;]+\\s+){0,6}?");
        continue;
      }
      regex.append(Pattern.quote(word));
      if (i < words.length - 1) {
        regex.append("[\\s\\u00A0]+");
      }
    }
    regex.append(prefix ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])");
    return new Phrase(text, Pattern.compile(regex.toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** The words of {@code text} this phrase matches, as they stand there. */
  public Optional<String> find(String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /** The entry as written in the vocabulary, lower-cased. */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
