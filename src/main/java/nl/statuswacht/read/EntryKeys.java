package nl.statuswacht.read;

import java.util.Set;
import org.jdom2.Attribute;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.ProcessingInstruction;

/**
 * The memo keys ({@link EntryMemo}) of a feed's entries as they stand in the document, before
 * Rome reads them: a hash of the entry's XML (every element, attribute, namespace and piece of
 * text in it), whether its date is impossible, and the feed's head, which Rome and {@link
 * EntryMapper} read an entry with (the document's location and the feed's links for relative
 * links, its language for the zone, {@code xml:base}, the namespaces and the feed's type). Two
 * entries with the same key are read alike, so an entry whose key the memo holds need not go
 * through Rome at all.
 *
 * <p>The head leaves out only what changes whenever any entry does and what Rome never gives an
 * entry: the feed's own time (Atom's {@code <updated>}, Atom 0.3's {@code <modified>}, RSS's
 * {@code <lastBuildDate>} and {@code <pubDate>} in the channel). Else a feed in which one entry
 * changed would have every entry read again.
 */
final class EntryKeys {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String ATOM_03 = "http://purl.org/atom/ns#";
  /** The feed's own times, by namespace and name: not part of the head's key. */
  private static final Set<String> FEED_TIMES = Set.of(ATOM + "|updated", ATOM_03 + "|modified",
      "|lastBuildDate", "|pubDate");

  private EntryKeys() {}

  /**
   * The key of a feed's head: the document's {@code location} and the root (with the channel, and
   * the elements before the first entry in both) but the feed's own times.
   */
  static String head(String location, Element root) {
    StringBuilder out = new StringBuilder(1024);
    text(out, 'l', location);
    element(out, root, 0);
    return EntryMapper.sha256(out.toString());
  }

  /** The key of {@code entry} under the head whose key is {@code head}. */
  static String entry(String head, Element entry, boolean undated) {
    StringBuilder out = new StringBuilder(4096);
    out.append("raw ").append(head).append(undated ? " undated\n" : " dated\n");
    element(out, entry, -1);
    return EntryMapper.sha256(out.toString());
  }

  /**
   * {@code element} and everything in it, each part tagged and each text preceded by its length,
   * so that no two different elements write the same. {@code depth}: the root's is 0, the
   * channel's 1 (where the feed's times are left out); -1 inside an entry.
   */
  private static void element(StringBuilder out, Element element, int depth) {
    out.append('<');
    name(out, element.getNamespaceURI(), element.getName());
    for (Namespace declared : element.getAdditionalNamespaces()) {
      text(out, 'n', declared.getPrefix());
      text(out, 'u', declared.getURI());
    }
    if (element.hasAttributes()) {
      for (Attribute attribute : element.getAttributes()) {
        out.append('@');
        name(out, attribute.getNamespaceURI(), attribute.getName());
        text(out, '=', attribute.getValue());
      }
    }
    out.append('>');
    for (Content content : element.getContent()) {
      switch (content.getCType()) {
        case Element -> {
          Element child = (Element) content;
          // the root's children, and the channel's
          boolean head = depth == 0 || depth == 1 && element.getName().equals("channel");
          if (!(head && FEED_TIMES.contains(child.getNamespaceURI() + "|" + child.getName()))) {
            element(out, child, depth < 0 ? -1 : depth + 1);
          }
        }
        case Text -> text(out, 't', content.getValue());
        case CDATA -> text(out, 'c', content.getValue());
        case Comment -> text(out, 'm', content.getValue());
        case ProcessingInstruction -> {
          ProcessingInstruction pi = (ProcessingInstruction) content;
          text(out, 'p', pi.getTarget());
          text(out, 'd', pi.getData());
        }
        default -> text(out, 'o', content.getCType() + ":" + content.getValue());
      }
    }
    out.append("</>");
  }

  private static void name(StringBuilder out, String uri, String name) {
    text(out, 'u', uri);
    text(out, 'e', name);
  }

  /** A tagged text: its tag, length and characters. */
  private static void text(StringBuilder out, char tag, String value) {
    out.append(tag).append(value.length()).append(':').append(value);
  }
}
