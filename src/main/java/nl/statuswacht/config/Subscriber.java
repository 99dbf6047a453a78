package nl.statuswacht.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;

/**
 * Someone who receives mail, and what they want.
 *
 * @param address the email address
 * @param name a display name, or {@code null}
 * @param language {@code nl} (default) or {@code en}
 * @param categories the categories they want; empty: all
 * @param services the services they want; empty: all (a post naming none of them is not sent)
 * @param minPriority incidents of this priority or more severe only; {@code null}: all (an
 *     incident of unknown priority is always sent: it may be the worst)
 * @param delivery mail per post, the weekly digest, or both
 * @param reminders reminders before downtime windows
 * @param quietFrom start of quiet hours (Europe/Amsterdam), or {@code null} for none
 * @param quietUntil end of quiet hours; mails held during them go out then
 * @param quietP1 whether P1 incidents wait for the end of quiet hours too (default: no)
 */
public record Subscriber(
    String address,
    String name,
    String language,
    Set<Category> categories,
    Set<Service> services,
    Priority minPriority,
    Delivery delivery,
    boolean reminders,
    LocalTime quietFrom,
    LocalTime quietUntil,
    boolean quietP1) {
  private static final ZoneId AMSTERDAM = nl.statuswacht.calendar.BusinessCalendar.AMSTERDAM;

  /** What a subscriber gets: a mail per post, the weekly digest, or both. */
  public enum Delivery {
    /** A mail per post, at once (the default). */
    IMMEDIATE,
    /** Only the weekly digest. */
    DIGEST,
    /** A mail per post and the weekly digest. */
    BOTH
  }

  public Subscriber {
    categories = Set.copyOf(categories);
    services = Set.copyOf(services);
    java.util.Objects.requireNonNull(delivery, "delivery");
  }

  /** Whether this subscriber gets only the weekly digest. */
  public boolean digestOnly() {
    return delivery == Delivery.DIGEST;
  }

  /** Whether this subscriber gets the weekly digest. */
  public boolean wantsDigest() {
    return delivery != Delivery.IMMEDIATE;
  }

  /** Whether this subscriber wants an immediate mail about a post classified so. */
  public boolean wants(Classification c) {
    return !digestOnly() && matches(c);
  }

  /**
   * Whether a post classified so passes this subscriber's filters (categories, services, minimum
   * priority), whatever the delivery: the digest lists only such posts.
   */
  public boolean matches(Classification c) {
    if (!categories.isEmpty() && (c.category() == null || !categories.contains(c.category()))) {
      return false;
    }
    // a post whose services are unknown (it names none) may be about any: it comes, as an
    // incident of unknown priority does
    if (!services.isEmpty() && c.services() != null
        && c.services().stream().noneMatch(services::contains)) {
      return false;
    }
    return minPriority == null || c.category() != Category.INCIDENT || c.priority() == null
        || c.priority().compareTo(minPriority) <= 0;
  }

  /**
   * When a mail queued at {@code now} may go out: at once, or at the end of the quiet hours it
   * falls in (a P1 incident at once unless {@code quietP1}).
   */
  public Instant deliverAfter(Instant now, Classification c) {
    if (c.priority() == Priority.P1 && c.category() == Category.INCIDENT && !quietP1) {
      return now;
    }
    return deliverAfter(now);
  }

  /** When a mail about no post in particular (the digest), queued at {@code now}, may go out. */
  public Instant deliverAfter(Instant now) {
    if (quietFrom == null || quietUntil == null || quietFrom.equals(quietUntil)) {
      return now;
    }
    ZonedDateTime local = now.atZone(AMSTERDAM);
    LocalTime time = local.toLocalTime();
    LocalDate day = local.toLocalDate();
    boolean overMidnight = quietFrom.isAfter(quietUntil);
    boolean quiet = overMidnight
        ? !time.isBefore(quietFrom) || time.isBefore(quietUntil)
        : !time.isBefore(quietFrom) && time.isBefore(quietUntil);
    if (!quiet) {
      return now;
    }
    LocalDate endDay = overMidnight && !time.isBefore(quietFrom) ? day.plusDays(1) : day;
    return ZonedDateTime.of(endDay, quietUntil, AMSTERDAM).toInstant();
  }
}
