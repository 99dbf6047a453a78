package nl.statuswacht.read;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.StAXStreamBuilder;

/**
 * Rome's reading of a well-formed feed a few entries at a time, so that the whole document is
 * never one tree in memory: a JDOM tree of a 5.6 MB feed is about 15 MB, and Rome's feed objects
 * made from it as much again.
 *
 * <p>The document is walked with StAX. Its root (and an RSS {@code <channel>}) is kept as an
 * element without children, every other element before the first entry whole (the feed's
 * <em>head</em>: title, links, language...), and the entries ({@code <entry>} and {@code <item>}
 * elements among the root's or the channel's children) are built one at a time. Every {@code
 * batch} entries, a document of the head and those entries goes through Rome as a whole document
 * would ({@link SyndFeedInput#build(Document)}), and the {@link Sink} gets the feed Rome made of
 * it: the same feed as Rome makes of the whole document, cut into pieces, as long as nothing of
 * the head comes after an entry. A document where something does (or with a DOCTYPE, which a
 * feed is never allowed) is not read here: {@link #read} says so and its caller reads the whole
 * document instead. Not thread-safe; one per reading.
 */
final class FeedBatches {

  /** Gets the feeds of the batches in document order. */
  interface Sink {
    /**
     * Whether the sink already has what it makes of the entry at {@code index} (in the whole
     * feed, as Rome counts its entries), given as it stands in the document ({@code entry}) with
     * the feed's head ({@code head}: the root, and the channel, with the elements before the first
     * entry); such an entry is left out of the batches, so Rome never reads it. Neither element
     * may be changed or kept. By default no entry is known.
     */
    default boolean known(int index, Element head, Element entry) {
      return false;
    }

    /**
     * One batch: {@code feed} holds the head and the entries at {@code indices} (in the whole
     * feed, as Rome counts its entries), in that order: those from the last batch on that the
     * sink did not know.
     */
    void accept(SyndFeed feed, List<Integer> indices);
  }

  private static final XMLInputFactory FACTORY = factory();
  private static final Set<String> ENTRIES = Set.of("entry", "item");

  private final int batch;
  private final StAXStreamBuilder builder = new StAXStreamBuilder();
  private final SyndFeedInput rome = new SyndFeedInput();

  /** Batches of {@code batch} entries (at least one). */
  FeedBatches(int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be at least 1: " + batch);
    }
    this.batch = batch;
    rome.setAllowDoctypes(false);
    rome.setXmlHealerOn(false);
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // DTDs understood, so that an entity a document uses without declaring it (&nbsp;) is an
    // error, as to a SAX parser; but none is ever fetched, and a document with a DOCTYPE is left
    // at its DTD event (read whole, and refused)
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }

  /**
   * Reads the document {@code reader} gives, batch by batch, into {@code sink}; false, having
   * given the sink nothing or some batches, when the document is not one this class can cut into
   * batches (see the class). Throws what the XML parser or Rome throws for a document that is not
   * a well-formed feed.
   */
  boolean read(Reader reader, Sink sink)
      throws IOException, XMLStreamException, JDOMException, FeedException {
    XMLStreamReader xml = FACTORY.createXMLStreamReader(reader);
    try {
      return read(xml, sink);
    } finally {
      xml.close();
    }
  }

  private boolean read(XMLStreamReader xml, Sink sink)
      throws XMLStreamException, JDOMException, FeedException {
    int event = xml.next();
    while (event != XMLStreamConstants.START_ELEMENT) {
      if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.END_DOCUMENT) {
        return false;
      }
      event = xml.next();
    }
    Head head = new Head(shallow(xml));
    List<Element> entries = new ArrayList<>(batch);
    List<Integer> indices = new ArrayList<>(batch);
    int seen = 0;
    boolean inChannel = false;
    int depth = 1;
    event = xml.next();
    while (depth > 0) {
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        inChannel = inChannel && depth == 2;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        boolean isChannel = depth == 1 && xml.getLocalName().equals("channel");
        if (isChannel && head.channel == null) {
          head.channel(shallow(xml));
          inChannel = true;
          depth++;
        } else if ((depth == 1 || inChannel) && ENTRIES.contains(xml.getLocalName())) {
          if (!head.entriesIn(inChannel)) {
            return false; // entries in the root and in the channel
          }
          Element entry = (Element) builder.fragment(xml);
          int index = seen++;
          if (!sink.known(index, head.root, entry)) {
            entries.add(entry);
            indices.add(index);
            if (entries.size() == batch) {
              give(head, entries, indices, sink);
            }
          }
          event = xml.getEventType(); // a fragment leaves the reader at the event after it
          continue;
        } else if (seen > 0) {
          return false; // part of the head after an entry
        } else {
          head.add((Element) builder.fragment(xml), inChannel);
          event = xml.getEventType();
          continue;
        }
      }
      // text between the elements of the root and the channel, comments: Rome reads none
      event = xml.next();
    }
    while (xml.hasNext()) {
      xml.next(); // what follows the root must be well-formed too, as to a SAX parser
    }
    if (!entries.isEmpty() || !head.given) {
      // the head at least once, even when the sink knew every entry: the feed's type and links
      give(head, entries, indices, sink);
    }
    return true;
  }

  /**
   * Rome's feed of the head and {@code entries} (at {@code indices}), to the sink; both emptied
   * after.
   */
  private void give(Head head, List<Element> entries, List<Integer> indices, Sink sink)
      throws FeedException {
    Element root = head.root.clone();
    Element container = Boolean.TRUE.equals(head.entriesInChannel) ? (Element) root.getContent(head.at) : root;
    for (Element entry : entries) {
      container.addContent(entry);
    }
    SyndFeed feed = rome.build(new Document(root));
    if (feed.getEntries().size() != entries.size()) {
      // Rome read some other number of entries than it was given: the indices would lie
      throw new FeedException("Rome read " + feed.getEntries().size() + " entries of "
          + entries.size());
    }
    sink.accept(feed, List.copyOf(indices));
    head.given = true;
    entries.clear();
    indices.clear();
  }

  /**
   * The element the reader is at, with its namespace declarations and attributes but none of its
   * content; the reader stays there.
   */
  private static Element shallow(XMLStreamReader xml) {
    Element element = new Element(xml.getLocalName(), namespace(xml.getPrefix(),
        xml.getNamespaceURI()));
    for (int i = 0; i < xml.getNamespaceCount(); i++) {
      Namespace declared = namespace(xml.getNamespacePrefix(i), xml.getNamespaceURI(i));
      if (!declared.equals(element.getNamespace())) {
        element.addNamespaceDeclaration(declared);
      }
    }
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      element.setAttribute(new Attribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i),
          namespace(xml.getAttributePrefix(i), xml.getAttributeNamespace(i))));
    }
    return element;
  }

  private static Namespace namespace(String prefix, String uri) {
    return Namespace.getNamespace(prefix == null ? "" : prefix, uri == null ? "" : uri);
  }

  /** The root, the channel, and the head's elements in them, in document order. */
  private static final class Head {
    final Element root;
    Element channel;
    int at;
    boolean given;
    Boolean entriesInChannel;

    Head(Element root) {
      this.root = root;
    }

    void channel(Element channel) {
      this.channel = channel;
      root.addContent(channel);
      at = root.indexOf(channel);
    }

    /** Whether entries may be in the channel ({@code true}) or the root: only where the first is. */
    boolean entriesIn(boolean inChannel) {
      if (entriesInChannel == null) {
        entriesInChannel = inChannel;
      }
      return entriesInChannel == inChannel;
    }

    void add(Element element, boolean inChannel) {
      (inChannel ? channel : root).addContent(element);
    }
  }
}
