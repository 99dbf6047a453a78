package nl.statuswacht.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.statuswacht.model.Service;
import nl.statuswacht.rules.Availability.Kind;
import nl.statuswacht.rules.Availability.Stretch;
import org.junit.jupiter.api.Test;

class AvailabilityTest {
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-04-01T00:00:00Z"); // 90 days

  private static Stretch s(Service service, Kind kind, String start, String end) {
    return new Stretch(service, kind, Instant.parse(start), Instant.parse(end), "p");
  }

  /** "Over 90 days that is a budget of 21 h 36 min of unplanned downtime". */
  @Test
  void ninetyDaysAt99PercentAllow21Hours36Minutes() {
    Availability.Result result =
        Availability.compute(Service.KVK_API, List.of(), FROM, TO, 0.99);

    assertThat(result.budget()).isEqualTo(Duration.ofHours(21).plusMinutes(36));
    assertThat(result.availability()).isEqualTo(1.0);
    assertThat(result.met()).isTrue();
  }

  /**
   * Worked by hand: unplanned = 10:00–16:00 on 10 Jan (two P1 incidents overlapping, 6 h) + the
   * emergency maintenance of 3 Feb (2 h) + the part of the New Year's Eve incident inside the
   * period (2 h) = 10 h; planned = 12 h taken out of the period: 2160 − 12 = 2148 h;
   * availability = 1 − 10 / 2148 = 0.9953445; budget = 1% of 2148 h = 21 h 28 min 48 s, 11 h 28
   * min 48 s left. The P2 incident is degraded time; the Dataservice's incident is not the API's.
   */
  @Test
  void aConstructedNinetyDaysWorkedOutByHand() {
    List<Stretch> history = List.of(
        s(Service.KVK_API, Kind.UNPLANNED, "2026-01-10T10:00:00Z", "2026-01-10T14:00:00Z"),
        s(Service.KVK_API, Kind.UNPLANNED, "2026-01-10T12:00:00Z", "2026-01-10T16:00:00Z"),
        s(Service.KVK_API, Kind.UNPLANNED, "2026-02-03T20:00:00Z", "2026-02-03T22:00:00Z"),
        s(Service.KVK_API, Kind.PLANNED, "2026-03-07T00:00:00Z", "2026-03-07T12:00:00Z"),
        s(Service.KVK_API, Kind.DEGRADED, "2026-03-10T09:00:00Z", "2026-03-10T17:00:00Z"),
        s(Service.KVK_API, Kind.UNPLANNED, "2025-12-31T22:00:00Z", "2026-01-01T02:00:00Z"),
        s(Service.KVK_DATASERVICE, Kind.UNPLANNED, "2026-01-20T00:00:00Z",
            "2026-01-20T10:00:00Z"));

    Availability.Result result = Availability.compute(Service.KVK_API, history, FROM, TO, 0.99);

    assertThat(result.unplanned()).isEqualTo(Duration.ofHours(10));
    assertThat(result.planned()).isEqualTo(Duration.ofHours(12));
    assertThat(result.degraded()).isEqualTo(Duration.ofHours(8));
    assertThat(result.availability()).isCloseTo(0.9953445, within(1e-7));
    assertThat(result.budget()).isEqualTo(Duration.parse("PT21H28M48S"));
    assertThat(result.budgetLeft()).isEqualTo(Duration.parse("PT11H28M48S"));
    assertThat(result.met()).isTrue();
  }

  @Test
  void moreThanTheBudgetMissesTheNorm() {
    List<Stretch> history = List.of(
        s(Service.KVK_MUTATIESERVICE, Kind.UNPLANNED, "2026-02-01T00:00:00Z",
            "2026-02-02T00:00:00Z"));

    Availability.Result result =
        Availability.compute(Service.KVK_MUTATIESERVICE, history, FROM, TO, 0.99);

    assertThat(result.availability()).isCloseTo(1 - 24.0 / 2160, within(1e-9));
    assertThat(result.budgetLeft()).isZero();
    assertThat(result.met()).isFalse();
  }

  /**
   * docs/service-levels.md, "How coverage is counted", worked by hand: of the 90 days only the last
   * 30 were observed (the page's oldest post is from 2 March, statuswacht first read it on 10 March
   * and last at the period's end), 720 h. A P1 of 5 h in them: availability = 1 − 5 / 720 =
   * 0.9930556 (over all 2160 h it would have read 99.77%); budget = 1% of 720 h = 7 h 12 min, 2 h
   * 12 min left; a third of the period observed.
   */
  @Test
  void onlyTheObservedPartOfThePeriodCounts() {
    Availability.Coverage coverage = Availability.Coverage.of(
        Instant.parse("2026-03-10T08:00:00Z"), TO, Instant.parse("2026-03-02T00:00:00Z"));
    List<Stretch> history = List.of(
        s(Service.KVK_API, Kind.UNPLANNED, "2026-03-20T10:00:00Z", "2026-03-20T15:00:00Z"));

    Availability.Result result =
        Availability.compute(Service.KVK_API, history, FROM, TO, 0.99, coverage);

    assertThat(result.hasData()).isTrue();
    assertThat(result.coveredFrom()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    assertThat(result.coveredTo()).isEqualTo(TO);
    assertThat(result.covered()).isEqualTo(Duration.ofHours(720));
    assertThat(result.coverage()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(result.availability()).isCloseTo(1 - 5.0 / 720, within(1e-9));
    assertThat(result.budget()).isEqualTo(Duration.parse("PT7H12M"));
    assertThat(result.budgetLeft()).isEqualTo(Duration.parse("PT2H12M"));
    assertThat(result.met()).isTrue();
  }

  /** A period statuswacht never observed has no figure and no verdict, never 100%. */
  @Test
  void aPeriodWithoutObservationHasNoData() {
    Availability.Coverage before = new Availability.Coverage(
        Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-06-01T00:00:00Z"));

    for (Availability.Coverage coverage : List.of(Availability.Coverage.NONE, before,
        Availability.Coverage.of(null, null, Instant.parse("2025-01-01T00:00:00Z")))) {
      Availability.Result result =
          Availability.compute(Service.KVK_API, List.of(), FROM, TO, 0.99, coverage);

      assertThat(result.hasData()).as("%s", coverage).isFalse();
      assertThat(result.met()).isFalse();
      assertThat(result.availability()).isNaN();
      assertThat(result.coverage()).isZero();
    }
  }
}
