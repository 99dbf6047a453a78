package nl.statuswacht.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.SubscriberRepository;
import picocli.CommandLine.Command;

/** {@code statuswacht subscribers list}: everyone, one a line, and where they are kept. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List every subscriber, from the file and the database.")
final class SubscribersListCommand extends ConfiguredCommand {
  @Override
  int run(Config config, PrintWriter out, PrintWriter err) {
    try (Database database = Statuswacht.openDatabase(config)) {
      List<Subscriber> stored = database.inTransaction(SubscriberRepository::all);
      stored.forEach(s -> out.println(describe(s, "database")));
      var optedOut = database.inTransaction(SubscriberRepository::optedOut);
      config.subscribers().stream()
          .filter(s -> stored.stream().noneMatch(d -> d.address().equalsIgnoreCase(s.address())))
          .forEach(s -> {
            var when = optedOut.get(s.address().strip().toLowerCase(Locale.ROOT));
            out.println(describe(s, when == null ? "config" : "config, unsubscribed " + when));
          });
    }
    return 0;
  }

  private static String describe(Subscriber s, String where) {
    return s.address() + " (" + where + ") " + s.language()
        + (s.name() == null ? "" : " name=\"" + s.name() + "\"")
        + (s.categories().isEmpty() ? "" : " categories=" + s.categories())
        + (s.services().isEmpty() ? "" : " services=" + s.services())
        + (s.minPriority() == null ? "" : " min-priority=" + s.minPriority())
        + (s.delivery() == Subscriber.Delivery.IMMEDIATE ? ""
            : " delivery=" + s.delivery().name().toLowerCase(Locale.ROOT))
        + (s.reminders() ? "" : " no-reminders")
        + (s.quietFrom() == null ? "" : " quiet=" + s.quietFrom() + "-" + s.quietUntil())
        + (s.quietP1() ? " quiet-hours-p1" : "");
  }
}
