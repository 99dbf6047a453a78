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
 * §1.7: planned maintenance with downtime is announced at least N business days ahead: the latest
 * compliant announcement date is found by stepping back from the start date, counting business
 * days only and not the start date itself.
 */
final class MaintenanceNotice {
  private MaintenanceNotice() {}

  static Verdict judge(Policy policy, BusinessCalendar calendar, Classification c,
      Instant announced) {
    int days = policy.maintenanceNoticeBusinessDays();
    if (c.downtime() == null) {
      return new Verdict(Rule.MAINTENANCE_NOTICE, Outcome.NEEDS_REVIEW,
          new VerdictDetail.NoticeDowntimeUnknown(days));
    }
    if (c.window() == null || c.window().start() == null || announced == null) {
      return new Verdict(Rule.MAINTENANCE_NOTICE, Outcome.NEEDS_REVIEW,
          new VerdictDetail.NoticeNoStart(days));
    }
    LocalDate start = c.window().start().atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
    LocalDate latest = calendar.latestAnnouncement(start, days);
    LocalDate announcedOn = announced.atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
    return new Verdict(Rule.MAINTENANCE_NOTICE,
        announcedOn.isAfter(latest) ? Outcome.VIOLATION : Outcome.COMPLIANT,
        new VerdictDetail.MaintenanceNotice(days, start, latest, announcedOn));
  }
}
