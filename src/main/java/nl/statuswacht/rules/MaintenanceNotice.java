package nl.statuswacht.rules;

import java.time.Instant;
import java.time.LocalDate;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Verdict;

/**
 * §1.7: planned maintenance with downtime is announced at least N business days ahead: the latest
 * compliant announcement date is found by stepping back from the start date, counting business
 * days only and not the start date itself.
 */
final class MaintenanceNotice {
  private MaintenanceNotice() {}

  /**
   * The verdict of a maintenance rule for a post that does not say whether the service will be
   * unavailable: whether the rule applies at all is unknown, so it needs review.
   */
  static Verdict downtimeUnknown(Rule rule, String required, String requiredNl) {
    return new Verdict(rule, Outcome.NEEDS_REVIEW, required,
        "whether the service will be unavailable is not known",
        "Het onderhoud zegt niet of de dienst onbeschikbaar is; beoordeel handmatig.",
        "The maintenance does not say whether the service will be unavailable; review by hand.",
        requiredNl, "onbekend of de dienst onbeschikbaar is");
  }

  static Verdict judge(Policy policy, BusinessCalendar calendar, Classification c,
      Instant announced) {
    int days = policy.maintenanceNoticeBusinessDays();
    if (c.downtime() == null) {
      return downtimeUnknown(Rule.MAINTENANCE_NOTICE,
          days + " business days' notice for maintenance with downtime",
          days + " werkdagen vooraf aangekondigd bij onderhoud met onderbreking");
    }
    if (c.window() == null || c.window().start() == null || announced == null) {
      return new Verdict(Rule.MAINTENANCE_NOTICE, Outcome.NEEDS_REVIEW,
          days + " business days' notice", "no start of the window is known",
          "Het onderhoud noemt geen begintijd; beoordeel handmatig.",
          "The maintenance states no start; review by hand.",
          days + " werkdagen vooraf aangekondigd", "de begintijd van het onderhoud is onbekend");
    }
    LocalDate start = c.window().start().atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
    LocalDate latest = calendar.latestAnnouncement(start, days);
    LocalDate announcedOn = announced.atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
    String required = "announced by " + latest + " (" + days + " business days before " + start
        + ")";
    String actual = "announced " + announcedOn;
    String requiredNl = "aangekondigd uiterlijk " + latest + " (" + days + " werkdagen vóór "
        + start + ")";
    String actualNl = "aangekondigd " + announcedOn;
    return !announcedOn.isAfter(latest)
        ? new Verdict(Rule.MAINTENANCE_NOTICE, Outcome.COMPLIANT, required, actual,
            "Op tijd aangekondigd: " + announcedOn + ", uiterlijk " + latest + ".",
            "Announced in time: " + announcedOn + ", due by " + latest + ".", requiredNl,
            actualNl)
        : new Verdict(Rule.MAINTENANCE_NOTICE, Outcome.VIOLATION, required, actual,
            "Te laat aangekondigd: " + announcedOn + ", uiterlijk had " + latest + " gemoeten ("
                + days + " werkdagen vóór " + start + ").",
            "Announced too late: " + announcedOn + ", due by " + latest + " (" + days
                + " business days before " + start + ").", requiredNl, actualNl);
  }
}
