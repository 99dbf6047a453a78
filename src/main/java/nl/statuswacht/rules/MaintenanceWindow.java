package nl.statuswacht.rules;

import static nl.statuswacht.calendar.BusinessCalendar.AMSTERDAM;

import java.util.List;
import nl.statuswacht.calendar.WindowCheck;
import nl.statuswacht.calendar.WindowPolicy;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Verdict;

/**
 * §1.7: downtime maintenance happens at weekends or between 21:00 and 07:30; the parts of the
 * window outside that are reported.
 */
final class MaintenanceWindow {
  private MaintenanceWindow() {}

  static Verdict judge(WindowCheck check, Classification c) {
    // as WindowCheck allows: days that are no business days (weekends, holidays, closures)
    // when holidays count as weekend; else Saturday and Sunday when weekends are allowed
    WindowPolicy allowed = check.policy();
    String required = (allowed.weekdayHolidaysAsWeekend()
        ? "at weekends, on public holidays and on closure days, or "
        : allowed.weekends() ? "at weekends, or " : "")
        + "between " + allowed.nightStart() + " and " + allowed.nightEnd() + " (" + AMSTERDAM + ")";
    String requiredNl = (allowed.weekdayHolidaysAsWeekend()
        ? "in het weekend, op feestdagen en op sluitingsdagen, of "
        : allowed.weekends() ? "in het weekend, of " : "")
        + "tussen " + allowed.nightStart() + " en " + allowed.nightEnd() + " (" + AMSTERDAM + ")";
    if (c.downtime() == null) {
      return MaintenanceNotice.downtimeUnknown(Rule.MAINTENANCE_WINDOW, required, requiredNl);
    }
    if (c.window() == null || c.window().start() == null || c.window().end() == null) {
      return new Verdict(Rule.MAINTENANCE_WINDOW, Outcome.NEEDS_REVIEW, required,
          "the window's start or end is not known",
          "Het onderhoud noemt geen volledig tijdvak; beoordeel handmatig.",
          "The maintenance states no complete window; review by hand.", requiredNl,
          "begin of einde van het onderhoud is onbekend");
    }
    List<WindowCheck.Outside> outside = check.outside(c.window().start(), c.window().end());
    String window = Local.time(c.window().start(), false) + " – "
        + Local.time(c.window().end(), false);
    String windowNl = Local.time(c.window().start(), true) + " – "
        + Local.time(c.window().end(), true);
    if (outside.isEmpty()) {
      return new Verdict(Rule.MAINTENANCE_WINDOW, Outcome.COMPLIANT, required, window,
          "Het onderhoud valt binnen de afgesproken tijden.",
          "The maintenance lies within the agreed hours.", requiredNl, windowNl);
    }
    String en = String.join(", ", outside.stream().map(WindowCheck.Outside::describe).toList());
    String nl = String.join(", ", outside.stream().map(WindowCheck.Outside::describeNl).toList());
    return new Verdict(Rule.MAINTENANCE_WINDOW, Outcome.VIOLATION, required, window + "; " + en,
        "Onderhoud buiten de afgesproken tijden: " + nl + ".",
        "Maintenance outside the agreed hours: " + en + ".", requiredNl, windowNl + "; " + nl);
  }
}
