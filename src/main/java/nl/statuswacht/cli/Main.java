package nl.statuswacht.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import nl.statuswacht.Version;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigException;
import nl.statuswacht.config.ConfigLoader;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code statuswacht} command line: wires the commands (one class each) to what they share,
 * the environment, the clock and {@code --config}, and turns every wrong argument into one line
 * on standard error and exit code 2 ({@link OneLineErrors}).
 */
@Command(
    name = "statuswacht",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Watches status.kvk.nl and emails the people who need to know.",
    subcommands = {RunCommand.class, PollCommand.class, DiscoverCommand.class,
        ClassifyCommand.class, ReportCommand.class, DigestCommand.class,
        SubscribersCommand.class, ReleaseCommand.class, OutboxCommand.class,
        MigrateToCommand.class, CheckConfigCommand.class})
public final class Main {
  /** The exit code of a wrong argument or a configuration that does not hold. */
  static final int USAGE = 2;
  static final String DEFAULT_CONFIG = "conf/statuswacht.yaml";

  /** Inherited: accepted before the subcommand and after it; either way it is set here. */
  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "Config file (default: $STATUSWACHT_CONFIG or " + DEFAULT_CONFIG + ").")
  Path configFile;

  private final Map<String, String> env;
  private final Clock clock;

  private Main(Map<String, String> env, Clock clock) {
    this.env = Map.copyOf(env);
    this.clock = clock;
  }

  public static void main(String[] args) {
    System.exit(commandLine(System.getenv()).execute(args));
  }

  /** The command line with its environment, on the system clock; tests pass their own env. */
  public static CommandLine commandLine(Map<String, String> env) {
    return commandLine(env, Clock.systemUTC());
  }

  /** The command line with its environment and the one clock every command reads the time on. */
  public static CommandLine commandLine(Map<String, String> env, Clock clock) {
    CommandLine commandLine = new CommandLine(new Main(env, clock));
    versionEverywhere(commandLine);
    return commandLine
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(new OneLineErrors())
        .setExecutionStrategy(parseResult -> {
          // stdout is the output of every command but the daemon's: the log goes to stderr
          if (!(last(parseResult).commandSpec().userObject() instanceof RunCommand)) {
            ConsoleLog.toStandardError();
          }
          return new CommandLine.RunLast().execute(parseResult);
        });
  }

  /** {@code --version} on a subcommand says what it says on the top command. */
  private static void versionEverywhere(CommandLine commandLine) {
    commandLine.getCommandSpec().versionProvider(new VersionProvider());
    commandLine.getSubcommands().values().forEach(Main::versionEverywhere);
  }

  private static CommandLine.ParseResult last(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult last = parseResult;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    return last;
  }

  /** The clock every command reads the present on. */
  Clock clock() {
    return clock;
  }

  /** Loads the configuration and sets the root log level it names. */
  Config loadConfig() throws ConfigException {
    boolean explicit = configFile != null || env.containsKey(ConfigLoader.CONFIG_ENV);
    Path file = configFile != null ? configFile
        : Path.of(env.getOrDefault(ConfigLoader.CONFIG_ENV, DEFAULT_CONFIG));
    Config config = new ConfigLoader(Version.current(), clock).load(file, explicit, env);
    setLogLevel(config.logLevel());
    return config;
  }

  /** Sets the root logger's level when Logback is the logging backend (it is in the jar). */
  static void setLogLevel(String level) {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
        instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(ch.qos.logback.classic.Level.toLevel(level));
    }
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"statuswacht " + Version.current()};
    }
  }
}
