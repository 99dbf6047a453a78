package nl.statuswacht.config;

/**
 * Where the database is. The password never comes from the config file, only from the
 * environment ({@code STATUSWACHT_DATABASE_PASSWORD}), and is never shown by {@link #toString()}.
 *
 * @param url a {@code jdbc:postgresql://} URL, or {@code null} for the embedded H2 file under
 *     {@code data-dir} (the default)
 * @param user the PostgreSQL user
 * @param password the PostgreSQL password, or {@code null}
 * @param cluster how this daemon takes part in the cluster of daemons on one PostgreSQL database
 */
public record DatabaseSettings(String url, String user, String password, Cluster cluster) {

  /**
   * A daemon's part in the Quartz cluster on PostgreSQL ({@code cluster.*}); unused on H2.
   *
   * @param instance the name this daemon goes by in the cluster, or empty for its host name; its
   *     Quartz instance id is this name and the moment it started, so that a restarted daemon is
   *     a new instance and the one it was is recovered like any dead one
   * @param checkIn how often it tells the others that it lives; one that has not for this long
   *     and Quartz's 7.5 s of grace is taken for dead, and its running job is recovered
   */
  public record Cluster(String instance, java.time.Duration checkIn) {}

  /** Whether the database is PostgreSQL rather than the embedded H2 file. */
  public boolean postgres() {
    return url != null;
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url=" + (url == null ? "embedded H2" : url) + ", user=" + user
        + ", password=" + (password == null ? "none" : "***") + ", cluster=" + cluster + "]";
  }
}
