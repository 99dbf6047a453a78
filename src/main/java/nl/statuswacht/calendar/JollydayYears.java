package nl.statuswacht.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.net.URL;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Jollyday's side of {@link TermijnenwetHolidays}: the holidays of a span of years from our
 * configuration {@code Holidays_termijnenwet.xml}, by date, with their Dutch names. Made in a class
 * loader of its own together with Jollyday and JAXB, which are unloaded once it is done; so it is
 * public, and takes and gives JDK types only.
 */
public final class JollydayYears implements BiFunction<Integer, Integer, Map<LocalDate, String>> {
  private static final Map<String, String> DUTCH_NAMES = Map.of(
      "NEW_YEAR", "Nieuwjaarsdag",
      "christian.GOOD_FRIDAY", TermijnenwetHolidays.GOOD_FRIDAY,
      "christian.EASTER_MONDAY", "Tweede paasdag",
      "QUEENS_DAY", "Koninginnedag",
      "KINGS_DAY", "Koningsdag",
      "LIBERATION", "Bevrijdingsdag",
      "christian.ASCENSION_DAY", "Hemelvaartsdag",
      "christian.PENTECOST_MONDAY", "Tweede pinksterdag",
      "FIRST_CHRISTMAS_DAY", "Eerste kerstdag",
      "SECOND_CHRISTMAS_DAY", "Tweede kerstdag");

  /**
   * The holidays of the years {@code first} to {@code last}, both included; a date of two
   * holidays has both names, joined with "en" in alphabetical order.
   */
  @Override
  public Map<LocalDate, String> apply(Integer first, Integer last) {
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(configuration()));
    Map<LocalDate, String> byDate = new TreeMap<>();
    for (int year = first; year <= last; year++) {
      for (Holiday holiday : manager.getHolidays(Year.of(year))) {
        String name = DUTCH_NAMES.get(holiday.getPropertiesKey());
        if (name == null) {
          throw new IllegalStateException("calendar: Holidays_termijnenwet.xml has a holiday "
              + "without a Dutch name: " + holiday.getPropertiesKey());
        }
        // Ascension Day can be 5 May (2005, 2016): the day has both names, in a fixed order
        // (Jollyday's set of holidays has none, so one name or the other won by turns)
        byDate.merge(holiday.getDate(), name,
            (one, other) -> one.compareTo(other) < 0 ? one + " en " + other : other + " en " + one);
      }
    }
    return byDate;
  }

  private static URL configuration() {
    return Objects.requireNonNull(JollydayYears.class.getResource("Holidays_termijnenwet.xml"),
        "calendar: Holidays_termijnenwet.xml is missing from the classpath");
  }
}
