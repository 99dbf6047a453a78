package nl.statuswacht.read;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives year-less timeline times their year, from the one dated instant the entry carries.
 *
 * <p>The rule: the newest time takes the year (the anchor's year, the year before or the year
 * after) that puts it nearest the anchor instant. Each older time takes the year of the next newer
 * one, less one when its month and day come after the newer one's (December updates under a
 * January entry belong to the year before).
 *
 * <p>Why "nearest" and not "not after the anchor": a feed's anchor is not always the newest update.
 * An RSS {@code pubDate} can predate a later postmortem (Parse, 2013: pubDate Dec 24, a Postmortem
 * update on Dec 26), and "not after" would push that update back a whole year. Nearest is right as
 * long as the newest update lies within six months of the anchor, which holds for every fixture.
 */
final class YearInference {

  private YearInference() {}

  /**
   * The instants of {@code newestFirst}, in the same order, or empty when there is no anchor or a
   * month and day cannot exist in the year they come to (February 29 outside a leap year).
   *
   * @param newestFirst the times as the page lists them, newest first
   * @param anchor the entry's updated instant, else its published instant; {@code null} when the
   *     entry has neither
   */
  static Optional<List<Instant>> resolve(List<YearlessTime> newestFirst, Instant anchor) {
    if (newestFirst.isEmpty()) {
      return Optional.of(List.of());
    }
    if (anchor == null) {
      return Optional.empty();
    }
    List<Instant> out = new ArrayList<>(newestFirst.size());
    YearlessTime newer = newestFirst.get(0);
    Optional<Integer> year = nearestYear(newer, anchor);
    for (YearlessTime t : newestFirst) {
      if (year.isEmpty()) {
        return Optional.empty();
      }
      int y = year.get();
      if (t.monthDay().isAfter(newer.monthDay())) {
        y = y - 1;
      }
      Optional<Instant> at = at(t, y);
      if (at.isEmpty()) {
        return Optional.empty();
      }
      out.add(at.get());
      newer = t;
      year = Optional.of(y);
    }
    return Optional.of(List.copyOf(out));
  }

  private static Optional<Integer> nearestYear(YearlessTime t, Instant anchor) {
    int anchorYear = anchor.atOffset(ZoneOffset.UTC).getYear();
    Integer best = null;
    Duration bestDistance = null;
    for (int y = anchorYear - 1; y <= anchorYear + 1; y++) {
      Optional<Instant> at = at(t, y);
      if (at.isPresent()) {
        Duration distance = Duration.between(at.get(), anchor).abs();
        if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
          best = y;
          bestDistance = distance;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<Instant> at(YearlessTime t, int year) {
    if (!t.monthDay().isValidYear(year)) {
      return Optional.empty();
    }
    LocalDate date = t.monthDay().atYear(year);
    return Optional.of(date.atTime(t.time()).atZone(t.zone()).toInstant());
  }
}
