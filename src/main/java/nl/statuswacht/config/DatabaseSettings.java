package nl.statuswacht.config;

/**
 * Where the database is. The password never comes from the config file, only from the
 * environment ({@code STATUSWACHT_DATABASE_PASSWORD}), and is never shown by {@link #toString()}.
 *
 * @param url a {@code jdbc:postgresql://} URL, or {@code null} for the embedded H2 file under
 *     {@code data-dir} (the default)
 * @param user the PostgreSQL user
 * @param password the PostgreSQL password, or {@code null}
 */
public record DatabaseSettings(String url, String user, String password) {

  /** Whether the database is PostgreSQL rather than the embedded H2 file. */
  public boolean postgres() {
    return url != null;
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url=" + (url == null ? "embedded H2" : url) + ", user=" + user
        + ", password=" + (password == null ? "none" : "***") + "]";
  }
}
