package nl.statuswacht.faults;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import nl.statuswacht.config.RetrySettings;
import nl.statuswacht.config.SmtpSettings;
import nl.statuswacht.notify.Backoff;
import nl.statuswacht.notify.OutboxDispatcher;
import nl.statuswacht.notify.SmtpMailSender;
import nl.statuswacht.store.Database;

/**
 * The process {@link CrashWhileSendingIT} kills: it opens the statuswacht database and drains
 * its outbox once over SMTP, as the daemon's send job does, then exits.
 *
 * <p>Arguments: the database file (without {@code .mv.db}), the SMTP port on 127.0.0.1, and the
 * instant the clock stands at.
 */
public final class SendingProcess {
  static final RetrySettings RETRY =
      new RetrySettings(Duration.ofSeconds(30), Duration.ofHours(1), 20, 3);

  private SendingProcess() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    Clock clock = Clock.fixed(Instant.parse(args[2]), ZoneOffset.UTC);
    try (Database database = Database.openH2(file)) {
      System.out.println("draining " + file + " to 127.0.0.1:" + port);
      System.out.println(dispatcher(database, port, clock).drain());
    }
  }

  /** The outbox of {@code database} to the SMTP server on 127.0.0.1:{@code port}. */
  static OutboxDispatcher dispatcher(Database database, int port, Clock clock) {
    SmtpMailSender smtp = new SmtpMailSender(new SmtpSettings("127.0.0.1", port, null, null,
        false, Duration.ofSeconds(10), Duration.ofSeconds(120)), "sender.test");
    return new OutboxDispatcher(database, smtp,
        new Backoff(RETRY.baseDelay(), RETRY.maxDelay(), new Random(7)), RETRY, clock);
  }
}
