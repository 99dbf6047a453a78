package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LogLine} writes what Logback's own {@code PatternLayout} writes for the pattern it
 * stands for, event by event: each level's padding, a logger without a package, a message with
 * arguments, an exception with its cause and a suppressed one, in UTC and in a zone with an offset.
 */
class LogLineTest {
  private static final String DATE = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
  private static final String REST = " %-5level [%thread] %logger{0} - %msg%n";
  private static final LoggerContext CONTEXT = new LoggerContext();

  static Stream<Arguments> events() {
    IOException cause = new IOException("connection reset");
    UncheckedIOException thrown = new UncheckedIOException("fetch failed", cause);
    thrown.addSuppressed(new IllegalStateException("closing the stream"));
    return Stream.of(
        Arguments.of(event("nl.statuswacht.poll.PollCycle", Level.INFO, "poll source={} new={}",
            null, "https://status.kvk.nl", 3), "main"),
        Arguments.of(event("nl.statuswacht.Statuswacht", Level.WARN, "one line", null), "main"),
        Arguments.of(event("org.h2.Engine", Level.ERROR, "store: {}", thrown, "closing"),
            "statuswacht-poll"),
        Arguments.of(event("ROOT", Level.DEBUG, "no package", null), "pool-1-thread-1"),
        Arguments.of(event("a.b.Outer$Inner", Level.TRACE, "nested class", null), "x"));
  }

  @ParameterizedTest
  @MethodSource("events")
  void writesWhatThePatternWrites(LoggingEvent event, String thread) {
    event.setThreadName(thread);
    for (ZoneId zone : new ZoneId[] {ZoneId.of("UTC"), ZoneId.of("Europe/Amsterdam")}) {
      assertThat(logLine(zone).doLayout(event)).isEqualTo(pattern(zone).doLayout(event));
    }
  }

  /**
   * One layout through many lines, as in a daemon: the second it keeps written out is the right
   * one for lines in the same second, the next, one before it, and across a change of offset.
   */
  @Test
  void writesEachLineOfASequenceAsThePatternDoes() {
    for (ZoneId zone : new ZoneId[] {ZoneId.of("UTC"), ZoneId.of("Europe/Amsterdam")}) {
      PatternLayout pattern = pattern(zone);
      LogLine line = logLine(zone);
      for (String at : new String[] {"2026-12-02T12:45:05.066Z", "2026-12-02T12:45:05.999Z",
          "2026-12-02T12:45:05.000Z", "2026-12-02T12:45:06.007Z", "2026-12-02T12:45:04.500Z",
          "2026-03-29T00:59:59.999Z", "2026-03-29T01:00:00.000Z", "2026-10-25T00:59:59.010Z",
          "2026-10-25T01:00:00.100Z", "1969-12-31T23:59:59.250Z"}) {
        LoggingEvent event = event("nl.statuswacht.poll.PollCycle", Level.INFO, "at {}", null, at);
        event.setThreadName("statuswacht_Worker-1");
        event.setTimeStamp(Instant.parse(at).toEpochMilli());
        assertThat(line.doLayout(event)).as(at + " in " + zone)
            .isEqualTo(pattern.doLayout(event));
      }
    }
  }

  /** Logback's own layout of the line {@link LogLine} writes, in {@code zone}. */
  private static PatternLayout pattern(ZoneId zone) {
    PatternLayout pattern = new PatternLayout();
    pattern.setContext(CONTEXT);
    pattern.setPattern("%d{" + DATE + ", " + zone + "}" + REST);
    pattern.start();
    return pattern;
  }

  private static LogLine logLine(ZoneId zone) {
    LogLine line = new LogLine(zone);
    line.setContext(CONTEXT);
    line.start();
    return line;
  }

  private static LoggingEvent event(String logger, Level level, String message, Throwable thrown,
      Object... arguments) {
    LoggingEvent event = new LoggingEvent(LogLineTest.class.getName(), CONTEXT.getLogger(logger),
        level, message, thrown, arguments);
    // winter: Amsterdam is an hour ahead of UTC, and the milliseconds are not zero
    event.setTimeStamp(Instant.parse("2026-12-02T12:45:05.066Z").toEpochMilli());
    return event;
  }
}
