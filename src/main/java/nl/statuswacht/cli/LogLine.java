package nl.statuswacht.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One line of the log, as Logback's {@code PatternLayout} writes {@code
 * %d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{0} - %msg%n} (with the stack trace
 * of an exception after it), written out here: {@code 2026-12-02T12:45:05.266Z INFO  [main]
 * PollCycle - poll source=…}.
 *
 * <p>Why not the pattern: {@code PatternLayout} builds its table of some sixty converters and
 * parses the pattern at every start, 2% of what {@code statuswacht check-config} costs
 * (BENCHMARKS.md), for a format that never changes. An operator who wants another format gives
 * Logback a file of their own ({@link LogConfigurator}).
 */
final class LogLine extends LayoutBase<ILoggingEvent> {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  private final ZoneId zone;

  /** Lines with the time in the JVM's time zone, as Logback's {@code %d} writes it. */
  LogLine() {
    this(ZoneId.systemDefault());
  }

  LogLine(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public String doLayout(ILoggingEvent event) {
    StringBuilder line = new StringBuilder(160);
    TIME.formatTo(Instant.ofEpochMilli(event.getTimeStamp()).atZone(zone), line);
    String level = event.getLevel().toString();
    line.append(' ').append(level);
    for (int pad = level.length(); pad < 5; pad++) {
      line.append(' ');
    }
    line.append(" [").append(event.getThreadName()).append("] ");
    // %logger{0}: what follows the last dot
    String logger = event.getLoggerName();
    line.append(logger, logger.lastIndexOf('.') + 1, logger.length());
    line.append(" - ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown != null) {
      // each of its lines ends in a line separator, the last one too
      line.append(ThrowableProxyUtil.asString(thrown));
    }
    return line.toString();
  }
}
