package nl.statuswacht.read;

import org.jsoup.Jsoup;

/** Turns HTML fragments into clean text. */
final class Text {
  private Text() {}

  /** The text of an HTML fragment, tags dropped, entities decoded, whitespace collapsed. */
  static String ofHtml(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return Jsoup.parseBodyFragment(html).body().text().strip();
  }
}
