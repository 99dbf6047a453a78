package nl.statuswacht.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
import nl.statuswacht.words.VerdictWords;
import org.junit.jupiter.api.Test;

/**
 * How the rules' verdicts read, for people: Amsterdam times (with the offset in English, which
 * the JSON output carries too), "unknown" rather than "null", and the window rule naming the hours
 * its policy allows. The formats themselves: {@code nl.statuswacht.words.BundleTest}.
 */
class RuleTextsTest {
  private static final BusinessCalendar CALENDAR =
      new BusinessCalendar(HolidayPolicy.termijnenwet());

  @Test
  void whatAPostDoesNotStateIsUnknownNotNull() {
    Classification change = new Classification(Category.CHANGE, null,
        List.of(Service.KVK_API), null, null, null, null, null, null, null, Map.of());
    Verdict review = ChangeNotice.judge(DigestHistory.POLICY, change,
        Instant.parse("2026-01-15T09:00:00Z"));
    assertThat(VerdictWords.ENGLISH.actual(review))
        .isEqualTo("impact class unknown, effective unknown, announced 2026-01-15 10:00 +01:00");
    assertThat(VerdictWords.DUTCH.actual(review))
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
    assertThat(VerdictWords.ENGLISH.required(weekends))
        .isEqualTo("at weekends, or between 21:00 and 07:30 (Europe/Amsterdam)");
    // Tue 17 March 19:00-23:00 CET: 19:00-21:00 is outside
    assertThat(VerdictWords.ENGLISH.actual(weekends)).isEqualTo("2026-03-17 19:00 +01:00 – 2026-03-17 23:00 +01:00;"
        + " Tue 19:00–21:00 (2h) outside");

    // holidays as weekend: every day that is no business day, Saturday and Sunday included,
    // even with weekends off
    Verdict holidays = MaintenanceWindow.judge(
        new WindowCheck(new WindowPolicy(nine, half, false, true), CALENDAR), maintenance);
    assertThat(VerdictWords.ENGLISH.required(holidays)).isEqualTo("at weekends, on public holidays and on closure"
        + " days, or between 21:00 and 07:30 (Europe/Amsterdam)");
    assertThat(VerdictWords.DUTCH.required(holidays)).isEqualTo("in het weekend, op feestdagen en op"
        + " sluitingsdagen, of tussen 21:00 en 07:30 (Europe/Amsterdam)");

    Verdict nights = MaintenanceWindow.judge(
        new WindowCheck(new WindowPolicy(nine, half, false, false), CALENDAR), maintenance);
    assertThat(VerdictWords.DUTCH.required(nights)).isEqualTo("tussen 21:00 en 07:30 (Europe/Amsterdam)");
  }
}
