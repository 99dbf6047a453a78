package nl.statuswacht.rules;

import java.time.Instant;
import java.time.LocalDate;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.model.VerdictDetail;

/** §1.7: the maintenance calendar for year Y is published before 1 January of Y. */
final class AnnualCalendar {
  private AnnualCalendar() {}

  static Verdict judge(Classification c, Instant announced) {
    int year = c.calendarYear();
    if (announced == null) {
      return new Verdict(Rule.ANNUAL_CALENDAR, Outcome.NEEDS_REVIEW,
          new VerdictDetail.CalendarPublication(year, null));
    }
    LocalDate published = announced.atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
    boolean compliant = published.getYear() < year;
    return new Verdict(Rule.ANNUAL_CALENDAR, compliant ? Outcome.COMPLIANT : Outcome.VIOLATION,
        new VerdictDetail.CalendarPublication(year, published));
  }
}
