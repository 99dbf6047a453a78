package nl.statuswacht.read;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.model.Post;
import javax.xml.stream.XMLStreamException;
import org.jdom2.JDOMException;
import org.xml.sax.SAXParseException;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) documents into {@link Post}s, through Rome.
 *
 * <p>DOCTYPEs are refused, so no DTD or external entity is ever read. A document that is not a
 * feed is never an exception: it is a {@link ReadOutcome.Refused} whose one-line reason starts with
 * {@code read:}, names the document, says what is wrong and, where the parser knows it, the line
 * and column. Statuspage update histories inside entries become each post's timeline (see {@code
 * StatuspageTimeline}).
 */
public final class FeedReader {

  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");
  private static final Pattern HTML_START =
      Pattern.compile("^(<!--.*?-->\\s*)*<(!doctype\\s+html|html[\\s>])", Pattern.DOTALL);

  /** How many entries {@link FeedBatches} gives Rome at a time. */
  static final int BATCH = 100;

  private final boolean strictFirst;
  private final int batch;

  public FeedReader() {
    this(true, BATCH);
  }

  /**
   * {@code strictFirst} false: every document through Rome's healer, whole, as before (for
   * tests); {@code batch}: how many entries a well-formed document is read at a time, 0 for the
   * whole document at once.
   */
  FeedReader(boolean strictFirst, int batch) {
    this.strictFirst = strictFirst;
    this.batch = batch;
  }

  /** As {@link #FeedReader(boolean, int)}, in batches when strict first. */
  FeedReader(boolean strictFirst) {
    this(strictFirst, strictFirst ? BATCH : 0);
  }

  /** Reads {@code doc}; never throws for a bad document. */
  public ReadOutcome read(SourceDocument doc) {
    return read(doc, null);
  }

  /**
   * Reads {@code doc} as {@link #read(SourceDocument)} does; with a {@code memo} of the same
   * document's last reading, entries that did not change are not mapped again ({@link
   * EntryMemo}).
   */
  public ReadOutcome read(SourceDocument doc, EntryMemo memo) {
    String head = head(doc.bytes());
    if (head.isBlank()) {
      return refused(doc, "is empty");
    }
    if (looksLikeHtml(head)) {
      return refused(doc, "is HTML, not a feed");
    }
    boolean strict = strictFirst && strictReadsAsHealed(doc.bytes());
    if (strict && batch > 0) {
      if (memo != null && memo.mayReadByBytes()) {
        ReadOutcome known = readKnown(doc, memo);
        if (known != null) {
          return known;
        }
      }
      ReadOutcome inBatches = readInBatches(doc, memo);
      if (inBatches != null) {
        return inBatches;
      }
    }
    SyndFeed feed;
    try {
      feed = parse(doc, strict);
    } catch (ParsingFeedException e) {
      return refused(doc, "is not a feed: " + xmlError(e, head));
    } catch (FeedException e) {
      return refused(doc, "is not a feed: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return refused(doc, "is not a feed: " + notAFeed(head, e));
    } catch (IOException e) {
      return refused(doc, "cannot be decoded: " + e.getMessage());
    } catch (RuntimeException e) {
      return refused(doc, "could not be read: " + e);
    }
    try {
      int entries = feed.getEntries().size();
      Mapping mapping =
          new Mapping(doc, memo, FeedDates.impossible(doc.bytes(), entries), entries);
      mapping.accept(feed, 0);
      return mapping.outcome();
    } catch (RuntimeException e) {
      return refused(doc, "has entries that could not be read: " + e);
    }
  }

  /**
   * {@code doc} read strictly, {@link #batch} entries at a time ({@link FeedBatches}): what {@link
   * #read(SourceDocument, EntryMemo)} makes of it, without ever holding the whole document as one
   * tree; {@code null} when it cannot be read so (not well-formed, not a feed Rome knows, a part
   * of the feed's head after an entry, an entry that cannot be mapped, impossible dates the text
   * cannot pin to Rome's entries): then the document is read whole, strictly and then through the
   * healer, with the reasons that reading gives.
   */
  private ReadOutcome readInBatches(SourceDocument doc, EntryMemo memo) {
    FeedDates.Scan dates = FeedDates.scan(doc.bytes());
    Mapping mapping = new Mapping(doc, memo, dates.impossible(), dates.entries());
    try (XmlReader reader = xmlReader(doc)) {
      if (!new FeedBatches(batch).read(reader, mapping)) {
        return null;
      }
    } catch (IOException | XMLStreamException | JDOMException | FeedException
        | RuntimeException e) {
      return null;
    }
    if (mapping.posts() != dates.entries() && !dates.impossible().isEmpty()) {
      return null;
    }
    return mapping.outcome();
  }

  /**
   * {@code doc} read with the {@code memo} of its last reading by bytes ({@link
   * EntryMemo.ByBytes}): the document is cut into its head, entries and tail where they lie in the
   * bytes ({@link RawEntries}); an entry with the very bytes of an entry of the last reading, under
   * the same head, is that entry's post; and only a document of the head, the other entries and
   * the tail is read (in batches, as any). Rome never sees an entry that did not change. What it
   * gives is what {@link #readInBatches} gives of the whole document: Rome reads an entry with the
   * head alone, and two entries with the same bytes under the same head are read alike.
   *
   * <p>The head is the same when the document's location and Content-Type are (its links are
   * resolved against the one, its bytes decoded by the other) and so are its bytes, but for the
   * feed's own times, which change whenever any entry does and which Rome gives no entry: Atom's
   * {@code <updated>}, Atom 0.3's {@code <modified>}, RSS's {@code <lastBuildDate>} and {@code
   * <pubDate>}. Entries are compared byte for byte: each first with the last reading's entry after
   * the one last found (entries keep their order, a new or changed one here and there), and only
   * one that is not that entry is hashed ({@link EntryMemo#hash}) and sought among the last
   * reading's by its hash. No SHA-256 of the whole feed a second time (the body's own is the
   * evidence archive's), which in the daemon's C1-compiled code was a fifth of a changed poll, and
   * no hash of every entry, which was a twelfth.
   *
   * <p>{@code null} when the document cannot be cut, or its reading has entries with impossible
   * dates (their notes name each entry by its place in the whole document): then the memo is kept
   * by what Rome made of the entries, and the next reading does not try this.
   */
  private ReadOutcome readKnown(SourceDocument doc, EntryMemo memo) {
    byte[] bytes = doc.bytes();
    RawEntries.Split split = RawEntries.split(bytes);
    if (split == null) {
      return null;
    }
    String head = doc.location() + "\n" + doc.contentType() + "\n" + FEED_TIMES.matcher(
        new String(bytes, 0, split.headEnd(), StandardCharsets.ISO_8859_1)).replaceAll("");
    EntryMemo.ByBytes known = memo.byBytes();
    EntryMemo.ByBytes last = known != null && known.head().equals(head) ? known : null;
    int[] starts = split.starts();
    int[] ends = split.ends();
    int[] hashes = new int[split.entries()];
    Post[] posts = new Post[split.entries()];
    List<Integer> unknown = new ArrayList<>();
    // Entries come in the last reading's order, a new one or a changed one here and there: each is
    // first compared with the entry after the last one found, whose hash is then its own (the same
    // bytes). Only an entry that is not that one is hashed and sought by its hash.
    LastEntries sought = last == null ? null : new LastEntries(last);
    int following = 0;
    for (int i = 0; i < posts.length; i++) {
      if (last != null && following < last.hashes().length
          && sameEntry(bytes, starts[i], ends[i], last, following)) {
        hashes[i] = last.hashes()[following];
        posts[i] = last.posts()[following];
        following++;
        continue;
      }
      hashes[i] = EntryMemo.hash(bytes, starts[i], ends[i]);
      int found = sought == null ? -1 : sought.find(bytes, starts[i], ends[i], hashes[i]);
      if (found >= 0) {
        posts[i] = last.posts()[found];
        following = found + 1;
      } else {
        unknown.add(i);
      }
    }
    ReadOutcome read = readInBatches(
        new SourceDocument(split.with(bytes, unknown), doc.contentType(), doc.location()), null);
    if (!(read instanceof ReadOutcome.Posts fresh) || fresh.posts().size() != unknown.size()
        || !fresh.notes().isEmpty()) {
      return null;
    }
    for (int j = 0; j < unknown.size(); j++) {
      posts[unknown.get(j)] = fresh.posts().get(j);
    }
    memo.keep(new EntryMemo.ByBytes(head, bytes, starts, ends, hashes, posts),
        posts.length - unknown.size());
    return new ReadOutcome.Posts(fresh.format(), List.of(posts), List.of());
  }

  /**
   * The last reading's entries, sought by the hash and the bytes of an entry ({@link #readKnown}):
   * one by one for the first {@value #ONE_BY_ONE} entries sought, then in a map of their hashes
   * made once. A poll that finds one post new or changed seeks one or two entries, and the map of
   * 5,000 hashes it used to make was most of the look-up; a document whose entries were reordered
   * or rewritten gets the map.
   */
  static final class LastEntries {
    static final int ONE_BY_ONE = 8;
    private final EntryMemo.ByBytes last;
    private Map<Integer, List<Integer>> byHash;
    private int sought;

    LastEntries(EntryMemo.ByBytes last) {
      this.last = last;
    }

    /** The index of the last reading's entry with these bytes (of this hash), or -1. */
    int find(byte[] bytes, int start, int end, int hash) {
      if (++sought <= ONE_BY_ONE) {
        for (int j = 0; j < last.hashes().length; j++) {
          if (last.hashes()[j] == hash && sameEntry(bytes, start, end, last, j)) {
            return j;
          }
        }
        return -1;
      }
      if (byHash == null) {
        byHash = new HashMap<>();
        for (int j = 0; j < last.hashes().length; j++) {
          byHash.computeIfAbsent(last.hashes()[j], h -> new ArrayList<>(1)).add(j);
        }
      }
      for (int j : byHash.getOrDefault(hash, List.of())) {
        if (sameEntry(bytes, start, end, last, j)) {
          return j;
        }
      }
      return -1;
    }
  }

  /** Whether the bytes from {@code start} to {@code end} are those of {@code last}'s jth entry. */
  private static boolean sameEntry(byte[] bytes, int start, int end, EntryMemo.ByBytes last,
      int j) {
    return Arrays.equals(bytes, start, end, last.bytes(), last.starts()[j], last.ends()[j]);
  }

  /** The feed's own times in its head: left out when heads are compared ({@link #readKnown}). */
  private static final Pattern FEED_TIMES = Pattern.compile("<((?:[A-Za-z_][\\w.-]*:)?"
      + "(?:updated|modified|lastBuildDate|pubDate))(?:\\s[^>]*)?>[^<]*</\\1\\s*>");

  /**
   * The posts of a feed's entries, given all at once or batch by batch in order, and the notes of
   * the entries whose date as written is {@code impossible} (and which are mapped as undated).
   */
  private static final class Mapping implements FeedBatches.Sink {
    private final SourceDocument doc;
    private final EntryMemo memo;
    private final Map<Integer, String> impossible;
    private final int expected;
    private EntryMapper mapper;
    private String type;

    Mapping(SourceDocument doc, EntryMemo memo, Map<Integer, String> impossible, int expected) {
      this.doc = doc;
      this.memo = memo;
      this.impossible = impossible;
      this.expected = expected;
    }

    @Override
    public void accept(SyndFeed feed, int first) {
      if (mapper == null) {
        mapper = new EntryMapper(feed, doc.location(), impossible.keySet(), memo, expected);
        type = feed.getFeedType();
      }
      mapper.add(feed.getEntries(), first);
    }

    /** How many posts so far. */
    int posts() {
      return mapper.posts().size();
    }

    ReadOutcome.Posts outcome() {
      mapper.done();
      List<Post> posts = mapper.posts();
      List<String> notes = new ArrayList<>();
      impossible.forEach((i, date) -> notes.add(doc.location() + ": entry " + (i + 1) + " \""
          + posts.get(i).title() + "\": " + date + " is no date; dated by when it is first seen"));
      return new ReadOutcome.Posts(type, posts, notes);
    }
  }

  /**
   * Rome's reading of the whole document: strictly first when {@code strict}, as the XML it is;
   * through Rome's healer (which mends what is not well-formed, such as an HTML entity or a bare
   * {@code &}, reading one character at a time) when that fails, or at once when the healer would
   * read a well-formed document differently ({@link #strictReadsAsHealed}) or {@code strict} is
   * off. A document neither reads is refused with the healer's reason, as before.
   */
  private static SyndFeed parse(SourceDocument doc, boolean strict)
      throws IOException, FeedException {
    if (strict) {
      try {
        return build(doc, false);
      } catch (IOException | FeedException | RuntimeException e) {
        // not well-formed as it stands: the healer may mend it
      }
    }
    return build(doc, true);
  }

  /**
   * Whether a strict reading of {@code bytes}, if it succeeds, is what Rome's healer would read.
   * The healer changes a well-formed document in one place only: inside a CDATA section it
   * rewrites entity references such as {@code &amp;} or {@code &nbsp;} (there literal text) into
   * character references, so such a section is read through the healer, as it always was. The
   * bytes are searched as ASCII, so a document must start with {@code <} (after a UTF-8
   * byte-order mark) in an encoding that writes ASCII as ASCII; any other is read through the
   * healer.
   */
  static boolean strictReadsAsHealed(byte[] bytes) {
    int start = SourceDocument.afterByteOrderMark(bytes);
    if (bytes.length < start + 4 || bytes[start] != '<') {
      return false;
    }
    for (int i = start; i < start + 4; i++) {
      if (bytes[i] == 0) {
        return false; // UTF-16 or UTF-32
      }
    }
    // searched as bytes (no copy of a document of megabytes): an ASCII byte is that character
    for (int at = RawEntries.find(bytes, RawEntries.CDATA_START, start); at >= 0;
        at = RawEntries.find(bytes, RawEntries.CDATA_START, at)) {
      int end = RawEntries.find(bytes, RawEntries.CDATA_END, at + RawEntries.CDATA_START.length);
      int stop = end < 0 ? bytes.length : end;
      for (int i = at; i < stop; i++) {
        if (bytes[i] == '&' && isEntityReference(bytes, i + 1, stop)) {
          return false;
        }
      }
      if (end < 0) {
        return true;
      }
      at = end + RawEntries.CDATA_END.length;
    }
    return true;
  }

  /** Whether {@code bytes} from {@code from} hold ASCII letters or digits and then a {@code ;}. */
  private static boolean isEntityReference(byte[] bytes, int from, int stop) {
    int i = from;
    while (i < stop && (bytes[i] >= 'a' && bytes[i] <= 'z' || bytes[i] >= 'A' && bytes[i] <= 'Z'
        || bytes[i] >= '0' && bytes[i] <= '9')) {
      i++;
    }
    return i > from && i < stop && bytes[i] == ';';
  }

  private static SyndFeed build(SourceDocument doc, boolean heal)
      throws IOException, FeedException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    input.setXmlHealerOn(heal);
    try (XmlReader reader = xmlReader(doc)) {
      return input.build(reader);
    }
  }

  /** The document's characters, in the encoding Rome finds (its Content-Type, prolog, BOM). */
  private static XmlReader xmlReader(SourceDocument doc) throws IOException {
    InputStream in = new ByteArrayInputStream(doc.bytes());
    return doc.contentType() == null
        ? new XmlReader(in, true, StandardCharsets.UTF_8.name())
        : new XmlReader(in, doc.contentType(), true, StandardCharsets.UTF_8.name());
  }

  private static String xmlError(ParsingFeedException e, String head) {
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SAXParseException sax) {
        message = sax.getMessage();
      }
    }
    String ascii = head.replace("\u0000", "");
    if (message == null && ascii.contains("<rss") && !ascii.contains("<channel")) {
      return "an <rss> root without the <channel> element RSS requires";
    }
    if (message == null && e.getCause() instanceof RuntimeException bug) {
      return "its structure is not RSS or Atom as Rome knows it (" + bug.getMessage() + ")";
    }
    message = message == null ? e.getMessage() : message;
    String what = message != null && message.contains("DOCTYPE") ? "refused DOCTYPE" : "XML error";
    if (e.getLineNumber() > 0) {
      return what + " at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
          + message;
    }
    return what + ": " + message;
  }

  private static String notAFeed(String head, IllegalArgumentException e) {
    Matcher m = ROOT.matcher(head.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->", ""));
    if (m.find()) {
      return "root element <" + m.group(1) + "> is neither RSS nor Atom";
    }
    return e.getMessage();
  }

  /** By its start, not its Content-Type: servers label real feeds text/html too. */
  private static boolean looksLikeHtml(String head) {
    return HTML_START.matcher(head.strip().toLowerCase(Locale.ROOT)).find();
  }

  /** The first few kilobytes as text, BOM and NULs dropped, enough to sniff the shape. */
  private static String head(byte[] bytes) {
    int n = Math.min(bytes.length, 4096);
    String s = new String(bytes, 0, n, StandardCharsets.UTF_8);
    return s.replace("\uFEFF", "").replace("\u0000", "").replace("\uFFFD", "");
  }

  private static ReadOutcome refused(SourceDocument doc, String what) {
    return new ReadOutcome.Refused(
        Texts.collapse("read: " + doc.location() + " " + what));
  }
}
