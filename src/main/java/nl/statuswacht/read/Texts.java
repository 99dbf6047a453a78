package nl.statuswacht.read;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Clean text out of feed fields: markup dropped, entities decoded, whitespace collapsed. */
final class Texts {
  /** Compiled once: it runs on every field of every entry read. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Texts() {}

  /** {@code s} with every run of whitespace (non-breaking spaces too) as one space, trimmed. */
  static String collapse(String s) {
    if (s == null) {
      return "";
    }
    return SPACES.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
  }

  /**
   * HTML safe to put in an email: only jsoup's basic safelist of tags and attributes survives, so
   * no script, style, event handler or {@code javascript:} link; relative links are made absolute
   * against {@code base} (or dropped without one).
   */
  static String sanitised(String html, String base) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return org.jsoup.Jsoup.clean(html, base == null ? "" : base,
        org.jsoup.safety.Safelist.basic().preserveRelativeLinks(false));
  }

  /** The text a browser would show for {@code html}, whitespace collapsed. */
  static String ofHtml(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return collapse(Jsoup.parseBodyFragment(html).text());
  }
}
