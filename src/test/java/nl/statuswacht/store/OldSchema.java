package nl.statuswacht.store;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/** An H2 file with the migrations up to an older version only, for tests of a later one. */
final class OldSchema {
  private OldSchema() {}

  /** Migrates the H2 file {@code file} up to {@code version}; returns its JDBC URL. */
  static String at(Path file, String version) {
    String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    Flyway.configure().dataSource(url, "statuswacht", "").locations("classpath:db/migration")
        .target(version).load().migrate();
    return url;
  }
}
