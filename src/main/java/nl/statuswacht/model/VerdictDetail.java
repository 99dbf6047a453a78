package nl.statuswacht.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a rule compared, as typed values: one record per way a rule can end. Words for people
 * (Dutch and English, in Europe/Amsterdam) are made from these at the edge, by {@code
 * nl.statuswacht.words.VerdictWords} and its message bundles; nothing here is prose, except a
 * quote from the post itself ({@code statedPriorities}).
 */
public sealed interface VerdictDetail {

  /** A restoration target: {@code percent}% within {@code amount} clock hours or business days. */
  record Target(int percent, int amount, boolean businessDays) {}

  /** A target of an incident: its deadline, and whether it was met ({@code null}: still open). */
  record TargetResult(Target target, Instant deadline, Boolean met) {}

  /** A stretch of time, e.g. a part of a maintenance window outside the agreed hours. */
  record Period(Instant start, Instant end) {}

  /**
   * When maintenance with downtime is allowed (§1.7): nights from {@code nightStart} to {@code
   * nightEnd}, Europe/Amsterdam; also all weekend when {@code weekends}; also on holidays and
   * closure days when {@code holidaysAsWeekend}.
   */
  record AllowedHours(LocalTime nightStart, LocalTime nightEnd, boolean weekends,
      boolean holidaysAsWeekend) {}

  /** §1.7: the calendar for {@code year}, published on {@code published} (null: unknown). */
  record CalendarPublication(int year, LocalDate published) implements VerdictDetail {}

  /** §1.7: no calendar for {@code year} was seen before 1 January of it. */
  record CalendarMissing(int year) implements VerdictDetail {}

  /** §1.4: a change of a class that needs no notice; either date may be unknown (null). */
  record ChangeNoNoticeNeeded(ImpactClass impactClass, LocalDate announced, LocalDate effective)
      implements VerdictDetail {}

  /** §1.4: a change that lacks its impact class, effective date or announcement (the nulls). */
  record ChangeUnstated(ImpactClass impactClass, LocalDate effective, Instant announced)
      implements VerdictDetail {}

  /**
   * §1.4: a change measured: announced on {@code announced}, effective on {@code effective}, and
   * with {@code months} of notice due, effective no earlier than {@code earliest}.
   */
  record ChangeNotice(ImpactClass impactClass, int months, LocalDate announced,
      LocalDate effective, LocalDate earliest) implements VerdictDetail {}

  /** §1.7 notice: the maintenance does not say whether the service will be unavailable. */
  record NoticeDowntimeUnknown(int businessDays) implements VerdictDetail {}

  /** §1.7 notice: the maintenance states no start, or no announcement moment is known. */
  record NoticeNoStart(int businessDays) implements VerdictDetail {}

  /**
   * §1.7 notice measured: maintenance starting on {@code start}, due to be announced by {@code
   * latest}, announced on {@code announced}.
   */
  record MaintenanceNotice(int businessDays, LocalDate start, LocalDate latest,
      LocalDate announced) implements VerdictDetail {}

  /** §1.7 window: the maintenance does not say whether the service will be unavailable. */
  record WindowDowntimeUnknown(AllowedHours allowed) implements VerdictDetail {}

  /** §1.7 window: the window's start or end is unknown. */
  record WindowIncomplete(AllowedHours allowed) implements VerdictDetail {}

  /** §1.7 window checked: the parts of [start, end] outside the allowed hours (may be none). */
  record WindowChecked(AllowedHours allowed, Instant start, Instant end, List<Period> outside)
      implements VerdictDetail {
    public WindowChecked {
      outside = List.copyOf(outside);
    }
  }

  /** §1.5: the incident reads as resolved before it started. */
  record RestorationBackwards(Instant started, Instant resolved) implements VerdictDetail {}

  /** §1.5: the incident states no priority or no start (the nulls). */
  record RestorationUnstated(Priority priority, Instant started) implements VerdictDetail {}

  /**
   * §1.5: an incident still open, with the targets of its priority and the longest of them.
   *
   * @param statedPriorities the priorities the post states when it states several (the highest
   *     applies), quoted from the post; null when it states one
   */
  record RestorationOpen(Priority priority, List<TargetResult> targets, Instant started,
      TargetResult longest, String statedPriorities) implements VerdictDetail {
    public RestorationOpen {
      targets = List.copyOf(targets);
    }
  }

  /**
   * §1.5: a restored incident: how long it took and each target met or missed.
   *
   * @param statedPriorities as for {@link RestorationOpen}
   */
  record RestorationDone(Priority priority, List<TargetResult> targets, Duration took,
      TargetResult longest, String statedPriorities) implements VerdictDetail {
    public RestorationDone {
      targets = List.copyOf(targets);
    }
  }
}
