package nl.statuswacht.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.calendar.HolidayPolicy;
import nl.statuswacht.calendar.WindowCheck;
import nl.statuswacht.calendar.WindowPolicy;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.Verdict;

/**
 * The service-level rules of {@code docs/service-levels.md} applied to one post: notice for
 * changes (§1.4), notice and window for planned maintenance with downtime (§1.7), the yearly
 * calendar (§1.7) and restoration of incidents (§1.5). Availability (§1.6) is judged over a
 * period. Pure: the post, its classification, when it was announced and the present.
 */
public final class Rules {
  private final Policy policy;
  private final BusinessCalendar calendar;
  private final WindowCheck windowCheck;

  public Rules(Policy policy) {
    this.policy = policy;
    this.calendar = new BusinessCalendar(new HolidayPolicy(policy.goodFriday(), policy.closures()));
    this.windowCheck = new WindowCheck(new WindowPolicy(policy.nightStart(), policy.nightEnd(),
        policy.weekends(), policy.weekdayHolidaysAsWeekend()), calendar);
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * When a post was announced as its source dates it: the earlier of its published date and its
   * first update, or {@code null} when the source dates neither.
   */
  public static Instant announced(Post post) {
    Instant first = post.updates().isEmpty() ? null : post.updates().get(0).at();
    if (post.published() == null) {
      return first;
    }
    return first == null || post.published().isBefore(first) ? post.published() : first;
  }

  /**
   * When a post was announced (decided case 10): its first publication as the source dates it
   * ({@link #announced(Post)}), but never later than {@code firstSeen}, the moment the watcher
   * first saw it; a platform that dates an item by its scheduled time, in the future, does not
   * move the announcement there. {@code firstSeen} when the source dates nothing.
   */
  public static Instant announced(Post post, Instant firstSeen) {
    Instant dated = announced(post);
    if (dated == null || firstSeen == null) {
      return dated == null ? firstSeen : dated;
    }
    return dated.isAfter(firstSeen) ? firstSeen : dated;
  }

  /**
   * The verdicts for a post, from its classification.
   *
   * @param announced what notice is measured from: when the post was announced ({@link
   *     #announced(Post, Instant)}), or for a version whose date an edit moved, {@link
   *     NoticeStart#of}
   * @param now the present, for incidents still open
   */
  public List<Verdict> judge(Classification c, Instant announced, Instant now) {
    List<Verdict> verdicts = new ArrayList<>();
    if (c.category() == null) {
      return verdicts;
    }
    switch (c.category()) {
      case CHANGE -> verdicts.add(ChangeNotice.judge(policy, c, announced));
      case PLANNED_MAINTENANCE -> {
        if (!Boolean.FALSE.equals(c.downtime())) {
          verdicts.add(MaintenanceNotice.judge(policy, calendar, c, announced));
          verdicts.add(MaintenanceWindow.judge(windowCheck, c));
        }
      }
      case INCIDENT -> verdicts.add(Restoration.judge(policy, calendar, c, now));
      case INFORMATION -> {
        if (c.calendarYear() != null) {
          verdicts.add(AnnualCalendar.judge(c, announced));
        }
      }
      default -> { }
    }
    return verdicts;
  }
}
