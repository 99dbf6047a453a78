package nl.statuswacht.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Window;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the posts off an HTML status page, found by {@link HtmlSelectors}; {@link
 * HtmlSelectors#STATUSPAGE} reads an Atlassian Statuspage index page (unresolved incidents,
 * scheduled maintenances, and the days of "Past Incidents"). jsoup's types never leave this class.
 *
 * <p><b>Reading.</b> The charset is the Content-Type's, else the page's {@code <meta charset>},
 * else UTF-8; relative links are resolved against the document's location. Each post gets: an id
 * (the last path segment of its link, e.g. {@code /incidents/abc123} → {@code abc123}, the id the
 * Statuspage JSON API uses; else the container's {@code id} attribute; else its absolute link; else
 * a SHA-256 of title and first update), its title, absolute link, timeline (oldest first: time,
 * status word, text), published / updated (its first and last dated update), body (the text of its
 * updates), and as hints the impact from an {@code impact-none|minor|major|critical|maintenance}
 * CSS class on or inside the container, and a scheduled window where the page gives one by an epoch
 * attribute. A post that appears twice (an unresolved incident also listed under its day) is kept
 * once, as first seen.
 *
 * <p><b>Years.</b> Statuspage writes update times without a year ({@code Jan 12, 10:05 UTC}). The
 * year is taken only from the page itself, in this order: (1) a machine-readable time on the element
 * ({@code datetime}, {@code data-datetime}, epoch attributes) or a year in its text; (2) the date
 * heading of the day the post is listed under ({@code .status-day} "Jan 12, 2021"): the year that
 * puts the stamp closest to that day; (3) the time the page says it was rendered ({@code <meta
 * name="issued" content="epoch">}): the latest year that puts the stamp no later than that. Rule (3)
 * takes an update shown without a year to be less than a year older than the page, which is how
 * Statuspage shows them; an unresolved incident open for more than a year would be misdated. When
 * none of these is on the page, or the text names a zone not in the table (UTC, GMT, CET, CEST, US
 * zones), the update is <em>dropped</em>: no year is guessed and the clock is never read. A post
 * whose updates are all dropped keeps its id, title and link, with no timeline and {@code null}
 * published/updated.
 *
 * <p><b>Refusals.</b> Never throws; refuses an empty document, a truncated one (no {@code </html>}
 * or {@code </body>} in the raw bytes, so that a cut-off page never reads as "no incidents"), a
 * document that is no HTML at all, and a page where nothing matches the post selector and nothing
 * matches the page markers. A status page
 * that lists no posts but has its markers reads as zero posts.
 *
 * <p>Over 300 lines: one status page's HTML read with configurable selectors and the Statuspage
 * preset, with its own error messages per missing part; the timeline parsing is in
 * {@link HtmlTimes}.
 */
public final class HtmlPageReader {
  private static final Set<String> IMPACTS = Set.of("none", "minor", "major", "critical",
      "maintenance");
  private static final Pattern CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)\"?");
  private static final Pattern LEADING_DASH = Pattern.compile("^[-\u2013\u2014]\\s*");

  private final HtmlSelectors selectors;

  /** A reader for pages laid out as {@code selectors} say. */
  public HtmlPageReader(HtmlSelectors selectors) {
    this.selectors = Objects.requireNonNull(selectors, "selectors");
  }

  /** The posts on the page, or why it was refused; never throws. */
  public ReadOutcome read(SourceDocument doc) {
    try {
      return readPage(doc);
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new ReadOutcome.Refused("read: " + doc.location() + " could not be read as HTML: "
          + message.replaceAll("\\s+", " ").strip());
    }
  }

  private ReadOutcome readPage(SourceDocument doc) {
    String where = doc.location();
    byte[] bytes = doc.bytes();
    if (isBlank(bytes)) {
      return new ReadOutcome.Refused("read: " + where + " is empty");
    }
    String raw = rawText(bytes);
    if (!raw.contains("</html") && !raw.contains("</body")) {
      return new ReadOutcome.Refused(raw.contains("<html") || raw.contains("<body")
          || raw.contains("<!doctype html")
          ? "read: " + where + " is truncated: no closing </html> or </body> in its "
              + bytes.length + " bytes"
          : "read: " + where + " is not an HTML page (no <html> or <body> in it)");
    }
    Document page = parse(doc);
    List<Element> containers = page.select(selectors.post());
    if (containers.isEmpty() && (selectors.pageMarker() == null
        || page.select(selectors.pageMarker()).isEmpty())) {
      return new ReadOutcome.Refused("read: " + where + " does not look like a status page"
          + " (no element matches '" + selectors.post() + "')");
    }
    Optional<Instant> rendered = pageTime(page);
    List<Post> posts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Element container : containers) {
      Post post = post(container, rendered, where);
      if (seen.add(post.id())) {
        posts.add(post);
      }
    }
    String format = selectors.equals(HtmlSelectors.STATUSPAGE) ? "html_statuspage"
        : "html_selectors";
    return new ReadOutcome.Posts(format, posts);
  }

  private Post post(Element container, Optional<Instant> rendered, String where) {
    Element titleElement = first(container, selectors.title());
    String title = titleElement == null ? "" : titleElement.text().strip();
    String link = link(container, titleElement);
    Optional<LocalDate> day = day(container);
    List<Element> updateElements = selectors.update() == null ? List.of(container)
        : container.select(selectors.update());
    List<PostUpdate> updates = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (Element element : updateElements) {
      bodies.add(element.text().strip());
      update(element, day, rendered).ifPresent(updates::add);
    }
    updates.sort(Comparator.comparing(PostUpdate::at));
    Instant published = updates.isEmpty() ? null : updates.get(0).at();
    Instant updated = updates.isEmpty() ? null : updates.get(updates.size() - 1).at();
    String body = selectors.update() == null ? bodyWithoutTitle(container, titleElement)
        : String.join(" ", bodies);
    PlatformHints hints = new PlatformHints(impact(container), window(container, day, rendered),
        List.of());
    return new Post(id(container, link, title, published, where), title, link, published, updated,
        body, updates, hints, Texts.sanitised(container.html(), where));
  }

  private Optional<PostUpdate> update(Element element, Optional<LocalDate> day,
      Optional<Instant> rendered) {
    Element timeElement = first(element, selectors.time());
    if (timeElement == null) {
      return Optional.empty();
    }
    Optional<Instant> at = HtmlTimes.of(timeElement, selectors.zone())
        .flatMap(stamp -> date(stamp, day, rendered));
    if (at.isEmpty()) {
      return Optional.empty();
    }
    Element statusElement = first(element, selectors.status());
    String status = statusElement == null ? "" : statusElement.text().strip();
    return Optional.of(new PostUpdate(at.get(), status, text(element, timeElement,
        statusElement)));
  }

  /** The update's text: the body element's, else the update without its time and status. */
  private String text(Element update, Element timeElement, Element statusElement) {
    Element bodyElement = first(update, selectors.body());
    if (bodyElement != null) {
      return bodyElement.text().strip();
    }
    Element rest = update.clone();
    removeSame(rest, update, timeElement);
    removeSame(rest, update, statusElement);
    return LEADING_DASH.matcher(rest.text().strip()).replaceFirst("").strip();
  }

  /** Removes from {@code copy} the element at the same place as {@code part} in {@code original}. */
  private static void removeSame(Element copy, Element original, Element part) {
    if (part == null || part == original) {
      return;
    }
    List<Integer> path = new ArrayList<>();
    for (Element e = part; e != original && e != null; e = e.parent()) {
      path.add(0, e.elementSiblingIndex());
    }
    Element target = copy;
    for (int index : path) {
      if (index >= target.childrenSize()) {
        return;
      }
      target = target.child(index);
    }
    target.remove();
  }

  /** The instant of a stamp, its year from the stamp, the post's day, or the page's time. */
  private static Optional<Instant> date(HtmlTimes.Stamp stamp, Optional<LocalDate> day,
      Optional<Instant> rendered) {
    if (stamp.hasYear()) {
      return stamp.at(0);
    }
    if (day.isPresent()) {
      Instant noon = day.get().atTime(12, 0).toInstant(ZoneOffset.UTC);
      Instant best = null;
      for (int year = day.get().getYear() - 1; year <= day.get().getYear() + 1; year++) {
        Optional<Instant> candidate = stamp.at(year);
        if (candidate.isPresent() && (best == null
            || distance(candidate.get(), noon) < distance(best, noon))) {
          best = candidate.get();
        }
      }
      return Optional.ofNullable(best);
    }
    if (rendered.isPresent()) {
      int year = rendered.get().atOffset(ZoneOffset.UTC).getYear() + 1;
      for (int y = year; y >= year - 5; y--) {
        Optional<Instant> candidate = stamp.at(y);
        if (candidate.isPresent() && !candidate.get().isAfter(rendered.get())) {
          return candidate;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> day(Element container) {
    if (selectors.day() == null) {
      return Optional.empty();
    }
    Element day = container.closest(selectors.day());
    if (day == null) {
      return Optional.empty();
    }
    Element heading = selectors.dayDate() == null ? day : day.selectFirst(selectors.dayDate());
    return heading == null ? Optional.empty() : HtmlTimes.date(heading.text());
  }

  /** When the page says it was rendered; empty when it does not say, or not with a year. */
  private Optional<Instant> pageTime(Document page) {
    Element element = selectors.pageTime() == null ? null : page.selectFirst(selectors.pageTime());
    if (element == null) {
      return Optional.empty();
    }
    return HtmlTimes.of(element, selectors.zone())
        .filter(HtmlTimes.Stamp::hasYear)
        .flatMap(stamp -> stamp.at(0));
  }

  /** The scheduled window: its start from the element's time, its end from "HH:MM-HH:MM". */
  private Window window(Element container, Optional<LocalDate> day, Optional<Instant> rendered) {
    Element element = first(container, selectors.window());
    if (element == null) {
      return null;
    }
    Optional<Instant> start = HtmlTimes.of(element, selectors.zone())
        .flatMap(stamp -> date(stamp, day, rendered));
    if (start.isEmpty()) {
      return null;
    }
    Optional<ZoneId> zone = HtmlTimes.zoneIn(element.text())
        .or(() -> Optional.ofNullable(selectors.zone()));
    Optional<int[]> endTime = HtmlTimes.rangeEnd(element.text());
    Instant end = null;
    if (zone.isPresent() && endTime.isPresent() && endTime.get()[0] < 24
        && endTime.get()[1] < 60) {
      Instant candidate = start.get().atZone(zone.get()).toLocalDate()
          .atTime(endTime.get()[0], endTime.get()[1]).atZone(zone.get()).toInstant();
      end = candidate.isBefore(start.get()) ? null : candidate;
    }
    return new Window(start.get(), end);
  }

  private static String impact(Element container) {
    for (Element element : container.select("[class*=impact-]")) {
      for (String name : element.classNames()) {
        if (name.startsWith("impact-") && IMPACTS.contains(name.substring(7))) {
          return name.substring(7);
        }
      }
    }
    return null;
  }

  private String link(Element container, Element titleElement) {
    Element element = selectors.link() == null ? titleElement : first(container, selectors.link());
    if (element == null) {
      return null;
    }
    Element anchor = element.hasAttr("href") ? element : element.selectFirst("a[href]");
    if (anchor == null || anchor.attr("href").isBlank()) {
      return null;
    }
    String absolute = anchor.absUrl("href");
    return absolute.isEmpty() ? anchor.attr("href").strip() : absolute;
  }

  private static String id(Element container, String link, String title, Instant published,
      String where) {
    if (link != null) {
      String segment = lastSegment(link, where);
      if (segment != null) {
        return segment;
      }
    }
    if (!container.id().isBlank()) {
      return container.id().strip();
    }
    if (link != null && !link.equals(where)) {
      return link;
    }
    return "sha256:" + sha256(title + "\n" + published);
  }

  /** The link's last path segment, or null when the link has a query or fragment or none. */
  private static String lastSegment(String link, String where) {
    try {
      URI uri = new URI(link);
      if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getPath() == null
          || link.equals(where)) {
        return null;
      }
      String path = uri.getPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String segment = path.substring(path.lastIndexOf('/') + 1);
      return segment.isBlank() ? null : segment;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String bodyWithoutTitle(Element container, Element titleElement) {
    Element copy = container.clone();
    removeSame(copy, container, titleElement);
    return copy.text().strip();
  }

  private static Element first(Element scope, String selector) {
    return selector == null ? null : scope.selectFirst(selector);
  }

  private static Document parse(SourceDocument doc) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(doc.bytes()), charset(doc.contentType()),
          doc.location());
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes in memory failed", e);
    }
  }

  /** The Content-Type's charset when this JVM has it, else null (jsoup then sniffs, or UTF-8). */
  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.isSupported(m.group(1)) ? m.group(1) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The raw bytes as lower-case text for finding tags: UTF-16 by its BOM, else byte by byte. */
  private static String rawText(byte[] bytes) {
    boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    return new String(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      int c = b & 0xff;
      if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF && c != 0) {
        return false;
      }
    }
    return true;
  }

  private static long distance(Instant a, Instant b) {
    return Math.abs(a.getEpochSecond() - b.getEpochSecond());
  }

  private static String sha256(String content) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
