package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.statuswacht.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code statuswacht migrate-to} refuses before it reaches any database: a URL that is not
 * PostgreSQL's or that carries a password (as {@code database.url} refuses it), a configuration
 * that already names PostgreSQL, and a data directory without an H2 database. The copy itself is
 * {@code DatabaseCopyTest} (H2 to H2) and {@code MigrateToIT} (H2 to PostgreSQL). No URL here is
 * ever connected to: each is refused first.
 */
class MigrateToCommandTest {
  private static final String TARGET = "jdbc:postgresql://127.0.0.1:1/statuswacht";

  @TempDir Path dir;

  private Map<String, String> env() {
    return Map.of("STATUSWACHT_DATA_DIR", dir.resolve("data").toString());
  }

  @Test
  void aPasswordInTheUrlIsRefusedAsTheConfigurationRefusesItWithoutShowingIt() {
    Cli.Result result = Cli.run(env(), "migrate-to", TARGET + "?password=pg-s3cret");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("statuswacht migrate-to: URL: the URL carries a password;"
        + " secrets are not read from the configuration or the command line: set the environment"
        + " variable STATUSWACHT_DATABASE_PASSWORD" + System.lineSeparator());
    assertThat(result.out()).isEmpty();
  }

  @Test
  void onlyAPostgresqlUrlIsATarget() {
    Cli.Result result = Cli.run(env(), "migrate-to", "jdbc:h2:file:/tmp/x");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("statuswacht migrate-to: URL: 'jdbc:h2:file:/tmp/x' is"
        + " not a PostgreSQL JDBC URL (write jdbc:postgresql://host:5432/statuswacht)");
  }

  @Test
  void aConfigurationThatAlreadyNamesPostgresqlHasNothingToMigrate() {
    Cli.Result result = Cli.run(Map.of("STATUSWACHT_DATA_DIR", dir.resolve("data").toString(),
        "STATUSWACHT_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/live"), "migrate-to", TARGET);

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("statuswacht migrate-to: the configuration already names"
        + " PostgreSQL (database.url jdbc:postgresql://127.0.0.1:1/live): there is no embedded H2"
        + " database to migrate" + System.lineSeparator());
  }

  @Test
  void aDataDirectoryWithoutADatabaseHasNothingToMigrateAndGetsNone() {
    Cli.Result result = Cli.run(env(), "migrate-to", TARGET, "--user", "someone");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("statuswacht migrate-to: there is no H2 database at "
        + dir.resolve("data/statuswacht.mv.db") + " (data-dir " + dir.resolve("data")
        + "): nothing to migrate" + System.lineSeparator());
    assertThat(Files.exists(dir.resolve("data/statuswacht.mv.db"))).isFalse();
  }
}
