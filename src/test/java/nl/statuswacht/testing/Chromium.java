package nl.statuswacht.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, to render a page as a mail client's HTML engine would. There is no
 * skipping: when Chromium is missing the test fails and says how to install it ({@code .ci/run}
 * does). Network is off (every host name resolves to nothing but 127.0.0.1, where a test serves
 * pages), so a page that reaches out shows.
 */
public final class Chromium {
  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
      "--disable-extensions", "--disable-sync", "--no-first-run", "--mute-audio",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--enable-logging=stderr", "--v=0");

  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /** Chromium from {@code $CHROMIUM}, or {@code chromium} on the PATH; fails when there is none. */
  public static Chromium find() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return new Chromium(Path.of(configured));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return new Chromium(candidate);
        }
      }
    }
    throw new AssertionError("Chromium is not installed: this test renders the digest in it."
        + " Install it with `apt-get install chromium` (.ci/run does), or set CHROMIUM to its"
        + " path.");
  }

  /**
   * What one run printed.
   *
   * @param exitCode the process's exit code
   * @param stdout what it wrote to standard output
   * @param problems the lines of its log that say the page went wrong: console messages (a script
   *     error) and fatal errors. A resource that failed to load is not among them (headless
   *     Chromium does not log it): a test checks the DOM for what would be fetched. Chromium's
   *     own {@code :ERROR:} lines are left out too: they speak of the machine (no D-Bus, no GPU),
   *     not of the page, and come and go from run to run
   */
  public record Run(int exitCode, String stdout, List<String> problems) {}

  /** Renders {@code page} at {@code width}×{@code height} pixels into {@code png}. */
  public Run screenshot(Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    return run(List.of("--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()));
  }

  /** Renders the page at {@code url} (a loopback server) into {@code png}. */
  public Run screenshot(java.net.URI url, Path png, int width, int height)
      throws IOException, InterruptedException {
    return run(List.of("--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath(), url.toString()));
  }

  /** The DOM of the page at {@code url} after Chromium loaded it and ran its scripts. */
  public Run dumpDom(java.net.URI url) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", url.toString()));
  }

  /** The DOM of {@code page} after Chromium parsed and laid it out. */
  public Run dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  private Run run(List<String> arguments) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile);
    command.addAll(arguments);
    Path out = Files.createTempFile("chromium", ".out");
    Path err = Files.createTempFile("chromium", ".err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 60 s: " + command);
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    Files.deleteIfExists(out);
    List<String> problems = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
        .filter(line -> line.contains(":CONSOLE") || line.contains(":FATAL:"))
        .toList();
    Files.deleteIfExists(err);
    return new Run(process.exitValue(), stdout, problems);
  }
}
