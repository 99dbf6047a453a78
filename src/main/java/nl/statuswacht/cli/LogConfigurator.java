package nl.statuswacht.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The log's configuration, in code: one console appender on standard output (the commands but
 * {@code run} move it to standard error: {@link ConsoleLog}), one line per event ({@link
 * LogLine}), the chatter of the libraries at {@code WARN}, the root at {@code INFO} until {@code
 * log.level} is read ({@link Main}).
 *
 * <p>Why not {@code logback.xml}: reading it is Logback's XML parser and its configuration model
 * (some 600 classes) at every start, about a tenth of what a one-shot command like {@code
 * statuswacht poll} costs. Logback finds this class as a service ({@code
 * META-INF/services/ch.qos.logback.classic.spi.Configurator}) before it looks for a file; an
 * operator's own file still wins: with {@code -Dlogback.configurationFile=…}, or a {@code
 * logback.xml} or {@code logback-test.xml} on the class path, this does nothing and Logback reads
 * that as usual.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {
  /** Libraries whose INFO is noise in statuswacht's log. */
  static final String[] QUIET = {"org.quartz", "org.flywaydb", "com.zaxxer.hikari",
      "com.rometools", "net.fortuna.ical4j"};

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    ClassLoader loader = LogConfigurator.class.getClassLoader();
    if (System.getProperty("logback.configurationFile") != null
        || loader.getResource("logback-test.xml") != null
        || loader.getResource("logback.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    LogLine line = new LogLine();
    line.setContext(context);
    line.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(line);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("STDOUT");
    console.setEncoder(encoder);
    console.start();
    for (String quiet : QUIET) {
      context.getLogger(quiet).setLevel(Level.WARN);
    }
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(console);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
