package nl.statuswacht.calendar;

import static nl.statuswacht.calendar.BusinessTimeTest.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import nl.statuswacht.calendar.WindowCheck.Outside;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 3: the maintenance window, checked by day boundaries and by a minute-by-minute scan. */
class WindowCheckTest {
  private static final BusinessCalendar CALENDAR = new BusinessCalendar(HolidayPolicy.termijnenwet());
  private static final WindowCheck CHECK = new WindowCheck(WindowPolicy.defaults(), CALENDAR);
  private static final List<String> DST_NIGHTS = List.of("2025-03-30", "2025-10-26", "2026-03-29",
      "2026-10-25", "2027-03-28", "2027-10-31");

  @Test
  void saturdayDaytimeIsCompliant() {
    assertThat(CHECK.outside(local("2026-03-14T10:00"), local("2026-03-14T14:00"))).isEmpty();
  }

  @Test
  void tuesdayEveningBeforeNineIsOutside() {
    List<Outside> outside = CHECK.outside(local("2026-03-17T19:00"), local("2026-03-17T23:00"));
    assertThat(outside).containsExactly(
        new Outside(local("2026-03-17T19:00"), local("2026-03-17T21:00")));
    assertThat(outside.get(0).describe()).isEqualTo("Tue 19:00–21:00 (2h) outside");
    assertThat(outside.get(0).describeNl()).isEqualTo("di 19:00–21:00 (2u) buiten");
  }

  @Test
  void mondayMorningAfterHalfPastSevenIsOutside() {
    List<Outside> outside = CHECK.outside(local("2026-03-16T06:00"), local("2026-03-16T08:00"));
    assertThat(outside).containsExactly(
        new Outside(local("2026-03-16T07:30"), local("2026-03-16T08:00")));
    assertThat(outside.get(0).describe()).isEqualTo("Mon 07:30–08:00 (30min) outside");
    assertThat(outside.get(0).describeNl()).isEqualTo("ma 07:30–08:00 (30min) buiten");
  }

  @Test
  void aWorkdayNightAndTheSundayNightIntoMondayAreCompliant() {
    assertThat(CHECK.outside(local("2026-03-17T21:00"), local("2026-03-18T07:30"))).isEmpty();
    assertThat(CHECK.outside(local("2026-03-14T00:00"), local("2026-03-16T07:30"))).isEmpty();
    assertThat(CHECK.outside(local("2026-03-13T21:00"), local("2026-03-16T07:31")))
        .containsExactly(new Outside(local("2026-03-16T07:30"), local("2026-03-16T07:31")));
  }

  @Test
  void aLongWindowIsReportedPerDayInOrder() {
    List<Outside> outside = CHECK.outside(local("2026-03-16T12:00"), local("2026-03-18T08:00"));
    assertThat(outside).extracting(Outside::describe).containsExactly(
        "Mon 12:00–21:00 (9h) outside", "Tue 07:30–21:00 (13h 30min) outside",
        "Wed 07:30–08:00 (30min) outside");
  }

  @Test
  void aNightIsTenAndAHalfHoursExceptOnTheDstNights() {
    LocalDate tuesday = LocalDate.of(2026, 3, 17);
    assertThat(night(tuesday)).isEqualTo(Duration.ofMinutes(10 * 60 + 30));
    for (String dstDay : DST_NIGHTS) {
      LocalDate evening = LocalDate.parse(dstDay).minusDays(1);
      Duration expected = evening.getMonthValue() == 3
          ? Duration.ofMinutes(9 * 60 + 30) : Duration.ofMinutes(11 * 60 + 30);
      assertThat(night(evening)).as("night after %s", evening).isEqualTo(expected);
      Instant start = ZonedDateTime.of(evening, LocalTime.of(21, 0), BusinessCalendar.AMSTERDAM)
          .toInstant();
      assertThat(CHECK.outside(start, start.plus(expected))).isEmpty();
    }
  }

  @Test
  void weekdayHolidaysAreWeekendsOnlyWhenThePolicySaysSo() {
    Instant start = local("2026-04-06T10:00"); // Tweede paasdag, a Monday
    Instant end = local("2026-04-06T12:00");
    assertThat(CHECK.outside(start, end)).containsExactly(new Outside(start, end));

    WindowCheck lenient = new WindowCheck(
        new WindowPolicy(LocalTime.of(21, 0), LocalTime.of(7, 30), true, true), CALENDAR);
    assertThat(lenient.outside(start, end)).isEmpty();
  }

  @Test
  void emptyAndBackwardWindows() {
    Instant moment = local("2026-03-17T12:00");
    assertThat(CHECK.outside(moment, moment)).isEmpty();
    assertThatThrownBy(() -> CHECK.outside(moment, moment.minusSeconds(60)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before start");
    assertThatThrownBy(() -> new WindowPolicy(LocalTime.of(7, 30), LocalTime.of(21, 0), true, false))
        .hasMessageContaining("07:30");
  }

  @Test
  void resultsDoNotDependOnTheDefaultZoneOrLocale() {
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      BusinessCalendar calendar = new BusinessCalendar(HolidayPolicy.termijnenwet());
      List<Outside> outside = new WindowCheck(WindowPolicy.defaults(), calendar)
          .outside(local("2026-03-17T19:00"), local("2026-03-17T23:00"));
      assertThat(outside).extracting(Outside::describe)
          .containsExactly("Tue 19:00–21:00 (2h) outside");
      assertThat(calendar.businessDeadline(local("2026-03-14T10:00"), 1))
          .isEqualTo(local("2026-03-17T00:00"));
      assertThat(calendar.holidayName(LocalDate.of(2026, 4, 6))).contains("Tweede paasdag");
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  /** A few hundred random windows, a third of them around a DST night, both holiday policies. */
  @ParameterizedTest(name = "weekdayHolidaysAsWeekend={0}")
  @ValueSource(booleans = {false, true})
  void agreesWithAMinuteByMinuteScan(boolean holidaysAsWeekend) {
    WindowPolicy policy =
        new WindowPolicy(LocalTime.of(21, 0), LocalTime.of(7, 30), true, holidaysAsWeekend);
    WindowCheck check = new WindowCheck(policy, CALENDAR);
    Random random = new Random(20_260_316L);
    Instant first = local("2025-01-01T00:00");
    int totalMinutesOutside = 0;
    for (int i = 0; i < 300; i++) {
      Instant start;
      if (i % 3 == 0) {
        LocalDate dstDay = LocalDate.parse(DST_NIGHTS.get(random.nextInt(DST_NIGHTS.size())));
        start = dstDay.atStartOfDay(BusinessCalendar.AMSTERDAM).toInstant()
            .plus(Duration.ofMinutes(random.nextInt(5 * 24 * 60) - 3 * 24 * 60));
      } else {
        start = first.plus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
      }
      Instant end = start.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60 + 1)));

      List<Outside> expected = scan(policy, start, end);
      List<Outside> actual = check.outside(start, end);
      assertThat(actual).as("window %s to %s", start, end).isEqualTo(expected);
      assertThat(minutes(actual)).isEqualTo(minutes(expected));
      totalMinutesOutside += minutes(actual);
    }
    assertThat(totalMinutesOutside).as("the scan found windows outside at all").isPositive();
  }

  /** Rule 3 read literally: one minute at a time, the local time of each minute decides. */
  private static List<Outside> scan(WindowPolicy policy, Instant start, Instant end) {
    List<Outside> parts = new ArrayList<>();
    Instant runStart = null;
    for (Instant minute = start; minute.isBefore(end); minute = minute.plusSeconds(60)) {
      boolean allowed = allowed(policy, minute.atZone(BusinessCalendar.AMSTERDAM));
      if (!allowed && runStart == null) {
        runStart = minute;
      } else if (allowed && runStart != null) {
        parts.add(new Outside(runStart, minute));
        runStart = null;
      }
    }
    if (runStart != null) {
      parts.add(new Outside(runStart, end));
    }
    return parts;
  }

  private static boolean allowed(WindowPolicy policy, ZonedDateTime local) {
    DayOfWeek day = local.getDayOfWeek();
    boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    boolean holiday = !weekend && !CALENDAR.isBusinessDay(local.toLocalDate());
    LocalTime time = local.toLocalTime();
    return weekend || (policy.weekdayHolidaysAsWeekend() && holiday)
        || !time.isBefore(policy.nightStart()) || time.isBefore(policy.nightEnd());
  }

  private static int minutes(List<Outside> parts) {
    return parts.stream().mapToInt(part -> (int) part.duration().toMinutes()).sum();
  }

  private static Duration night(LocalDate evening) {
    return Duration.between(
        ZonedDateTime.of(evening, LocalTime.of(21, 0), BusinessCalendar.AMSTERDAM),
        ZonedDateTime.of(evening.plusDays(1), LocalTime.of(7, 30), BusinessCalendar.AMSTERDAM));
  }
}
