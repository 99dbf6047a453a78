package nl.statuswacht.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;
  private final ConfigLoader loader = new ConfigLoader("1.2.3", Clock.systemUTC());

  @Test
  void theShippedFileGivesTheDocumentedDefaults() throws Exception {
    Config config = loader.load(Path.of("conf/statuswacht.yaml"), true, Map.of());

    assertThat(config.source()).isEqualTo(URI.create("https://status.kvk.nl"));
    assertThat(config.pollInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.notifyOnBaseline()).isFalse();
    assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
    assertThat(config.mail().transport()).isEqualTo("file");
    assertThat(config.mail().fileDir()).isEqualTo(Path.of("./data/mail"));
    assertThat(config.mail().smtp().starttlsRequired()).isTrue();
    assertThat(config.http().maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
    assertThat(config.http().maxRedirects()).isEqualTo(5);
    assertThat(config.http().userAgent()).startsWith("statuswacht/1.2.3");
    assertThat(config.subscribers()).extracting(Subscriber::address, Subscriber::delivery)
        .containsExactly(tuple("ops@example.org", Subscriber.Delivery.IMMEDIATE),
            tuple("contracts@example.org", Subscriber.Delivery.DIGEST));
    assertThat(config.digest())
        .isEqualTo(new DigestSettings("0 0 8 ? * MON", ZoneId.of("Europe/Amsterdam")));
  }

  @Test
  void withoutAFileTheBuiltInDefaultsMatchTheShippedFile() throws Exception {
    Config shipped = loader.load(Path.of("conf/statuswacht.yaml"), true, Map.of());
    Config builtIn = loader.load(dir.resolve("absent.yaml"), false, Map.of());

    assertThat(builtIn.source()).isEqualTo(shipped.source());
    assertThat(builtIn.pollInterval()).isEqualTo(shipped.pollInterval());
    assertThat(builtIn.http()).isEqualTo(shipped.http());
    assertThat(builtIn.mail()).isEqualTo(shipped.mail());
    assertThat(builtIn.digest()).isEqualTo(shipped.digest());
    assertThat(builtIn.web()).isEqualTo(shipped.web());
    assertThat(builtIn.subscribers()).extracting(Subscriber::address)
        .isEqualTo(shipped.subscribers().stream().map(Subscriber::address).toList());
  }

  @Test
  void theDashboardListensOnLoopbackUnlessToldOtherwise() throws Exception {
    Config shipped = loader.load(Path.of("conf/statuswacht.yaml"), true, Map.of());
    assertThat(shipped.web()).isEqualTo(new WebSettings("127.0.0.1", 8080, null));
    Config moved = loader.load(dir.resolve("absent.yaml"), false, Map.of(
        "STATUSWACHT_WEB_LISTEN", "[::1]:9090",
        "STATUSWACHT_WEB_PUBLIC_URL", "https://status.example.org/watch/"));
    assertThat(moved.web()).isEqualTo(new WebSettings("::1", 9090,
        URI.create("https://status.example.org/watch/")));
    Config off = loader.load(dir.resolve("absent.yaml"), false,
        Map.of("STATUSWACHT_WEB_LISTEN", "off"));
    assertThat(off.web().enabled()).isFalse();
  }

  @Test
  void aWrongDashboardAddressIsOneLine() throws IOException {
    Path file = write("web:\n  listen: 8080\n  public-url: ftp://x\n");
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> loader.load(file, true, Map.of()));
    assertThat(e.problems()).containsExactly(
        file + ":2: web.listen: '8080' is not host:port (e.g. 127.0.0.1:8080, 0.0.0.0:8080) or"
            + " off",
        file + ":3: web.public-url: 'ftp://x' is not an http(s) URL");
    Path port = write("web:\n  listen: 127.0.0.1:99999\n");
    e = catchThrowableOfType(ConfigException.class, () -> loader.load(port, true, Map.of()));
    assertThat(e.problems()).containsExactly(port + ":2: web.listen: '127.0.0.1:99999' is not"
        + " host:port (e.g. 127.0.0.1:8080, 0.0.0.0:8080) or off");
  }

  @Test
  void anExplicitFileThatIsMissingIsAnError() {
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> loader.load(missing, true, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(missing + ": no such file");
  }

  @Test
  void environmentVariablesOverrideEverySetting() throws Exception {
    Config config = loader.load(Path.of("conf/statuswacht.yaml"), true, Map.of(
        "STATUSWACHT_SOURCE", "http://127.0.0.1:8080/",
        "STATUSWACHT_POLL_INTERVAL", "PT30S",
        "STATUSWACHT_DATA_DIR", "/var/lib/statuswacht",
        "STATUSWACHT_MAIL_TRANSPORT", "smtp",
        "STATUSWACHT_MAIL_SMTP_HOST", "relay.internal",
        "STATUSWACHT_MAIL_SMTP_STARTTLS", "off",
        "STATUSWACHT_SMTP_PASSWORD", "s3cret",
        "STATUSWACHT_SUBSCRIBERS", "a@example.org, b@example.org",
        "STATUSWACHT_DIGEST_CRON", "0 30 17 ? * FRI",
        "STATUSWACHT_DIGEST_ZONE", "Europe/London"));

    assertThat(config.source()).isEqualTo(URI.create("http://127.0.0.1:8080/"));
    assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.mail().fileDir()).isEqualTo(Path.of("/var/lib/statuswacht/mail"));
    assertThat(config.mail().transport()).isEqualTo("smtp");
    assertThat(config.mail().smtp().host()).isEqualTo("relay.internal");
    assertThat(config.mail().smtp().starttlsRequired()).isFalse();
    assertThat(config.mail().smtp().password()).isEqualTo("s3cret");
    assertThat(config.mail().smtp().toString()).doesNotContain("s3cret");
    assertThat(config.subscribers()).extracting(Subscriber::address)
        .containsExactly("a@example.org", "b@example.org");
    assertThat(config.digest())
        .isEqualTo(new DigestSettings("0 30 17 ? * FRI", ZoneId.of("Europe/London")));
  }

  @Test
  void aBadDigestScheduleIsNamedWithItsLine() throws IOException {
    Path file = write("digest:\n  cron: \"0 0 8 * * MON\"\n  zone: Mars/Olympus\n");
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> loader.load(file, true, Map.of()));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0)).startsWith(file + ":3: digest.zone: 'Mars/Olympus'");
    // Quartz wants '?' in one of day-of-month and day-of-week
    assertThat(e.problems().get(1)).startsWith(file + ":2: digest.cron: '0 0 8 * * MON' is not a"
        + " Quartz cron expression").contains("'0 0 8 ? * MON' for Monday 08:00");
  }

  @Test
  void aDigestScheduleThatWouldNotSendAWeeklyDigestIsRefused() throws Exception {
    ConfigLoader on28November2026 = new ConfigLoader("1.2.3",
        Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC));
    // noon UTC is 13:00 in Amsterdam; the gaps are checked over the coming year
    Map<String, String> refused = Map.of(
        "0 0 8 ? * MON 2020",
        "'0 0 8 ? * MON 2020' never fires after 2026-11-28 13:00 (Europe/Amsterdam)",
        "0 0 8 ? * MON 2026",
        "'0 0 8 ? * MON 2026' stops firing after 2026-12-28 08:00 (Europe/Amsterdam)",
        "0 * * ? * *", "'0 * * ? * *' fires more often than once an hour",
        // first Monday of 2027 is 4 January, 37 days ahead
        "0 0 8 ? * MON 2027",
        "'0 0 8 ? * MON 2027' does not fire until 2027-01-04 08:00 (Europe/Amsterdam)",
        "0 0 8 ? * MON 2028",
        "'0 0 8 ? * MON 2028' does not fire until 2028-01-03 08:00 (Europe/Amsterdam)",
        "0 0 8 1 12 ?", "'0 0 8 1 12 ?' leaves 365 days between 2026-12-01 08:00"
            + " (Europe/Amsterdam) and 2027-12-01 08:00 (Europe/Amsterdam)",
        // not from July to October: from the last Monday of June, 28 June 2027, to 1 November
        "0 0 8 ? 1-6,11-12 MON", "'0 0 8 ? 1-6,11-12 MON' leaves 126 days between 2027-06-28"
            + " 08:00 (Europe/Amsterdam) and 2027-11-01 08:00 (Europe/Amsterdam)");
    for (Map.Entry<String, String> cron : refused.entrySet()) {
      Path file = write("digest:\n  cron: \"" + cron.getKey() + "\"\n");
      ConfigException e = catchThrowableOfType(ConfigException.class,
          () -> on28November2026.load(file, true, Map.of()));
      assertThat(e).as(cron.getKey()).isNotNull();
      assertThat(e.problems()).singleElement().asString()
          .startsWith(file + ":2: digest.cron: " + cron.getValue() + "; the digest is weekly");
    }
    // hourly and monthly are the limits, and they pass
    for (String cron : new String[] {"0 0 * ? * *", "0 0 8 1 * ?"}) {
      Path file = write("digest:\n  cron: \"" + cron + "\"\n");
      assertThat(on28November2026.load(file, true, Map.of()).digest().cron()).isEqualTo(cron);
    }
  }

  @Test
  void everyProblemIsReportedTogetherWithFileLineAndKey() throws IOException {
    Path file = write("""
        source: ftp://status.kvk.nl
        poll:
          intervall: 5m
          notify-on-baseline: maybe
        mail:
          transport: smpt
          smtp:
            password: hunter2
        subscribers:
          - address: not-an-address
        """);

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> loader.load(file, true, Map.of("STATUSWACHT_POLL_INTERVL", "1m")));

    assertThat(e.problems()).containsExactlyInAnyOrder(
        file + ":1: source: 'ftp://status.kvk.nl' is not an http(s) URL",
        file + ":3: unknown key 'poll.intervall' (did you mean 'poll.interval'?)",
        file + ":4: poll.notify-on-baseline: 'maybe' is not one of true, false",
        file + ":6: mail.transport: 'smpt' is not one of file, smtp (did you mean 'smtp'?)",
        file + ":8: mail.smtp.password: secrets are not read from the file;"
            + " set the environment variable STATUSWACHT_SMTP_PASSWORD",
        file + ":10: subscribers.address: 'not-an-address' is not an email address",
        "environment STATUSWACHT_POLL_INTERVL: unknown setting"
            + " (did you mean 'STATUSWACHT_POLL_INTERVAL'?)");
  }

  @Test
  void theUnsubscribeKeyComesOnlyFromTheEnvironmentAndIsNeverShown() throws Exception {
    Config config = loader.load(dir.resolve("none.yaml"), false, Map.of(
        "STATUSWACHT_UNSUBSCRIBE_KEY", "k3y-secret",
        "STATUSWACHT_WEB_PUBLIC_URL", "https://statuswacht.example.org/"));

    assertThat(config.mail().unsubscribeKey()).isEqualTo("k3y-secret");
    assertThat(config.webPublicUrl()).isEqualTo(URI.create("https://statuswacht.example.org/"));
    assertThat(config.toString()).doesNotContain("k3y-secret");
    assertThat(loader.load(dir.resolve("none.yaml"), false, Map.of()))
        .satisfies(bare -> {
          assertThat(bare.mail().unsubscribeKey()).isNull();
          assertThat(bare.webPublicUrl()).isNull();
        });

    Path file = dir.resolve("statuswacht.yaml");
    Files.writeString(file, "mail:\n  unsubscribe-key: k3y-secret\nweb:\n  public-url: nope\n");
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> loader.load(file, true, Map.of()));
    assertThat(e.problems()).containsExactly(
        file + ":2: mail.unsubscribe-key: secrets are not read from the file;"
            + " set the environment variable STATUSWACHT_UNSUBSCRIBE_KEY",
        file + ":4: web.public-url: 'nope' is not an http(s) URL");
  }

  @Test
  void theDatabaseIsTheEmbeddedH2FileUnlessAPostgresUrlIsGiven() throws Exception {
    Config bare = loader.load(dir.resolve("none.yaml"), false, Map.of());
    assertThat(bare.database().postgres()).isFalse();
    assertThat(bare.database().url()).isNull();
    assertThat(bare.database().user()).isEqualTo("statuswacht");

    Config postgres = loader.load(dir.resolve("none.yaml"), false, Map.of(
        "STATUSWACHT_DATABASE_URL", "jdbc:postgresql://db.example.org:5432/statuswacht",
        "STATUSWACHT_DATABASE_USER", "watcher",
        "STATUSWACHT_DATABASE_PASSWORD", "pg-s3cret"));
    assertThat(postgres.database().postgres()).isTrue();
    assertThat(postgres.database().url())
        .isEqualTo("jdbc:postgresql://db.example.org:5432/statuswacht");
    assertThat(postgres.database().user()).isEqualTo("watcher");
    assertThat(postgres.database().password()).isEqualTo("pg-s3cret");
    assertThat(postgres.toString()).doesNotContain("pg-s3cret");
  }

  @Test
  void theClusterNameAndCheckInAreReadAndChecked() throws Exception {
    Config bare = loader.load(dir.resolve("none.yaml"), false, Map.of());
    assertThat(bare.database().cluster())
        .isEqualTo(new DatabaseSettings.Cluster("", Duration.ofMillis(7500)));

    Config named = loader.load(dir.resolve("none.yaml"), false, Map.of(
        "STATUSWACHT_CLUSTER_INSTANCE", "watch-2.prod", "STATUSWACHT_CLUSTER_CHECK_IN", "2s"));
    assertThat(named.database().cluster())
        .isEqualTo(new DatabaseSettings.Cluster("watch-2.prod", Duration.ofSeconds(2)));

    Path file = dir.resolve("cluster.yaml");
    Files.writeString(file, "cluster:\n  instance: a b\n  check-in: 500ms\n");
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> loader.load(file, true, Map.of()));
    assertThat(e.problems()).containsExactly(
        file + ":2: cluster.instance: 'a b' is not a name of at most 80 letters, digits, '.', '_'"
            + " and '-'");
    Files.writeString(file, "cluster:\n  check-in: 500ms\n");
    e = catchThrowableOfType(ConfigException.class, () -> loader.load(file, true, Map.of()));
    assertThat(e.problems()).containsExactly(
        file + ":2: cluster.check-in: '500ms' is outside 1s to 10m");
  }

  @Test
  void theDatabasePasswordIsNeverReadFromTheFileNorTheUrl() throws Exception {
    Path file = dir.resolve("statuswacht.yaml");
    Files.writeString(file, "database:\n  url: jdbc:mysql://db/x\n  password: pg-s3cret\n");
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> loader.load(file, true, Map.of()));
    assertThat(e.problems()).containsExactlyInAnyOrder(
        file + ":2: database.url: 'jdbc:mysql://db/x' is not a PostgreSQL JDBC URL (write"
            + " jdbc:postgresql://host:5432/statuswacht)",
        file + ":3: database.password: secrets are not read from the file;"
            + " set the environment variable STATUSWACHT_DATABASE_PASSWORD");

    ConfigException inUrl = catchThrowableOfType(ConfigException.class,
        () -> loader.load(dir.resolve("none.yaml"), false, Map.of("STATUSWACHT_DATABASE_URL",
            "jdbc:postgresql://db/x?user=a&password=pg-s3cret")));
    assertThat(inUrl.problems()).singleElement().asString()
        .startsWith("environment STATUSWACHT_DATABASE_URL: database.url: the URL carries a"
            + " password")
        .doesNotContain("pg-s3cret");
  }

  @Test
  void aBadValueFromTheEnvironmentNamesTheVariable() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> loader.load(dir.resolve("none.yaml"), false,
            Map.of("STATUSWACHT_POLL_INTERVAL", "five minutes")));

    assertThat(e.problems()).containsExactly(
        "environment STATUSWACHT_POLL_INTERVAL: poll.interval: 'five minutes' is not a duration"
            + " (write 500ms, 30s, 5m, 1h, 2d or PT5M)");
  }

  @Test
  void brokenYamlNamesTheLine() throws IOException {
    Path file = write("""
        source: https://status.kvk.nl
        poll:
          interval: 5m
          interval: 6m
        """);

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> loader.load(file, true, Map.of()));

    assertThat(e.problems())
        .containsExactly(file + ":4: duplicate key 'poll.interval' (first at line 3)");
  }

  @Test
  void yamlThatDoesNotParseNamesTheLineAndTheProblem() throws IOException {
    Path file = write("source: https://status.kvk.nl\npoll: interval: 5m\n");

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> loader.load(file, true, Map.of()));

    assertThat(e.problems())
        .containsExactly(file + ":2: mapping values are not allowed here");
  }

  @Test
  void aWrongValueIsReportedNotReplacedSoNothingElseIsJudgedAgainstAPlaceholder()
      throws IOException {
    Path file = write("""
        poll:
          interval: five minutes
          budget: 2m
        digest:
          zone: Mars/Olympus
        """);

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> loader.load(file, true, Map.of()));

    assertThat(e.problems()).containsExactlyInAnyOrder(
        file + ":2: poll.interval: 'five minutes' is not a duration (write 500ms, 30s, 5m, 1h, 2d"
            + " or PT5M)",
        file + ":5: digest.zone: 'Mars/Olympus' is not a time zone (write e.g."
            + " Europe/Amsterdam)");
  }

  @Test
  void zeroIntervalAndOutOfRangePortAreRefused() throws IOException {
    Path file = write("""
        poll:
          interval: 0s
        mail:
          smtp:
            port: 70000
        """);

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> loader.load(file, true, Map.of()));

    assertThat(e.problems()).containsExactlyInAnyOrder(
        file + ":2: poll.interval: must be longer than zero",
        file + ":5: mail.smtp.port: '70000' is not a whole number from 1 to 65535");
  }

  @Test
  void aPageWithoutFeedsIsDescribedBySelectorsAndABadSelectorIsNamed() throws Exception {
    Path file = write("""
        page:
          post: article.melding
          title: h2
          time: time
          zone: Europe/Amsterdam
        """);
    Config config = loader.load(file, true, Map.of());
    assertThat(config.page().post()).isEqualTo("article.melding");
    assertThat(config.page().title()).isEqualTo("h2");
    assertThat(config.page().link()).isNull();
    assertThat(loader.load(dir.resolve("none.yaml"), false, Map.of()).page())
        .isEqualTo(nl.statuswacht.read.HtmlSelectors.STATUSPAGE);

    Files.writeString(file, "page:\n  post: \"article[\"\n  zone: Mars/Olympus\n");
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> loader.load(file, true, Map.of()));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0)).startsWith(file + ":3: page.zone: 'Mars/Olympus'");
    assertThat(e.problems().get(1)).startsWith(file + ":2: page.post: ");
  }

  @Test
  void environmentNamesFollowTheKeys() {
    assertThat(ConfigLoader.envName("source")).isEqualTo("STATUSWACHT_SOURCE");
    assertThat(ConfigLoader.envName("mail.smtp.connect-timeout"))
        .isEqualTo("STATUSWACHT_MAIL_SMTP_CONNECT_TIMEOUT");
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("statuswacht.yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
