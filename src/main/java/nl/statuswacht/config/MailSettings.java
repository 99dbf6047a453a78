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
 * @param unsubscribeKey the key of the one-click unsubscribe tokens, only from the environment
 *     ({@code STATUSWACHT_UNSUBSCRIBE_KEY}), or {@code null}; never shown by {@link #toString()}
 */
public record MailSettings(
    String transport,
    String from,
    Path fileDir,
    SmtpSettings smtp,
    RetrySettings retry,
    List<Duration> reminders,
    String operator,
    int alertAfterFailures,
    String unsubscribeKey) {

  public MailSettings {
    reminders = List.copyOf(reminders);
  }

  @Override
  public String toString() {
    return "MailSettings[transport=" + transport + ", from=" + from + ", fileDir=" + fileDir
        + ", smtp=" + smtp + ", retry=" + retry + ", reminders=" + reminders + ", operator="
        + operator + ", alertAfterFailures=" + alertAfterFailures + ", unsubscribeKey="
        + (unsubscribeKey == null ? "none" : "***") + "]";
  }
}
