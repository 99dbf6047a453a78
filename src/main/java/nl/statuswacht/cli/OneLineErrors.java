package nl.statuswacht.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A wrong argument is one line on standard error, {@code statuswacht COMMAND: --option: what is
 * wrong}, and exit code 2 — not picocli's message followed by the whole usage help.
 */
final class OneLineErrors implements CommandLine.IParameterExceptionHandler {
  private static final String INVALID = "Invalid value for ";

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    String command = commandLine.getCommandSpec().qualifiedName(" ");
    PrintWriter err = commandLine.getErr();
    err.println(command + ": " + problem(e, command));
    err.flush();
    return Main.USAGE;
  }

  private static String problem(ParameterException e, String command) {
    String message = String.valueOf(e.getMessage()).strip();
    ArgSpec arg = e.getArgSpec();
    if (arg != null && message.startsWith(INVALID) && message.contains(": ")) {
      // "Invalid value for option '--quiet-hours': what the converter said"
      message = name(arg) + ": " + message.substring(message.indexOf(": ") + 2);
    } else {
      message += " (see " + command + " --help)";
    }
    return message.replaceAll("\\s*\\R\\s*", " ");
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }
}
