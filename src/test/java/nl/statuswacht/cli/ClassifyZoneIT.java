package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import nl.statuswacht.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code statuswacht classify} prints the same whatever the JVM's default time zone: the documents
 * are classified in this JVM and in one child JVM started with another {@code user.timezone}, as a
 * user starts it (the zone is fixed when a JVM starts; {@link TimeZone#setDefault} in this one
 * would miss what is cached at start-up). One child JVM classifies every document, so this test
 * starts one JVM, not one per document and zone.
 */
class ClassifyZoneIT {
  private static final List<String> DOCUMENTS = List.of("kvk/site/history.atom",
      "kvk/site/feed.rss", "real/statuspage/parse-history-2014.rss");

  @TempDir Path dir;

  @Test
  void theOutputDoesNotDependOnTheDefaultTimeZone() throws Exception {
    List<String> files = new ArrayList<>();
    for (String document : DOCUMENTS) {
      Path file = dir.resolve(Path.of(document).getFileName());
      Files.write(file, Fixtures.bytes(document));
      files.add(file.toString());
    }
    String here = TimeZone.getDefault().getID();
    String other = here.equals("Pacific/Auckland") ? "America/New_York" : "Pacific/Auckland";

    String inThisJvm = classifyEach(files.toArray(String[]::new));
    String inAnother = childJvm(other, files);

    assertThat(inAnother).as("classify under %s and under %s", here, other)
        .isEqualTo(inThisJvm);
    assertThat(inThisJvm).contains("\"format\"");
  }

  /** Each document's {@code classify} output in turn, each followed by a line {@code ----}. */
  static String classifyEach(String... files) {
    StringBuilder all = new StringBuilder();
    for (String file : files) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine commandLine = Main.commandLine(Map.of());
      commandLine.setOut(new PrintWriter(out));
      commandLine.setErr(new PrintWriter(err));
      int exit = commandLine.execute("classify", file);
      all.append(file).append(" exit ").append(exit).append('\n').append(out).append("----\n");
    }
    return all.toString();
  }

  /** The child JVM's side: prints {@link #classifyEach} of its arguments. */
  public static void main(String[] args) {
    System.out.print(classifyEach(args));
    System.out.flush();
  }

  private static String childJvm(String zone, List<String> files) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Duser.timezone=" + zone,
        "-Duser.language=en", "-cp", System.getProperty("java.class.path"),
        ClassifyZoneIT.class.getName()));
    command.addAll(files);
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }
}
