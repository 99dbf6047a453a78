package nl.statuswacht.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The holidays the build computes and ships ({@link HolidayTable}), and the years outside them,
 * which Jollyday still computes when they are asked for.
 */
class HolidayTableTest {
  @Test
  void theShippedTableIsWhatJollydayComputesFromTheHolidayFileForEachOfItsYears() {
    HolidayTable shipped = HolidayTable.shipped().orElseThrow();

    Map<Integer, Map<LocalDate, String>> computed =
        TermijnenwetHolidays.span(HolidayTable.FIRST, HolidayTable.LAST);

    assertThat(shipped.byYear()).isEqualTo(computed).hasSize(100);
    assertThat(shipped.covers(2000)).isTrue();
    assertThat(shipped.covers(2099)).isTrue();
    assertThat(shipped.covers(1999)).isFalse();
    assertThat(shipped.covers(2100)).isFalse();
    // from the table, all of it and the same each time (Jollyday computes 21 years anew): 2025's
    // King's Day moves to Saturday the 26th (the 27th is a Sunday)
    assertThat(TermijnenwetHolidays.around(2025)).isEqualTo(shipped.byYear())
        .isSameAs(TermijnenwetHolidays.around(2080));
    assertThat(shipped.byYear().get(2025)).containsEntry(LocalDate.parse("2025-04-26"),
        "Koningsdag").doesNotContainKey(LocalDate.parse("2025-04-27"));
  }

  @Test
  void aYearBeforeTheTableIsComputedByJollyday() {
    // Easter Sunday 1999 was 4 April (by hand: Meeus's algorithm); Queen's Day on Friday 30 April
    BusinessCalendar calendar = new BusinessCalendar(HolidayPolicy.termijnenwet());

    assertThat(calendar.holidayName(LocalDate.parse("1999-04-05"))).contains("Tweede paasdag");
    assertThat(calendar.holidayName(LocalDate.parse("1999-05-13"))).contains("Hemelvaartsdag");
    assertThat(calendar.holidayName(LocalDate.parse("1999-05-24"))).contains("Tweede pinksterdag");
    assertThat(calendar.holidayName(LocalDate.parse("1999-05-05"))).contains("Bevrijdingsdag");
    assertThat(calendar.holidayName(LocalDate.parse("1999-04-30"))).contains("Koninginnedag");
    assertThat(calendar.isHoliday(LocalDate.parse("1999-04-27"))).isFalse();
    assertThat(calendar.isHoliday(LocalDate.parse("1999-04-02"))).isFalse();
    assertThat(TermijnenwetHolidays.around(1999).keySet()).containsExactlyInAnyOrder(
        1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003,
        2004, 2005, 2006, 2007, 2008, 2009);
  }

  @Test
  void aYearAfterTheTableIsComputedByJollydayWithTheYearsAroundIt() {
    // Easter Sunday 2100: 28 March (Meeus); 27 April 2100 is a Tuesday
    BusinessCalendar calendar = new BusinessCalendar(HolidayPolicy.termijnenwet());

    assertThat(calendar.holidayName(LocalDate.parse("2100-03-29"))).contains("Tweede paasdag");
    assertThat(calendar.holidayName(LocalDate.parse("2100-05-06"))).contains("Hemelvaartsdag");
    assertThat(calendar.holidayName(LocalDate.parse("2100-05-17"))).contains("Tweede pinksterdag");
    assertThat(calendar.holidayName(LocalDate.parse("2100-04-27"))).contains("Koningsdag");
    assertThat(calendar.isBusinessDay(LocalDate.parse("2100-03-30"))).isTrue();
    // 2099 was in the span Jollyday computed for 2100 too; Easter Sunday 2099 is 12 April
    assertThat(calendar.holidayName(LocalDate.parse("2099-04-13"))).contains("Tweede paasdag");
  }

  @Test
  void whatIsWrittenIsReadBack() {
    Map<Integer, Map<LocalDate, String>> years = Map.of(
        2030, Map.of(LocalDate.parse("2030-01-01"), "Nieuwjaarsdag",
            LocalDate.parse("2030-12-25"), "Eerste kerstdag"),
        2031, Map.of(LocalDate.parse("2031-01-01"), "Nieuwjaarsdag"));

    List<String> lines = HolidayTable.lines(2030, 2031, years);
    HolidayTable read = HolidayTable.parse("t.tsv", lines);

    assertThat(lines).containsSubsequence("years\t2030\t2031", "2030-01-01\tNieuwjaarsdag",
        "2030-12-25\tEerste kerstdag", "2031-01-01\tNieuwjaarsdag");
    assertThat(read.byYear()).isEqualTo(years);
    assertThat(HolidayTable.parse("t.tsv", List.of("years\t2028\t2028", "2028-02-29\tx"))
        .byYear().get(2028)).containsOnlyKeys(LocalDate.of(2028, 2, 29));
    assertThat(read.covers(2029)).isFalse();
    assertThat(read.covers(2031)).isTrue();
  }

  @Test
  void aDamagedTableIsRefusedWithItsLine() {
    assertThatThrownBy(() -> HolidayTable.parse("t.tsv", List.of("# only", "2030-01-01\tx")))
        .hasMessage("calendar: t.tsv line 2: expected 'years<TAB>first<TAB>last', found"
            + " '2030-01-01\tx'");
    for (String notADate : new String[] {"2030-13-01", "2030-02-29", "2030-04-31", "2030-00-10",
        "2030-1-01", "20x0-01-01", "2030/01/01", "+030-01-01"}) {
      assertThatThrownBy(() -> HolidayTable.parse("t.tsv", List.of("years\t2030\t2030",
          notADate + "\tx"))).hasMessage("calendar: t.tsv line 2: '" + notADate + "' is not a"
              + " date (yyyy-mm-dd)");
    }
    assertThatThrownBy(() -> HolidayTable.parse("t.tsv", List.of("years\t2030\t2030",
        "2031-01-01\tNieuwjaarsdag"))).hasMessage("calendar: t.tsv line 2: 2031-01-01 is outside"
            + " the table's years, 2030 to 2030");
    assertThatThrownBy(() -> HolidayTable.parse("t.tsv", List.of("years\t2030\t2030",
        "2030-01-01\tNieuwjaarsdag", "2030-01-01\tNieuwjaarsdag")))
        .hasMessage("calendar: t.tsv line 3: 2030-01-01 is in the table twice");
    assertThatThrownBy(() -> HolidayTable.parse("t.tsv", List.of("years\t2030\t2030",
        "2030-01-01"))).hasMessage("calendar: t.tsv line 2: expected 'yyyy-mm-dd<TAB>name',"
            + " found '2030-01-01'");
    assertThatThrownBy(() -> HolidayTable.parse("t.tsv", List.of("years\t2031\t2030")))
        .hasMessage("calendar: t.tsv line 1: the first year, 2031, is after the last, 2030");
    for (String notAYear : new String[] {"later", "20300", "999", ""}) {
      assertThatThrownBy(() -> HolidayTable.parse("t.tsv", List.of("years\t2030\t" + notAYear)))
          .hasMessage("calendar: t.tsv line 1: '" + notAYear + "' is not a year");
    }
    assertThatThrownBy(() -> HolidayTable.parse("t.tsv", List.of("# nothing")))
        .hasMessage("calendar: t.tsv has no 'years' line");
  }

  @Test
  void aTableCutShortIsRefused() {
    assertThatThrownBy(() -> HolidayTable.parse("t.tsv", List.of("years\t2030\t2032",
        "2030-01-01\tNieuwjaarsdag", "2031-01-01\tNieuwjaarsdag")))
        .hasMessage("calendar: t.tsv has no holidays for 2032 (cut short?)");
  }
}
