package nl.statuswacht.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.statuswacht.config.PolicyLoader;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.ImpactClass;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.model.Window;
import nl.statuswacht.words.VerdictWords;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/service-levels.md, word for word, each a test. */
class SlaRulesExamplesTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private final Rules rules = rules();

  private static Rules rules() {
    try {
      return new Rules(PolicyLoader.load(Path.of("conf/policy-kvk.yaml")));
    } catch (nl.statuswacht.config.ConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant at(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  private static Classification change(ImpactClass impact, LocalDate effective) {
    return new Classification(Category.CHANGE, null, List.of(Service.KVK_API), null, impact, null,
        effective, null, null, null, Map.of());
  }

  private static Classification maintenance(Window window) {
    return new Classification(Category.PLANNED_MAINTENANCE, true, List.of(Service.KVK_API), null,
        null, window, null, null, null, null, Map.of());
  }

  private static Classification incident(Priority priority, Instant started, Instant resolved) {
    return new Classification(Category.INCIDENT, true, List.of(Service.KVK_API), priority, null,
        null, null, started, resolved, null, Map.of());
  }

  private Verdict only(List<Verdict> verdicts, Rule rule) {
    return verdicts.stream().filter(v -> v.rule() == rule).findFirst().orElseThrow();
  }

  /** "java.time's clamping at month ends is the rule: 31 Aug + 6 months = 28/29 Feb". */
  @Test
  void thirtyFirstOfAugustPlusSixMonthsIsTheEndOfFebruary() {
    Instant announced = at("2025-08-31T10:00:00+02:00");

    Verdict onTime = only(rules.judge(change(ImpactClass.MAJOR, LocalDate.of(2026, 2, 28)),
        announced, NOW), Rule.CHANGE_NOTICE);
    Verdict late = only(rules.judge(change(ImpactClass.MAJOR, LocalDate.of(2026, 2, 27)),
        announced, NOW), Rule.CHANGE_NOTICE);

    assertThat(onTime.outcome()).isEqualTo(Outcome.COMPLIANT);
    assertThat(VerdictWords.ENGLISH.required(onTime)).isEqualTo(
        "effective on or after 2026-02-28 (6 months after 2025-08-31, MAJOR)");
    assertThat(VerdictWords.DUTCH.required(onTime)).isEqualTo(
        "ingangsdatum op of na 2026-02-28 (6 maanden na 2025-08-31, MAJOR)");
    assertThat(VerdictWords.DUTCH.actual(onTime)).isEqualTo("aangekondigd 2025-08-31, ingangsdatum 2026-02-28");
    assertThat(late.outcome()).isEqualTo(Outcome.VIOLATION);
  }

  /** "moving a date earlier can turn a compliant change into a late one". */
  @Test
  void aVersionThatMovesTheEffectiveDateEarlierCanBeLate() {
    Instant announced = at("2026-01-15T10:00:00+01:00");

    assertThat(only(rules.judge(change(ImpactClass.MINOR, LocalDate.of(2026, 5, 1)),
        announced, NOW), Rule.CHANGE_NOTICE).outcome()).isEqualTo(Outcome.COMPLIANT);
    assertThat(only(rules.judge(change(ImpactClass.MINOR, LocalDate.of(2026, 4, 1)),
        announced, NOW), Rule.CHANGE_NOTICE).outcome()).isEqualTo(Outcome.VIOLATION);
  }

  @Test
  void unreadableEffectiveDateOrImpactNeedsReview() {
    assertThat(only(rules.judge(change(null, LocalDate.of(2026, 5, 1)),
        at("2026-01-15T10:00:00+01:00"), NOW), Rule.CHANGE_NOTICE).outcome())
        .isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(only(rules.judge(change(ImpactClass.MAJOR, null),
        at("2026-01-15T10:00:00+01:00"), NOW), Rule.CHANGE_NOTICE).outcome())
        .isEqualTo(Outcome.NEEDS_REVIEW);
  }

  /** "maintenance Mon 2026-03-16 21:00 → latest announcement Mon 2026-03-02". */
  @Test
  void maintenanceOnMonday16MarchIsDueByMonday2March() {
    Window window = new Window(at("2026-03-16T21:00:00+01:00"), at("2026-03-16T23:00:00+01:00"));

    assertThat(only(rules.judge(maintenance(window), at("2026-03-02T17:00:00+01:00"), NOW),
        Rule.MAINTENANCE_NOTICE).outcome()).isEqualTo(Outcome.COMPLIANT);
    Verdict late = only(rules.judge(maintenance(window), at("2026-03-03T09:00:00+01:00"),
        NOW), Rule.MAINTENANCE_NOTICE);
    assertThat(late.outcome()).isEqualTo(Outcome.VIOLATION);
    assertThat(VerdictWords.ENGLISH.required(late)).isEqualTo(
        "announced by 2026-03-02 (10 business days before 2026-03-16)");
    assertThat(VerdictWords.DUTCH.required(late)).isEqualTo(
        "aangekondigd uiterlijk 2026-03-02 (10 werkdagen vóór 2026-03-16)");
    assertThat(VerdictWords.ENGLISH.actual(late)).isEqualTo("announced 2026-03-03");
    assertThat(VerdictWords.DUTCH.actual(late)).isEqualTo("aangekondigd 2026-03-03");
  }

  /** "Maintenance Sat 2026-03-14 → latest announcement Mon 2026-03-02 as well". */
  @Test
  void maintenanceOnSaturday14MarchIsDueByMonday2MarchAsWell() {
    Window window = new Window(at("2026-03-14T10:00:00+01:00"), at("2026-03-14T12:00:00+01:00"));

    Verdict verdict = only(rules.judge(maintenance(window), at("2026-03-02T12:00:00+01:00"),
        NOW), Rule.MAINTENANCE_NOTICE);

    assertThat(verdict.outcome()).isEqualTo(Outcome.COMPLIANT);
    assertThat(VerdictWords.ENGLISH.required(verdict)).startsWith("announced by 2026-03-02");
  }

  /** "Maintenance whose post does not say whether the service will be unavailable". */
  @Test
  void maintenanceThatDoesNotSayWhetherTheServiceIsDownNeedsReview() {
    Window tuesdayAfternoon = new Window(at("2026-03-17T14:00:00+01:00"),
        at("2026-03-17T16:00:00+01:00"));
    Classification unsaid = new Classification(Category.PLANNED_MAINTENANCE, null,
        List.of(Service.KVK_API), null, null, tuesdayAfternoon, null, null, null, null, Map.of());

    List<Verdict> verdicts = rules.judge(unsaid, at("2026-03-16T10:00:00+01:00"), NOW);

    assertThat(verdicts).extracting(Verdict::rule, Verdict::outcome).containsExactly(
        Tuple.tuple(Rule.MAINTENANCE_NOTICE, Outcome.NEEDS_REVIEW),
        Tuple.tuple(Rule.MAINTENANCE_WINDOW, Outcome.NEEDS_REVIEW));
    assertThat(VerdictWords.DUTCH.reason(verdicts.get(0))).contains("zegt niet of de dienst onbeschikbaar is");
  }

  /** "Report the part of the window that falls outside, e.g. "Tue 19:00–21:00 (2h) outside"". */
  @Test
  void theWindowReportsThePartOutside() {
    Window window = new Window(at("2026-03-17T19:00:00+01:00"), at("2026-03-17T23:00:00+01:00"));

    Verdict verdict = only(rules.judge(maintenance(window), at("2026-03-01T12:00:00+01:00"),
        NOW), Rule.MAINTENANCE_WINDOW);

    assertThat(verdict.outcome()).isEqualTo(Outcome.VIOLATION);
    assertThat(VerdictWords.ENGLISH.actual(verdict)).contains("Tue 19:00–21:00 (2h) outside");
    assertThat(VerdictWords.ENGLISH.required(verdict)).isEqualTo(
        "at weekends, or between 21:00 and 07:30 (Europe/Amsterdam)");
    // in Dutch, in Amsterdam time
    assertThat(VerdictWords.DUTCH.required(verdict)).isEqualTo(
        "in het weekend, of tussen 21:00 en 07:30 (Europe/Amsterdam)");
    assertThat(VerdictWords.DUTCH.actual(verdict))
        .isEqualTo("2026-03-17 19:00 – 2026-03-17 23:00; di 19:00–21:00 (2u) buiten");
  }

  /** "a P2 resolved in 20 h is COMPLIANT but missed "within 8 hours"". */
  @Test
  void aP2ResolvedIn20HoursIsCompliantButMissedWithin8Hours() {
    Instant started = at("2026-03-17T09:00:00+01:00");

    Verdict verdict = only(rules.judge(incident(Priority.P2, started,
        started.plus(Duration.ofHours(20))), started, NOW), Rule.RESTORATION);

    assertThat(verdict.outcome()).isEqualTo(Outcome.COMPLIANT);
    assertThat(VerdictWords.ENGLISH.actual(verdict)).contains("95% within 8 hours: missed")
        .contains("100% within 2 business days: met");
    assertThat(VerdictWords.DUTCH.required(verdict)).isEqualTo("P2: 95% binnen 8 uur; 100% binnen 2 werkdagen");
    assertThat(VerdictWords.DUTCH.actual(verdict)).isEqualTo("hersteld in 20 uur; 95% binnen 8 uur: niet gehaald;"
        + " 100% binnen 2 werkdagen: gehaald");
  }

  @Test
  void anOpenIncidentIsPendingUntilItsLongestDeadlineThenAViolation() {
    Instant started = at("2026-03-20T18:00:00+01:00");
    Classification open = incident(Priority.P1, started, null);

    assertThat(only(rules.judge(open, started, at("2026-03-23T17:59:00+01:00")),
        Rule.RESTORATION).outcome()).isEqualTo(Outcome.PENDING);
    Verdict late = only(rules.judge(open, started, at("2026-03-23T18:01:00+01:00")),
        Rule.RESTORATION);
    assertThat(late.outcome()).isEqualTo(Outcome.VIOLATION);
    // the longest P1 target, 1 business day from Fri 18:00, ends Mon 23 March 18:00
    assertThat(VerdictWords.DUTCH.actual(late))
        .isEqualTo("open sinds 2026-03-20 18:00; uiterste termijn 2026-03-23 18:00");
  }

  /** "started Fri 18:00 → 1 business day ends Mon 18:00" (as the deadline of a P1). */
  @Test
  void aP1StartedFridayEveningHasUntilMondayEvening() {
    List<Restoration.TargetResult> targets = Restoration.targets(
        PolicyLoaderHolder.POLICY, rules.calendar(), Priority.P1,
        at("2026-03-20T18:00:00+01:00"), null);

    assertThat(targets).extracting(Restoration.TargetResult::deadline).containsExactly(
        at("2026-03-20T22:00:00+01:00"), at("2026-03-23T18:00:00+01:00"));
  }

  /** A post read as resolved before it started cannot be judged: review by hand, no error. */
  @Test
  void anIncidentReadAsResolvedBeforeItStartedNeedsReview() {
    Verdict verdict = only(rules.judge(incident(Priority.P2, at("2026-03-10T10:00:00+01:00"),
        at("2026-03-10T09:00:00+01:00")), at("2026-03-10T10:05:00+01:00"), NOW),
        Rule.RESTORATION);

    assertThat(verdict.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(VerdictWords.ENGLISH.reason(verdict)).isEqualTo(
        "The incident reads as resolved before it started; review by hand.");
  }

  @Test
  void unknownPriorityNeedsReview() {
    Verdict review = only(rules.judge(incident(null, at("2026-03-20T18:00:00+01:00"),
        at("2026-03-20T19:00:00+01:00")), at("2026-03-20T18:00:00+01:00"), NOW),
        Rule.RESTORATION);
    assertThat(review.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(VerdictWords.DUTCH.actual(review)).isEqualTo("prioriteit onbekend, begin 2026-03-20 18:00");
  }

  @Test
  void aRestorationOfDaysIsToldInDaysHoursAndMinutes() {
    // a P3 from Mon 16 March 09:00 to Wed 18 March 11:30: 2 days 2 hours 30 minutes
    Instant started = at("2026-03-16T09:00:00+01:00");
    Verdict verdict = only(rules.judge(incident(Priority.P3, started,
        at("2026-03-18T11:30:00+01:00")), started, NOW), Rule.RESTORATION);
    assertThat(VerdictWords.ENGLISH.actual(verdict)).startsWith("restored in 2d 2h 30m; ");
    assertThat(VerdictWords.DUTCH.actual(verdict)).startsWith("hersteld in 2 dagen 2 uur 30 minuten; ");
  }

  private static final class PolicyLoaderHolder {
    static final Policy POLICY = load();

    private static Policy load() {
      try {
        return PolicyLoader.load(Path.of("conf/policy-kvk.yaml"));
      } catch (nl.statuswacht.config.ConfigException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
