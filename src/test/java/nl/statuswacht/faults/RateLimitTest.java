package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.ConfigException;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.poll.PollCycle;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.LogRecorder;
import nl.statuswacht.testing.MutableClock;
import nl.statuswacht.testing.StatusSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A status page that answers 429 and asks to be left alone far too long: statuswacht waits at
 * most {@code http.max-retry-after}, says so at WARN, and counts every poll it cannot read
 * meanwhile as failed, so the operator hears of it as of any other failure.
 */
class RateLimitTest {
  private static final String FEED = Fixtures.text("kvk/site/history.atom");
  private static final String OPERATOR = "operator@example.net";
  private static final Duration INTERVAL = Duration.ofMinutes(5);

  @TempDir Path data;
  private StatusSite site;
  private Statuswacht statuswacht;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

  @BeforeEach
  void start() throws Exception {
    site = new StatusSite();
  }

  @AfterEach
  void stop() throws Exception {
    if (statuswacht != null) {
      statuswacht.close();
    }
    site.close();
  }

  private void create(Map<String, String> extra) throws Exception {
    Map<String, String> env = new HashMap<>(Map.of(
        "STATUSWACHT_SOURCE", site.root().toString(),
        "STATUSWACHT_DATA_DIR", data.toString(),
        "STATUSWACHT_MAIL_OPERATOR", OPERATOR));
    env.putAll(extra);
    statuswacht = Statuswacht.create(new ConfigLoader("test", java.time.Clock.systemUTC())
            .load(data.resolve("none.yaml"),
        false, env), clock, "test");
  }

  private static MockResponse tooManyRequests(String retryAfter) {
    return new MockResponse.Builder().code(429).setHeader("Retry-After", retryAfter)
        .body("slow down").build();
  }

  private Instant retryNotBefore() {
    return statuswacht.database().inTransaction(c -> FetchRepository.httpState(c,
        site.url("/history.atom").toString())).retryNotBefore();
  }

  @Test
  void aDayLongRetryAfterWaitsAnHourWarnsAndAlertsTheOperatorLikeAnyFailure() throws Exception {
    create(Map.of());
    site.atom("/history.atom", FEED);
    assertThat(statuswacht.pollOnce().failed()).isFalse();

    site.serve("/history.atom", tooManyRequests("86400"));
    clock.advance(INTERVAL);
    Instant limitedAt = clock.instant();
    PollResult limited;
    try (LogRecorder log = new LogRecorder(PollCycle.class)) {
      limited = statuswacht.pollOnce();
      assertThat(log.at(Level.WARN)).singleElement().asString().contains("429")
          .contains("http.max-retry-after");
      assertThat(log.at(Level.INFO)).noneMatch(line -> line.contains("429"));
    }
    assertThat(limited.failed()).isTrue();
    assertThat(retryNotBefore()).as("capped at the default hour, not the day asked for")
        .isEqualTo(limitedAt.plus(Duration.ofHours(1)));

    int requests = site.requests().size();
    for (int i = 0; i < 4; i++) {
      clock.advance(INTERVAL);
      assertThat(statuswacht.pollOnce().failed()).as("poll %d while waiting", i).isTrue();
    }
    assertThat(site.requests()).as("nothing asked of the server while it asked us to wait,"
        + " not even by discovery after three failures").hasSize(requests);
    assertThat(count("select count(*) from event where kind = 'SOURCE_UNREADABLE'"))
        .isEqualTo(1);
    assertThat(count("select count(*) from outbox where recipient = '" + OPERATOR + "'"))
        .isEqualTo(1);

    clock.set(limitedAt.plus(Duration.ofHours(1)).plusSeconds(1));
    site.atom("/history.atom", FEED);
    assertThat(statuswacht.pollOnce().failed()).isFalse();
    assertThat(site.requests()).hasSizeGreaterThan(requests);
    assertThat(count("select count(*) from event where kind = 'SOURCE_READABLE'"))
        .isEqualTo(1);
  }

  @Test
  void anHttpDateAYearAheadIsCappedToo() throws Exception {
    create(Map.of());
    site.atom("/history.atom", FEED);
    statuswacht.pollOnce();
    Instant yearAhead = clock.instant().plus(Duration.ofDays(365));
    site.serve("/history.atom", tooManyRequests(
        DateTimeFormatter.RFC_1123_DATE_TIME.format(yearAhead.atOffset(ZoneOffset.UTC))));

    PollResult limited = statuswacht.pollOnce();

    assertThat(limited.failed()).isTrue();
    assertThat(((PollResult.Failed) limited).detail()).contains("429")
        .contains(yearAhead.toString());
    assertThat(retryNotBefore()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
  }

  @Test
  void theCapIsASettingAndAShorterRetryAfterIsHonouredAsAsked() throws Exception {
    create(Map.of("STATUSWACHT_HTTP_MAX_RETRY_AFTER", "10m"));
    site.atom("/history.atom", FEED);
    statuswacht.pollOnce();

    site.serve("/history.atom", tooManyRequests("86400"));
    statuswacht.pollOnce();
    assertThat(retryNotBefore()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));

    clock.advance(Duration.ofMinutes(10));
    site.serve("/history.atom", tooManyRequests("120"));
    statuswacht.pollOnce();
    assertThat(retryNotBefore()).isEqualTo(clock.instant().plusSeconds(120));
  }

  @Test
  void aCapThatIsNotAPositiveDurationIsRefusedNamingTheVariable() {
    ConfigException zero = catchThrowableOfType(ConfigException.class,
        () -> new ConfigLoader("test", java.time.Clock.systemUTC())
                .load(data.resolve("none.yaml"), false,
            Map.of("STATUSWACHT_HTTP_MAX_RETRY_AFTER", "0s")));
    ConfigException word = catchThrowableOfType(ConfigException.class,
        () -> new ConfigLoader("test", java.time.Clock.systemUTC())
                .load(data.resolve("none.yaml"), false,
            Map.of("STATUSWACHT_HTTP_MAX_RETRY_AFTER", "a day")));

    assertThat(zero.problems()).containsExactly("environment STATUSWACHT_HTTP_MAX_RETRY_AFTER:"
        + " http.max-retry-after: must be longer than zero");
    assertThat(word.problems()).containsExactly("environment STATUSWACHT_HTTP_MAX_RETRY_AFTER:"
        + " http.max-retry-after: 'a day' is not a duration (write 500ms, 30s, 5m, 1h, 2d or"
        + " PT5M)");
  }

  private int count(String sql) {
    return statuswacht.database().inTransaction(c -> {
      try (ResultSet row = c.createStatement().executeQuery(sql)) {
        row.next();
        return row.getInt(1);
      }
    });
  }
}
