package nl.statuswacht.rules;

import java.time.Instant;
import java.time.LocalDate;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.model.VerdictDetail;

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
      return new Verdict(Rule.CHANGE_NOTICE, Outcome.NEEDS_REVIEW,
          new VerdictDetail.ChangeUnstated(c.impactClass(), c.effectiveDate(), announced));
    }
    int months = policy.changeNoticeMonths().get(c.impactClass());
    LocalDate announcedOn = announced.atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
    LocalDate earliest = announcedOn.plusMonths(months);
    boolean compliant = !c.effectiveDate().isBefore(earliest);
    return new Verdict(Rule.CHANGE_NOTICE, compliant ? Outcome.COMPLIANT : Outcome.VIOLATION,
        new VerdictDetail.ChangeNotice(c.impactClass(), months, announcedOn, c.effectiveDate(),
            earliest));
  }

  /**
   * Decided case 7: a class that needs no notice (0 months: {@code NONE} by default) is compliant
   * whatever its effective date, also when the post states none.
   */
  private static Verdict noNoticeNeeded(Classification c, Instant announced) {
    LocalDate announcedOn = announced == null ? null
        : announced.atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
    return new Verdict(Rule.CHANGE_NOTICE, Outcome.COMPLIANT,
        new VerdictDetail.ChangeNoNoticeNeeded(c.impactClass(), announcedOn, c.effectiveDate()));
  }
}
