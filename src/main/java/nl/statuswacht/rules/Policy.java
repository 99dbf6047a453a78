package nl.statuswacht.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.statuswacht.model.ImpactClass;
import nl.statuswacht.model.Priority;

/**
 * Every number of KVK's service levels, as {@code conf/policy-kvk.yaml} gives them ({@code
 * docs/service-levels.md} holds the defaults and what they mean).
 *
 * @param goodFriday whether Good Friday is a holiday (not by default)
 * @param closures extra days KVK is closed
 * @param changeNoticeMonths §1.4: notice in calendar months per impact class
 * @param maintenanceNoticeBusinessDays §1.7: notice in business days for downtime maintenance
 * @param nightStart §1.7: from this local time ...
 * @param nightEnd ... to this one, maintenance with downtime is allowed
 * @param weekends §1.7: maintenance with downtime is allowed all weekend
 * @param weekdayHolidaysAsWeekend whether a weekday holiday counts as a weekend day
 * @param restoration §1.5: the targets per priority
 * @param availabilityNorm §1.6: the norm, a share (0.99)
 * @param availabilityDays §1.6: the period, in days
 * @param downtimePriorities incidents of these priorities count as unplanned downtime
 */
public record Policy(
    boolean goodFriday,
    Set<LocalDate> closures,
    Map<ImpactClass, Integer> changeNoticeMonths,
    int maintenanceNoticeBusinessDays,
    LocalTime nightStart,
    LocalTime nightEnd,
    boolean weekends,
    boolean weekdayHolidaysAsWeekend,
    Map<Priority, List<Target>> restoration,
    double availabilityNorm,
    int availabilityDays,
    Set<Priority> downtimePriorities) {

  public Policy {
    closures = Set.copyOf(closures);
    changeNoticeMonths = Map.copyOf(changeNoticeMonths);
    restoration = Map.copyOf(restoration);
    downtimePriorities = Set.copyOf(downtimePriorities);
  }

  /** The unit of a restoration target. */
  public enum Unit {
    HOURS,
    BUSINESS_DAYS
  }

  /**
   * A restoration target: {@code percent}% of the incidents restored within {@code amount}
   * clock hours or business days.
   */
  public record Target(int percent, int amount, Unit unit) {
    /** As the policy file writes it: "95% within 4 hours". */
    public String describe() {
      String what = unit == Unit.HOURS ? (amount == 1 ? "hour" : "hours")
          : (amount == 1 ? "business day" : "business days");
      return percent + "% within " + amount + " " + what;
    }

    /** In Dutch: "95% binnen 4 uur", "100% binnen 1 werkdag". */
    public String describeNl() {
      String what = unit == Unit.HOURS ? "uur" : (amount == 1 ? "werkdag" : "werkdagen");
      return percent + "% binnen " + amount + " " + what;
    }
  }
}
