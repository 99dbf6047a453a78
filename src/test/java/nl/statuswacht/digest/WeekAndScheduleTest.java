package nl.statuswacht.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import nl.statuswacht.config.DigestSettings;
import org.junit.jupiter.api.Test;

/** Which week a digest covers and when it is due. */
class WeekAndScheduleTest {
  private static final DigestSettings MONDAY_0800 =
      new DigestSettings("0 0 8 ? * MON", ZoneId.of("Europe/Amsterdam"));

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  @Test
  void isoWeeksParseAndPrintIncludingWeek53AndTheTurnOfTheYear() {
    assertThat(Week.parse("2026-W13").monday()).isEqualTo(LocalDate.of(2026, 3, 23));
    assertThat(Week.parse("2026-W53").monday()).as("2026 has 53 ISO weeks (1 Jan is a Thursday)")
        .isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(Week.parse("2025-W01").monday()).as("ISO week 1 of 2025 starts in 2024")
        .isEqualTo(LocalDate.of(2024, 12, 30));
    assertThat(Week.of(LocalDate.of(2027, 1, 3)).label()).isEqualTo("2026-W53");
    assertThat(Week.of(LocalDate.of(2024, 12, 31)).label()).isEqualTo("2025-W01");
  }

  @Test
  void aBadWeekIsRefusedNamingIt() {
    assertThatThrownBy(() -> Week.parse("2026-13")).hasMessageContaining("\"2026-13\"")
        .hasMessageContaining("YYYY-Www");
    assertThatThrownBy(() -> Week.parse("2025-W53")).hasMessageContaining("2025 has no week 53");
    assertThatThrownBy(() -> Week.parse("2026-W00")).hasMessageContaining("no week 0");
    assertThatThrownBy(() -> new Week(LocalDate.of(2026, 3, 24)))
        .hasMessageContaining("2026-03-24 is not a Monday");
  }

  @Test
  void theWeekOfAnInstantIsTheAmsterdamOne() {
    // Sunday 22 November 23:30 in Amsterdam is 22:30 UTC, still week 47; 00:30 is week 48
    assertThat(Week.containing(at("2026-11-22T23:30:00+01:00")).label()).isEqualTo("2026-W47");
    assertThat(Week.containing(at("2026-11-23T00:30:00+01:00")).label()).isEqualTo("2026-W48");
    assertThat(Week.lastEndedBy(at("2026-11-23T00:30:00+01:00")).label()).isEqualTo("2026-W47");
  }

  @Test
  void theDigestDueIsThatOfTheWeekEndedByTheLatestFireTime() {
    DigestSchedule schedule = new DigestSchedule(MONDAY_0800);
    assertThat(schedule.lastFire(at("2026-11-23T07:59:59+01:00")))
        .contains(at("2026-11-16T08:00:00+01:00"));
    assertThat(schedule.due(at("2026-11-23T07:59:59+01:00"))).contains(Week.parse("2026-W46"));
    assertThat(schedule.lastFire(at("2026-11-23T08:00:00+01:00")))
        .contains(at("2026-11-23T08:00:00+01:00"));
    assertThat(schedule.due(at("2026-11-23T08:00:00+01:00"))).contains(Week.parse("2026-W47"));
    assertThat(schedule.due(at("2026-11-29T23:59:00+01:00"))).contains(Week.parse("2026-W47"));
    assertThat(schedule.nextFire(at("2026-11-23T08:00:00+01:00")))
        .contains(at("2026-11-30T08:00:00+01:00"));
  }

  @Test
  void oneScheduleAskedAgainAndAgainAnswersForEachInstantAsAFreshOneWould() {
    // the poll asks the same schedule after every poll, and a test clock may go back
    DigestSchedule asked = new DigestSchedule(MONDAY_0800);
    String[] instants = {"2026-11-24T12:00:00+01:00", "2026-11-30T07:59:59+01:00",
        "2026-11-30T08:00:00+01:00", "2026-11-30T08:00:01+01:00", "2026-11-23T08:00:00+01:00",
        "2026-11-23T07:59:59+01:00", "2026-12-07T08:00:00+01:00"};
    String[] expected = {"2026-11-23T08:00:00+01:00", "2026-11-23T08:00:00+01:00",
        "2026-11-30T08:00:00+01:00", "2026-11-30T08:00:00+01:00", "2026-11-23T08:00:00+01:00",
        "2026-11-16T08:00:00+01:00", "2026-12-07T08:00:00+01:00"};
    for (int i = 0; i < instants.length; i++) {
      assertThat(asked.lastFire(at(instants[i]))).as(instants[i]).contains(at(expected[i]));
    }
    // 1 January only: the 32 days looked back end on 2 February at 08:00
    DigestSchedule yearly = new DigestSchedule(
        new DigestSettings("0 0 8 1 1 ?", ZoneId.of("Europe/Amsterdam")));
    assertThat(yearly.lastFire(at("2026-02-02T07:59:59+01:00")))
        .contains(at("2026-01-01T08:00:00+01:00"));
    assertThat(yearly.lastFire(at("2026-02-02T08:00:00+01:00"))).isEmpty();
  }

  @Test
  void theLatestFireTimeIsFoundHourlyAndMonthlyAndNotBeyondItsLookBack() {
    ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
    DigestSchedule hourly = new DigestSchedule(new DigestSettings("0 0 * ? * *", amsterdam));
    assertThat(hourly.lastFire(at("2026-11-25T10:59:59+01:00")))
        .contains(at("2026-11-25T10:00:00+01:00"));
    // the 1st at 08:00: on 30 November the last was 1 November, 29 days back
    DigestSchedule monthly = new DigestSchedule(new DigestSettings("0 0 8 1 * ?", amsterdam));
    assertThat(monthly.lastFire(at("2026-11-30T12:00:00+01:00")))
        .contains(at("2026-11-01T08:00:00+01:00"));
    // 1 January only: on 10 February it is 40 days back, past the 32 days looked at
    DigestSchedule yearly = new DigestSchedule(new DigestSettings("0 0 8 1 1 ?", amsterdam));
    assertThat(yearly.lastFire(at("2026-01-20T12:00:00+01:00")))
        .contains(at("2026-01-01T08:00:00+01:00"));
    assertThat(yearly.lastFire(at("2026-02-10T12:00:00+01:00"))).isEmpty();
  }

  @Test
  void aFridayDigestCoversTheLastWholeWeek() {
    DigestSchedule friday = new DigestSchedule(
        new DigestSettings("0 0 16 ? * FRI", ZoneId.of("Europe/Amsterdam")));
    assertThat(friday.due(at("2026-11-27T16:00:00+01:00"))).contains(Week.parse("2026-W47"));
  }

  @Test
  void aPastWeekIsToldAsOfItsEndAndTheLastOneAsOfNow() {
    Instant now = at("2026-11-25T10:00:00+01:00");
    assertThat(DigestSchedule.asOf(Week.parse("2026-W47"), now)).isEqualTo(now);
    assertThat(DigestSchedule.asOf(Week.parse("2026-W48"), now)).as("the week under way")
        .isEqualTo(now);
    assertThat(DigestSchedule.asOf(Week.parse("2026-W45"), now))
        .isEqualTo(at("2026-11-09T00:00:00+01:00"));
  }
}
