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
     * One batch: {@code feed} holds the head and the entries from index {@code first} (in the
     * whole feed, as Rome counts its entries) on.
     */
    void accept(SyndFeed feed, int first);
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
    int[] read = {0};
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
          entries.add((Element) builder.fragment(xml));
          if (entries.size() == batch) {
            give(head, entries, read, sink);
          }
          event = xml.getEventType(); // a fragment leaves the reader at the event after it
          continue;
        } else if (read[0] > 0 || !entries.isEmpty()) {
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
      give(head, entries, read, sink);
    }
    return true;
  }

  /** Rome's feed of the head and {@code entries}, to the sink; {@code entries} emptied after. */
  private void give(Head head, List<Element> entries, int[] read, Sink sink)
      throws FeedException {
    Element root = head.root.clone();
    Element container = Boolean.TRUE.equals(head.entriesInChannel) ? (Element) root.getContent(head.at) : root;
    for (Element entry : entries) {
      container.addContent(entry);
    }
    SyndFeed feed = rome.build(new Document(root));
    sink.accept(feed, read[0]);
    read[0] += feed.getEntries().size();
    head.given = true;
    entries.clear();
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
