package nl.statuswacht.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
    description = "Watches status.kvk.nl and emails the people who need to know.")
public final class Main {
  /** The commands, in the order {@code --help} lists them. */
  private static final List<Class<?>> COMMANDS = List.of(RunCommand.class, PollCommand.class,
      DiscoverCommand.class, ClassifyCommand.class, ReportCommand.class, DigestCommand.class,
      SubscribersCommand.class, ReleaseCommand.class, OutboxCommand.class,
      MigrateToCommand.class, CheckConfigCommand.class);

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
    System.exit(commandLine(System.getenv(), Clock.systemUTC(), named(args)).execute(args));
  }

  /** The command line with its environment, on the system clock; tests pass their own env. */
  public static CommandLine commandLine(Map<String, String> env) {
    return commandLine(env, Clock.systemUTC());
  }

  /** The command line with its environment and the one clock every command reads the time on. */
  public static CommandLine commandLine(Map<String, String> env, Clock clock) {
    return commandLine(env, clock, Optional.empty());
  }

  /**
   * The command line with {@code only} that command, when given, else with all of them. Picocli
   * reads every command's annotations when it is added, which is a tenth of what a short command
   * costs in all: {@link #main} adds only the command its arguments name.
   */
  static CommandLine commandLine(Map<String, String> env, Clock clock, Optional<Class<?>> only) {
    CommandLine commandLine = new CommandLine(new Main(env, clock));
    // before the settings below, which reach only the commands added by then
    for (Class<?> command : only.map(List::<Class<?>>of).orElse(COMMANDS)) {
      commandLine.addSubcommand(command);
    }
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

  /**
   * The command that {@code args} name: their first word that is neither an option nor the value
   * of {@code --config}; empty when it names none (no command, {@code --help}, a typo: then every
   * command is added, and picocli lists them or says what is wrong as always).
   */
  static Optional<Class<?>> named(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-c") || arg.equals("--config")) {
        i++;
      } else if (!arg.startsWith("-")) {
        return COMMANDS.stream()
            .filter(c -> c.getAnnotation(Command.class).name().equals(arg)).findFirst();
      }
    }
    return Optional.empty();
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
    Path file = configFile();
    Config config = new ConfigLoader(Version.current(), clock).load(file, explicit, env);
    setLogLevel(config.logLevel());
    return config;
  }

  private static final Set<String> SECRETS = Set.of(
      ConfigLoader.SMTP_PASSWORD_ENV, ConfigLoader.UNSUBSCRIBE_KEY_ENV,
      ConfigLoader.DATABASE_PASSWORD_ENV);

  private Path configFile() {
    return configFile != null ? configFile
        : Path.of(env.getOrDefault(ConfigLoader.CONFIG_ENV, DEFAULT_CONFIG));
  }

  /**
   * What the configuration was read from, as text to fingerprint: the file's absolute path and
   * its bytes (none when it is absent) and every {@code STATUSWACHT_} variable of the
   * environment, in order of name, but for the secrets (kept out of a file that holds a hash of
   * this; none of them changes what a poll that sends nothing does).
   */
  String configSource() {
    Path file = configFile().toAbsolutePath();
    StringBuilder text = new StringBuilder("file=").append(file).append('\n');
    try {
      text.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      text.append("(not read: ").append(e.getClass().getSimpleName()).append(')');
    }
    new TreeMap<>(env).forEach((name, value) -> {
      if (name.startsWith("STATUSWACHT_") && !SECRETS.contains(name)) {
        text.append('\n').append(name).append('=').append(value);
      }
    });
    return text.toString();
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
