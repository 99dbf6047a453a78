package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.statuswacht.testing.Cli;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.StatusSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands work while the daemon runs: {@code statuswacht run} in a JVM of its own holds the
 * database file and serves it on loopback (H2's mixed mode); {@code report} and the other commands
 * that read or change the database, run here, connect through it instead of failing with "in use
 * by another process". What polls, delivers or copies the database ({@code migrate-to}) is
 * refused beside it.
 */
class CommandsBesideTheDaemonIT {
  @TempDir Path dir;

  @Test
  void reportAndTheOtherDatabaseCommandsRunWhileTheDaemonHoldsTheDatabase() throws Exception {
    try (StatusSite site = new StatusSite()) {
      site.atom("/history.atom", Fixtures.text("kvk/site/history.atom"));
      Map<String, String> env = Map.of("STATUSWACHT_SOURCE", site.root().toString(),
          "STATUSWACHT_DATA_DIR", dir.resolve("data").toString(),
          "STATUSWACHT_POLL_INTERVAL", "5m");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp",
          System.getProperty("java.class.path"), Main.class.getName(), "run"))
          .redirectErrorStream(true);
      builder.environment().putAll(env);
      Process daemon = builder.start();
      StringBuilder log = new StringBuilder();
      CountDownLatch polled = new CountDownLatch(1);
      Thread reader = new Thread(() -> {
        try (Reader in = new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8);
            BufferedReader lines = new BufferedReader(in)) {
          for (String line; (line = lines.readLine()) != null; ) {
            synchronized (log) {
              log.append(line).append('\n');
            }
            if (line.contains(" poll source=")) {
              polled.countDown();
            }
          }
        } catch (java.io.IOException e) {
          // the daemon is gone
        }
      });
      reader.start();
      try {
        assertThat(polled.await(60, TimeUnit.SECONDS)).as("the daemon polled:\n%s", log)
            .isTrue();
        assertThat(daemon.isAlive()).isTrue();

        Cli.Result report = Cli.run(env, "report", "--format", "json");
        Cli.Result subscribers = Cli.run(env, "subscribers", "add", "beside@example.org");
        Cli.Result list = Cli.run(env, "subscribers", "list");
        Cli.Result outbox = Cli.run(env, "outbox", "list");
        Cli.Result digest = Cli.run(env, "digest");

        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("\"availability\"");
        assertThat(subscribers.exit()).as(subscribers.err()).isZero();
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("beside@example.org");
        assertThat(outbox.exit()).as(outbox.err()).isZero();
        assertThat(digest.exit()).as(digest.err()).isZero();
        assertThat(daemon.isAlive()).as("the daemon still runs").isTrue();

        // what polls or delivers is the daemon's: refused in words, nothing sent twice
        int requests = site.requests().size();
        for (String[] command : List.of(new String[] {"poll"},
            new String[] {"outbox", "retry", "--all"},
            new String[] {"digest", "--send-to", "beside@example.org"})) {
          Cli.Result refused = Cli.run(env, command);
          assertThat(refused.exit()).as(String.join(" ", command)).isEqualTo(1);
          assertThat(refused.err()).as(String.join(" ", command))
              .startsWith("statuswacht: store: " + dir.resolve("data/statuswacht.mv.db")
                  + " is served by another statuswacht process, most likely the running daemon,")
              .contains("stop it before `statuswacht " + String.join(" ", command)
                  .replace(" beside@example.org", "").replace(" --all", "") + "`");
        }
        assertThat(site.requests()).as("the refused poll fetched nothing").hasSize(requests);
        // nor is a database that is being written copied elsewhere (the URL is never reached)
        Cli.Result migrate = Cli.run(env, "migrate-to", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(migrate.exit()).isEqualTo(1);
        assertThat(migrate.err()).isEqualTo("statuswacht: store: "
            + dir.resolve("data/statuswacht.mv.db") + " is served by another statuswacht"
            + " process, most likely the running daemon, which writes it: stop it before"
            + " `statuswacht migrate-to` (copying a database that is being written is not a"
            + " migration)" + System.lineSeparator());

        // the daemon serves the file on loopback only, with the port and key in the lock file
        Properties lock = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("data/statuswacht.lock.db"),
            StandardCharsets.ISO_8859_1)) {
          lock.load(in);
        }
        // (H2 writes 127.0.0.1 as localhost)
        assertThat(lock.getProperty("server")).startsWith("localhost:");
        int port = Integer.parseInt(lock.getProperty("server").substring("localhost:".length()));
        try (java.net.Socket loopback = new java.net.Socket("127.0.0.1", port)) {
          assertThat(loopback.isConnected()).isTrue();
        }
        for (java.net.InetAddress other : otherAddresses()) {
          assertThatThrownBy(() -> new java.net.Socket(other, port).close())
              .as("not served on %s", other).isInstanceOf(java.net.ConnectException.class);
        }
      } finally {
        daemon.destroy();
        if (!daemon.waitFor(30, TimeUnit.SECONDS)) {
          daemon.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(10_000);
      }
      // the daemon gone, the commands open the file themselves again
      assertThat(Cli.run(env, "report").exit()).isZero();
    }
  }

  /** This machine's addresses other than loopback (none on a machine without a network). */
  private static List<java.net.InetAddress> otherAddresses() throws java.net.SocketException {
    return java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(java.net.NetworkInterface::inetAddresses)
        .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
        .toList();
  }
}
