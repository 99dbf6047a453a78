package nl.statuswacht.rules;

import java.util.List;
import nl.statuswacht.calendar.WindowCheck;
import nl.statuswacht.calendar.WindowPolicy;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.model.VerdictDetail;

/**
 * §1.7: downtime maintenance happens at weekends or between 21:00 and 07:30; the parts of the
 * window outside that are reported.
 */
final class MaintenanceWindow {
  private MaintenanceWindow() {}

  static Verdict judge(WindowCheck check, Classification c) {
    // as WindowCheck allows: days that are no business days (weekends, holidays, closures)
    // when holidays count as weekend; else Saturday and Sunday when weekends are allowed
    WindowPolicy policy = check.policy();
    VerdictDetail.AllowedHours allowed = new VerdictDetail.AllowedHours(policy.nightStart(),
        policy.nightEnd(), policy.weekends(), policy.weekdayHolidaysAsWeekend());
    if (c.downtime() == null) {
      return new Verdict(Rule.MAINTENANCE_WINDOW, Outcome.NEEDS_REVIEW,
          new VerdictDetail.WindowDowntimeUnknown(allowed));
    }
    if (c.window() == null || c.window().start() == null || c.window().end() == null) {
      return new Verdict(Rule.MAINTENANCE_WINDOW, Outcome.NEEDS_REVIEW,
          new VerdictDetail.WindowIncomplete(allowed));
    }
    List<VerdictDetail.Period> outside = check.outside(c.window().start(), c.window().end())
        .stream().map(o -> new VerdictDetail.Period(o.start(), o.end())).toList();
    return new Verdict(Rule.MAINTENANCE_WINDOW,
        outside.isEmpty() ? Outcome.COMPLIANT : Outcome.VIOLATION,
        new VerdictDetail.WindowChecked(allowed, c.window().start(), c.window().end(), outside));
  }
}
