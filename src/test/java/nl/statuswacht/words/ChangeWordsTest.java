package nl.statuswacht.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.statuswacht.change.Change;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Window;
import org.junit.jupiter.api.Test;

/** Each kind of change as a line of the update mails, in both languages, Amsterdam time. */
class ChangeWordsTest {
  private static final Window SUMMER =
      new Window(Instant.parse("2026-07-04T19:00:00Z"), Instant.parse("2026-07-04T21:00:00Z"));

  @Test
  void eachChangeInDutchAndEnglish() {
    assertThat(ChangeWords.DUTCH.line(new Change.Status("Onderzoek", "Opgelost")))
        .isEqualTo("status: Onderzoek → Opgelost");
    assertThat(ChangeWords.DUTCH.line(new Change.Status("", "Opgelost")))
        .isEqualTo("status: — → Opgelost");
    assertThat(ChangeWords.DUTCH.line(new Change.NewUpdates(1))).isEqualTo("1 nieuwe update");
    assertThat(ChangeWords.ENGLISH.line(new Change.NewUpdates(2))).isEqualTo("2 new updates");
    assertThat(ChangeWords.DUTCH.line(new Change.Title("Storing KVK API")))
        .isEqualTo("titel: Storing KVK API");
    assertThat(ChangeWords.DUTCH.line(new Change.Text())).isEqualTo("tekst gewijzigd");
    assertThat(ChangeWords.DUTCH.line(new Change.EffectiveDate(LocalDate.of(2026, 7, 1),
        LocalDate.of(2026, 6, 1)))).isEqualTo("ingangsdatum: 1 juli 2026 → 1 juni 2026");
    assertThat(ChangeWords.ENGLISH.line(new Change.EffectiveDate(null, LocalDate.of(2026, 6, 1))))
        .isEqualTo("effective date: unknown → 1 June 2026");
    assertThat(ChangeWords.DUTCH.line(new Change.PriorityChanged(Priority.P2, Priority.P1)))
        .isEqualTo("prioriteit: P2 → P1");
    assertThat(ChangeWords.DUTCH.line(new Change.CategoryChanged(Category.PLANNED_MAINTENANCE,
        Category.CHANGE))).isEqualTo("soort: Gepland onderhoud → Wijziging");
  }

  @Test
  void windowsAreSpelledOutInAmsterdamTime() {
    // 19:00Z in July is 21:00 summer time in Amsterdam
    assertThat(ChangeWords.DUTCH.line(new Change.WindowMoved(null, SUMMER)))
        .isEqualTo("tijdvak vastgesteld: zaterdag 4 juli 2026 21:00 – 23:00");
    assertThat(ChangeWords.DUTCH.line(new Change.WindowMoved(SUMMER, null)))
        .isEqualTo("tijdvak vervallen (was zaterdag 4 juli 2026 21:00 – 23:00)");
    assertThat(ChangeWords.ENGLISH.line(new Change.WindowMoved(SUMMER,
        new Window(SUMMER.start(), null))))
        .isEqualTo("window moved from Saturday 4 July 2026 21:00 – 23:00 to Saturday 4 July 2026"
            + " 21:00 – unknown");
  }
}
