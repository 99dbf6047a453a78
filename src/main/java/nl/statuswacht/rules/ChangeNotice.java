package nl.statuswacht.rules;

import java.time.Instant;
import java.time.LocalDate;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Verdict;

/**
 * §1.4: a change is announced at least N calendar months before it takes effect, N by its impact
 * class. Compliant iff {@code effectiveDate >= announcementDate.plusMonths(N)} (local dates;
 * java.time clamps at month ends: 31 Aug + 6 months = 28/29 Feb). A class that needs no notice
 * is compliant whatever the date, also without one.
 */
final class ChangeNotice {
  private ChangeNotice() {}

  static Verdict judge(Policy policy, Classification c, Instant announced) {
    if (c.impactClass() != null
        && Integer.valueOf(0).equals(policy.changeNoticeMonths().get(c.impactClass()))) {
      return noNoticeNeeded(c, announced);
    }
    if (c.impactClass() == null || c.effectiveDate() == null || announced == null) {
      String missing = c.impactClass() == null ? "impact class" : c.effectiveDate() == null
          ? "effective date" : "announcement date";
      String missingNl = c.impactClass() == null ? "impactklasse" : c.effectiveDate() == null
          ? "ingangsdatum" : "aankondigingsdatum";
      return new Verdict(Rule.CHANGE_NOTICE, Outcome.NEEDS_REVIEW, "notice by impact class",
          "impact class " + Local.orUnknown(c.impactClass(), false) + ", effective "
              + Local.orUnknown(c.effectiveDate(), false) + ", announced "
              + Local.time(announced, false),
          "De wijziging noemt geen " + missingNl + "; beoordeel handmatig.",
          "The change states no " + missing + "; review by hand.",
          "aankondigingstermijn per impactklasse",
          "impactklasse " + Local.orUnknown(c.impactClass(), true) + ", ingangsdatum "
              + Local.orUnknown(c.effectiveDate(), true) + ", aangekondigd "
              + Local.time(announced, true));
    }
    int months = policy.changeNoticeMonths().get(c.impactClass());
    LocalDate announcedOn = announced.atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
    LocalDate required = announcedOn.plusMonths(months);
    boolean compliant = !c.effectiveDate().isBefore(required);
    String requiredText = "effective on or after " + required + " (" + months + " months after "
        + announcedOn + ", " + c.impactClass() + ")";
    String actual = "announced " + announcedOn + ", effective " + c.effectiveDate();
    String requiredNl = "ingangsdatum op of na " + required + " (" + months + " maanden na "
        + announcedOn + ", " + c.impactClass() + ")";
    String actualNl = "aangekondigd " + announcedOn + ", ingangsdatum " + c.effectiveDate();
    return compliant
        ? new Verdict(Rule.CHANGE_NOTICE, Outcome.COMPLIANT, requiredText, actual,
            "Aangekondigd " + months + " maanden of meer vóór de ingangsdatum " + c.effectiveDate()
                + ".",
            "Announced " + months + " months or more before it takes effect on "
                + c.effectiveDate() + ".", requiredNl, actualNl)
        : new Verdict(Rule.CHANGE_NOTICE, Outcome.VIOLATION, requiredText, actual,
            "Te laat aangekondigd: ingangsdatum " + c.effectiveDate() + " ligt vóór " + required
                + " (" + months + " maanden na " + announcedOn + ").",
            "Announced too late: it takes effect on " + c.effectiveDate() + ", before " + required
                + " (" + months + " months after " + announcedOn + ").", requiredNl, actualNl);
  }

  /**
   * Decided case 7: a class that needs no notice (0 months: {@code NONE} by default) is compliant
   * whatever its effective date, also when the post states none.
   */
  private static Verdict noNoticeNeeded(Classification c, Instant announced) {
    LocalDate announcedOn = announced == null ? null
        : announced.atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
    return new Verdict(Rule.CHANGE_NOTICE, Outcome.COMPLIANT,
        "no notice (" + c.impactClass() + ")",
        "announced " + Local.orUnknown(announcedOn, false) + ", effective "
            + Local.orUnknown(c.effectiveDate(), false),
        "Geen aankondigingstermijn nodig (impactklasse " + c.impactClass() + ").",
        "No notice needed (impact class " + c.impactClass() + ").",
        "geen aankondigingstermijn (" + c.impactClass() + ")",
        "aangekondigd " + Local.orUnknown(announcedOn, true) + ", ingangsdatum "
            + Local.orUnknown(c.effectiveDate(), true));
  }
}
