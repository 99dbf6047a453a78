package nl.statuswacht.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nl.statuswacht.config.DigestSettings;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;
import org.quartz.spi.OperableTrigger;

/** The digest's Quartz cron trigger fires at the local time it names, across DST changes. */
class DigestTriggerTest {
  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  private static List<Instant> fires(DigestSettings settings, Instant from, int count) {
    OperableTrigger trigger = (OperableTrigger) Schedule.digestTrigger(settings);
    trigger.setStartTime(Date.from(from));
    List<Instant> fires = new ArrayList<>();
    Date next = trigger.computeFirstFireTime(null);
    while (fires.size() < count) {
      fires.add(next.toInstant());
      next = trigger.getFireTimeAfter(next);
    }
    return fires;
  }

  @Test
  void mondayAt0800AmsterdamStaysAt0800OverBothDstChanges() {
    DigestSettings monday = new DigestSettings("0 0 8 ? * MON", ZoneId.of("Europe/Amsterdam"));
    assertThat(fires(monday, at("2026-03-20T00:00:00Z"), 3)).containsExactly(
        at("2026-03-23T08:00:00+01:00"),  // 07:00 UTC, winter time
        at("2026-03-30T08:00:00+02:00"),  // 06:00 UTC: the day after clocks went forward
        at("2026-04-06T08:00:00+02:00"));
    assertThat(fires(monday, at("2026-10-17T00:00:00Z"), 3)).containsExactly(
        at("2026-10-19T08:00:00+02:00"),
        at("2026-10-26T08:00:00+01:00"),  // 07:00 UTC: the day after clocks went back
        at("2026-11-02T08:00:00+01:00"));
  }

  @Test
  void theExpressionIsReadInTheConfiguredZone() {
    DigestSettings friday = new DigestSettings("0 30 17 ? * FRI", ZoneId.of("America/New_York"));
    assertThat(fires(friday, at("2026-11-23T00:00:00Z"), 1))
        .containsExactly(at("2026-11-27T17:30:00-05:00"));
  }

  @Test
  void aMissedFireRunsOnceWhenItCan() {
    Trigger trigger = Schedule.digestTrigger(
        new DigestSettings("0 0 8 ? * MON", ZoneId.of("Europe/Amsterdam")));
    assertThat(trigger.getMisfireInstruction())
        .isEqualTo(org.quartz.CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
  }
}
