package nl.statuswacht.rules;

import java.time.Instant;
import java.time.LocalDate;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Verdict;

/** §1.7: the maintenance calendar for year Y is published before 1 January of Y. */
final class AnnualCalendar {
  private AnnualCalendar() {}

  static Verdict judge(Classification c, Instant announced) {
    int year = c.calendarYear();
    String required = "published before " + year + "-01-01";
    String requiredNl = "gepubliceerd vóór " + year + "-01-01";
    if (announced == null) {
      return new Verdict(Rule.ANNUAL_CALENDAR, Outcome.NEEDS_REVIEW, required,
          "publication date unknown", "De publicatiedatum is onbekend; beoordeel handmatig.",
          "The publication date is unknown; review by hand.", requiredNl,
          "publicatiedatum onbekend");
    }
    LocalDate published = announced.atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
    boolean compliant = published.getYear() < year;
    return new Verdict(Rule.ANNUAL_CALENDAR, compliant ? Outcome.COMPLIANT : Outcome.VIOLATION,
        required, "published " + published,
        compliant ? "Onderhoudskalender " + year + " op tijd gepubliceerd (" + published + ")."
            : "Onderhoudskalender " + year + " te laat gepubliceerd (" + published + ").",
        compliant ? "Maintenance calendar " + year + " published in time (" + published + ")."
            : "Maintenance calendar " + year + " published late (" + published + ").",
        requiredNl, "gepubliceerd " + published);
  }
}
