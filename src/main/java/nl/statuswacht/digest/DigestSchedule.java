package nl.statuswacht.digest;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import nl.statuswacht.config.DigestSettings;
import org.quartz.CronExpression;

/**
 * When digests are due: the configured cron expression, read in its zone by Quartz (so 08:00 stays
 * 08:00 local across DST changes). Each time it fires, the digest of the last week that has ended
 * is due; when statuswacht was down at that time, it is still due when it comes back, and only the
 * latest such week is. Pure: a function of the settings and the instant asked about.
 */
public final class DigestSchedule {
  /** How far back a missed fire time is looked for: a monthly expression still finds its last. */
  static final Duration LOOK_BACK = Duration.ofDays(32);

  private final CronExpression cron;
  /**
   * The last fire time found and the first after it: the answer for every instant from the one
   * up to the other (and within {@link #LOOK_BACK} of the first), so that the poll, which asks
   * after every poll, does not walk the expression again until it fires. Null: nothing known.
   */
  private Instant knownLast;
  private Instant knownNext;

  public DigestSchedule(DigestSettings settings) {
    this.cron = expression(settings);
  }

  /** A fresh Quartz expression in the settings' zone (CronExpression is not thread-safe). */
  static CronExpression expression(DigestSettings settings) {
    try {
      return DigestSettings.expression(settings.cron(), settings.zone());
    } catch (ParseException e) {
      throw new IllegalArgumentException("digest.cron: '" + settings.cron() + "': "
          + e.getMessage(), e);
    }
  }

  /**
   * The latest time at or before {@code now} the digest was due, within {@link #LOOK_BACK}. It is
   * looked for in the last day first, then in twice as long, so an hourly expression costs a day's
   * fire times, not a month's.
   */
  public synchronized Optional<Instant> lastFire(Instant now) {
    if (knownLast != null && !now.isBefore(knownLast) && now.isBefore(knownNext)) {
      return Optional.of(knownLast);
    }
    Duration span = Duration.ofDays(1);
    while (true) {
      Instant last = null;
      Date at = Date.from(now.minus(span));
      for (Date next = cron.getNextValidTimeAfter(at);
          next != null && !next.toInstant().isAfter(now);
          next = cron.getNextValidTimeAfter(next)) {
        last = next.toInstant();
      }
      if (last != null) {
        Date after = cron.getNextValidTimeAfter(Date.from(last));
        Instant lookedBack = last.plus(LOOK_BACK);
        knownLast = last;
        knownNext = after == null || after.toInstant().isAfter(lookedBack) ? lookedBack
            : after.toInstant();
        return Optional.of(last);
      }
      if (span.equals(LOOK_BACK)) {
        return Optional.empty();
      }
      span = span.multipliedBy(2).compareTo(LOOK_BACK) < 0 ? span.multipliedBy(2) : LOOK_BACK;
    }
  }

  /** The first time after {@code now} the digest is due. */
  public synchronized Optional<Instant> nextFire(Instant now) {
    return Optional.ofNullable(cron.getNextValidTimeAfter(Date.from(now))).map(Date::toInstant);
  }

  /** The week whose digest is due at {@code now}: the last one ended by the latest fire time. */
  public Optional<Week> due(Instant now) {
    return lastFire(now).map(Week::lastEndedBy);
  }

  /**
   * The moment a digest of {@code week} made by hand ({@code statuswacht digest --preview} or
   * {@code --send-to}) speaks from: now for the last week ended and the week under way; the end
   * of the week for an earlier one (what was open and coming then).
   */
  public static Instant asOf(Week week, Instant now) {
    return week.compareTo(Week.lastEndedBy(now)) >= 0 ? now : week.end();
  }
}
