package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.statuswacht.cli.Main;
import nl.statuswacht.config.ConfigException;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.StoreException;
import nl.statuswacht.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Settings written to do harm: a data directory that smuggles settings into the database URL, a
 * subscriber whose address or name would add mail headers. Each is refused with a message that
 * names the setting, and nothing of it is carried out or stored.
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
        () -> new ConfigLoader("test", java.time.Clock.systemUTC())
                .load(dir.resolve("none.yaml"), false,
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
        () -> new ConfigLoader("test", java.time.Clock.systemUTC()).load(file, true, Map.of()));

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

  private static Cli.Result run(Map<String, String> env, String... args) {
    return Cli.run(env, args);
  }

  @Test
  void subscribersAddRefusesWhatTheConfigurationRefusesWithTheSameWords() throws Exception {
    Map<String, String> env = Map.of("STATUSWACHT_DATA_DIR", dir.resolve("data").toString());
    String injected = "api@example.org\r\nBcc: everyone@example.org";
    Path file = dir.resolve("subscribers.yaml");
    Files.writeString(file, """
        subscribers:
          - address: "api@example.org\\r\\nBcc: everyone@example.org"
          - address: not-an-address
          - address: ops@example.org
            name: "Ops\\r\\nBcc: everyone@example.org"
          - address: late@example.org
            quiet-hours: 22-07
        """);
    ConfigException refused = catchThrowableOfType(ConfigException.class,
        () -> new ConfigLoader("test", java.time.Clock.systemUTC()).load(file, true, Map.of()));
    assertThat(refused.problems()).containsExactly(
        file + ":2: subscribers.address: 'api@example.org\\u000D\\u000ABcc: everyone@example.org'"
            + " is not an email address",
        file + ":3: subscribers.address: 'not-an-address' is not an email address",
        file + ":5: subscribers.name: 'Ops\\u000D\\u000ABcc: everyone@example.org' contains a"
            + " line break or another control character",
        file + ":7: subscribers.quiet-hours: '22-07' is not a range of times (write 22:00-07:00)");

    Cli.Result address = run(env, "subscribers", "add", injected);
    Cli.Result invalid = run(env, "subscribers", "add", "not-an-address");
    Cli.Result name = run(env, "subscribers", "add", "ops@example.org", "--name",
        "Ops\r\nBcc: everyone@example.org");
    Cli.Result quiet = run(env, "subscribers", "add", "late@example.org", "--quiet-hours", "22-07");

    assertThat(List.of(address, invalid, name, quiet)).extracting(Cli.Result::exit)
        .containsOnly(2);
    assertThat(address.err()).isEqualTo("statuswacht subscribers add: ADDRESS: 'api@example.org"
        + "\\u000D\\u000ABcc: everyone@example.org' is not an email address\n");
    assertThat(invalid.err()).isEqualTo(
        "statuswacht subscribers add: ADDRESS: 'not-an-address' is not an email address\n");
    assertThat(name.err()).isEqualTo("statuswacht subscribers add: --name: 'Ops\\u000D\\u000ABcc:"
        + " everyone@example.org' contains a line break or another control character\n");
    assertThat(quiet.err()).isEqualTo("statuswacht subscribers add: --quiet-hours: '22-07' is not a"
        + " range of times (write 22:00-07:00)\n");
    assertThat(run(env, "subscribers", "list").out()).as("nothing was stored")
        .doesNotContain("(database)");
  }
}
