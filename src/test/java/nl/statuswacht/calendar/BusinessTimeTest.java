package nl.statuswacht.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 2 (notice in business days) and Rule 5 (restoration within N business days). */
class BusinessTimeTest {
  private static final BusinessCalendar CALENDAR = new BusinessCalendar(HolidayPolicy.termijnenwet());

  @ParameterizedTest(name = "maintenance {0} → latest announcement {1}")
  @CsvSource({
      // docs/service-levels.md Rule 2, word for word: maintenance Mon 2026-03-16 21:00 → Mon 2026-03-02.
      "2026-03-16, 2026-03-02",
      // Maintenance Sat 2026-03-14 → Mon 2026-03-02 as well (Sat is no business day).
      "2026-03-14, 2026-03-02",
      // Over Easter 2026 (Mon 6 April is Tweede paasdag; Good Friday is a business day).
      "2026-04-14, 2026-03-30",
      // Over King's Day (Mon 27 April 2026) and Liberation Day (Tue 5 May 2026):
      // 7, 6, 4, 1 May, 30, 29, 28, 24, 23, 22 April.
      "2026-05-08, 2026-04-22",
  })
  void latestAnnouncementIsTenBusinessDaysBack(LocalDate maintenance, LocalDate latest) {
    assertThat(CALENDAR.latestAnnouncement(maintenance, 10)).isEqualTo(latest);
  }

  @Test
  void latestAnnouncementFromTheWorkedExampleInstant() {
    Instant maintenance = local("2026-03-16T21:00");
    LocalDate startDate = maintenance.atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
    assertThat(CALENDAR.latestAnnouncement(startDate, 10)).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void latestAnnouncementCountsClosuresAndGoodFridayWhenThePolicySaysSo() {
    BusinessCalendar strict = new BusinessCalendar(
        new HolidayPolicy(true, Set.of(LocalDate.of(2026, 4, 1))));
    // Without Good Friday (3 April) and the closure (1 April) two more days back.
    assertThat(strict.latestAnnouncement(LocalDate.of(2026, 4, 14), 10))
        .isEqualTo(LocalDate.of(2026, 3, 26));
    assertThat(CALENDAR.latestAnnouncement(LocalDate.of(2026, 4, 14), 0))
        .isEqualTo(LocalDate.of(2026, 4, 14));
  }

  @ParameterizedTest(name = "started {0}, {1} business day(s) → ends {2}")
  @CsvSource({
      // docs/service-levels.md Rule 5, word for word: started Fri 18:00 → 1 business day ends Mon 18:00.
      "2026-03-13T18:00, 1, 2026-03-16T18:00",
      // Started Sat 10:00 → it ends Tue 00:00.
      "2026-03-14T10:00, 1, 2026-03-17T00:00",
      "2026-03-13T18:00, 2, 2026-03-17T18:00",
      "2026-03-13T18:00, 5, 2026-03-20T18:00",
      // Over Easter 2026: Good Friday counts, Tweede paasdag does not.
      "2026-04-03T18:00, 1, 2026-04-07T18:00",
      // Across the spring DST Sunday (2026-03-29): business days stay 24 h.
      "2026-03-27T18:00, 1, 2026-03-30T18:00",
      // Across the autumn DST Sunday (2026-10-25).
      "2026-10-23T09:15, 1, 2026-10-26T09:15",
      "2026-03-16T09:15, 0, 2026-03-16T09:15",
  })
  void businessDeadline(String started, int days, String ends) {
    assertThat(CALENDAR.businessDeadline(local(started), days)).isEqualTo(local(ends));
    assertThat(CALENDAR.businessTimeBetween(local(started), local(ends)))
        .isEqualTo(Duration.ofHours(24L * days));
  }

  @Test
  void goodFridayAsHolidayMovesTheDeadline() {
    BusinessCalendar withGoodFriday = new BusinessCalendar(new HolidayPolicy(true, Set.of()));
    assertThat(withGoodFriday.businessDeadline(local("2026-04-03T18:00"), 1))
        .isEqualTo(local("2026-04-08T00:00"));
  }

  @Test
  void businessTimeCountsOnlyBusinessDays() {
    // Fri 18:00 to Mon 09:00: 6 h on Friday, 9 h on Monday.
    assertThat(CALENDAR.businessTimeBetween(local("2026-03-13T18:00"), local("2026-03-16T09:00")))
        .isEqualTo(Duration.ofHours(15));
    // Within the weekend: nothing.
    assertThat(CALENDAR.businessTimeBetween(local("2026-03-14T00:00"), local("2026-03-16T00:00")))
        .isZero();
    // The DST weekend: 71 clock hours from Fri 00:00 to Mon 00:00, of which Friday's 24 count.
    Instant friday = local("2026-03-27T00:00");
    Instant monday = local("2026-03-30T00:00");
    assertThat(Duration.between(friday, monday)).isEqualTo(Duration.ofHours(71));
    assertThat(CALENDAR.businessTimeBetween(friday, monday)).isEqualTo(Duration.ofHours(24));
    assertThat(CALENDAR.businessTimeBetween(monday, monday)).isZero();
  }

  @Test
  void businessDeadlineIsWhereBusinessTimeReachesTheTarget() {
    Random random = new Random(5_2026);
    Instant from = local("2025-01-01T00:00");
    for (int i = 0; i < 300; i++) {
      Instant start = from.plus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
      int days = 1 + random.nextInt(5);
      Instant deadline = CALENDAR.businessDeadline(start, days);
      assertThat(CALENDAR.businessTimeBetween(start, deadline)).as("%s + %d", start, days)
          .isEqualTo(Duration.ofHours(24L * days));
      assertThat(CALENDAR.businessTimeBetween(start, deadline.minusSeconds(1)))
          .isLessThan(Duration.ofHours(24L * days));
    }
  }

  @Test
  void wrongInputFailsWithTheValue() {
    assertThatThrownBy(() -> CALENDAR.businessTimeBetween(local("2026-03-16T10:00"),
        local("2026-03-16T09:00"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before start");
    assertThatThrownBy(() -> CALENDAR.latestAnnouncement(LocalDate.of(2026, 3, 16), -1))
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> CALENDAR.businessDeadline(local("2026-03-16T10:00"), -2))
        .hasMessageContaining("-2");
  }

  static Instant local(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), BusinessCalendar.AMSTERDAM)
        .toInstant();
  }
}
