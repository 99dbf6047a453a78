package nl.statuswacht.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import nl.statuswacht.cli.Main;
import picocli.CommandLine;

/** The command line as a user runs it, with the environment a user sets, its output captured. */
public final class Cli {
  private Cli() {}

  /** What one command did: its exit code, and what it wrote to stdout and stderr. */
  public record Result(int exit, String out, String err) {}

  public static Result run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine(env);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
