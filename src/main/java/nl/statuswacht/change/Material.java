package nl.statuswacht.change;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;

/**
 * What a reader of a post cares about, with whitespace normalised: the title, the latest status,
 * the body, the timeline's statuses and texts, and the platform's hints (impact, scheduled window,
 * components). Publication and update timestamps are left out on purpose: a timestamp that ticks
 * is not news. Two posts with equal material are the same version.
 */
public record Material(
    String title, String status, String body, List<String> timeline, PlatformHints hints) {

  public static Material of(Post post) {
    return new Material(
        normalise(post.title()),
        normalise(post.latestStatus()),
        normalise(post.body()),
        post.updates().stream()
            .map(u -> normalise(u.status()) + " — " + normalise(u.text()))
            .toList(),
        post.hints());
  }

  /**
   * What makes a post the same post when its link moves (a site that changed its paths or
   * domain): its title, case and whitespace aside, and the time of its first update (else its
   * publication), as lowercase hex SHA-256; null for a post with neither time.
   */
  public static String identity(Post post) {
    java.time.Instant first = identityTime(post);
    return first == null ? null : identity(post.title(), first);
  }

  /** The time in a post's content identity: its first update's, else its publication; or null. */
  public static java.time.Instant identityTime(Post post) {
    return !post.updates().isEmpty() ? post.updates().get(0).at() : post.published();
  }

  /** The content identity of a post with this title and {@link #identityTime}. */
  public static String identity(String title, java.time.Instant first) {
    StringBuilder canonical = new StringBuilder();
    field(canonical, normalise(title).toLowerCase(java.util.Locale.ROOT));
    field(canonical, first.toString());
    return sha256(canonical.toString());
  }

  /** Lowercase hex SHA-256 of the material, stable across releases of this class's fields. */
  public String fingerprint() {
    StringBuilder canonical = new StringBuilder();
    field(canonical, title);
    field(canonical, status);
    field(canonical, body);
    field(canonical, String.valueOf(timeline.size()));
    timeline.forEach(entry -> field(canonical, entry));
    field(canonical, String.valueOf(hints.impact()));
    field(canonical, hints.scheduled() == null ? "" : hints.scheduled().toString());
    field(canonical, String.join(",", hints.components()));
    return sha256(canonical.toString());
  }

  private static String sha256(String canonical) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void field(StringBuilder canonical, String value) {
    canonical.append(value.length()).append(':').append(value).append('\n');
  }

  /**
   * {@code text} with each run of white space ({@code \s}, no-break spaces) one space, and
   * stripped: what {@code text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip()} gives,
   * without the regex engine (it is done for every post of every changed poll).
   */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    int n = text.length();
    StringBuilder out = null;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      int end = i + 1;
      while (end < n && isSpace(text.charAt(end))) {
        end++;
      }
      if (out == null) {
        if (c == ' ' && end == i + 1) {
          continue; // a single space stays as it is
        }
        out = new StringBuilder(n).append(text, 0, i);
      }
      out.append(' ');
      i = end - 1;
    }
    return (out == null ? text : out.toString()).strip();
  }

  /** Whether {@code c} is white space here: {@code [\s\u00A0\u2007\u202F]}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }
}
