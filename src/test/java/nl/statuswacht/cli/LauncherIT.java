package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/statuswacht}, the launcher, run as an operator runs it (a POSIX shell, a child
 * process) on the jar and the class-data sharing archive that {@code mvn package} made: the short
 * commands with their flags and the archive, {@code run} with the daemon's small heap, an archive
 * the JVM cannot use dropped without a word, and Flyway left alone once the schema is current.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("bin/statuswacht").toAbsolutePath();
  private static final Path JAR = Path.of("target/statuswacht.jar").toAbsolutePath();

  @TempDir Path dir;

  record Result(int exit, String out, String err) {}

  private Result launch(Path launcher, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("STATUSWACHT_")
        || k.equals("JAVA_OPTS"));
    builder.environment().put("STATUSWACHT_DATA_DIR", dir.resolve("data").toString());
    builder.environment().putAll(env);
    Process process = builder.start();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process, true));
    String out = read(process, false);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s ended", command).isTrue();
    return new Result(process.exitValue(), out, err.join());
  }

  private static String read(Process process, boolean err) {
    try {
      return new String((err ? process.getErrorStream() : process.getInputStream())
          .readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void checkConfigRunsWithTheArchiveAndSaysNothingElse() throws Exception {
    assertThat(JAR).exists();

    Result result = launch(LAUNCHER, Map.of(), "check-config");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("configuration OK").doesNotContain("warning");
    assertThat(result.err()).doesNotContain("warning");
  }

  @Test
  void theShortCommandsGetC1AndTheArchiveWhenItIsThere() throws Exception {
    assertThat(Path.of("target/statuswacht.jsa")).as("made by mvn package").exists();

    Result result = launch(LAUNCHER, Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"),
        "--version");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-XX:SharedArchiveFile=" + JAR.toString().replaceAll("\\.jar$", ".jsa"))
        .contains("statuswacht ");
  }

  /**
   * The training's holiday calendar and Flyway come from class loaders of their own, dropped once
   * used; an archive that kept their classes was 6-8 MB larger for every short command, for
   * nothing. It holds the application's classes, picocli's Java 5 class files among them (which
   * only a static archive can hold), those of a log line (the training logs at INFO, as the
   * commands do), and none of such a loader's.
   */
  @Test
  void theArchiveHoldsTheApplicationsClassesPicocliIncludedAndNoneOfALoaderTheTrainingDropped()
      throws Exception {
    Path archive = Path.of("target/statuswacht.jsa").toAbsolutePath();
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-XX:SharedArchiveFile=" + archive, "-Xshare:on",
        "-XX:+PrintSharedArchiveAndExit", "-cp", JAR.toString()).redirectErrorStream(true).start();
    String listing = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(listing).isZero();
    assertThat(listing).contains("nl.statuswacht.cli.Main app_loader",
        "picocli.CommandLine app_loader", "ch.qos.logback.classic.spi.LoggingEvent app_loader")
        .doesNotContain("unregistered_loader");
  }

  @Test
  void anArchiveTheJvmCannotUseIsDroppedSilently() throws Exception {
    // the image's layout: bin/statuswacht beside statuswacht.jar and its archive
    Path home = Files.createDirectories(dir.resolve("app/bin")).getParent();
    Files.copy(LAUNCHER, home.resolve("bin/statuswacht"));
    Files.copy(JAR, home.resolve("statuswacht.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.writeString(home.resolve("statuswacht.jsa"), "not an archive");

    Result garbage = launch(home.resolve("bin/statuswacht"), Map.of(), "check-config");
    Files.delete(home.resolve("statuswacht.jsa"));
    Result none = launch(home.resolve("bin/statuswacht"), Map.of(), "check-config");

    for (Result result : List.of(garbage, none)) {
      assertThat(result.exit()).as(result.err()).isZero();
      assertThat(result.out()).startsWith("configuration OK");
      assertThat(result.out() + result.err()).doesNotContainIgnoringCase("archive")
          .doesNotContain("warning");
    }
  }

  /**
   * A short command reads the migrations' names from the index the build writes beside them
   * ({@code store.Migrations}), not from the jar's entries, which Flyway reads: a migration the
   * index left out would be skipped while it is pending. The jar's index names exactly its
   * migrations.
   */
  @Test
  void theJarsMigrationIndexNamesExactlyItsMigrations() throws IOException {
    String folder = "db/migration/";
    List<String> entries = new ArrayList<>();
    List<String> index;
    try (JarFile jar = new JarFile(JAR.toFile())) {
      jar.stream().map(JarEntry::getName)
          .filter(name -> name.startsWith(folder) && !name.endsWith("/"))
          .map(name -> name.substring(folder.length()))
          .filter(name -> !name.equals("index.txt"))
          .forEach(entries::add);
      JarEntry indexEntry = jar.getJarEntry(folder + "index.txt");
      assertThat(indexEntry).as("the build's index").isNotNull();
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(jar.getInputStream(indexEntry), StandardCharsets.UTF_8))) {
        index = lines.lines().filter(line -> !line.isBlank()).toList();
      }
    }

    assertThat(entries).contains("V1__spine.sql", "V14__cluster.sql");
    assertThat(index).containsExactlyInAnyOrderElementsOf(entries);
  }

  @Test
  void aSecondCommandOnACurrentDatabaseDoesNotLoadFlyway() throws Exception {
    Map<String, String> env = Map.of("JAVA_OPTS", "-verbose:class");

    Result first = launch(LAUNCHER, env, "subscribers", "list");
    Result second = launch(LAUNCHER, env, "subscribers", "list");

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(first.out()).as("a new database: Flyway migrates it")
        .contains("org.flywaydb.core.Flyway ");
    assertThat(second.out()).as("a current one: no Flyway")
        .doesNotContain("org.flywaydb.core.Flyway ");
  }

  @Test
  void runGetsTheDaemonsSmallHeap() throws Exception {
    List<String> command = List.of("sh", LAUNCHER.toString(), "run");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("STATUSWACHT_"));
    builder.environment().putAll(Map.of("STATUSWACHT_DATA_DIR", dir.resolve("data").toString(),
        "STATUSWACHT_WEB_LISTEN", "off", "STATUSWACHT_SOURCE", "http://127.0.0.1:9/",
        "JAVA_OPTS", "-XX:+PrintCommandLineFlags"));
    Process daemon = builder.start();
    StringBuilder log = new StringBuilder();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        log.append(line).append('\n');
        if (line.contains(" started source=")) {
          break;
        }
      }
      assertThat(log.toString()).contains("-XX:MaxHeapSize=67108864", "-XX:InitialHeapSize=16777216",
          "-XX:MaxNewSize=8388608", "-XX:MinHeapFreeRatio=25", "-XX:TrimNativeHeapInterval=5000",
          "-XX:+UseSerialGC", "-XX:GuaranteedSafepointInterval=10000",
          "-XX:AsyncDeflationInterval=10000",
          "-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=5", "-XX:-UsePerfData",
          "-XX:+ExitOnOutOfMemoryError", "-XX:SoftRefLRUPolicyMSPerMB=86400000",
          " started source=");
    } finally {
      daemon.destroy(); // SIGTERM: the daemon stops cleanly
      assertThat(daemon.waitFor(60, TimeUnit.SECONDS)).as(log.toString()).isTrue();
    }
  }
}
