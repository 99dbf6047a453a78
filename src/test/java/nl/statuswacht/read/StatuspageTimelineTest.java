package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import nl.statuswacht.model.PostUpdate;
import org.junit.jupiter.api.Test;

class StatuspageTimelineTest {

  private static final String KVK_D03 =
      "<p><small>Dec <var data-var='date'>31</var>, <var data-var='time'>09:00</var> UTC</small>"
          + "<br><strong>Opgelost</strong> - Alle signalen zijn weer actueel.</p>"
          + "<p><small>Dec <var data-var='date'>23</var>, <var data-var='time'>09:00</var> UTC</small>"
          + "<br><strong>Onderzoek</strong> - Signalen van de KVK Mutatieservice worden met"
          + " vertraging geleverd.</p>";

  @Test
  void readsBlocksOldestFirst() {
    assertThat(StatuspageTimeline.parse(KVK_D03, Instant.parse("2025-12-31T09:00:00Z")))
        .containsExactly(
            new PostUpdate(
                Instant.parse("2025-12-23T09:00:00Z"),
                "Onderzoek",
                "Signalen van de KVK Mutatieservice worden met vertraging geleverd."),
            new PostUpdate(
                Instant.parse("2025-12-31T09:00:00Z"), "Opgelost", "Alle signalen zijn weer actueel."));
  }

  @Test
  void readsTheStampShapesOfRealFeeds() {
    assertThat(StatuspageTimeline.stampOf("Jan  1, 09:09 PST"))
        .contains(
            new YearlessTime(
                MonthDay.of(1, 1), LocalTime.of(9, 9), ZoneId.of("America/Los_Angeles")));
    assertThat(StatuspageTimeline.stampOf("Feb  2, 17:34 UTC"))
        .contains(new YearlessTime(MonthDay.of(2, 2), LocalTime.of(17, 34), ZoneId.of("UTC")));
    assertThat(StatuspageTimeline.stampOf("Okt 7, 13:00 CEST"))
        .contains(
            new YearlessTime(MonthDay.of(10, 7), LocalTime.of(13, 0), ZoneId.of("Europe/Amsterdam")));
    // a page kept in India's zone prints IST
    assertThat(StatuspageTimeline.stampOf("Dec 31, 09:00 IST"))
        .contains(new YearlessTime(MonthDay.of(12, 31), LocalTime.of(9, 0),
            ZoneId.of("Asia/Kolkata")));
  }

  @Test
  void anUnknownZoneGivesNoTimelineRatherThanAGuess() {
    String html = KVK_D03.replace("09:00</var> UTC", "09:00</var> WITA");
    assertThat(StatuspageTimeline.stampOf("Dec 31, 09:00 WITA")).isEmpty();
    assertThat(StatuspageTimeline.parse(html, Instant.parse("2025-12-31T09:00:00Z"))).isEmpty();
  }

  @Test
  void htmlWithoutBlocksHasNoTimeline() {
    assertThat(StatuspageTimeline.parse("<b>Status: Resolved</b><br/>All fine.", Instant.EPOCH))
        .isEmpty();
    assertThat(StatuspageTimeline.parse("", Instant.EPOCH)).isEmpty();
  }

  @Test
  void aBlockWithoutStatusWordKeepsItsText() {
    String html = "<p><small>Mar 3, 10:00 UTC</small><br>Just text - with a dash.</p>";
    assertThat(StatuspageTimeline.parse(html, Instant.parse("2025-03-03T10:00:00Z")))
        .containsExactly(
            new PostUpdate(Instant.parse("2025-03-03T10:00:00Z"), "", "Just text - with a dash."));
  }
}
