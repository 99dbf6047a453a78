package nl.statuswacht.read;

import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
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
 * Reads the update history that Atlassian Statuspage writes into each feed entry, newest first:
 * {@code <p><small>Dec <var>31</var>, <var>09:00</var> UTC</small><br><strong>Opgelost</strong> -
 * text</p>}.
 *
 * <p>The timeline is all or nothing: when any block's time cannot be read (an unknown zone
 * abbreviation, an unknown month, no anchor to take the year from), the entry gets no timeline at
 * all rather than one with a hole or an invented time. Its text stays in the post's body.
 */
final class StatuspageTimeline {

  private static final Pattern STAMP =
      Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{1,2}):(\\d{2})\\s+([A-Za-z]{1,5})");

  private StatuspageTimeline() {}

  /**
   * The updates in {@code html}, oldest first; empty when it holds no Statuspage blocks or when a
   * block's time cannot be read.
   *
   * @param html the entry's content or description as HTML
   * @param anchor the entry's updated instant, else its published instant, else {@code null}
   */
  static List<PostUpdate> parse(String html, Instant anchor) {
    if (html == null || html.isBlank()) {
      return List.of();
    }
    List<Element> stamps = Jsoup.parseBodyFragment(html).select("small");
    List<YearlessTime> times = new ArrayList<>();
    List<String[]> words = new ArrayList<>();
    for (Element small : stamps) {
      Optional<YearlessTime> time = stampOf(small.text());
      if (time.isEmpty()) {
        return List.of();
      }
      times.add(time.get());
      words.add(statusAndText(small));
    }
    return YearInference.resolve(times, anchor).map(ats -> oldestFirst(ats, words)).orElse(List.of());
  }

  /** A {@code <small>} text such as "Dec 31, 09:00 UTC" as a year-less time, if it is one. */
  static Optional<YearlessTime> stampOf(String text) {
    Matcher m = STAMP.matcher(Texts.collapse(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    Integer month = MonthNames.month(m.group(1)).orElse(null);
    int day = Integer.parseInt(m.group(2));
    int hour = Integer.parseInt(m.group(3));
    int minute = Integer.parseInt(m.group(4));
    Optional<ZoneId> zone = ZoneAbbreviations.region(m.group(5));
    if (month == null || zone.isEmpty() || day < 1 || day > 31 || hour > 23 || minute > 59) {
      return Optional.empty();
    }
    if (day > MonthDay.of(month, 1).getMonth().maxLength()) {
      return Optional.empty();
    }
    return Optional.of(
        new YearlessTime(MonthDay.of(month, day), LocalTime.of(hour, minute), zone.get()));
  }

  private static String[] statusAndText(Element small) {
    Element block = small.parent() == null ? small : small.parent();
    Element copy = block.clone();
    copy.selectFirst("small").remove();
    Element strong = copy.selectFirst("strong");
    String status = "";
    if (strong != null) {
      status = Texts.collapse(strong.text());
      strong.remove();
    }
    String text = Texts.ofElement(copy);
    if (text.startsWith("-")) {
      text = text.substring(1).strip();
    }
    return new String[] {status, text};
  }

  private static List<PostUpdate> oldestFirst(List<Instant> ats, List<String[]> words) {
    List<PostUpdate> updates = new ArrayList<>(ats.size());
    for (int i = 0; i < ats.size(); i++) {
      updates.add(new PostUpdate(ats.get(i), words.get(i)[0], words.get(i)[1]));
    }
    Collections.reverse(updates);
    updates.sort(Comparator.comparing(PostUpdate::at));
    return List.copyOf(updates);
  }
}
