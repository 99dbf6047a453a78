package nl.statuswacht.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.Version;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigException;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.notify.OutboxDispatcher;
import nl.statuswacht.poll.PollReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code statuswacht} command line. */
@Command(
    name = "statuswacht",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Watches status.kvk.nl and emails the people who need to know.",
    subcommands = {Main.Run.class, Main.Poll.class, Main.CheckConfig.class})
public final class Main {
  static final int CONFIG_ERROR = 2;
  static final String DEFAULT_CONFIG = "conf/statuswacht.yaml";

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "Config file (default: $STATUSWACHT_CONFIG or " + DEFAULT_CONFIG + ").")
  Path configFile;

  @Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;

  public Main(Map<String, String> env) {
    this.env = env;
  }

  public static void main(String[] args) {
    System.exit(commandLine(System.getenv()).execute(args));
  }

  /** The command line with its environment; tests pass their own. */
  public static CommandLine commandLine(Map<String, String> env) {
    return new CommandLine(new Main(env));
  }

  Config loadConfig() throws ConfigException {
    boolean explicit = configFile != null || env.containsKey(ConfigLoader.CONFIG_ENV);
    Path file = configFile != null ? configFile
        : Path.of(env.getOrDefault(ConfigLoader.CONFIG_ENV, DEFAULT_CONFIG));
    return new ConfigLoader(Version.current()).load(file, explicit, env);
  }

  /** Prints every configuration problem, one a line, without a stack trace. */
  static int reportConfigProblems(PrintWriter err, ConfigException e) {
    err.println("statuswacht: the configuration has " + e.problems().size()
        + (e.problems().size() == 1 ? " problem:" : " problems:"));
    e.problems().forEach(problem -> err.println("  " + problem));
    return CONFIG_ERROR;
  }

  @Command(name = "run", description = "Run the daemon: poll, store, mail, until stopped.")
  static final class Run implements Callable<Integer> {
    @ParentCommand Main main;

    @Override
    public Integer call() throws InterruptedException {
      Config config;
      try {
        config = main.loadConfig();
      } catch (ConfigException e) {
        return reportConfigProblems(main.spec.commandLine().getErr(), e);
      }
      Statuswacht statuswacht = Statuswacht.create(config, Clock.systemUTC(), Version.current());
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        statuswacht.close();
        stopped.countDown();
      }, "statuswacht-shutdown"));
      statuswacht.start();
      stopped.await();
      return 0;
    }
  }

  @Command(name = "poll", description = "Poll once now, deliver what it queued, and exit.")
  static final class Poll implements Callable<Integer> {
    @ParentCommand Main main;

    @Override
    public Integer call() {
      Config config;
      try {
        config = main.loadConfig();
      } catch (ConfigException e) {
        return reportConfigProblems(main.spec.commandLine().getErr(), e);
      }
      try (Statuswacht statuswacht =
          Statuswacht.create(config, Clock.systemUTC(), Version.current())) {
        PollReport poll = statuswacht.pollOnce();
        OutboxDispatcher.Report sent = statuswacht.deliver();
        PrintWriter out = main.spec.commandLine().getOut();
        out.printf("%s %s: fetched=%d new=%d updated=%d queued=%d sent=%d%s%s%n",
            poll.outcome(), poll.url(), poll.posts(), poll.created(), poll.updated(),
            poll.queued(), sent.sent(), poll.baseline() ? " (baseline: nothing mailed)" : "",
            poll.detail() == null ? "" : " — " + poll.detail());
        out.flush();
        return poll.failed() ? 1 : 0;
      }
    }
  }

  @Command(name = "check-config", description = "Validate the configuration and print it.")
  static final class CheckConfig implements Callable<Integer> {
    @ParentCommand Main main;

    @Override
    public Integer call() {
      try {
        Config config = main.loadConfig();
        PrintWriter out = main.spec.commandLine().getOut();
        out.println("configuration OK");
        out.println("  source:        " + config.source());
        out.println("  poll interval: " + config.pollInterval());
        out.println("  data dir:      " + config.dataDir().toAbsolutePath());
        out.println("  mail:          " + config.mail().transport()
            + (config.mail().transport().equals("smtp")
                ? " " + config.mail().smtp().host() + ":" + config.mail().smtp().port()
                : " → " + config.mail().fileDir().toAbsolutePath()));
        out.println("  subscribers:   " + config.subscribers().size());
        out.flush();
        return 0;
      } catch (ConfigException e) {
        return reportConfigProblems(main.spec.commandLine().getErr(), e);
      }
    }
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"statuswacht " + Version.current()};
    }
  }
}
