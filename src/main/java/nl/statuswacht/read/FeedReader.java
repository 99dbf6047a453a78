package nl.statuswacht.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through Rome, with DOCTYPEs (and so external entities)
 * refused, into {@link Post}s. Statuspage-style entries get their update timeline from the
 * entry's HTML ({@link StatuspageTimeline}). Rome's mutable objects never leave this class.
 */
public final class FeedReader {

  public ReadOutcome read(SourceDocument doc) {
    String where = doc.location();
    if (isBlank(doc.bytes())) {
      return new ReadOutcome.Refused("read: " + where + " is empty");
    }
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(doc.bytes()), doc.contentType(),
        true, "UTF-8")) {
      SyndFeedInput input = new SyndFeedInput(false, Locale.US);
      input.setAllowDoctypes(false);
      feed = input.build(xml);
    } catch (ParsingFeedException e) {
      return new ReadOutcome.Refused("read: " + where + " is not a well-formed feed: "
          + position(e) + oneLine(e));
    } catch (FeedException | IllegalArgumentException e) {
      return new ReadOutcome.Refused("read: " + where + " is not a feed"
          + (looksLikeHtml(doc.bytes()) ? " (it is an HTML page)" : "") + ": " + oneLine(e));
    } catch (IOException e) {
      return new ReadOutcome.Refused("read: " + where + " has an unreadable encoding: "
          + oneLine(e));
    }
    URI base = base(feed, where);
    List<Post> posts = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      posts.add(post(entry, base));
    }
    return new ReadOutcome.Posts(feed.getFeedType(), posts);
  }

  private static Post post(SyndEntry entry, URI base) {
    String html = html(entry);
    Instant published = instant(entry.getPublishedDate());
    Instant updated = instant(entry.getUpdatedDate());
    String title = entry.getTitle() == null ? "" : Text.ofHtml(entry.getTitle());
    String link = link(entry.getLink(), base);
    Instant anchor = updated != null ? updated : published;
    List<PostUpdate> timeline = StatuspageTimeline.read(html, anchor);
    return new Post(id(entry, link, title, published, html), title, link, published, updated,
        Text.ofHtml(html), timeline, PlatformHints.NONE);
  }

  /** The entry's HTML: its content when it has one, else its description. */
  private static String html(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null && !content.getValue().isBlank()) {
        return content.getValue();
      }
    }
    SyndContent description = entry.getDescription();
    return description == null || description.getValue() == null ? "" : description.getValue();
  }

  /** The source's id (guid / atom:id), else the link, else a hash of what the entry says. */
  private static String id(SyndEntry entry, String link, String title, Instant published,
      String html) {
    if (entry.getUri() != null && !entry.getUri().isBlank()) {
      return entry.getUri().strip();
    }
    if (link != null) {
      return link;
    }
    String content = title + "\n" + published + "\n" + html;
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String link(String link, URI base) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String trimmed = link.strip();
    if (base == null) {
      return trimmed;
    }
    try {
      return base.resolve(trimmed).toString();
    } catch (IllegalArgumentException e) {
      return trimmed;
    }
  }

  private static URI base(SyndFeed feed, String location) {
    for (String candidate : new String[] {feed.getLink(), location}) {
      try {
        URI uri = candidate == null ? null : new URI(candidate.strip());
        if (uri != null && uri.isAbsolute()) {
          return uri;
        }
      } catch (java.net.URISyntaxException e) {
        // try the next
      }
    }
    return null;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b & 0xff) && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB
          && (b & 0xff) != 0xBF) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeHtml(byte[] bytes) {
    String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return start.contains("<html") || start.contains("<!doctype html");
  }

  private static String position(ParsingFeedException e) {
    return e.getLineNumber() > 0
        ? "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
        : "";
  }

  private static String oneLine(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName()
        : root.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }
}
