package nl.statuswacht.config;

import java.time.ZoneId;
import java.util.Objects;

/**
 * When the weekly digest goes out.
 *
 * @param cron a Quartz cron expression (seconds minutes hours day-of-month month day-of-week),
 *     checked by the loader; default {@code 0 0 8 ? * MON}
 * @param zone the zone the cron expression is read in; default Europe/Amsterdam
 */
public record DigestSettings(String cron, ZoneId zone) {
  public DigestSettings {
    Objects.requireNonNull(cron, "cron");
    Objects.requireNonNull(zone, "zone");
  }
}
