package nl.statuswacht.testing;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import nl.statuswacht.cli.Main;
import picocli.CommandLine;

/** The command line as a user runs it, with the environment a user sets, its output captured. */
public final class Cli {
  private Cli() {}

  /** What one command did: its exit code, and what it wrote to stdout and stderr. */
  public record Result(int exit, String out, String err) {}

  /** The first recipient of a mail written as an .eml file. */
  public static String recipient(Path eml) {
    try (InputStream in = Files.newInputStream(eml)) {
      MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
      return mail.getAllRecipients()[0].toString();
    } catch (IOException | MessagingException e) {
      throw new AssertionError(eml + ": " + e, e);
    }
  }

  public static Result run(Map<String, String> env, String... args) {
    return run(env, Clock.systemUTC(), args);
  }

  /** As {@link #run(Map, String...)}, with the one clock every command reads the time on. */
  public static Result run(Map<String, String> env, Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine(env, clock);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
