package nl.statuswacht.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import nl.statuswacht.loading.SeparateLoader;

/**
 * The public holidays of the Algemene termijnenwet art. 3, computed by Jollyday from our own
 * configuration {@code Holidays_termijnenwet.xml} (next to this class in the resources).
 *
 * <p>Jollyday's own Netherlands set ({@code HolidayCalendar.NETHERLANDS}) does not fit as it is:
 * it also holds Easter Sunday and Whit Sunday, and Good Friday as an observance; and a library
 * update could change it under us. Our file pins exactly the Termijnenwet set (King's Day 27 April,
 * 26 April when the 27th is a Sunday; Liberation Day every year) plus Good Friday, which {@link
 * BusinessCalendar} keeps only when {@link HolidayPolicy#goodFriday()} says so. King's Day is in
 * the file from 2014 on; before it, from 1980 to 2013, Queen's Day (30 April, 29 April when the
 * 30th is a Sunday).
 *
 * <p>Jollyday types stay in {@link JollydayYears}, which runs in a class loader of its own with
 * Jollyday and JAXB ({@link SeparateLoader}): some 490 classes and 7 MiB of native memory that a
 * daemon would otherwise keep for good to compute a few dozen dates. So the years are computed a
 * span at a time ({@link #SPAN} either side of the one asked for), and the classes are unloaded
 * after each span; the rest of the package sees dates and Dutch names.
 *
 * <p>Most years are not computed at run time at all: the build computes {@value
 * HolidayTable#FIRST} to {@value HolidayTable#LAST} the same way and ships them ({@link
 * HolidayTable}); {@link #around} reads them from there, and asks Jollyday only for a year outside.
 * A class path without the table (a build by an IDE that skipped the build's step) has every year
 * computed by Jollyday: slower, the same dates.
 */
final class TermijnenwetHolidays {
  static final String GOOD_FRIDAY = "Goede vrijdag";
  /** How many years either side of the one asked for are computed with it. */
  static final int SPAN = 10;
  /** The libraries {@link JollydayYears} uses, loaded apart with it. */
  private static final List<String> LIBRARIES = List.of("de.focus_shift.", "org.glassfish.jaxb.",
      "jakarta.xml.bind.", "com.sun.istack.");

  private TermijnenwetHolidays() {}

  /**
   * The holidays of {@code year} and of years around it, by year, each by date with its Dutch
   * name: every year of the build's table when it holds {@code year}, else {@link #SPAN} years
   * either side computed by Jollyday now.
   */
  static Map<Integer, Map<LocalDate, String>> around(int year) {
    return Shipped.TABLE.filter(table -> table.covers(year)).map(HolidayTable::byYear)
        .orElseGet(() -> span(year - SPAN, year + SPAN));
  }

  /**
   * The build's table, read when first needed; none when the class path has none or an unreadable
   * one (which {@code HolidayTableTest} does not let a build through with), so that a holiday is
   * then computed rather than a class left uninitialised for good.
   */
  private static final class Shipped {
    static final Optional<HolidayTable> TABLE = read();

    private static Optional<HolidayTable> read() {
      try {
        return HolidayTable.shipped();
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * The holidays of the years {@code first} to {@code last} (both included), Good Friday
   * included, by year, each by date with its Dutch name; computed by Jollyday in a class loader
   * that is dropped afterwards.
   */
  static Map<Integer, Map<LocalDate, String>> span(int first, int last) {
    return span(jollydayLoader(), first, last);
  }

  /** A loader of Jollyday, JAXB and {@link JollydayYears}, apart. */
  static SeparateLoader jollydayLoader() {
    return new SeparateLoader("jollyday", TermijnenwetHolidays.class.getClassLoader(),
        JollydayYears.class, LIBRARIES);
  }

  /** {@link #span(int, int)} with the classes of {@code loader} ({@link #jollydayLoader}). */
  static Map<Integer, Map<LocalDate, String>> span(SeparateLoader loader, int first, int last) {
    @SuppressWarnings("unchecked")
    BiFunction<Integer, Integer, Map<LocalDate, String>> years =
        loader.bridge(BiFunction.class);
    // Jollyday finds its XML binding, and JAXB its implementation, through the thread's loader
    Map<LocalDate, String> all = loader.call(() -> years.apply(first, last));
    Map<Integer, Map<LocalDate, String>> byYear = new TreeMap<>();
    for (int year = first; year <= last; year++) {
      byYear.put(year, new TreeMap<>());
    }
    all.forEach((date, name) -> byYear.get(date.getYear()).put(date, name));
    return byYear;
  }
}
