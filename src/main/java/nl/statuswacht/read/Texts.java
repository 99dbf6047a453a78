package nl.statuswacht.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Clean text out of feed fields: markup dropped, entities decoded, whitespace collapsed; in the
 * text of a body its line breaks kept ("08:55 storing geconstateerd" on a line of its own).
 */
final class Texts {
  /** Compiled once: it runs on every field of every entry read. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** White space within a line: any but a line break. */
  private static final Pattern LINE_SPACES = Pattern.compile("[^\\S\\n]+");
  /** Two or more line breaks with only white space between them: they make one blank line. */
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[^\\S\\n]*(?:\\n[^\\S\\n]*)+");

  private Texts() {}

  /** {@code s} with every run of whitespace (non-breaking spaces too) as one space, trimmed. */
  static String collapse(String s) {
    if (s == null) {
      return "";
    }
    return SPACES.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
  }

  /**
   * {@code s} as lines: each line's runs of white space (non-breaking spaces too) as one space,
   * each line trimmed, two or more line breaks as one blank line (a paragraph's end), and none at
   * the start or the end.
   */
  static String lines(String s) {
    if (s == null) {
      return "";
    }
    String one = LINE_SPACES.matcher(s.replace("\r\n", "\n").replace('\r', '\n')
        .replace('\u00A0', ' ')).replaceAll(" ");
    StringBuilder out = new StringBuilder(one.length());
    Matcher breaks = BLANK_LINES.matcher(one);
    int from = 0;
    while (breaks.find()) {
      out.append(one, from, breaks.start()).append("\n\n");
      from = breaks.end();
    }
    out.append(one, from, one.length());
    return out.toString().replace(" \n", "\n").replace("\n ", "\n").strip();
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

  /** The text a browser would show for {@code html}, as {@link #ofElement}. */
  static String ofHtml(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return ofElement(Jsoup.parseBodyFragment(html).body());
  }

  /**
   * The text a browser would show for {@code element}'s content, as {@link #lines}: a line break
   * for each {@code <br>}, a blank line around each block ({@code <p>}, {@code <div>}, {@code
   * <li>}, …), and the white space of the markup itself as one space, as a browser shows it.
   */
  static String ofElement(Element element) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          out.append(SPACES.matcher(text.getWholeText()).replaceAll(" "));
        } else if (node instanceof Element e && e.normalName().equals("br")) {
          out.append('\n');
        } else if (depth > 0 && node instanceof Element e && e.isBlock()) {
          out.append("\n\n");
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (depth > 0 && node instanceof Element e && e.isBlock()) {
          out.append("\n\n");
        }
      }
    }, element);
    return lines(out.toString());
  }
}
