package nl.statuswacht.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * Where the log goes. {@link LogConfigurator} writes it to standard output, which suits the daemon
 * ({@code statuswacht run}: the log is all it prints); every other command prints its output
 * there, so {@link Main} moves the log to standard error before it runs one (for the rest of
 * the JVM: a command line runs one command).
 */
final class ConsoleLog {
  private static final String STDERR = "System.err";

  private ConsoleLog() {}

  /** Moves the root logger's console appenders to standard error (when Logback logs). */
  static void toStandardError() {
    if (!(LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root)) {
      return;
    }
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      if (it.next() instanceof ConsoleAppender<ILoggingEvent> console
          && !STDERR.equals(console.getTarget())) {
        // the target is read when the appender starts
        console.stop();
        console.setTarget(STDERR);
        console.start();
      }
    }
  }
}
