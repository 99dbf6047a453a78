package nl.statuswacht.read;

import java.time.ZoneId;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Where the posts live on an HTML status page, as CSS selectors (jsoup syntax). {@link
 * HtmlPageReader} finds every {@code post} on the page and reads the other parts inside it. Only
 * {@code post} is required; any other selector may be {@code null} when the page has no such part.
 *
 * @param post each post's container, searched in the whole document
 * @param title inside a post: the element whose text is the title
 * @param link inside a post: the element with the post's {@code href} (or holding an {@code a[href]});
 *     when {@code null}, the title element if it carries an {@code href}
 * @param time inside an update: the element giving its time, through a {@code datetime}, {@code
 *     data-datetime}, {@code data-unix-time} or {@code data-datetime-unix} attribute (on it or inside
 *     it), else its text
 * @param status inside an update: the element whose text is the status word
 * @param body inside an update: the element whose text is the update's text; when {@code null}, the
 *     update's whole text without its time and status elements (and a leading dash)
 * @param update inside a post: each update of its timeline; when {@code null}, the post itself is its
 *     one update
 * @param day an ancestor of posts that dates them (a day of a list of days); may be {@code null}
 * @param dayDate inside {@code day}: the element whose text is that day's date, with its year
 * @param pageTime anywhere: the element that says when the page was rendered, by its {@code content}
 *     or {@code datetime} attribute (epoch seconds or ISO-8601) or its text
 * @param window inside a post: the element giving a scheduled window: its start as a time (an epoch
 *     attribute on Statuspage), its end from a same-day range in its text ({@code 00:00-03:00 UTC});
 *     an end on another day is left unknown; or {@code null}
 * @param pageMarker anywhere: elements that only a status page has, so that a page without posts can
 *     still be told from an unrelated page; {@code null} when only {@code post} can tell
 * @param zone the zone for times the page writes without one; {@code null} drops such times
 */
public record HtmlSelectors(
    String post,
    String title,
    String link,
    String time,
    String status,
    String body,
    String update,
    String day,
    String dayDate,
    String pageTime,
    String window,
    String pageMarker,
    ZoneId zone) {

  /** The index page of an Atlassian Statuspage site (for example {@code /} of a *.statuspage.io). */
  public static final HtmlSelectors STATUSPAGE = new HtmlSelectors(
      ".unresolved-incident, .scheduled-maintenance, .incident-container",
      ".incident-title a:not(.subscribe)",
      ".incident-title a[href]:not(.subscribe)",
      "> small",
      "> strong",
      null,
      ".update",
      ".status-day",
      "> .date",
      "meta[name=issued]",
      ".incident-title small[data-unix-time]",
      ".page-status, .components-container, .incidents-list, .unresolved-incidents",
      null);

  public HtmlSelectors {
    if (post == null || post.isBlank()) {
      throw new IllegalArgumentException("post selector is required");
    }
    check("post", post);
    check("title", title);
    check("link", link);
    check("time", time);
    check("status", status);
    check("body", body);
    check("update", update);
    check("day", day);
    check("dayDate", dayDate);
    check("pageTime", pageTime);
    check("window", window);
    check("pageMarker", pageMarker);
  }

  /**
   * Selectors for a plain page: posts with a title, a link and one or more updates, nothing else.
   * See the record components for what each means.
   */
  public static HtmlSelectors of(String post, String title, String link, String time,
      String status, String body, String update, ZoneId zone) {
    return new HtmlSelectors(post, title, link, time, status, body, update, null, null, null, null,
        null, zone);
  }

  private static void check(String name, String selector) {
    if (selector == null) {
      return;
    }
    if (selector.isBlank()) {
      throw new IllegalArgumentException(name + " selector is blank (use null for none)");
    }
    try {
      QueryParser.parse(selector.strip().startsWith(">") ? ":root " + selector : selector);
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + " selector '" + selector + "' is not a valid CSS selector: " + e.getMessage(), e);
    }
  }
}
