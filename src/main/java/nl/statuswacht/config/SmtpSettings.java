package nl.statuswacht.config;

import java.time.Duration;

/**
 * SMTP transport settings. The password never comes from the config file, only from the
 * environment ({@code STATUSWACHT_SMTP_PASSWORD}).
 *
 * @param username {@code null} for no authentication
 * @param password {@code null} for no authentication
 * @param starttlsRequired when true the connection must upgrade with STARTTLS and the server's
 *     identity is checked; false only for a local relay
 */
public record SmtpSettings(
    String host,
    int port,
    String username,
    String password,
    boolean starttlsRequired,
    Duration connectTimeout,
    Duration timeout) {

  @Override
  public String toString() {
    return "SmtpSettings[host=" + host + ", port=" + port + ", username=" + username
        + ", password=" + (password == null ? "none" : "***") + ", starttlsRequired="
        + starttlsRequired + ", connectTimeout=" + connectTimeout + ", timeout=" + timeout + "]";
  }
}
