package nl.statuswacht.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.calendar.HolidayPolicy;
import nl.statuswacht.calendar.WindowCheck;
import nl.statuswacht.calendar.WindowPolicy;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.model.Window;
import nl.statuswacht.testing.DigestHistory;
import org.junit.jupiter.api.Test;

/**
 * How the rules word what they found, for people: spans without empty parts, Amsterdam times
 * (with the offset in English, which the JSON output carries too), "unknown" rather than "null",
 * and the window rule naming the hours its policy allows.
 */
class RuleTextsTest {
  private static final BusinessCalendar CALENDAR =
      new BusinessCalendar(HolidayPolicy.termijnenwet());

  @Test
  void spansLeaveOutTheirEmptyParts() {
    assertThat(Local.span(Duration.ZERO, true)).isEqualTo("0 minuten");
    assertThat(Local.span(Duration.ZERO, false)).isEqualTo("0m");
    assertThat(Local.span(Duration.ofSeconds(59), true)).isEqualTo("0 minuten");
    assertThat(Local.span(Duration.ofMinutes(1), true)).isEqualTo("1 minuut");
    assertThat(Local.span(Duration.ofMinutes(30), true)).isEqualTo("30 minuten");
    assertThat(Local.span(Duration.ofMinutes(30), false)).isEqualTo("30m");
    assertThat(Local.span(Duration.ofDays(1), true)).isEqualTo("1 dag");
    assertThat(Local.span(Duration.ofDays(1), false)).isEqualTo("1d");
    assertThat(Local.span(Duration.ofDays(2).plusMinutes(30), true))
        .isEqualTo("2 dagen 30 minuten");
    assertThat(Local.span(Duration.ofHours(20), true)).isEqualTo("20 uur");
    assertThat(Local.span(Duration.ofMinutes(-90), true)).as("an end before its start")
        .isEqualTo("0 minuten");
  }

  @Test
  void timesAreAmsterdamMinutesWithTheOffsetInEnglish() {
    Instant summer = Instant.parse("2026-07-01T06:30:00Z");
    Instant winter = Instant.parse("2026-12-01T06:30:00Z");
    assertThat(Local.time(summer, true)).isEqualTo("2026-07-01 08:30");
    assertThat(Local.time(summer, false)).isEqualTo("2026-07-01 08:30 +02:00");
    assertThat(Local.time(winter, false)).isEqualTo("2026-12-01 07:30 +01:00");
    assertThat(Local.time(null, true)).isEqualTo("onbekend");
    assertThat(Local.time(null, false)).isEqualTo("unknown");
  }

  @Test
  void whatAPostDoesNotStateIsUnknownNotNull() {
    Classification change = new Classification(Category.CHANGE, null,
        List.of(Service.KVK_API), null, null, null, null, null, null, null, Map.of());
    Verdict review = ChangeNotice.judge(DigestHistory.POLICY, change,
        Instant.parse("2026-01-15T09:00:00Z"));
    assertThat(review.actual())
        .isEqualTo("impact class unknown, effective unknown, announced 2026-01-15 10:00 +01:00");
    assertThat(review.actualNl())
        .isEqualTo("impactklasse onbekend, ingangsdatum onbekend, aangekondigd 2026-01-15 10:00");
  }

  @Test
  void theWindowRuleNamesWhatItsPolicyAllows() {
    Classification maintenance = new Classification(Category.PLANNED_MAINTENANCE, true,
        List.of(Service.KVK_API), null, null,
        new Window(Instant.parse("2026-03-17T18:00:00Z"), Instant.parse("2026-03-17T22:00:00Z")),
        null, null, null, null, Map.of());
    LocalTime nine = LocalTime.of(21, 0);
    LocalTime half = LocalTime.of(7, 30);

    Verdict weekends = MaintenanceWindow.judge(
        new WindowCheck(new WindowPolicy(nine, half, true, false), CALENDAR), maintenance);
    assertThat(weekends.required())
        .isEqualTo("at weekends, or between 21:00 and 07:30 (Europe/Amsterdam)");
    // Tue 17 March 19:00-23:00 CET: 19:00-21:00 is outside
    assertThat(weekends.actual()).isEqualTo("2026-03-17 19:00 +01:00 – 2026-03-17 23:00 +01:00;"
        + " Tue 19:00–21:00 (2h) outside");

    // holidays as weekend: every day that is no business day, Saturday and Sunday included,
    // even with weekends off
    Verdict holidays = MaintenanceWindow.judge(
        new WindowCheck(new WindowPolicy(nine, half, false, true), CALENDAR), maintenance);
    assertThat(holidays.required()).isEqualTo("at weekends, on public holidays and on closure"
        + " days, or between 21:00 and 07:30 (Europe/Amsterdam)");
    assertThat(holidays.requiredNl()).isEqualTo("in het weekend, op feestdagen en op"
        + " sluitingsdagen, of tussen 21:00 en 07:30 (Europe/Amsterdam)");

    Verdict nights = MaintenanceWindow.judge(
        new WindowCheck(new WindowPolicy(nine, half, false, false), CALENDAR), maintenance);
    assertThat(nights.requiredNl()).isEqualTo("tussen 21:00 en 07:30 (Europe/Amsterdam)");
  }
}
