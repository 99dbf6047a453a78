package nl.statuswacht.postgres;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import nl.statuswacht.config.RetrySettings;
import nl.statuswacht.config.SmtpSettings;
import nl.statuswacht.notify.Backoff;
import nl.statuswacht.notify.OutboxDispatcher;
import nl.statuswacht.notify.SmtpMailSender;
import nl.statuswacht.store.Database;
import nl.statuswacht.testing.MutableClock;

/**
 * One of the two processes of {@link PostgresOutboxIT}: opens the PostgreSQL database with a pool
 * of its own, waits for the go (a file the test creates), drains the outbox over SMTP until a few
 * passes in a row send nothing, prints {@code sent=N} and exits.
 *
 * <p>Arguments: the JDBC URL, the user, the SMTP port on 127.0.0.1, the instant the clock stands
 * at, the go file. The password comes from {@code TEST_POSTGRES_PASSWORD}, as the tests' does.
 */
public final class DrainingProcess {
  static final RetrySettings RETRY =
      new RetrySettings(Duration.ofSeconds(30), Duration.ofHours(1), 3, 2);

  private DrainingProcess() {}

  public static void main(String[] args) throws Exception {
    String password = System.getenv("TEST_POSTGRES_PASSWORD");
    try (Database database = Database.openPostgres(args[0], args[1], password)) {
      OutboxDispatcher dispatcher = dispatcher(database, Integer.parseInt(args[2]),
          new MutableClock(Instant.parse(args[3])));
      java.nio.file.Path go = java.nio.file.Path.of(args[4]);
      System.out.println("ready");
      System.out.flush();
      while (!java.nio.file.Files.exists(go)) {
        Thread.sleep(5);
      }
      System.out.println("sent=" + drainAll(dispatcher));
    }
  }

  static OutboxDispatcher dispatcher(Database database, int port, MutableClock clock) {
    return new OutboxDispatcher(database,
        new SmtpMailSender(new SmtpSettings("127.0.0.1", port, null, null, false,
            Duration.ofSeconds(5), Duration.ofSeconds(5))),
        new Backoff(RETRY.baseDelay(), RETRY.maxDelay(), new Random(7)), RETRY, clock);
  }

  /** Drains until three passes in a row send nothing; returns how many this dispatcher sent. */
  static int drainAll(OutboxDispatcher dispatcher) {
    int sent = 0;
    for (int quiet = 0; quiet < 3; ) {
      int now = dispatcher.drain().sent();
      sent += now;
      quiet = now == 0 ? quiet + 1 : 0;
    }
    return sent;
  }
}
