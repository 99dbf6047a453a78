package nl.statuswacht.cli;

import java.io.PrintWriter;
import java.util.List;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.Config;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.OutboxRepository;
import picocli.CommandLine.Command;

/** {@code statuswacht outbox list}: the dead letters and any mail in doubt, oldest first. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the dead letters (and any mail a crash left in doubt), one a line,"
        + " oldest first.")
final class OutboxListCommand extends ConfiguredCommand {
  @Override
  int run(Config config, PrintWriter out, PrintWriter err) {
    try (Database database = Statuswacht.openDatabase(config)) {
      List<OutboxRepository.Letter> letters = database.inTransaction(OutboxRepository::stuck);
      letters.forEach(letter -> out.println(OutboxCommand.describe(letter)));
      long dead = letters.stream().filter(l -> l.state().equals("DEAD")).count();
      out.println(dead == 0 ? "no dead letters"
          : dead + (dead == 1 ? " dead letter" : " dead letters")
              + "; send again with: statuswacht outbox retry ID (or --all)");
    }
    return 0;
  }
}
