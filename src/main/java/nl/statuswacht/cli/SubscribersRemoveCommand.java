package nl.statuswacht.cli;

import java.io.PrintWriter;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.Config;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.SubscriberRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code statuswacht subscribers remove ADDRESS}: exit code 1 when there was none. */
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = "Remove a subscriber kept in the database (how an unsubscribe mail is handled"
        + " for now).")
final class SubscribersRemoveCommand extends ConfiguredCommand {
  @Parameters(paramLabel = "ADDRESS") String address;

  @Override
  int run(Config config, PrintWriter out, PrintWriter err) {
    boolean removed;
    try (Database database = Statuswacht.openDatabase(config)) {
      removed = database.durably(c -> SubscriberRepository.remove(c, address));
    }
    boolean configured = config.subscribers().stream()
        .anyMatch(s -> s.address().equalsIgnoreCase(address));
    out.println(removed ? "removed " + address : "no subscriber " + address + " in the database");
    if (configured) {
      out.println(address + " is also in the config file: remove it there too");
    }
    return removed ? 0 : 1;
  }
}
