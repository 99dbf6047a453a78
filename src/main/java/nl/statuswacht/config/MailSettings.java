package nl.statuswacht.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where mail goes.
 *
 * @param transport {@code file} (each mail an {@code .eml} file under {@code fileDir}) or {@code
 *     smtp}
 * @param from the From address
 * @param reminders how long before a downtime window reminders go out, shortest first
 * @param operator who is told when the status page cannot be read (and again when it can), and
 *     once of each dead letter; or {@code null}
 * @param alertAfterFailures failed polls in a row before the operator is told
 */
public record MailSettings(
    String transport,
    String from,
    Path fileDir,
    SmtpSettings smtp,
    RetrySettings retry,
    List<Duration> reminders,
    String operator,
    int alertAfterFailures) {

  public MailSettings {
    reminders = List.copyOf(reminders);
  }
}
