package nl.statuswacht.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The formats the verdicts and change lines share: spans without empty parts, Amsterdam minutes
 * (with the offset in English, which the JSON output carries too), "unknown" rather than "null".
 */
class BundleTest {
  @Test
  void spansLeaveOutTheirEmptyParts() {
    assertThat(Bundle.NL.span(Duration.ZERO)).isEqualTo("0 minuten");
    assertThat(Bundle.EN.span(Duration.ZERO)).isEqualTo("0m");
    assertThat(Bundle.NL.span(Duration.ofSeconds(59))).isEqualTo("0 minuten");
    assertThat(Bundle.NL.span(Duration.ofMinutes(1))).isEqualTo("1 minuut");
    assertThat(Bundle.NL.span(Duration.ofMinutes(30))).isEqualTo("30 minuten");
    assertThat(Bundle.EN.span(Duration.ofMinutes(30))).isEqualTo("30m");
    assertThat(Bundle.NL.span(Duration.ofDays(1))).isEqualTo("1 dag");
    assertThat(Bundle.EN.span(Duration.ofDays(1))).isEqualTo("1d");
    assertThat(Bundle.NL.span(Duration.ofDays(2).plusMinutes(30)))
        .isEqualTo("2 dagen 30 minuten");
    assertThat(Bundle.NL.span(Duration.ofHours(20))).isEqualTo("20 uur");
    assertThat(Bundle.NL.span(Duration.ofMinutes(-90))).as("an end before its start")
        .isEqualTo("0 minuten");
  }

  @Test
  void timesAreAmsterdamMinutesWithTheOffsetInEnglish() {
    Instant summer = Instant.parse("2026-07-01T06:30:00Z");
    Instant winter = Instant.parse("2026-12-01T06:30:00Z");
    assertThat(Bundle.NL.time(summer)).isEqualTo("2026-07-01 08:30");
    assertThat(Bundle.EN.time(summer)).isEqualTo("2026-07-01 08:30 +02:00");
    assertThat(Bundle.EN.time(winter)).isEqualTo("2026-12-01 07:30 +01:00");
    assertThat(Bundle.NL.time(null)).isEqualTo("onbekend");
    assertThat(Bundle.EN.time(null)).isEqualTo("unknown");
  }

}
