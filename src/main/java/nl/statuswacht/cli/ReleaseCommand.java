package nl.statuswacht.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.sql.SQLException;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.Config;
import nl.statuswacht.poll.PollCycle;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.StoreException;
import org.h2.api.ErrorCode;
import picocli.CommandLine.Command;

/**
 * {@code statuswacht release}: the mails a poll held (more new posts than
 * {@code poll.max-new-posts}) released; with the daemon running, a request it carries out.
 */
@Command(name = "release", mixinStandardHelpOptions = true,
    description = "Send the mails about new posts that a poll held because it found more at once"
        + " than poll.max-new-posts.")
final class ReleaseCommand extends ConfiguredCommand {
  @Override
  int run(Config config, PrintWriter out, PrintWriter err) throws IOException {
    try (Database database = Statuswacht.openDatabase(config)) {
      int released = database.durably(OutboxRepository::release);
      out.println(released == 0 ? "nothing held"
          : "released " + released + " held mail" + (released == 1 ? "" : "s")
              + "; they go out with the next delivery");
    } catch (StoreException e) {
      if (!(e.getCause() instanceof SQLException sql)
          || sql.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1) {
        throw e;
      }
      // the daemon holds the database: it releases them at its next poll
      Files.writeString(PollCycle.releaseRequest(config), "release\n");
      out.println("the running daemon releases the held mails at its next poll");
    }
    return 0;
  }
}
