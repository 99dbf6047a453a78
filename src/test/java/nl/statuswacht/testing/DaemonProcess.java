package nl.statuswacht.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nl.statuswacht.cli.Main;

/**
 * {@code statuswacht run} in a JVM of its own, configured by its environment as an operator would,
 * with its log (stdout and stderr) kept line by line. {@link #kill()} is {@code kill -9}: no
 * shutdown hook, no job finished, no commit after it.
 */
public final class DaemonProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final List<String> log = new ArrayList<>();
  private final Thread reader;

  private DaemonProcess(String name, Process process) {
    this.name = name;
    this.process = process;
    this.reader = new Thread(this::read, "log-of-" + name);
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code statuswacht run} with {@code env} added to this JVM's environment. */
  public static DaemonProcess start(String name, Map<String, String> env) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx128m", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "run"))
        .redirectErrorStream(true);
    builder.environment().putAll(env);
    return new DaemonProcess(name, builder.start());
  }

  private void read() {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        synchronized (log) {
          log.add(line);
          log.notifyAll();
        }
      }
    } catch (IOException e) {
      // the process is gone
    }
  }

  public String name() {
    return name;
  }

  /** The log so far, one line each. */
  public List<String> log() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  /** How many lines of the log so far match. */
  public long count(Predicate<String> line) {
    return log().stream().filter(line).count();
  }

  /**
   * Waits until {@code count} lines of the log match, or the process ends, or the timeout passes.
   *
   * @return whether they did
   */
  public boolean await(Predicate<String> line, long count, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (log) {
      while (log.stream().filter(line).count() < count) {
        long left = end - System.nanoTime();
        if (left <= 0 || !process.isAlive() && !reader.isAlive()) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(log, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
      }
      return true;
    }
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** {@code kill -9}, and waits until the process is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Its log, for a failing assertion's message. */
  @Override
  public String toString() {
    return "--- log of " + name + " ---\n" + String.join("\n", log());
  }

  /** Stops it as an operator would ({@code kill}, SIGTERM), and {@code kill -9} if it hangs. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    reader.join(10_000);
  }
}
