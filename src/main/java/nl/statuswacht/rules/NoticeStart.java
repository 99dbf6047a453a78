package nl.statuswacht.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;

/**
 * What the notice of a version of a post is measured from when edits move its date (decided
 * case 4): the moment of the <i>first version that announced the version's date, or an earlier
 * one</i>. A date moved later keeps the first announcement; a date moved earlier counts from the
 * edit that moved it. The date is a change's effective date, or the local start date of planned
 * maintenance (the notice rule counts whole dates). Pure.
 */
public final class NoticeStart {
  private NoticeStart() {}

  /**
   * One version of a post as the notice rules see it.
   *
   * @param at when it was published: the post's announcement for the first version ({@link
   *     Rules#announced(nl.statuswacht.model.Post, Instant)}), the edit for a later one ({@link
   *     #edit})
   * @param classification what the classifier read out of it
   */
  public record Version(Instant at, Classification classification) {}

  /**
   * When the notice of the newest of {@code versions} (oldest first) counts from. For a post
   * whose newest version states no date to give notice for (an incident, information, a change
   * without an effective date) it is the first version's moment: the post's announcement.
   *
   * @throws IllegalArgumentException when {@code versions} is empty
   */
  public static Instant of(List<Version> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("rules: no versions to measure notice from");
    }
    Classification newest = versions.get(versions.size() - 1).classification();
    Category category = newest.category();
    LocalDate date = date(newest, category);
    if (date == null) {
      return versions.get(0).at();
    }
    for (Version version : versions) {
      LocalDate announced = date(version.classification(), category);
      if (announced != null && !announced.isAfter(date) && version.at() != null) {
        return version.at();
      }
    }
    return versions.get(versions.size() - 1).at();
  }

  /**
   * When an edit was made, by the rule of decided case 10: as the source dates the version (its
   * {@code updated} date), but never later than the moment the watcher saw it ({@code seenAt}),
   * nor earlier than the post's announcement. {@code seenAt} when the source dates nothing.
   */
  public static Instant edit(Instant sourceUpdated, Instant seenAt, Instant announced) {
    Instant at = sourceUpdated == null || (seenAt != null && sourceUpdated.isAfter(seenAt))
        ? seenAt : sourceUpdated;
    return at != null && announced != null && at.isBefore(announced) ? announced : at;
  }

  /** The date {@code c} gives notice for, when it is of {@code category}; else null. */
  private static LocalDate date(Classification c, Category category) {
    if (c == null || category == null || c.category() != category) {
      return null;
    }
    return switch (category) {
      case CHANGE -> c.effectiveDate();
      case PLANNED_MAINTENANCE -> c.window() == null || c.window().start() == null ? null
          : c.window().start().atZone(BusinessCalendar.AMSTERDAM).toLocalDate();
      default -> null;
    };
  }
}
