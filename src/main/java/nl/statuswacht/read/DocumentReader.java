package nl.statuswacht.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads any document a status page serves, choosing the reader by what the document is: JSON goes
 * to {@link StatuspageJsonReader}, an HTML page to {@link HtmlPageReader}, anything else to the
 * feed reader. Pure.
 */
public final class DocumentReader {
  private final FeedReader feeds = new FeedReader();
  private final StatuspageJsonReader api = new StatuspageJsonReader();
  private final HtmlPageReader page;

  /** With the Statuspage preset for HTML pages. */
  public DocumentReader() {
    this(HtmlSelectors.STATUSPAGE);
  }

  /** @param pageSelectors where posts live on an HTML page */
  public DocumentReader(HtmlSelectors pageSelectors) {
    this.page = new HtmlPageReader(pageSelectors);
  }

  /** What a document turned out to be, and what reading it gave. */
  public record Reading(PostMerge.Kind kind, ReadOutcome outcome) {}

  public Reading read(SourceDocument doc) {
    return read(doc, null);
  }

  /**
   * Reads {@code doc}; a feed's entries that did not change since the reading {@code memo} holds
   * (that document's last) are not mapped again. {@code memo} may be {@code null}.
   */
  public Reading read(SourceDocument doc, EntryMemo memo) {
    PostMerge.Kind kind = kindOf(doc);
    ReadOutcome outcome = switch (kind) {
      case API -> api.read(doc);
      case PAGE -> page.read(doc);
      case FEED -> feeds.read(doc, memo);
    };
    return new Reading(kind, outcome);
  }

  /** JSON by its first character or its type, HTML by its opening tags, else a feed. */
  static PostMerge.Kind kindOf(SourceDocument doc) {
    String type = doc.contentType() == null ? "" : doc.contentType().toLowerCase(Locale.ROOT);
    String start = start(doc.bytes());
    if (start.startsWith("{") || start.startsWith("[") || type.contains("json")) {
      return PostMerge.Kind.API;
    }
    String head = start.toLowerCase(Locale.ROOT);
    boolean feedRoot = head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    if (!feedRoot && (head.startsWith("<!doctype html") || head.contains("<html"))) {
      return PostMerge.Kind.PAGE;
    }
    return PostMerge.Kind.FEED;
  }

  /** The first 2 KB as text, byte-order mark and leading white space skipped. */
  private static String start(byte[] bytes) {
    int from = SourceDocument.afterByteOrderMark(bytes);
    String text = new String(bytes, from, Math.min(bytes.length - from, 2048),
        StandardCharsets.ISO_8859_1);
    return text.stripLeading();
  }
}
