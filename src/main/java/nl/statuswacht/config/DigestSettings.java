package nl.statuswacht.config;

import java.text.ParseException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.TimeZone;
import org.quartz.CronExpression;

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

  /**
   * {@code cron} as a Quartz expression read in {@code zone} (a fresh one: CronExpression is not
   * thread-safe).
   *
   * @throws ParseException when {@code cron} is no Quartz cron expression
   */
  public static CronExpression expression(String cron, ZoneId zone) throws ParseException {
    CronExpression expression = new CronExpression(cron);
    expression.setTimeZone(TimeZone.getTimeZone(zone));
    return expression;
  }
}
