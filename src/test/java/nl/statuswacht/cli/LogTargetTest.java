package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.StatusSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the log goes when statuswacht runs as a user runs it, in a JVM of its own: standard error
 * for every command but the daemon, so that standard output is the command's output alone.
 */
class LogTargetTest {
  @TempDir Path dir;

  private record Output(int exit, String out, String err) {}

  private Output statuswacht(StatusSite site, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("STATUSWACHT_SOURCE", site.root().toString());
    builder.environment().put("STATUSWACHT_DATA_DIR", dir.resolve("data").toString());
    builder.environment().put("STATUSWACHT_LOG_LEVEL", "DEBUG");
    Process process = builder.start();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
      try {
        return process.getErrorStream().readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Output(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err.get(), StandardCharsets.UTF_8));
  }

  @Test
  void pollAndReportPrintOnlyTheirOutputOnStandardOutputAndLogOnStandardError()
      throws Exception {
    try (StatusSite site = new StatusSite()) {
      site.atom("/history.atom", Fixtures.text("kvk/site/history.atom"));

      Output poll = statuswacht(site, "poll");
      Output report = statuswacht(site, "report", "--format", "csv");

      assertThat(poll.exit()).as(poll.err()).isZero();
      assertThat(poll.out()).as("the summary alone").hasLineCount(1)
          .contains(" fetched=20 new=20 ");
      assertThat(poll.err()).contains(" INFO ").contains(" DEBUG ");
      assertThat(report.exit()).as(report.err()).isZero();
      assertThat(report.out().lines()).as("CSV alone")
          .noneMatch(line -> line.matches("\\d{4}-\\d{2}-\\d{2}T.* (INFO|DEBUG|WARN) .*"));
    }
  }
}
