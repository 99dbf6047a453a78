package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nl.statuswacht.testing.DaemonProcess;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.SmtpProxy;
import nl.statuswacht.testing.StatusSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The daemon killed with {@code kill -9} while it polls and while it sends, with real parts: real
 * {@code statuswacht run} processes, the fixture site on MockWebServer, GreenMail behind a proxy
 * that can hold the server's answer to a mail. Nothing is lost, nothing is mailed twice but the one
 * mail in flight.
 *
 * <p>The subclass says where the database is and who takes over: a second daemon on the same
 * PostgreSQL database (the Quartz cluster, {@code PostgresFailoverIT}), or the same H2 file's
 * daemon started again ({@link H2FailoverIT}).
 */
public abstract class FailoverScenarios {
  /** The poll interval of every daemon here. */
  protected static final Duration POLL = Duration.ofSeconds(10);

  private static final String D01 = "tag:status.kvk.nl,2005:Incident/1000";
  private static final String FULL = Fixtures.text("kvk/site/history.atom");
  private static final String BEFORE_D01 = Fixtures.withoutAtomEntry(FULL, D01);
  private static final String D01_OPEN = Fixtures.editAtomEntry(FULL, D01,
      entry -> entry.replaceFirst("&lt;p&gt;&lt;small&gt;Sep .*?&lt;/p&gt;", ""));
  private static final Predicate<String> POLLED = line -> line.contains(" poll source=");
  private static final Predicate<String> STARTED = line -> line.contains(" started source=");

  private GreenMail greenMail;
  private StatusSite site;
  private SmtpProxy proxy;
  private final List<DaemonProcess> daemons = new ArrayList<>();
  private final Map<String, Map<String, String>> settings = new HashMap<>();

  /** The environment that points a daemon at the database (and its data directory). */
  protected abstract Map<String, String> databaseEnv(String daemon);

  /** A connection to the database, to read what the daemons stored; closed after each use. */
  protected abstract Connection connect() throws SQLException;

  /** How many daemons run at once: two on PostgreSQL, one on an H2 file. */
  protected abstract int instances();

  /** The name of the daemon that runs the poll job now. */
  protected abstract String runningPoll(Connection c) throws SQLException;

  /** The name of the daemon that claimed the mail now {@code SENDING}. */
  protected abstract String sendingDaemon(Connection c) throws SQLException;

  /** After {@code killed} died: the daemon that carries on, already running (PostgreSQL) or
   * started now (H2). */
  protected abstract DaemonProcess takeOver(DaemonProcess killed) throws Exception;

  @BeforeEach
  void startParts() throws Exception {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    proxy = new SmtpProxy(greenMail.getSmtp().getPort());
    site = new StatusSite();
  }

  @AfterEach
  void stopParts() throws Exception {
    for (DaemonProcess daemon : daemons) {
      daemon.close();
    }
    site.close();
    proxy.close();
    greenMail.stop();
  }

  /** Every daemon started so far, the killed ones too. */
  protected List<DaemonProcess> daemons() {
    return List.copyOf(daemons);
  }

  /** Starts daemon {@code name} with the settings every scenario shares, and {@code more}. */
  protected DaemonProcess daemon(String name, Map<String, String> more) throws Exception {
    Map<String, String> env = new HashMap<>(databaseEnv(name));
    env.put("STATUSWACHT_SOURCE", site.root().toString());
    env.put("STATUSWACHT_POLL_INTERVAL", POLL.toSeconds() + "s");
    env.put("STATUSWACHT_WEB_LISTEN", "off");
    env.put("STATUSWACHT_MAIL_TRANSPORT", "smtp");
    env.put("STATUSWACHT_MAIL_SMTP_HOST", "127.0.0.1");
    env.put("STATUSWACHT_MAIL_SMTP_PORT", Integer.toString(proxy.port()));
    env.put("STATUSWACHT_MAIL_SMTP_STARTTLS", "off");
    env.put("STATUSWACHT_CLUSTER_INSTANCE", name);
    env.put("STATUSWACHT_CLUSTER_CHECK_IN", "1s");
    env.putAll(more);
    settings.put(name, more);
    DaemonProcess daemon = DaemonProcess.start(name, env);
    daemons.add(daemon);
    assertThat(daemon.await(STARTED, 1, Duration.ofSeconds(60))).as("%s", daemon).isTrue();
    return daemon;
  }

  /** Starts daemon {@code name} again, as it was started before. */
  protected DaemonProcess restart(String name) throws Exception {
    return daemon(name, settings.get(name));
  }

  /** Starts {@link #instances()} daemons, a, b, …, and waits for the baseline to be read. */
  private List<DaemonProcess> startAll(Map<String, String> more) throws Exception {
    List<DaemonProcess> started = new ArrayList<>();
    for (int i = 0; i < instances(); i++) {
      started.add(daemon(String.valueOf((char) ('a' + i)), more));
    }
    awaitPolls(started, 1);
    assertThat(count("select count(*) from post")).as("the baseline").isEqualTo(19);
    return started;
  }

  /** Waits until the daemons together logged {@code more} polls beyond those they have so far. */
  private static void awaitPolls(List<DaemonProcess> daemons, long more) throws Exception {
    long target = polls(daemons) + more;
    long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (polls(daemons) < target) {
      assertThat(System.nanoTime()).as("%s polls in 120 s:%n%s", more, daemons).isLessThan(end);
      daemons.get(0).await(POLLED, daemons.get(0).count(POLLED) + 1, Duration.ofMillis(250));
    }
  }

  private static long polls(List<DaemonProcess> daemons) {
    return daemons.stream().mapToLong(d -> d.count(POLLED)).sum();
  }

  @Test
  void everyPostIsStoredOnceEveryMailSentOnceAndTheDigestOncePerSubscriberAndWeek()
      throws Exception {
    site.atom("/history.atom", BEFORE_D01);
    List<DaemonProcess> running = startAll(Map.of());
    site.atom("/history.atom", D01_OPEN);
    awaitMails(1, "ops@example.org");
    awaitPolls(running, instances() + 1L); // the same page polled again: nothing new

    assertThat(count("select count(*) from post")).isEqualTo(20);
    assertThat(count("select count(*) from post_version")).isEqualTo(20);
    assertThat(recipients()).as("one alert, one digest: nothing twice")
        .containsExactlyInAnyOrderEntriesOf(Map.of("ops@example.org", 1, "contracts@example.org", 1));
    assertThat(count("select count(*) from digest")).isEqualTo(1);
    assertThat(duplicateMessageIds()).isEmpty();
    assertThat(running).as("every daemon still runs").allMatch(DaemonProcess::alive);
    if (instances() > 1) {
      assertThat(count("select count(*) from qrtz_scheduler_state"))
          .as("the daemons are one cluster").isEqualTo(instances());
    }
  }

  @Test
  void aDaemonKilledWhilePollingIsTakenOverAndTheNewPostMailedOnce() throws Exception {
    site.atom("/history.atom", BEFORE_D01);
    List<DaemonProcess> running =
        startAll(Map.of("STATUSWACHT_SUBSCRIBERS", "ops@example.org"));
    CountDownLatch fetching = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    site.serve("/history.atom", request -> {
      fetching.countDown();
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return StatusSite.feedResponse(D01_OPEN);
    });
    assertThat(fetching.await(2 * POLL.toSeconds() + 10, TimeUnit.SECONDS))
        .as("a daemon polls%n%s", running).isTrue();
    DaemonProcess polling = named(running, read(this::runningPoll));
    polling.kill();
    site.atom("/history.atom", D01_OPEN);
    release.countDown();
    long killedAt = System.nanoTime();

    DaemonProcess survivor = takeOver(polling);
    awaitMails(1, "ops@example.org");
    Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
    if (instances() > 1) {
      assertThat(takeover).as("taken over within two poll intervals%n%s", survivor)
          .isLessThanOrEqualTo(POLL.multipliedBy(2));
      assertThat(survivor.log()).as("the survivor says so")
          .anyMatch(line -> line.contains("schedule: poll job taken over from instance "
              + polling.name() + "-"));
    }
    awaitPolls(List.of(survivor), 2);
    assertThat(count("select count(*) from post")).isEqualTo(20);
    assertThat(recipients()).containsExactlyInAnyOrderEntriesOf(Map.of("ops@example.org", 1));
    assertThat(duplicateMessageIds()).isEmpty();
  }

  @Test
  void aDaemonKilledWhileSendingIsTakenOverAndOnlyTheMailInFlightArrivesTwice()
      throws Exception {
    site.atom("/history.atom", BEFORE_D01);
    List<DaemonProcess> running =
        startAll(Map.of("STATUSWACHT_SUBSCRIBERS", "ops@example.org, noc@example.org"));
    proxy.holdReplyToMessage(1);
    site.atom("/history.atom", D01_OPEN);
    assertThat(proxy.awaitHeld(POLL.multipliedBy(3))).as("a daemon sends%n%s", running).isTrue();
    DaemonProcess sending = named(running, read(this::sendingDaemon));
    String inFlight = read(c -> text(c, "select message_id from outbox where state = 'SENDING'"));
    sending.kill();
    long killedAt = System.nanoTime();

    takeOver(sending);
    awaitMails(3, null);
    Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
    if (instances() > 1) {
      assertThat(takeover).as("taken over within two poll intervals")
          .isLessThanOrEqualTo(POLL.multipliedBy(2));
    }
    assertThat(recipients()).as("both mails arrived, three in all: the one in flight twice")
        .containsOnlyKeys("ops@example.org", "noc@example.org");
    assertThat(greenMail.getReceivedMessages()).hasSize(3);
    assertThat(duplicateMessageIds()).as("only the mail in flight, with its own Message-ID")
        .containsExactly("<" + inFlight + ">");
    // a delivered mail's SENT mark is committed with the drain's next step, just after the server
    // has the mail: so it is awaited, not read at once
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(count("select count(*) from outbox where state = 'SENT'")).isEqualTo(2));
  }

  // ---------------------------------------------------------------------------------------------

  private static DaemonProcess named(List<DaemonProcess> daemons, String name) {
    return daemons.stream().filter(d -> d.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no daemon " + name + " among " + daemons));
  }

  /** Waits for {@code n} mails in all (to {@code recipient}, or to anyone when null). */
  private void awaitMails(int n, String recipient) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (mailsTo(recipient) < n) {
      assertThat(System.nanoTime()).as("%d mails within 90 s:%n%s", n, daemons).isLessThan(end);
      greenMail.waitForIncomingEmail(250, mailsTo(null) + 1);
    }
  }

  private int mailsTo(String recipient) throws MessagingException {
    int n = 0;
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      if (recipient == null
          || message.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient)) {
        n++;
      }
    }
    return n;
  }

  /** How many mails each recipient got. */
  private Map<String, Integer> recipients() throws MessagingException {
    Map<String, Integer> counts = new TreeMap<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      counts.merge(message.getRecipients(Message.RecipientType.TO)[0].toString(), 1,
          Integer::sum);
    }
    return counts;
  }

  private List<String> duplicateMessageIds() throws MessagingException {
    Map<String, Integer> ids = new TreeMap<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      ids.merge(message.getMessageID(), 1, Integer::sum);
    }
    return ids.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
  }

  /** A query's one number. */
  protected long count(String sql) throws SQLException {
    return read(c -> {
      try (Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
        row.next();
        return row.getLong(1);
      }
    });
  }

  /** A query's one text, or null when it has no row. */
  protected static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
      return row.next() ? row.getString(1) : null;
    }
  }

  /** A reading of the database. */
  @FunctionalInterface
  protected interface Reading<T> {
    T read(Connection c) throws SQLException;
  }

  protected <T> T read(Reading<T> reading) throws SQLException {
    try (Connection c = connect()) {
      return reading.read(c);
    }
  }
}
