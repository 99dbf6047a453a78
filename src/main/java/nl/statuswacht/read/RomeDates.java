package nl.statuswacht.read;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.impl.Atom10Parser;
import com.rometools.rome.io.impl.DateParser;
import com.rometools.rome.io.impl.RSS20Parser;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * The dates of feed entries as Rome reads them ({@link DateParser#parseDate}), without compiling
 * a {@code SimpleDateFormat} for every mask Rome tries on every date: about five for an Atom date,
 * forty for an RSS {@code pubDate} (which Rome's RSS 2.0 parser reads twice). The shapes feeds
 * write almost always, an RFC 3339 instant ({@code 2026-11-27T09:00:00Z}, {@code
 * …T10:00:00+01:00}) and an RFC 822 date ({@code Fri, 27 Nov 2026 09:00:00 GMT}, {@code … +0000}),
 * are read with {@code java.time}, which gives the same instant; anything else, and any value Rome
 * would read leniently (a 32nd day, a 61st second, a weekday that is not the date's, a two-digit
 * year, a fraction of a second), goes to Rome's own parser as before.
 *
 * <p>Rome uses these through its plugin file ({@code rome.properties} at the root of the class
 * path), which replaces its Atom 1.0 and RSS 2.0 parsers by the subclasses here: each takes an
 * entry's date elements out of Rome's view while Rome reads the entry, and reads them itself.
 * Pure.
 */
public final class RomeDates {
  private RomeDates() {}

  private static final Pattern RFC3339 = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern RFC822 = Pattern.compile("(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?"
      + "(\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4})"
      + " (\\d{2}):(\\d{2}):(\\d{2}) (GMT|UTC|[+-]\\d{4})");
  private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun",
      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
  private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
      "Sun");

  /** What {@link DateParser#parseDate}{@code (text, locale)} gives, or {@code null}. */
  public static Date parse(String text, Locale locale) {
    Date date = Locale.US.equals(locale) ? exact(text) : null;
    return date != null ? date : DateParser.parseDate(text, locale);
  }

  /**
   * The instant of {@code text} when it is one of the two shapes, written as exactly as
   * {@code java.time} reads it, in years from 1900 (Rome's calendar is Julian before 1582);
   * else {@code null}.
   */
  static Date exact(String text) {
    if (text == null) {
      return null;
    }
    Matcher iso = RFC3339.matcher(text);
    if (iso.matches()) {
      String zone = iso.group(7);
      return instant(iso.group(1), iso.group(2), iso.group(3), iso.group(4), iso.group(5),
          iso.group(6), zone.equals("Z") ? "+00:00" : zone, null);
    }
    Matcher rfc = RFC822.matcher(text);
    if (rfc.matches()) {
      String zone = rfc.group(8);
      String offset = zone.equals("GMT") || zone.equals("UTC") ? "+00:00"
          : zone.substring(0, 3) + ":" + zone.substring(3);
      return instant(rfc.group(4), String.valueOf(MONTHS.indexOf(rfc.group(3)) + 1),
          rfc.group(2), rfc.group(5), rfc.group(6), rfc.group(7), offset, rfc.group(1));
    }
    return null;
  }

  private static Date instant(String year, String month, String day, String hour, String minute,
      String second, String offset, String weekday) {
    int y = Integer.parseInt(year);
    if (y < 1900) {
      return null;
    }
    try {
      LocalDateTime local = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day))
          .atTime(Integer.parseInt(hour), Integer.parseInt(minute), Integer.parseInt(second));
      if (weekday != null
          && local.getDayOfWeek().getValue() != DAYS.indexOf(weekday) + 1) {
        return null;
      }
      ZoneOffset zone = ZoneOffset.of(offset);
      if (zone.getTotalSeconds() % 60 != 0 || Math.abs(zone.getTotalSeconds()) > 14 * 3600) {
        return null;
      }
      return Date.from(local.toInstant(zone));
    } catch (DateTimeException e) {
      return null; // a field out of range, which Rome reads leniently: its parser decides
    }
  }

  /**
   * Rome's Atom 1.0 parser, with each entry's {@code updated} and {@code published} read here.
   */
  public static final class Atom10 extends Atom10Parser {
    @Override
    protected Entry parseEntry(Feed feed, Element entry, String baseUri, Locale locale) {
      Namespace atom = getAtomNamespace();
      Element[] dates = only(entry, atom, "updated", "published");
      Element updated = dates[0];
      Element published = dates[1];
      if (updated == null && published == null) {
        return super.parseEntry(feed, entry, baseUri, locale);
      }
      Hidden hiddenUpdated = Hidden.of(entry, updated);
      Hidden hiddenPublished = Hidden.of(entry, published);
      Entry parsed;
      try {
        parsed = super.parseEntry(feed, entry, baseUri, locale);
      } finally {
        hiddenPublished.restore();
        hiddenUpdated.restore();
      }
      if (updated != null) {
        parsed.setUpdated(RomeDates.parse(updated.getText(), locale));
      }
      if (published != null) {
        parsed.setPublished(RomeDates.parse(published.getText(), locale));
      }
      return parsed;
    }
  }

  /** Rome's RSS 2.0 parser, with each item's {@code pubDate} read here (once, not twice). */
  public static final class Rss20 extends RSS20Parser {
    @Override
    public Item parseItem(Element rssRoot, Element item, Locale locale) {
      Element pubDate = only(item, getRSSNamespace(), "pubDate")[0];
      if (pubDate == null) {
        return super.parseItem(rssRoot, item, locale);
      }
      Hidden hidden = Hidden.of(item, pubDate);
      Item parsed;
      try {
        parsed = super.parseItem(rssRoot, item, locale);
      } finally {
        hidden.restore();
      }
      parsed.setPubDate(RomeDates.parse(pubDate.getText(), locale));
      return parsed;
    }
  }

  /**
   * For each of {@code names}, the one child of {@code parent} with that name in {@code
   * namespace} (as {@code parent.getChildren(name, namespace)} finds them), or {@code null} when
   * there is none or more than one (Rome reads the first; with two, it is left to Rome). One pass
   * over the children.
   */
  private static Element[] only(Element parent, Namespace namespace, String... names) {
    Element[] found = new Element[names.length];
    int[] count = new int[names.length];
    for (Content content : parent.getContent()) {
      if (content instanceof Element element
          && namespace.getURI().equals(element.getNamespaceURI())) {
        for (int i = 0; i < names.length; i++) {
          if (names[i].equals(element.getName()) && count[i]++ == 0) {
            found[i] = element;
          }
        }
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (count[i] != 1) {
        found[i] = null;
      }
    }
    return found;
  }

  /** A child taken out of its parent for a while, and put back where it was. */
  private record Hidden(Element parent, Element child, int index) {
    static Hidden of(Element parent, Element child) {
      if (child == null) {
        return new Hidden(parent, null, -1);
      }
      int index = parent.indexOf(child);
      parent.removeContent(index);
      return new Hidden(parent, child, index);
    }

    void restore() {
      if (child != null) {
        parent.addContent(index, child);
      }
    }
  }
}
