package nl.statuswacht.config;

import java.nio.file.Path;

/**
 * Where mail goes.
 *
 * @param transport {@code file} (each mail an {@code .eml} file under {@code fileDir}) or {@code
 *     smtp}
 * @param from the From address
 */
public record MailSettings(
    String transport, String from, Path fileDir, SmtpSettings smtp, RetrySettings retry) {}
