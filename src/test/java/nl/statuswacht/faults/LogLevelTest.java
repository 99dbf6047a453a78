package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.statuswacht.cli.Main;
import nl.statuswacht.config.ConfigException;
import nl.statuswacht.config.ConfigLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** {@code STATUSWACHT_LOG_LEVEL} (and {@code log.level}), as documented: honoured, or refused. */
class LogLevelTest {
  @TempDir Path dir;
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Level before = root.getLevel();

  @AfterEach
  void restore() {
    root.setLevel(before);
  }

  private int run(Map<String, String> env, StringWriter err, String... args) {
    CommandLine commandLine = Main.commandLine(env);
    commandLine.setOut(new PrintWriter(new StringWriter()));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void theVariableSetsTheLevelOfEveryLogger() {
    StringWriter err = new StringWriter();

    int exit = run(Map.of("STATUSWACHT_LOG_LEVEL", "warn"), err, "check-config");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(root.getLevel()).isEqualTo(Level.WARN);
    assertThat(LoggerFactory.getLogger("nl.statuswacht.poll.PollCycle").isInfoEnabled())
        .isFalse();
    assertThat(LoggerFactory.getLogger("nl.statuswacht.poll.PollCycle").isWarnEnabled())
        .isTrue();
  }

  @Test
  void theFileSetsItToo() throws Exception {
    Path file = dir.resolve("statuswacht.yaml");
    Files.writeString(file, "log:\n  level: DEBUG\n");
    StringWriter err = new StringWriter();

    int exit = run(Map.of(), err, "--config", file.toString(), "check-config");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(root.getLevel()).isEqualTo(Level.DEBUG);
  }

  @Test
  void anUnknownLevelIsAClearConfigurationError() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> new ConfigLoader("test", java.time.Clock.systemUTC())
                .load(dir.resolve("none.yaml"), false,
            Map.of("STATUSWACHT_LOG_LEVEL", "LOUD")));
    StringWriter err = new StringWriter();

    int exit = run(Map.of("STATUSWACHT_LOG_LEVEL", "LOUD"), err, "check-config");

    assertThat(e.problems()).containsExactly("environment STATUSWACHT_LOG_LEVEL: log.level: 'LOUD'"
        + " is not one of TRACE, DEBUG, INFO, WARN, ERROR");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("environment STATUSWACHT_LOG_LEVEL: log.level: 'LOUD'");
    assertThat(root.getLevel()).isEqualTo(before);
  }
}
