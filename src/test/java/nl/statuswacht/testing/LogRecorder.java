package nl.statuswacht.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The lines one class logs while a test runs, as Logback hands them to its appenders. */
public final class LogRecorder implements AutoCloseable {
  private final Logger logger;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  /** The level the logger had before, restored on close; null: it inherits its level. */
  private final Level before;

  public LogRecorder(Class<?> type) {
    logger = (Logger) LoggerFactory.getLogger(type);
    before = logger.getLevel();
    appender.start();
    logger.addAppender(appender);
  }

  /** Records what {@code type} logs at {@code level} and above, whatever it is configured to. */
  public LogRecorder(Class<?> type, Level level) {
    this(type);
    logger.setLevel(level);
  }

  /** The formatted messages logged at {@code level}, in order. */
  public List<String> at(Level level) {
    return List.copyOf(appender.list).stream().filter(e -> e.getLevel() == level)
        .map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Override
  public void close() {
    logger.setLevel(before);
    logger.detachAppender(appender);
    appender.stop();
  }
}
