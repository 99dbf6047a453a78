package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.statuswacht.cli.Main;
import nl.statuswacht.config.ConfigException;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Settings written to do harm: a data directory that smuggles settings into the database URL.
 * Each is refused with a message that names the setting, and nothing of it is carried out.
 */
class HostileSettingsTest {
  @TempDir Path dir;
  /** A script that, when H2 runs it, writes the marker file. */
  private Path script;
  private Path marker;
  /** A data directory whose name ends the JDBC URL's path and adds INIT=RUNSCRIPT. */
  private String hostileDataDir;

  @BeforeEach
  void writeTheScript() throws Exception {
    script = dir.resolve("evil.sql");
    marker = dir.resolve("marker.sql");
    Files.writeString(script, "SCRIPT TO '" + marker + "';\n");
    // '--' comments out the "/statuswacht" the database file name appends
    hostileDataDir = dir + "/x;INIT=RUNSCRIPT FROM '" + script + "'--";
  }

  @Test
  void aDataDirWithUrlSettingsIsRefusedByTheConfigurationNamingTheVariable() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> new ConfigLoader("test").load(dir.resolve("none.yaml"), false,
            Map.of("STATUSWACHT_DATA_DIR", hostileDataDir)));

    assertThat(e.problems()).singleElement().asString()
        .startsWith("environment STATUSWACHT_DATA_DIR: data-dir: ")
        .contains("';'");
  }

  @Test
  void aDataDirWithUrlSettingsInTheFileIsRefusedWithItsLine() throws Exception {
    Path file = dir.resolve("statuswacht.yaml");
    Files.writeString(file, "data-dir: \"" + hostileDataDir + "\"\n");

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> new ConfigLoader("test").load(file, true, Map.of()));

    assertThat(e.problems()).singleElement().asString().startsWith(file + ":1: data-dir: ");
  }

  @Test
  void theCommandLineRefusesItBeforeTheDatabaseIsOpenedAndTheScriptNeverRuns() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine(Map.of("STATUSWACHT_DATA_DIR", hostileDataDir));
    commandLine.setOut(new PrintWriter(new StringWriter()));
    commandLine.setErr(new PrintWriter(err));

    int exit = commandLine.execute("subscribers", "list");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("STATUSWACHT_DATA_DIR: data-dir: ")
        .doesNotContain("Exception");
    assertThat(marker).doesNotExist();
  }

  @Test
  void theDatabaseItselfBuildsNoUrlFromAPathWithSettings() {
    StoreException e = catchThrowableOfType(StoreException.class,
        () -> Database.openH2(Path.of(hostileDataDir).resolve("statuswacht")).close());

    assertThat(e).hasMessageContaining("';'");
    assertThat(marker).doesNotExist();
  }
}
