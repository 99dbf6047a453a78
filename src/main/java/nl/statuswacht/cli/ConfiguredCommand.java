package nl.statuswacht.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigException;
import nl.statuswacht.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command that needs the configuration shares: it loads the configuration (every
 * problem listed without a stack trace, exit code 2), runs with it, and names a database it
 * cannot use on one line (exit code 1). The clock, the environment and {@code --config} come
 * from {@link Main}, the root of the command line.
 */
abstract class ConfiguredCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    PrintWriter out = out();
    PrintWriter err = err();
    try {
      Config config;
      try {
        config = main().loadConfig();
      } catch (ConfigException e) {
        return reportConfigProblems(err, e);
      }
      try {
        return run(config, out, err);
      } catch (StoreException e) {
        // the database cannot be opened or used: say which and why, without a stack trace
        return reportStoreProblem(err, e);
      }
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Runs the command; its exit code. */
  abstract int run(Config config, PrintWriter out, PrintWriter err) throws Exception;

  /** The root of the command line: the environment, the clock, {@code --config}. */
  final Main main() {
    return (Main) spec.root().userObject();
  }

  /** The one clock of the command line. */
  final Clock clock() {
    return main().clock();
  }

  /** {@code statuswacht subscribers add}, to begin an error message with. */
  final String name() {
    return spec.qualifiedName(" ");
  }

  /** Prints {@code statuswacht COMMAND: problem} and returns exit code 2. */
  final int usageError(PrintWriter err, String problem) {
    err.println(name() + ": " + problem);
    return Main.USAGE;
  }

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Prints every configuration problem, one a line, without a stack trace. */
  static int reportConfigProblems(PrintWriter err, ConfigException e) {
    err.println("statuswacht: the configuration has " + e.problems().size()
        + (e.problems().size() == 1 ? " problem:" : " problems:"));
    e.problems().forEach(problem -> err.println("  " + problem));
    return Main.USAGE;
  }

  /** Prints what is wrong with the database on one line (H2 adds the SQL on lines of its own). */
  static int reportStoreProblem(PrintWriter err, StoreException e) {
    err.println("statuswacht: " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
    return 1;
  }
}
