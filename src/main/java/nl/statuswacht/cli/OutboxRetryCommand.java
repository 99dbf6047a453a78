package nl.statuswacht.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.Version;
import nl.statuswacht.config.Config;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.OutboxRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code statuswacht outbox retry ID|--all}: dead letters queued again, their tries counted
 * afresh, and what is due delivered now; exit code 1 when one was not sent.
 */
@Command(name = "retry", mixinStandardHelpOptions = true,
    description = "Queue a dead letter (or all of them) again and deliver what is due now, as the"
        + " daemon would.")
final class OutboxRetryCommand extends ConfiguredCommand {
  @Parameters(paramLabel = "ID", arity = "0..1",
      description = "The dead letter's ID, as `statuswacht outbox list` shows it.")
  String id;

  @Option(names = "--all", description = "Every dead letter.")
  boolean all;

  @Override
  int run(Config config, PrintWriter out, PrintWriter err) {
    if ((id == null) == !all) {
      return usageError(err, "give one dead letter's ID, or --all");
    }
    Long only = null;
    if (id != null) {
      try {
        only = Long.parseLong(id.strip());
      } catch (NumberFormatException e) {
        return usageError(err, "ID is a number from `statuswacht outbox list`, not " + id);
      }
    }
    try (Statuswacht statuswacht = Statuswacht.oneShot(config, clock(), Version.current())) {
      Database database = statuswacht.database();
      database.refuseBesideTheDaemon(name());
      List<OutboxRepository.Letter> dead = database.inTransaction(OutboxRepository::stuck)
          .stream().filter(l -> l.state().equals("DEAD")).toList();
      List<OutboxRepository.Letter> chosen;
      if (only != null) {
        long wanted = only;
        chosen = dead.stream().filter(l -> l.id() == wanted).toList();
        if (chosen.isEmpty()) {
          Optional<String> state = database.inTransaction(c -> OutboxRepository.stateOf(c,
              wanted));
          err.println(name() + ": " + (state.isEmpty() ? "no mail " + wanted + " in the outbox"
              : "mail " + wanted + " is " + state.get() + ", not a dead letter"));
          return 1;
        }
      } else {
        chosen = dead;
      }
      if (chosen.isEmpty()) {
        out.println("no dead letters");
        return 0;
      }
      Instant now = clock().instant();
      database.inTransaction(c -> {
        for (OutboxRepository.Letter letter : chosen) {
          OutboxRepository.requeue(c, letter.id(), now);
        }
        return null;
      });
      statuswacht.deliver();
      boolean allSent = true;
      for (OutboxRepository.Letter letter : chosen) {
        String state = database.inTransaction(c -> OutboxRepository.state(c, letter.id()));
        boolean sent = state.equals("SENT");
        allSent &= sent;
        out.println(letter.id() + " " + letter.recipient() + ": " + (sent
            ? "sent via " + config.mail().transport()
            : state.equals("DEAD") ? "refused again (see the log and `statuswacht outbox list`)"
                : "not sent yet; it waits in the outbox and the daemon tries it again (see"
                    + " the log)"));
      }
      return allSent ? 0 : 1;
    }
  }
}
