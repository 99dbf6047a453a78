package nl.statuswacht.read;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.calendar.MonthNames;
import nl.statuswacht.calendar.ZoneAbbreviations;
import nl.statuswacht.model.PostUpdate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a timeline written as paragraphs that each open with a full date, a time and a status
 * word, as plain status feeds write them: {@code <p><em>23 december 2025 10:00 — Onderzoek</em>
 * <br/>text</p>}; a page that shows no status word leaves it out ("10:00 —" or "10:00"). Dutch
 * and English month names. A stated zone (UTC, CET, CEST) is used; without one the feed's zone
 * is, and a feed whose zone is unknown gets no timeline rather than a guessed
 * one.
 */
final class DatedTimeline {
  private static final Pattern STAMP = Pattern.compile(
      "(\\d{1,2})\\s+([A-Za-z]+)\\.?\\s+(\\d{4}),?\\s+(\\d{1,2})[:.](\\d{2})(?:\\s*uur)?"
          + "(?:\\s+(UTC|GMT|CET|CEST))?(?:\\s*[—–-]\\s*(.*))?");

  private DatedTimeline() {}

  /**
   * The updates in {@code html}, oldest first; empty when it holds none or one cannot be read.
   *
   * @param feedZone the zone the feed writes times in when they state none, or {@code null}
   */
  static List<PostUpdate> parse(String html, ZoneId feedZone) {
    if (html == null || html.isBlank()) {
      return List.of();
    }
    List<PostUpdate> updates = new ArrayList<>();
    for (Element paragraph : Jsoup.parseBodyFragment(html).select("p")) {
      Element stamp = paragraph.children().first();
      if (stamp == null || !stamp.normalName().matches("em|i|strong|b|small|span|time")) {
        continue;
      }
      Optional<PostUpdate> update = update(stamp, paragraph, feedZone);
      if (update.isEmpty()) {
        return List.of();
      }
      updates.add(update.get());
    }
    updates.sort(Comparator.comparing(PostUpdate::at));
    return List.copyOf(updates);
  }

  private static Optional<PostUpdate> update(Element stamp, Element paragraph, ZoneId feedZone) {
    Matcher m = STAMP.matcher(Texts.collapse(stamp.text()));
    if (!m.matches()) {
      return Optional.empty();
    }
    Integer month = MonthNames.month(m.group(2)).orElse(null);
    ZoneId zone = m.group(6) == null ? feedZone
        : ZoneAbbreviations.region(m.group(6)).orElseThrow();
    if (month == null || zone == null) {
      return Optional.empty();
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    Instant at = local.atZone(zone).toInstant();
    Element rest = paragraph.clone();
    rest.children().first().remove();
    String status = m.group(7) == null ? "" : Texts.collapse(m.group(7));
    return Optional.of(new PostUpdate(at, status, Texts.ofHtml(rest.html())));
  }
}
