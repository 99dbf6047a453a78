package nl.statuswacht.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Rule 3: which parts of a maintenance window fall outside the allowed times of a {@link
 * WindowPolicy}. A local moment is allowed iff its day counts as a weekend day, or its time is at
 * or after {@code nightStart}, or before {@code nightEnd}; so the Sunday night into Monday 07:30 is
 * allowed too. A window is compliant iff {@link #outside} is empty.
 *
 * <p>Computed per local date, with the day's {@code nightEnd} and {@code nightStart} turned into
 * instants by {@link ZonedDateTime}, so DST nights come out right (9.5 h in spring, 11.5 h in
 * autumn for 21:00–07:30).
 */
public final class WindowCheck {
  private static final String[] EN_DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] NL_DAYS = {"ma", "di", "wo", "do", "vr", "za", "zo"};

  private final WindowPolicy policy;
  private final BusinessCalendar calendar;

  /** A check of windows against {@code policy}, with holidays from {@code calendar}. */
  public WindowCheck(WindowPolicy policy, BusinessCalendar calendar) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** When maintenance may happen. */
  public WindowPolicy policy() {
    return policy;
  }

  /**
   * The parts of {@code [start, end)} that are not allowed, merged and in order; empty when the
   * window is compliant (or empty).
   *
   * @throws IllegalArgumentException when {@code end} is before {@code start}
   */
  public List<Outside> outside(Instant start, Instant end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("calendar: window end " + end + " is before start " + start);
    }
    List<Outside> result = new ArrayList<>();
    LocalDate last = end.atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
    LocalDate date = start.atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
    for (; !date.isAfter(last); date = date.plusDays(1)) {
      if (countsAsWeekend(date)) {
        continue;
      }
      Instant from = latest(start, at(date, policy.nightEnd()));
      Instant to = earliest(end, at(date, policy.nightStart()));
      if (from.isBefore(to)) {
        add(result, new Outside(from, to));
      }
    }
    return List.copyOf(result);
  }

  private boolean countsAsWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    if (policy.weekends() && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY)) {
      return true;
    }
    return policy.weekdayHolidaysAsWeekend() && !calendar.isBusinessDay(date);
  }

  private static void add(List<Outside> result, Outside next) {
    int lastIndex = result.size() - 1;
    if (lastIndex >= 0 && !result.get(lastIndex).end().isBefore(next.start())) {
      result.set(lastIndex, new Outside(result.get(lastIndex).start(), next.end()));
    } else {
      result.add(next);
    }
  }

  private static Instant at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, BusinessCalendar.AMSTERDAM).toInstant();
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * A part {@code [start, end)} of a maintenance window that falls outside the allowed times.
   *
   * @param start first instant outside
   * @param end first instant after it that is allowed again, or the end of the window
   */
  public record Outside(Instant start, Instant end) {
    public Outside {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (!start.isBefore(end)) {
        throw new IllegalArgumentException("calendar: empty part: " + start + " to " + end);
      }
    }

    /** How long this part lasts. */
    public Duration duration() {
      return Duration.between(start, end);
    }

    /** In Europe/Amsterdam, e.g. "Tue 19:00–21:00 (2h) outside". */
    public String describe() {
      return span(EN_DAYS) + " (" + length("h") + ") outside";
    }

    /** Dutch, in Europe/Amsterdam, e.g. "di 19:00–21:00 (2u) buiten". */
    public String describeNl() {
      return span(NL_DAYS) + " (" + length("u") + ") buiten";
    }

    private String span(String[] days) {
      ZonedDateTime from = start.atZone(BusinessCalendar.AMSTERDAM);
      ZonedDateTime to = end.atZone(BusinessCalendar.AMSTERDAM);
      String until = to.toLocalDate().equals(from.toLocalDate())
          ? time(to) : day(to, days) + " " + time(to);
      return day(from, days) + " " + time(from) + "–" + until;
    }

    private static String day(ZonedDateTime moment, String[] days) {
      return days[moment.getDayOfWeek().getValue() - 1];
    }

    private static String time(ZonedDateTime moment) {
      String hhmm = String.format(Locale.ROOT, "%02d:%02d", moment.getHour(), moment.getMinute());
      return moment.getSecond() == 0
          ? hhmm : hhmm + String.format(Locale.ROOT, ":%02d", moment.getSecond());
    }

    private String length(String hourUnit) {
      Duration length = duration();
      StringBuilder text = new StringBuilder();
      if (length.toHours() > 0) {
        text.append(length.toHours()).append(hourUnit);
      }
      if (length.toMinutesPart() > 0) {
        text.append(text.length() > 0 ? " " : "").append(length.toMinutesPart()).append("min");
      }
      if (length.toSecondsPart() > 0 || text.length() == 0) {
        text.append(text.length() > 0 ? " " : "").append(length.toSecondsPart()).append("s");
      }
      return text.toString();
    }
  }
}
