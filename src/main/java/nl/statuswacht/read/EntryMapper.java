package nl.statuswacht.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;

/**
 * Maps Rome's mutable entries to immutable {@link Post}s; Rome's types stop here. One mapper per
 * reading of a document: it takes the feed's entries in order, all at once or batch by batch
 * ({@link #add}), and with an {@link EntryMemo} maps only the entries the memo does not hold.
 */
final class EntryMapper {

  private final java.util.Set<Integer> undated;
  private final String base;
  private final ZoneId zone;
  private final EntryMemo memo;
  private final Map<String, Post> read;
  private final List<Post> posts = new ArrayList<>();
  private int reused;

  /**
   * A mapping of the entries of the feed whose head ({@code feed}'s link and language) is given.
   * {@code undated}: the entries (by index) whose written date is impossible: they have none.
   * {@code memo}: the document's last reading, or {@code null}; {@code expected}: about how many
   * entries there are.
   */
  EntryMapper(SyndFeed feed, String location, java.util.Set<Integer> undated, EntryMemo memo,
      int expected) {
    this.undated = undated;
    this.base = baseOf(feed, location);
    this.zone = zoneOf(feed.getLanguage());
    this.memo = memo;
    this.read = memo == null ? null : EntryMemo.next(expected);
  }

  /**
   * The zone a feed writes times in when they state none: Europe/Amsterdam for a Dutch feed (KVK
   * writes its local time), else unknown.
   */
  private static ZoneId zoneOf(String language) {
    return language != null && language.toLowerCase(Locale.ROOT).startsWith("nl")
        ? ZoneId.of("Europe/Amsterdam")
        : null;
  }

  /**
   * Maps {@code entries}, the feed's entries from index {@code first} on, after those added
   * before. With a memo, an entry whose {@link #key} it holds is the memo's post.
   */
  void add(List<SyndEntry> entries, int first) {
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      boolean isUndated = undated.contains(first + i);
      if (memo == null) {
        posts.add(post(entry, isUndated));
        continue;
      }
      String key = key(entry, isUndated);
      Post post = memo.get(key);
      if (post == null) {
        post = post(entry, isUndated);
      } else {
        reused++;
      }
      read.put(key, post);
      posts.add(post);
    }
  }

  /** The posts of the entries added, in order. */
  List<Post> posts() {
    return posts;
  }

  /** The reading is complete: the memo keeps what it made of each entry, for the next one. */
  void done() {
    if (memo != null) {
      memo.keep(read, reused);
    }
  }

  /**
   * A hash of everything {@link #post} reads: the entry's title (and its type), dates (none when
   * {@code undated}), contents and description (with their types), link, links and uri, and what
   * this mapper takes from the feed and the document's location (the base for relative links,
   * the zone of times without one). Two entries with the same key map to equal posts. Whatever
   * {@link #post} comes to read must be added here.
   */
  String key(SyndEntry entry, boolean undated) {
    StringBuilder in = new StringBuilder(2048);
    field(in, base);
    field(in, zone == null ? null : zone.getId());
    field(in, undated ? "undated" : "dated");
    field(in, entry.getTitle());
    SyndContent titleEx = entry.getTitleEx();
    field(in, titleEx == null ? null : titleEx.getType());
    field(in, titleEx == null ? null : titleEx.getValue());
    field(in, date(entry.getPublishedDate()));
    field(in, date(entry.getUpdatedDate()));
    field(in, String.valueOf(entry.getContents().size()));
    for (SyndContent c : entry.getContents()) {
      field(in, c.getType());
      field(in, c.getValue());
    }
    SyndContent description = entry.getDescription();
    field(in, description == null ? null : description.getType());
    field(in, description == null ? null : description.getValue());
    field(in, entry.getLink());
    field(in, String.valueOf(entry.getLinks().size()));
    for (SyndLink l : entry.getLinks()) {
      field(in, l.getRel());
      field(in, l.getHref());
    }
    field(in, entry.getUri());
    return HexFormat.of().formatHex(
        sha256().digest(in.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static String date(Date date) {
    return date == null ? null : Long.toString(date.getTime());
  }

  /** A field: its length and its text, or {@code -} for none. */
  private static void field(StringBuilder in, String value) {
    if (value == null) {
      in.append("-\n");
    } else {
      in.append(value.length()).append(':').append(value).append('\n');
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private Post post(SyndEntry entry, boolean undated) {
    String title = title(entry);
    Instant published = undated ? null : instant(entry.getPublishedDate());
    Instant updated = undated ? null : instant(entry.getUpdatedDate());
    String html = content(entry);
    String body = isPlain(entry) ? Texts.lines(html) : Texts.ofHtml(html);
    String link = link(entry);
    String id = id(entry, link, title, published, body);
    Instant anchor = updated != null ? updated : published;
    if (isPlain(entry)) {
      return new Post(id, title, link, published, updated, body, List.of(), PlatformHints.NONE,
          "");
    }
    List<PostUpdate> updates = StatuspageTimeline.parse(html, anchor);
    if (updates.isEmpty()) {
      updates = DatedTimeline.parse(html, zone);
    }
    PlatformHints hints = PlatformHints.NONE;
    if (updates.isEmpty()) {
      var state = IncidentIoItem.parse(html, anchor);
      if (state.isPresent()) {
        updates = List.of(state.get().update());
        hints = new PlatformHints(null, null, state.get().components());
      }
    }
    if (published == null && !updates.isEmpty()) {
      published = updates.get(0).at();
    }
    return new Post(id, title, link, published, updated, body, updates, hints,
        Texts.sanitised(html, base));
  }

  private static String title(SyndEntry entry) {
    SyndContent ex = entry.getTitleEx();
    if (ex != null && ex.getType() != null && ex.getType().toLowerCase(Locale.ROOT).contains("html")) {
      return Texts.collapse(Texts.ofHtml(ex.getValue()));
    }
    return Texts.collapse(entry.getTitle());
  }

  /** The fullest text the entry has: its content, else its description (summary). */
  private static String content(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        return c.getValue();
      }
    }
    SyndContent d = entry.getDescription();
    return d == null || d.getValue() == null ? "" : d.getValue();
  }

  private static boolean isPlain(SyndEntry entry) {
    String type = null;
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        type = c.getType();
        break;
      }
    }
    if (type == null && entry.getContents().isEmpty() && entry.getDescription() != null) {
      type = entry.getDescription().getType();
    }
    return type != null && (type.equals("text") || type.equals("text/plain"));
  }

  private String link(SyndEntry entry) {
    String link = entry.getLink();
    if (blank(link)) {
      for (SyndLink l : entry.getLinks()) {
        if (!blank(l.getHref()) && (l.getRel() == null || "alternate".equals(l.getRel()))) {
          link = l.getHref();
          break;
        }
      }
    }
    return blank(link) ? null : resolve(link.strip());
  }

  /** A relative link against the feed's own link, else the document location; as given if absolute. */
  private String resolve(String link) {
    try {
      URI uri = new URI(link);
      if (uri.isAbsolute() || base == null) {
        return link;
      }
      return new URI(base).resolve(uri).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return link;
    }
  }

  private static String baseOf(SyndFeed feed, String location) {
    String link = feed.getLink();
    if (!blank(link) && isAbsoluteHttp(link.strip())) {
      return link.strip();
    }
    return isAbsoluteHttp(location) ? location : null;
  }

  private static boolean isAbsoluteHttp(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static String id(
      SyndEntry entry, String link, String title, Instant published, String body) {
    if (!blank(entry.getUri())) {
      return entry.getUri().strip();
    }
    if (link != null) {
      return link;
    }
    // the body in one line, as it was read before line breaks were kept: the same post keeps
    // the id it was stored under
    String seed = title + (published == null ? "" : published.toString()) + Texts.collapse(body);
    return "sha256:" + sha256(seed);
  }

  private static String sha256(String s) {
    return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
