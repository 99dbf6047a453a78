package nl.statuswacht.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.Version;
import nl.statuswacht.config.Config;
import picocli.CommandLine.Command;

/**
 * {@code statuswacht run}: the daemon, until SIGTERM. The one command whose log stays on standard
 * output (it prints nothing else there; see {@link ConsoleLog}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the daemon: poll, store, mail, until stopped.")
final class RunCommand extends ConfiguredCommand {
  @Override
  int run(Config config, PrintWriter out, PrintWriter err) throws InterruptedException {
    Statuswacht statuswacht = Statuswacht.create(config, clock(), Version.current());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      statuswacht.close();
      stopped.countDown();
    }, "statuswacht-shutdown"));
    try {
      statuswacht.start();
    } catch (Statuswacht.CannotStart e) {
      err.println("statuswacht run: " + e.getMessage());
      return 1;
    }
    stopped.await();
    return 0;
  }
}
