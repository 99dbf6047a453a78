package nl.statuswacht.read;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.model.PostUpdate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads the update history that Statuspage writes into a feed entry's HTML, newest first:
 * {@code <p><small>Dec <var>31</var>, <var>09:00</var> UTC</small><br><strong>Opgelost</strong> -
 * text</p>}. The stamps carry no year, so the year is inferred from the entry's own date: the
 * newest update gets the year that puts it closest to that date, and each older update the latest
 * year that keeps it no later than the update after it (an entry of 2 January with updates of 31
 * December gets the year before for those).
 *
 * <p>Zone abbreviations are read from a fixed table ({@link #ZONES}); a stamp in any other zone
 * makes the whole timeline unreadable, and the post then has none rather than invented times.
 */
final class StatuspageTimeline {
  /** The abbreviations Statuspage writes, with their fixed offsets. */
  static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
      Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
      Map.entry("Z", ZoneOffset.UTC),
      Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
      Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)),
      Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
      Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
      Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
      Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)));

  private static final Pattern STAMP = Pattern.compile(
      "([A-Z][a-z]{2})[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{1,2}):(\\d{2})\\s*([A-Z]{1,5})?");

  private StatuspageTimeline() {}

  /** A stamp as written: month, day, time and zone, without a year. */
  record Stamp(Month month, int day, int hour, int minute, ZoneOffset zone) {
    Instant in(int year) {
      int lastDay = month.length(java.time.Year.isLeap(year));
      return LocalDateTime.of(year, month, Math.min(day, lastDay), hour, minute)
          .toInstant(zone);
    }
  }

  /** A parsed but not yet dated update. */
  private record Raw(Stamp stamp, String status, String text) {}

  /**
   * The timeline in {@code html}, oldest first; empty when the HTML has none or a stamp cannot be
   * read.
   *
   * @param anchor the entry's own date (its updated or published instant)
   */
  static List<PostUpdate> read(String html, Instant anchor) {
    if (html == null || anchor == null || !html.contains("<small")) {
      return List.of();
    }
    List<Raw> newestFirst = new ArrayList<>();
    for (Element paragraph : Jsoup.parseBodyFragment(html).select("p:has(> small)")) {
      Optional<Raw> raw = parse(paragraph);
      if (raw.isEmpty()) {
        return List.of();
      }
      newestFirst.add(raw.get());
    }
    return date(newestFirst, anchor);
  }

  private static Optional<Raw> parse(Element paragraph) {
    Element small = paragraph.selectFirst("> small");
    Optional<Stamp> stamp = stamp(small.text());
    if (stamp.isEmpty()) {
      return Optional.empty();
    }
    Element strong = paragraph.selectFirst("> strong");
    String status = strong == null ? "" : strong.text().strip();
    Element rest = paragraph.clone();
    rest.select("> small").remove();
    if (strong != null) {
      rest.select("> strong").first().remove();
    }
    String text = rest.text().strip();
    if (text.startsWith("-")) {
      text = text.substring(1).strip();
    }
    return Optional.of(new Raw(stamp.get(), status, text));
  }

  static Optional<Stamp> stamp(String text) {
    Matcher m = STAMP.matcher(text.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    Optional<Month> month = month(m.group(1));
    String zone = m.group(5) == null ? "UTC" : m.group(5);
    int day = Integer.parseInt(m.group(2));
    int hour = Integer.parseInt(m.group(3));
    int minute = Integer.parseInt(m.group(4));
    if (month.isEmpty() || !ZONES.containsKey(zone) || day < 1 || day > 31 || hour > 23
        || minute > 59) {
      return Optional.empty();
    }
    return Optional.of(new Stamp(month.get(), day, hour, minute, ZONES.get(zone)));
  }

  private static Optional<Month> month(String abbreviation) {
    for (Month month : Month.values()) {
      if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(abbreviation)) {
        return Optional.of(month);
      }
    }
    return Optional.empty();
  }

  private static List<PostUpdate> date(List<Raw> newestFirst, Instant anchor) {
    if (newestFirst.isEmpty()) {
      return List.of();
    }
    List<PostUpdate> updates = new ArrayList<>();
    int anchorYear = anchor.atOffset(ZoneOffset.UTC).getYear();
    Instant newer = closest(newestFirst.get(0).stamp(), anchorYear, anchor);
    int year = newer.atOffset(newestFirst.get(0).stamp().zone()).getYear();
    for (Raw raw : newestFirst) {
      Instant at = raw.stamp().in(year);
      if (at.isAfter(newer)) {
        year--;
        at = raw.stamp().in(year);
      }
      updates.add(new PostUpdate(at, raw.status(), raw.text()));
      newer = at;
    }
    Collections.reverse(updates);
    return List.copyOf(updates);
  }

  private static Instant closest(Stamp stamp, int anchorYear, Instant anchor) {
    Instant best = null;
    for (int year = anchorYear - 1; year <= anchorYear + 1; year++) {
      Instant candidate = stamp.in(year);
      if (best == null || distance(candidate, anchor) < distance(best, anchor)) {
        best = candidate;
      }
    }
    return best;
  }

  private static long distance(Instant a, Instant b) {
    return Math.abs(a.getEpochSecond() - b.getEpochSecond());
  }
}
