package nl.statuswacht.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The holidays of the Algemene termijnenwet art. 3, and the policy's Good Friday and closures. */
class HolidaysTest {
  private static final BusinessCalendar DEFAULT = new BusinessCalendar(HolidayPolicy.termijnenwet());

  /**
   * Easter Sundays written by hand, independent of the library; checked against python-dateutil's
   * {@code easter()} (identical for all sixteen years).
   */
  static Stream<Arguments> easterSundays() {
    return Stream.of(
        Arguments.of(2020, "2020-04-12"), Arguments.of(2021, "2021-04-04"),
        Arguments.of(2022, "2022-04-17"), Arguments.of(2023, "2023-04-09"),
        Arguments.of(2024, "2024-03-31"), Arguments.of(2025, "2025-04-20"),
        Arguments.of(2026, "2026-04-05"), Arguments.of(2027, "2027-03-28"),
        Arguments.of(2028, "2028-04-16"), Arguments.of(2029, "2029-04-01"),
        Arguments.of(2030, "2030-04-21"), Arguments.of(2031, "2031-04-13"),
        Arguments.of(2032, "2032-03-28"), Arguments.of(2033, "2033-04-17"),
        Arguments.of(2034, "2034-04-09"), Arguments.of(2035, "2035-03-25"));
  }

  @ParameterizedTest(name = "{0}: Easter Sunday {1}")
  @MethodSource("easterSundays")
  void easterBasedHolidaysFollowEaster(int year, String easterSunday) {
    LocalDate easter = LocalDate.parse(easterSunday);
    assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);

    assertThat(DEFAULT.holidayName(easter.plusDays(1))).contains("Tweede paasdag");
    assertThat(DEFAULT.holidayName(easter.plusDays(39))).contains("Hemelvaartsdag");
    assertThat(DEFAULT.holidayName(easter.plusDays(50))).contains("Tweede pinksterdag");
    assertThat(DEFAULT.isBusinessDay(easter.plusDays(1))).isFalse();
    assertThat(DEFAULT.isBusinessDay(easter.plusDays(39))).isFalse();
    assertThat(DEFAULT.isBusinessDay(easter.plusDays(50))).isFalse();

    // Easter Sunday and Whit Sunday are no Termijnenwet holidays (Sundays anyway).
    assertThat(DEFAULT.isHoliday(easter)).isFalse();
    assertThat(DEFAULT.isHoliday(easter.plusDays(49))).isFalse();
    // Good Friday is a business day by default.
    assertThat(DEFAULT.isHoliday(easter.minusDays(2))).isFalse();
    assertThat(DEFAULT.isBusinessDay(easter.minusDays(2))).isTrue();
  }

  @Test
  void aHolidayIsFoundByItsNameOnOrAfterADate() {
    assertThat(DEFAULT.holidayOnOrAfter("Hemelvaartsdag", LocalDate.of(2026, 4, 23)))
        .contains(LocalDate.of(2026, 5, 14));
    assertThat(DEFAULT.holidayOnOrAfter("hemelvaartsdag", LocalDate.of(2026, 5, 14)))
        .contains(LocalDate.of(2026, 5, 14));
    assertThat(DEFAULT.holidayOnOrAfter("Hemelvaartsdag", LocalDate.of(2026, 5, 15)))
        .contains(LocalDate.of(2027, 5, 6));
    // a day of the calendar, though the default policy keeps it a business day
    assertThat(DEFAULT.holidayOnOrAfter("Goede vrijdag", LocalDate.of(2026, 1, 1)))
        .contains(LocalDate.of(2026, 4, 3));
    // 5 May 2016 was both Ascension Day and Liberation Day
    assertThat(DEFAULT.holidayOnOrAfter("Bevrijdingsdag", LocalDate.of(2016, 5, 1)))
        .contains(LocalDate.of(2016, 5, 5));
    assertThat(DEFAULT.holidayOnOrAfter("Sinterklaas", LocalDate.of(2026, 1, 1))).isEmpty();
  }

  @Test
  void slaRulesChecks() {
    assertThat(DEFAULT.holidayName(LocalDate.of(2025, 4, 26))).contains("Koningsdag");
    assertThat(LocalDate.of(2025, 4, 26).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(DEFAULT.holidayName(LocalDate.of(2026, 4, 6))).contains("Tweede paasdag");
    assertThat(DEFAULT.holidayName(LocalDate.of(2026, 5, 14))).contains("Hemelvaartsdag");
  }

  @Test
  void kingsDayMovesToThe26thWhenThe27thIsASunday() {
    for (int year = 2020; year <= 2035; year++) {
      LocalDate the27th = LocalDate.of(year, 4, 27);
      LocalDate kingsDay =
          the27th.getDayOfWeek() == DayOfWeek.SUNDAY ? the27th.minusDays(1) : the27th;
      assertThat(DEFAULT.holidayName(kingsDay)).as("%s", year).contains("Koningsdag");
      if (!kingsDay.equals(the27th)) {
        assertThat(DEFAULT.isHoliday(the27th)).as("%s", the27th).isFalse();
      }
    }
    assertThat(DEFAULT.holidayName(LocalDate.of(2031, 4, 26))).contains("Koningsdag");
    assertThat(DEFAULT.isHoliday(LocalDate.of(2031, 4, 27))).isFalse();
    assertThat(DEFAULT.isHoliday(LocalDate.of(2025, 4, 27))).isFalse();
    // 2025's 26 April is a Saturday: no business day either way.
    assertThat(DEFAULT.isBusinessDay(LocalDate.of(2025, 4, 26))).isFalse();
    // 2031's 26 April is a Saturday as well (27 April a Sunday).
    assertThat(LocalDate.of(2031, 4, 26).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
  }

  @Test
  void liberationDayIsEveryYear() {
    for (int year = 2020; year <= 2035; year++) {
      LocalDate fifthOfMay = LocalDate.of(year, 5, 5);
      assertThat(DEFAULT.holidayName(fifthOfMay)).as("%s", year).contains("Bevrijdingsdag");
      if (fifthOfMay.getDayOfWeek().getValue() <= 5) {
        assertThat(DEFAULT.isBusinessDay(fifthOfMay)).as("%s", fifthOfMay).isFalse();
      }
    }
  }

  @Test
  void queensDayUntil2013() {
    // 30 April, or Saturday the 29th when the 30th was a Sunday (2000 and 2006, by hand); King's
    // Day from 2014 on, and no Queen's Day then
    assertThat(DEFAULT.holidayName(LocalDate.of(2013, 4, 30))).contains("Koninginnedag");
    assertThat(DEFAULT.holidayName(LocalDate.of(2005, 4, 30))).contains("Koninginnedag");
    assertThat(DEFAULT.holidayName(LocalDate.of(2006, 4, 29))).contains("Koninginnedag");
    assertThat(DEFAULT.holidayName(LocalDate.of(2000, 4, 29))).contains("Koninginnedag");
    assertThat(DEFAULT.isHoliday(LocalDate.of(2006, 4, 30))).isFalse();
    assertThat(DEFAULT.isHoliday(LocalDate.of(2013, 4, 27))).isFalse();
    assertThat(DEFAULT.isHoliday(LocalDate.of(2014, 4, 30))).isFalse();
    assertThat(DEFAULT.holidayName(LocalDate.of(2014, 4, 26))).contains("Koningsdag");
    assertThat(LocalDate.of(2006, 4, 30).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(LocalDate.of(2000, 4, 30).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
  }

  @Test
  void aDayOfTwoHolidaysHasBothNames() {
    // Easter Sunday was 27 March in 2005 and in 2016 (by hand), so Ascension Day fell on 5 May
    for (LocalDate both : new LocalDate[] {LocalDate.of(2005, 5, 5), LocalDate.of(2016, 5, 5)}) {
      assertThat(DEFAULT.holidayName(both)).as("%s", both)
          .contains("Bevrijdingsdag en Hemelvaartsdag");
      // the same when Jollyday computes the year now, rather than the build
      assertThat(TermijnenwetHolidays.span(both.getYear(), both.getYear()).get(both.getYear()))
          .containsEntry(both, "Bevrijdingsdag en Hemelvaartsdag");
    }
  }

  @Test
  void the2026SetIsExactlyTheTermijnenwetSet() {
    Map<LocalDate, String> expected = new TreeMap<>(Map.of(
        LocalDate.of(2026, 1, 1), "Nieuwjaarsdag",
        LocalDate.of(2026, 4, 6), "Tweede paasdag",
        LocalDate.of(2026, 4, 27), "Koningsdag",
        LocalDate.of(2026, 5, 5), "Bevrijdingsdag",
        LocalDate.of(2026, 5, 14), "Hemelvaartsdag",
        LocalDate.of(2026, 5, 25), "Tweede pinksterdag",
        LocalDate.of(2026, 12, 25), "Eerste kerstdag",
        LocalDate.of(2026, 12, 26), "Tweede kerstdag"));
    assertThat(holidaysOf(DEFAULT, 2026)).isEqualTo(expected);
  }

  @Test
  void goodFridayIsAHolidayOnlyWhenThePolicySaysSo() {
    LocalDate goodFriday = LocalDate.of(2026, 4, 3);
    assertThat(DEFAULT.isBusinessDay(goodFriday)).isTrue();
    assertThat(DEFAULT.holidayName(goodFriday)).isEmpty();

    BusinessCalendar withGoodFriday = new BusinessCalendar(new HolidayPolicy(true, Set.of()));
    assertThat(withGoodFriday.isBusinessDay(goodFriday)).isFalse();
    assertThat(withGoodFriday.holidayName(goodFriday)).contains("Goede vrijdag");
    assertThat(withGoodFriday.holidayName(LocalDate.of(2027, 3, 26))).contains("Goede vrijdag");
  }

  @Test
  void closuresAreNoBusinessDaysButNoHolidaysEither() {
    LocalDate closure = LocalDate.of(2026, 12, 31);
    BusinessCalendar calendar = new BusinessCalendar(new HolidayPolicy(false, Set.of(closure)));
    assertThat(DEFAULT.isBusinessDay(closure)).isTrue();
    assertThat(calendar.isBusinessDay(closure)).isFalse();
    assertThat(calendar.isHoliday(closure)).isFalse();
    assertThat(calendar.isBusinessDay(closure.minusDays(1))).isTrue();
  }

  @Test
  void weekendsAreNoBusinessDays() {
    assertThat(DEFAULT.isBusinessDay(LocalDate.of(2026, 3, 14))).isFalse();
    assertThat(DEFAULT.isBusinessDay(LocalDate.of(2026, 3, 15))).isFalse();
    assertThat(DEFAULT.isBusinessDay(LocalDate.of(2026, 3, 16))).isTrue();
  }

  /**
   * Why the calendar ships its own Jollyday configuration instead of Jollyday's Netherlands set:
   * that set also has Easter Sunday and Whit Sunday, and Good Friday (as an observance), none of
   * which is in the Termijnenwet. Without those three it is the same set for 2020–2035.
   */
  @Test
  void jollydaysOwnNetherlandsSetIsNotTheTermijnenwetSet() {
    HolidayManager netherlands = HolidayManager.getInstance(
        ManagerParameters.create(HolidayCalendar.NETHERLANDS));
    for (int year = 2020; year <= 2035; year++) {
      Map<String, LocalDate> library = netherlands.getHolidays(Year.of(year)).stream()
          .collect(Collectors.toMap(Holiday::getPropertiesKey, Holiday::getDate));
      assertThat(library).containsKeys("christian.EASTER", "christian.PENTECOST",
          "christian.GOOD_FRIDAY");
      Set<LocalDate> libraryDates = Set.copyOf(library.values());
      Set<LocalDate> ours = holidaysOf(DEFAULT, year).keySet();
      assertThat(libraryDates).as("%s", year).isNotEqualTo(ours);

      library.remove("christian.EASTER");
      library.remove("christian.PENTECOST");
      library.remove("christian.GOOD_FRIDAY");
      assertThat(Set.copyOf(library.values())).as("%s", year).isEqualTo(ours);
    }
  }

  private static Map<LocalDate, String> holidaysOf(BusinessCalendar calendar, int year) {
    Map<LocalDate, String> found = new TreeMap<>();
    LocalDate first = LocalDate.of(year, 1, 1);
    IntStream.range(0, first.lengthOfYear()).mapToObj(first::plusDays)
        .forEach(date -> calendar.holidayName(date).ifPresent(name -> found.put(date, name)));
    return found;
  }
}
