package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.StatusSite;
import nl.statuswacht.testing.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory statuswacht cannot use: one clear line on standard error, no stack trace, and
 * nothing fetched, through the command line as a user runs it.
 */
class UnusableDataDirTest {
  @TempDir Path dir;
  private StatusSite site;
  private Path readOnly;

  @BeforeEach
  void start() throws IOException {
    site = new StatusSite();
    site.atom("/history.atom", Fixtures.text("kvk/site/history.atom"));
  }

  @AfterEach
  void stop() throws Exception {
    if (readOnly != null) {
      writable(readOnly);
    }
    site.close();
  }

  private Cli.Result run(Path dataDir, String... args) {
    return Cli.run(Map.of("STATUSWACHT_SOURCE", site.root().toString(),
        "STATUSWACHT_DATA_DIR", dataDir.toString()), args);
  }

  @Test
  void aDataDirThatIsAFileIsOneLineAndNothingIsFetched() throws Exception {
    Path file = Files.writeString(dir.resolve("data"), "not a directory");

    for (String command : new String[] {"poll", "subscribers"}) {
      Cli.Result result = command.equals("poll") ? run(file, "poll")
          : run(file, "subscribers", "list");

      assertThat(result.exit()).as(command).isEqualTo(1);
      assertThat(result.err()).as(command).isEqualTo("statuswacht: store: the data directory "
          + file.toAbsolutePath() + " is a file, not a directory (data-dir,"
          + " STATUSWACHT_DATA_DIR)\n");
    }
    assertThat(site.requests()).isEmpty();
  }

  @Test
  void aReadOnlyDatabaseIsOneLineAndNothingIsFetched() throws Exception {
    Path data = dir.resolve("data");
    assertThat(run(data, "poll").exit()).isZero();
    int requests = site.requests().size();
    readOnly = data.resolve("statuswacht.mv.db");
    readOnly(readOnly);

    Cli.Result result = run(data, "poll");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("statuswacht: store: " + readOnly.toAbsolutePath()
        + " is read-only: statuswacht must be able to write it (check its owner and"
        + " permissions)\n");
    assertThat(site.requests()).as("nothing fetched").hasSize(requests);
  }

  /**
   * Makes {@code file} read-only for this process: by its permissions, and, as root (whom
   * permissions do not stop), by the immutable attribute.
   */
  private static void readOnly(Path file) throws Exception {
    file.toFile().setWritable(false, false);
    if (Files.isWritable(file)) {
      new ProcessBuilder("chattr", "+i", file.toString()).inheritIO().start().waitFor();
    }
    // never skipped: a machine where neither works fails here, loudly
    assertThat(Files.isWritable(file)).as("%s could be made read-only (chmod, then chattr +i)",
        file).isFalse();
  }

  private static void writable(Path file) throws Exception {
    if (!Files.isWritable(file)) {
      new ProcessBuilder("chattr", "-i", file.toString()).inheritIO().start().waitFor();
    }
    file.toFile().setWritable(true, false);
  }
}
