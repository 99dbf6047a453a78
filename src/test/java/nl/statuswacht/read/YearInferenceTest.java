package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import nl.statuswacht.calendar.ZoneAbbreviations;
import org.junit.jupiter.api.Test;

class YearInferenceTest {

  private static final ZoneId UTC = ZoneId.of("UTC");

  private static YearlessTime t(int month, int day, String time, ZoneId zone) {
    return new YearlessTime(MonthDay.of(month, day), LocalTime.parse(time), zone);
  }

  @Test
  void updatesInOneYearTakeTheAnchorYear() {
    var times = List.of(t(12, 31, "09:00", UTC), t(12, 23, "09:00", UTC));
    assertThat(YearInference.resolve(times, Instant.parse("2025-12-31T09:00:00Z")))
        .contains(List.of(Instant.parse("2025-12-31T09:00:00Z"), Instant.parse("2025-12-23T09:00:00Z")));
  }

  @Test
  void newYearDecemberUpdatesUnderAJanuaryEntryBelongToTheYearBefore() {
    var times = List.of(t(1, 2, "08:00", UTC), t(12, 31, "23:30", UTC), t(12, 23, "09:00", UTC));
    assertThat(YearInference.resolve(times, Instant.parse("2026-01-02T08:00:00Z")))
        .contains(
            List.of(
                Instant.parse("2026-01-02T08:00:00Z"),
                Instant.parse("2025-12-31T23:30:00Z"),
                Instant.parse("2025-12-23T09:00:00Z")));
  }

  @Test
  void newestUpdateInDecemberUnderAnEntryUpdatedInJanuaryIsLastYear() {
    var times = List.of(t(12, 31, "09:00", UTC));
    assertThat(YearInference.resolve(times, Instant.parse("2026-01-01T00:10:00Z")))
        .contains(List.of(Instant.parse("2025-12-31T09:00:00Z")));
  }

  @Test
  void aPostmortemAfterThePubDateStaysInTheSameYear() {
    // Parse, 2013: pubDate Dec 24, a Postmortem update on Dec 26.
    ZoneId pacific = ZoneAbbreviations.region("PST").orElseThrow();
    var times = List.of(t(12, 26, "10:22", pacific), t(12, 24, "11:21", pacific));
    assertThat(YearInference.resolve(times, Instant.parse("2013-12-24T19:21:00Z")))
        .contains(
            List.of(Instant.parse("2013-12-26T18:22:00Z"), Instant.parse("2013-12-24T19:21:00Z")));
  }

  @Test
  void aRegionZoneTakesItsSummerOffsetFromTheDate() {
    ZoneId pacific = ZoneAbbreviations.region("PST").orElseThrow();
    assertThat(YearInference.resolve(List.of(t(8, 20, "05:42", pacific)), Instant.parse("2013-08-20T12:42:21Z")))
        .contains(List.of(Instant.parse("2013-08-20T12:42:00Z")));
  }

  @Test
  void withoutAnAnchorThereIsNoYearAndNoTimeline() {
    assertThat(YearInference.resolve(List.of(t(3, 1, "10:00", UTC)), null)).isEmpty();
  }

  @Test
  void februaryTwentyNinthFindsTheLeapYear() {
    assertThat(YearInference.resolve(List.of(t(2, 29, "10:00", UTC)), Instant.parse("2024-03-01T00:00:00Z")))
        .contains(List.of(Instant.parse("2024-02-29T10:00:00Z")));
  }

  @Test
  void noTimesIsAnEmptyTimeline() {
    assertThat(YearInference.resolve(List.of(), null)).contains(List.of());
  }
}
