package nl.statuswacht.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Which dates besides Saturdays and Sundays are no business day, on top of the public holidays of
 * the <i>Algemene termijnenwet</i> art. 3.
 *
 * @param goodFriday whether Good Friday (Goede vrijdag) is a holiday; by default it is a business
 *     day
 * @param closures extra non-business dates from the policy file (e.g. a collective closing day)
 */
public record HolidayPolicy(boolean goodFriday, Set<LocalDate> closures) {
  public HolidayPolicy {
    closures = Set.copyOf(Objects.requireNonNull(closures, "closures"));
  }

  /**
   * The default of {@code docs/service-levels.md}: the Termijnenwet holidays, Good Friday a
   * business day, no closures.
   */
  public static HolidayPolicy termijnenwet() {
    return new HolidayPolicy(false, Set.of());
  }
}
