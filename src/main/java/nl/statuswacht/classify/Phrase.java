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
 *
 * <p>Phrases are matched against a {@link Text}, lower-cased and with its white space folded once,
 * so that a plain phrase is a string search with a word-boundary check, not a regular expression.
 */
public final class Phrase {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

  private final String text;
  private final String literal;
  private final boolean prefix;
  private final Pattern gapped;

  private Phrase(String text, String literal, boolean prefix, Pattern gapped) {
    this.text = text;
    this.literal = literal;
    this.prefix = prefix;
    this.gapped = gapped;
  }

  /** A text prepared for matching: as written, and lower-cased with white space folded. */
  public record Text(String original, String folded) {
    public static Text of(String text) {
      String original = text == null ? ""
          : WHITESPACE.matcher(text).replaceAll(" ").strip();
      return new Text(original, original.toLowerCase(Locale.ROOT));
    }

    /** The words at [start, end) of the folded text, as they stand in the original. */
    String words(int start, int end) {
      return folded.length() == original.length() ? original.substring(start, end)
          : folded.substring(start, end);
    }
  }

  /** Compiles a vocabulary entry; blank entries are refused. */
  public static Phrase of(String entry) {
    String text = entry.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (text.isEmpty() || text.equals("*")) {
      throw new IllegalArgumentException("an empty phrase matches everything");
    }
    boolean prefix = text.endsWith("*");
    String body = prefix ? text.substring(0, text.length() - 1).strip() : text;
    if (!body.contains("…") && !body.contains("...")) {
      return new Phrase(text, body, prefix, null);
    }
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    String[] words = body.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (words[i].equals("…") || words[i].equals("...")) {
        regex.append("(?:[^ .!?;]+ ){0,6}?");
        continue;
      }
      regex.append(Pattern.quote(words[i]));
      if (i < words.length - 1) {
        regex.append(' ');
      }
    }
    regex.append(prefix ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])");
    return new Phrase(text, null, prefix, Pattern.compile(regex.toString()));
  }

  /** The words of {@code text} this phrase matches, as they stand there. */
  public Optional<String> find(String text) {
    return find(Text.of(text));
  }

  /** The words of {@code text} this phrase matches, as they stand there. */
  public Optional<String> find(Text text) {
    if (gapped != null) {
      Matcher m = gapped.matcher(text.folded());
      return m.find() ? Optional.of(text.words(m.start(), m.end())) : Optional.empty();
    }
    String folded = text.folded();
    for (int at = folded.indexOf(literal); at >= 0; at = folded.indexOf(literal, at + 1)) {
      int end = at + literal.length();
      if (at > 0 && isWordChar(folded.codePointBefore(at))) {
        continue;
      }
      if (prefix) {
        while (end < folded.length() && isWordChar(folded.codePointAt(end))) {
          end += Character.charCount(folded.codePointAt(end));
        }
      } else if (end < folded.length() && isWordChar(folded.codePointAt(end))) {
        continue;
      }
      return Optional.of(text.words(at, end));
    }
    return Optional.empty();
  }

  private static boolean isWordChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint);
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
