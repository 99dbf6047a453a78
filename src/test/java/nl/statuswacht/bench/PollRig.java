package nl.statuswacht.bench;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.testing.StatusSite;
import okio.Buffer;
import org.slf4j.LoggerFactory;

/**
 * statuswacht polling a Statuspage-style Atom feed of {@code posts} posts ({@link PollFeed}) on a
 * loopback MockWebServer, with its H2 file database in a temporary directory and the file mail
 * transport, for the poll benchmarks. The source is the feed itself, so discovery reads it once;
 * the constructor polls once (the baseline). Then each {@link #poll()} is one poll of the daemon,
 * with the site answering as the {@link Scenario} says. The log goes to a file (one line per poll,
 * as the daemon writes it), not to the benchmark's output.
 */
final class PollRig implements AutoCloseable {

  /** How the site answers the polls after the first. */
  enum Scenario {
    /** 200 with the same bytes every time, without validators. */
    UNCHANGED_200,
    /** 304 to the ETag it gave with the first 200. */
    NOT_MODIFIED,
    /** 200, every time with one post of many changed: a new update, taking turns between two. */
    ONE_CHANGED
  }

  private final Path data;
  private final StatusSite site;
  private final Statuswacht statuswacht;
  private final AtomicInteger requests = new AtomicInteger();

  PollRig(Scenario scenario, int posts) throws Exception {
    data = Files.createTempDirectory("statuswacht-poll-bench");
    logToFile(data.resolve("statuswacht.log"));
    site = new StatusSite();
    MockResponse first = feed(PollFeed.render(posts, 0),
        scenario == Scenario.NOT_MODIFIED ? "\"v0\"" : null);
    MockResponse[] changed = {feed(PollFeed.render(posts, 1), null),
        feed(PollFeed.render(posts, 2), null)};
    MockResponse notModified = new MockResponse.Builder().code(304).setHeader("ETag", "\"v0\"")
        .build();
    site.serve("/history.atom", request -> {
      int n = requests.getAndIncrement();
      if (n == 0) {
        return first;
      }
      return switch (scenario) {
        case UNCHANGED_200 -> first;
        case NOT_MODIFIED -> "\"v0\"".equals(request.getHeaders().get("If-None-Match"))
            ? notModified : first;
        case ONE_CHANGED -> changed[n % 2];
      };
    });
    Map<String, String> env = new HashMap<>();
    env.put("STATUSWACHT_SOURCE", site.url("/history.atom").toString());
    env.put("STATUSWACHT_DATA_DIR", data.toString());
    env.put("STATUSWACHT_MAIL_TRANSPORT", "file");
    env.put("STATUSWACHT_SUBSCRIBERS", "ops@example.org");
    env.put("STATUSWACHT_WEB_LISTEN", "off");
    var config = new ConfigLoader("bench", Clock.systemUTC())
        .load(data.resolve("none.yaml"), false, env);
    statuswacht = Statuswacht.create(config, Clock.systemUTC(), "bench");
    PollResult baseline = statuswacht.pollOnce();
    if (baseline.failed() || baseline.counts().created() != posts) {
      throw new IllegalStateException("the baseline poll did not read the feed: " + baseline);
    }
  }

  /**
   * One run of the daemon's poll job: the poll, then the digest check and the outbox's delivery
   * that follow every poll ({@link Statuswacht#pollJob}). Fails when the poll did not end as the
   * scenario expects it to.
   */
  PollResult poll() {
    PollResult result = statuswacht.pollOnce();
    statuswacht.queueDigests();
    statuswacht.deliver();
    if (result.failed()) {
      throw new IllegalStateException("poll failed: " + result);
    }
    return result;
  }

  private static MockResponse feed(String body, String etag) {
    MockResponse.Builder response = new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/atom+xml; charset=utf-8")
        .body(new Buffer().writeUtf8(body));
    if (etag != null) {
      response.setHeader("ETag", etag);
    }
    return response.build();
  }

  /** The root logger writes to {@code file} only: as much logging as the daemon does. */
  private static void logToFile(Path file) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAndStopAllAppenders();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{0} - %msg%n");
    encoder.start();
    FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setFile(file.toString());
    appender.setEncoder(encoder);
    appender.start();
    root.addAppender(appender);
  }

  @Override
  public void close() throws IOException {
    statuswacht.close();
    site.close();
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
