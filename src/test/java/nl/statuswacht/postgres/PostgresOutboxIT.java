package nl.statuswacht.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.statuswacht.config.RetrySettings;
import nl.statuswacht.config.SmtpSettings;
import nl.statuswacht.notify.Backoff;
import nl.statuswacht.notify.OutboxDispatcher;
import nl.statuswacht.notify.SmtpMailSender;
import nl.statuswacht.model.Post;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.EventKey;
import nl.statuswacht.store.EventKind;
import nl.statuswacht.store.PostRepository;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.testing.MutableClock;
import nl.statuswacht.testing.StoredPosts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two dispatchers drain the same outbox on PostgreSQL at once over real SMTP (GreenMail) — two
 * threads with a pool each, and two processes ({@link DrainingProcess}): each mail is claimed by
 * one of them ({@code FOR UPDATE SKIP LOCKED}) and arrives once.
 */
class PostgresOutboxIT {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final RetrySettings RETRY =
      new RetrySettings(Duration.ofSeconds(30), Duration.ofHours(1), 3, 2);
  private static final int RECIPIENTS = 60;
  private static final int PER_RECIPIENT = 5;

  private Postgres postgres;
  private GreenMail smtp;
  private final List<Database> databases = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    postgres = new Postgres();
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stop() throws Exception {
    databases.forEach(Database::close);
    smtp.stop();
    postgres.close();
  }

  private Database open() {
    Database database = Database.openPostgres(postgres.url, postgres.user, postgres.password);
    databases.add(database);
    return database;
  }

  private OutboxDispatcher dispatcher(Database database) {
    MutableClock clock = new MutableClock(NOW);
    return new OutboxDispatcher(database,
        new SmtpMailSender(new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), null, null,
            false, Duration.ofSeconds(5), Duration.ofSeconds(5))),
        new Backoff(RETRY.baseDelay(), RETRY.maxDelay(), new Random(7)), RETRY, clock);
  }

  /** Drains once both are ready, until it sends nothing; returns how many this one sent. */
  private static int drainAll(OutboxDispatcher dispatcher, CyclicBarrier start) throws Exception {
    start.await();
    return DrainingProcess.drainAll(dispatcher);
  }

  /** Queues RECIPIENTS × PER_RECIPIENT mails and returns the database it used. */
  private Database queueMails() {
    Database first = open();
    first.inTransaction(c -> {
      for (int n = 0; n < PER_RECIPIENT; n++) {
        // one post and NEW event per round: the outbox keeps one mail per (event, recipient)
        long post = PostRepository.insertPost(c, "https://status.kvk.nl", "p" + n, NOW);
        PostRepository.insertVersion(c, post, 1,
            new Post("p" + n, "Storing " + n, null, NOW, NOW, "", List.of(), null),
            StoredPosts.UNCLASSIFIED, "f".repeat(64), NOW, null);
        long event =
            PostRepository.insertEvent(c, post, 1, EventKey.of(EventKind.NEW), List.of(), NOW);
        for (int r = 0; r < RECIPIENTS; r++) {
          OutboxRepository.enqueue(c, event, new OutboxRepository.NewMail(
              "r" + r + "@example.org", "sw." + r + "." + n + "@example.net", null,
              "statuswacht@example.net", "[KVK status] " + n, "mail " + n), NOW);
        }
      }
      return null;
    });
    return first;
  }

  /** Every mail arrived once, is SENT once and has one sent-log line. */
  private void assertEachMailSentOnce(Database first, int total) {
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(total);
    assertThat(Arrays.stream(received).map(m -> {
      try {
        return m.getMessageID();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).distinct().count()).isEqualTo(total);
    int sentRows = first.inTransaction(c -> {
      try (ResultSet row = c.createStatement().executeQuery(
          "select count(*) from outbox where state = 'SENT'")) {
        row.next();
        return row.getInt(1);
      }
    });
    assertThat(sentRows).isEqualTo(total);
    int logged = first.inTransaction(c -> {
      try (ResultSet row = c.createStatement().executeQuery(
          "select count(*), count(distinct outbox_id) from sent_log")) {
        row.next();
        assertThat(row.getInt(2)).isEqualTo(row.getInt(1));
        return row.getInt(1);
      }
    });
    assertThat(logged).isEqualTo(total);
  }

  @Test
  void twoDispatchersDrainingOneOutboxNeverSendAMailTwice() throws Exception {
    Database first = queueMails();
    Database second = open();
    int total = RECIPIENTS * PER_RECIPIENT;

    ExecutorService threads = Executors.newFixedThreadPool(2);
    CyclicBarrier start = new CyclicBarrier(2);
    OutboxDispatcher a = dispatcher(first);
    OutboxDispatcher b = dispatcher(second);
    Future<Integer> byA = threads.submit(() -> drainAll(a, start));
    Future<Integer> byB = threads.submit(() -> drainAll(b, start));
    int sentByA = byA.get();
    int sentByB = byB.get();
    threads.shutdown();

    assertThat(sentByA + sentByB).isEqualTo(total);
    assertThat(sentByA).as("both delivered").isPositive();
    assertThat(sentByB).as("both delivered").isPositive();
    assertEachMailSentOnce(first, total);
  }

  @Test
  void twoProcessesDrainingOneOutboxNeverSendAMailTwice(@TempDir Path dir) throws Exception {
    Database first = queueMails();
    int total = RECIPIENTS * PER_RECIPIENT;
    Path go = dir.resolve("go");
    List<Process> processes = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    for (int n = 0; n < 2; n++) {
      Path log = dir.resolve("drain" + n + ".log");
      ProcessBuilder builder = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1",
          DrainingProcess.class.getName(), postgres.url, postgres.user,
          Integer.toString(smtp.getSmtp().getPort()), NOW.toString(), go.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().put("TEST_POSTGRES_PASSWORD", postgres.password);
      processes.add(builder.start());
      logs.add(log);
    }
    // both have opened the database before either starts
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    for (Path log : logs) {
      while (!(Files.exists(log) && Files.readString(log).contains("ready"))) {
        assertThat(System.nanoTime()).as("%s says ready", log).isLessThan(until);
        Thread.sleep(20);
      }
    }
    Files.createFile(go);
    int sum = 0;
    for (int n = 0; n < 2; n++) {
      assertThat(processes.get(n).waitFor(120, TimeUnit.SECONDS)).isTrue();
      String out = Files.readString(logs.get(n));
      assertThat(processes.get(n).exitValue()).as(out).isZero();
      java.util.regex.Matcher sent = java.util.regex.Pattern.compile("sent=(\\d+)").matcher(out);
      assertThat(sent.find()).as(out).isTrue();
      System.out.println("process " + n + ": " + sent.group());
      assertThat(Integer.parseInt(sent.group(1))).as("process %d delivered", n).isPositive();
      sum += Integer.parseInt(sent.group(1));
    }
    assertThat(sum).isEqualTo(total);
    assertEachMailSentOnce(first, total);
  }
}
