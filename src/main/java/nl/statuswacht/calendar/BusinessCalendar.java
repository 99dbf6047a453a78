package nl.statuswacht.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business days (werkdagen) and business time in Europe/Amsterdam, as {@code
 * docs/service-levels.md} defines them.
 *
 * <p>A business day is a Monday to Friday that is not a public holiday of the <i>Algemene
 * termijnenwet</i> art. 3 (Nieuwjaarsdag, Tweede paasdag, Koningsdag (until 2013 Koninginnedag),
 * Bevrijdingsdag every year, Hemelvaartsdag, Tweede pinksterdag, Eerste and Tweede kerstdag), not
 * Good Friday when the policy makes it a holiday, and not a closure date of the policy. The holiday
 * dates come from the Jollyday library, configured by our own file with exactly that set (see
 * {@code TermijnenwetHolidays}), most of them computed by the build.
 *
 * <p>Business time: a business day counts with its full local length, from local midnight to the
 * next local midnight. That is 23 or 25 hours on a DST day; in Europe/Amsterdam the clocks change
 * on Sundays only, so in practice every business day is 24 hours.
 *
 * <p>Immutable and thread-safe; holidays are looked up on first use, in the table the build
 * computed ({@code HolidayTable}) or, for a year outside it, computed {@code
 * TermijnenwetHolidays.SPAN} years either side of the year asked for; and kept.
 */
public final class BusinessCalendar {
  /** The zone every rule is evaluated in. */
  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private static final Duration BUSINESS_DAY = Duration.ofHours(24);

  private final HolidayPolicy policy;
  private final Map<Integer, Map<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

  /** A calendar with the Termijnenwet holidays as adjusted by {@code policy}. */
  public BusinessCalendar(HolidayPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The policy this calendar was made with. */
  public HolidayPolicy policy() {
    return policy;
  }

  /** Monday to Friday, no holiday and no closure. */
  public boolean isBusinessDay(LocalDate date) {
    return !isWeekend(date) && !isHoliday(date) && !policy.closures().contains(date);
  }

  /**
   * Whether {@code date} is a public holiday (Good Friday only when the policy says so), on a
   * weekday or not. Closures are not holidays, but they are no business days either.
   */
  public boolean isHoliday(LocalDate date) {
    return holidayName(date).isPresent();
  }

  /** The Dutch name of the holiday on {@code date}, e.g. "Tweede paasdag", if it is one. */
  public Optional<String> holidayName(LocalDate date) {
    Objects.requireNonNull(date, "date");
    String name = holidays(date.getYear()).get(date);
    if (TermijnenwetHolidays.GOOD_FRIDAY.equals(name) && !policy.goodFriday()) {
      return Optional.empty();
    }
    return Optional.ofNullable(name);
  }

  /**
   * The first date on or after {@code from} of the holiday named {@code name} as {@link
   * #holidayName} names it ("Hemelvaartsdag", "Tweede paasdag"; Good Friday whatever the policy,
   * as a day of the calendar), in that year or the next; none for a name that is no holiday's.
   */
  public Optional<LocalDate> holidayOnOrAfter(String name, LocalDate from) {
    Objects.requireNonNull(name, "name");
    for (int year = from.getYear(); year <= from.getYear() + 1; year++) {
      Optional<LocalDate> found = holidays(year).entrySet().stream()
          .filter(day -> !day.getKey().isBefore(from)
              && List.of(day.getValue().split(" en ")).stream().anyMatch(name::equalsIgnoreCase))
          .map(Map.Entry::getKey).min(LocalDate::compareTo);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The holidays of {@code year}, found or computed with the years around it on first use. */
  private Map<LocalDate, String> holidays(int year) {
    Map<LocalDate, String> known = holidaysByYear.get(year);
    if (known == null) {
      // two threads may compute the same span at once; both find the same dates
      TermijnenwetHolidays.around(year).forEach(holidaysByYear::putIfAbsent);
      known = holidaysByYear.get(year);
    }
    return known;
  }

  /**
   * The latest date that is still {@code businessDays} business days before {@code start} (Rule 2):
   * step back from {@code start}, one day at a time, counting only business days and not counting
   * {@code start} itself, until {@code businessDays} are counted. Maintenance on Mon 2026-03-16
   * with 10 business days gives Mon 2026-03-02.
   */
  public LocalDate latestAnnouncement(LocalDate start, int businessDays) {
    Objects.requireNonNull(start, "start");
    requireNotNegative(businessDays);
    LocalDate date = start;
    for (int counted = 0; counted < businessDays; ) {
      date = date.minusDays(1);
      if (isBusinessDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /**
   * The time inside {@code [start, end)} that falls on business days (Rule 5), each local business
   * day from its local midnight to the next.
   *
   * @throws IllegalArgumentException when {@code end} is before {@code start}
   */
  public Duration businessTimeBetween(Instant start, Instant end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("calendar: end " + end + " is before start " + start);
    }
    Duration total = Duration.ZERO;
    LocalDate last = end.atZone(AMSTERDAM).toLocalDate();
    for (LocalDate date = localDate(start); !date.isAfter(last); date = date.plusDays(1)) {
      if (isBusinessDay(date)) {
        Instant from = max(start, startOf(date));
        Instant to = min(end, startOf(date.plusDays(1)));
        if (from.isBefore(to)) {
          total = total.plus(Duration.between(from, to));
        }
      }
    }
    return total;
  }

  /**
   * The instant at which {@link #businessTimeBetween} from {@code start} reaches {@code
   * businessDays} × 24 h (Rule 5). Started Fri 18:00, 1 business day ends Mon 18:00; started Sat
   * 10:00, it ends Tue 00:00. Zero business days end at {@code start}.
   */
  public Instant businessDeadline(Instant start, int businessDays) {
    Objects.requireNonNull(start, "start");
    requireNotNegative(businessDays);
    Duration remaining = BUSINESS_DAY.multipliedBy(businessDays);
    if (remaining.isZero()) {
      return start;
    }
    for (LocalDate date = localDate(start); ; date = date.plusDays(1)) {
      if (isBusinessDay(date)) {
        Instant from = max(start, startOf(date));
        Duration available = Duration.between(from, startOf(date.plusDays(1)));
        if (remaining.compareTo(available) <= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  private static LocalDate localDate(Instant instant) {
    return instant.atZone(AMSTERDAM).toLocalDate();
  }

  private static Instant startOf(LocalDate date) {
    return date.atStartOfDay(AMSTERDAM).toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static void requireNotNegative(int businessDays) {
    if (businessDays < 0) {
      throw new IllegalArgumentException("calendar: business days cannot be negative: " + businessDays);
    }
  }
}
