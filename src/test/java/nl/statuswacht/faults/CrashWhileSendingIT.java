package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.EventKind;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.PostRepository;
import nl.statuswacht.testing.SmtpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a batch of mails: a real child JVM drains the outbox of a real
 * H2 file to GreenMail through a slow SMTP proxy, and is killed with {@link
 * Process#destroyForcibly()} at the one instant that matters: GreenMail has taken the 4th mail and
 * said so, and the sender has not heard it. A restart then delivers the rest. Every mail arrives;
 * only the mail in flight arrives twice.
 */
class CrashWhileSendingIT {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final int MAILS = 10;
  /** The mail the sender is killed on: the server has it, the sender does not know. */
  private static final int IN_FLIGHT = 4;
  /**
   * How slow the server is to answer each mail: long enough that the sender's work between two
   * mails is not all written to the file together by H2's background writer (every 2 s).
   */
  private static final Duration SLOW = Duration.ofMillis(200);

  @TempDir Path dir;
  private GreenMail greenMail;

  @BeforeEach
  void startServer() {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  @AfterEach
  void stopServer() {
    greenMail.stop();
  }

  @Test
  void aSenderKilledInTheMiddleOfABatchSendsOnlyTheMailInFlightTwice() throws Exception {
    Path database = dir.resolve("statuswacht");
    List<String> queued = queue(database);
    Path log = dir.resolve("sender.log");

    try (SmtpProxy proxy = new SmtpProxy(greenMail.getSmtp().getPort())
        .slowReplies(SLOW).holdReplyToMessage(IN_FLIGHT)) {
      Process sender = new ProcessBuilder(javaCommand(), "-cp",
          System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1",
          SendingProcess.class.getName(), database.toString(), Integer.toString(proxy.port()),
          NOW.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      try {
        boolean held = proxy.awaitHeld(Duration.ofSeconds(90));
        assertThat(held).as("the sender reached mail %d; its log:%n%s", IN_FLIGHT,
            Files.exists(log) ? Files.readString(log) : "(none)").isTrue();
      } finally {
        sender.destroyForcibly();
        assertThat(sender.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
      }
      assertThat(sender.exitValue()).as("killed, not finished").isNotZero();
    }
    assertThat(greenMail.getReceivedMessages()).as("at the kill").hasSize(IN_FLIGHT);

    try (Database restarted = Database.openH2(database)) {
      assertThat(restarted.inTransaction(CrashWhileSendingIT::states))
          .as("what the killed sender left on the disk: the mails it was told were taken are"
              + " marked sent, and only the one in flight is in doubt")
          .containsExactly(Map.entry("PENDING", MAILS - IN_FLIGHT), Map.entry("SENDING", 1),
              Map.entry("SENT", IN_FLIGHT - 1));
      SendingProcess.dispatcher(restarted, greenMail.getSmtp().getPort(),
          Clock.fixed(NOW, ZoneOffset.UTC)).drain();
      int sent = restarted.inTransaction(c -> OutboxRepository.count(c, "SENT"));
      assertThat(sent).isEqualTo(MAILS);
    }

    Map<String, Integer> arrivals = new TreeMap<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      arrivals.merge(message.getMessageID(), 1, Integer::sum);
    }
    assertThat(arrivals.keySet()).as("every queued mail arrived")
        .containsExactlyInAnyOrderElementsOf(queued.stream().map(id -> "<" + id + ">").toList());
    assertThat(arrivals.entrySet()).filteredOn(e -> e.getValue() > 1)
        .as("at most one mail twice: the one in flight")
        .extracting(Map.Entry::getKey)
        .containsExactly("<" + queued.get(IN_FLIGHT - 1) + ">");
    assertThat(greenMail.getReceivedMessages()).hasSize(MAILS + 1);
  }

  /** How many outbox rows are in each state. */
  private static Map<String, Integer> states(Connection c) throws SQLException {
    Map<String, Integer> states = new TreeMap<>();
    try (ResultSet row = c.createStatement()
        .executeQuery("select state, count(*) from outbox group by state")) {
      while (row.next()) {
        states.put(row.getString(1), row.getInt(2));
      }
    }
    return states;
  }

  /** Queues {@link #MAILS} mails, each for its own event, and closes the database. */
  private static List<String> queue(Path file) {
    List<String> ids = new ArrayList<>();
    try (Database database = Database.openH2(file)) {
      database.inTransaction(c -> {
        for (int i = 1; i <= MAILS; i++) {
          long event = PostRepository.insertEventWithoutPost(c, EventKind.DIGEST, "mail " + i, NOW);
          String id = "sw.crash-" + i + "@example.net";
          OutboxRepository.enqueue(c, event, new OutboxRepository.NewMail("ops@example.org", id,
              null, "statuswacht@example.net", "Mail " + i + " of " + MAILS, "Mail " + i), NOW);
          ids.add(id);
        }
        return null;
      });
    }
    return ids;
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
