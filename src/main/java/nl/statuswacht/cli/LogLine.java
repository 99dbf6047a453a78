package nl.statuswacht.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
  /** What comes before the milliseconds, and the offset after them. */
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.");
  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("XXX");

  private final ZoneId zone;
  /**
   * The second of the last line, written out: the lines of one second differ only in their
   * milliseconds (a line or two a poll, each formatted by java.time mostly in the interpreter).
   */
  private volatile Second second;

  /** One second, as {@code yyyy-MM-dd'T'HH:mm:ss.} and its offset {@code XXX}, in the zone. */
  private record Second(long epochSecond, String before, String offset) {}

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
    long millis = event.getTimeStamp();
    long epochSecond = Math.floorDiv(millis, 1000);
    Second known = second;
    if (known == null || known.epochSecond() != epochSecond) {
      ZonedDateTime at = Instant.ofEpochSecond(epochSecond).atZone(zone);
      known = new Second(epochSecond, SECOND.format(at), OFFSET.format(at));
      second = known;
    }
    int milli = (int) Math.floorMod(millis, 1000L);
    line.append(known.before()).append((char) ('0' + milli / 100))
        .append((char) ('0' + milli / 10 % 10)).append((char) ('0' + milli % 10))
        .append(known.offset());
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
