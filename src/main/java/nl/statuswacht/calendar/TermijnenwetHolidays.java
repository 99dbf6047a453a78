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

/**
 * The public holidays of the Algemene termijnenwet art. 3, computed by Jollyday from our own
 * configuration {@code Holidays_termijnenwet.xml} (next to this class in the resources).
 *
 * <p>Jollyday's own Netherlands set ({@code HolidayCalendar.NETHERLANDS}) does not fit as it is:
 * it also holds Easter Sunday and Whit Sunday, and Good Friday as an observance; and a library
 * update could change it under us. Our file pins exactly the Termijnenwet set (King's Day 27 April,
 * 26 April when the 27th is a Sunday; Liberation Day every year) plus Good Friday, which {@link
 * BusinessCalendar} keeps only when {@link HolidayPolicy#goodFriday()} says so. King's Day is in
 * the file from 2014 on (before that it was Queen's Day, which is not modelled).
 *
 * <p>Jollyday types stay in this class: the rest of the package sees dates and Dutch names.
 */
final class TermijnenwetHolidays {
  static final String GOOD_FRIDAY = "Goede vrijdag";

  private static final Map<String, String> DUTCH_NAMES = Map.of(
      "NEW_YEAR", "Nieuwjaarsdag",
      "christian.GOOD_FRIDAY", GOOD_FRIDAY,
      "christian.EASTER_MONDAY", "Tweede paasdag",
      "KINGS_DAY", "Koningsdag",
      "LIBERATION", "Bevrijdingsdag",
      "christian.ASCENSION_DAY", "Hemelvaartsdag",
      "christian.PENTECOST_MONDAY", "Tweede pinksterdag",
      "FIRST_CHRISTMAS_DAY", "Eerste kerstdag",
      "SECOND_CHRISTMAS_DAY", "Tweede kerstdag");

  private static final HolidayManager MANAGER = HolidayManager.getInstance(
      ManagerParameters.create(configuration()));

  private TermijnenwetHolidays() {}

  /** The holidays of one year, Good Friday included, by date, with their Dutch names. */
  static Map<LocalDate, String> of(int year) {
    Map<LocalDate, String> byDate = new TreeMap<>();
    for (Holiday holiday : MANAGER.getHolidays(Year.of(year))) {
      String name = DUTCH_NAMES.get(holiday.getPropertiesKey());
      if (name == null) {
        throw new IllegalStateException("calendar: Holidays_termijnenwet.xml has a holiday "
            + "without a Dutch name: " + holiday.getPropertiesKey());
      }
      byDate.put(holiday.getDate(), name);
    }
    return byDate;
  }

  private static URL configuration() {
    return Objects.requireNonNull(TermijnenwetHolidays.class.getResource("Holidays_termijnenwet.xml"),
        "calendar: Holidays_termijnenwet.xml is missing from the classpath");
  }
}
