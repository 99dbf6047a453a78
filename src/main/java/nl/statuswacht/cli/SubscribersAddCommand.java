package nl.statuswacht.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import nl.statuswacht.notify.AlertTemplates.Language;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.SubscriberRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code statuswacht subscribers add ADDRESS [options]}: a new subscriber in the database, or,
 * with {@code --update}, one there changed in only the options given. Without {@code --update}
 * an address already in the database is refused (exit code 1), so that a typo in a second
 * {@code add} does not silently reset what the first one set; with it, an address not in the
 * database is refused the same way. Every option is checked as the file's {@code subscribers:}
 * checks it ({@link Converters}).
 */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Add a subscriber; or, with --update, change only the given options of one.")
final class SubscribersAddCommand extends ConfiguredCommand {
  @Parameters(paramLabel = "ADDRESS", converter = Converters.Address.class,
      description = "The email address.")
  String address;

  @Option(names = "--update",
      description = "Change a subscriber in the database: only the options given.")
  boolean update;

  @Option(names = "--name", paramLabel = "NAME", converter = Converters.Name.class,
      description = "A display name.")
  String name;

  @Option(names = "--language", paramLabel = "nl|en",
      converter = Converters.LanguageConverter.class, description = "nl (default) or en.")
  Language language;

  @Option(names = "--categories", split = ",", paramLabel = "CATEGORY",
      description = "Only these categories: ${COMPLETION-CANDIDATES}.")
  List<Category> categories;

  @Option(names = "--services", split = ",", paramLabel = "SERVICE",
      description = "Only these services: ${COMPLETION-CANDIDATES}.")
  List<Service> services;

  @Option(names = "--min-priority", paramLabel = "P1|P2|P3",
      converter = Converters.PriorityConverter.class,
      description = "Only incidents this severe (P1, P2, P3).")
  Priority minPriority;

  @Option(names = "--delivery", paramLabel = "HOW",
      description = "immediate (a mail per post, default), digest (the weekly digest only) or"
          + " both.")
  Subscriber.Delivery delivery;

  @Option(names = "--reminders", negatable = true,
      description = "Reminders before downtime windows (default) or --no-reminders.")
  Boolean reminders;

  @Option(names = "--quiet-hours", paramLabel = "HH:MM-HH:MM",
      converter = Converters.QuietHoursConverter.class,
      description = "Hold mail during these hours (Europe/Amsterdam), e.g. 22:00-07:00.")
  Converters.QuietHours quietHours;

  @Option(names = "--quiet-hours-p1", negatable = true,
      description = "Hold P1 incidents in quiet hours too (default: --no-quiet-hours-p1).")
  Boolean quietP1;

  @Override
  int run(Config config, PrintWriter out, PrintWriter err) {
    try (Database database = Statuswacht.openDatabase(config)) {
      Optional<Subscriber> stored = database.inTransaction(SubscriberRepository::all).stream()
          .filter(s -> s.address().equalsIgnoreCase(address)).findFirst();
      if (stored.isPresent() && !update) {
        err.println(name() + ": " + address + " is already a subscriber in the database; change"
            + " it with --update (only the options given change), or remove it first");
        return 1;
      }
      if (stored.isEmpty() && update) {
        err.println(name() + ": " + address + " is no subscriber in the database; add it"
            + " without --update");
        return 1;
      }
      Subscriber subscriber = stored.map(this::changed).orElseGet(this::added);
      // written through (by the daemon, when it serves the file) before it says so
      database.durably(c -> {
        SubscriberRepository.save(c, subscriber);
        return null;
      });
      out.println((update ? "updated " : "subscribed ") + subscriber.address());
      if (!update && config.subscribers().stream()
          .anyMatch(s -> s.address().equalsIgnoreCase(address))) {
        out.println(address + " is also in the config file: the database's settings apply");
      }
    }
    return 0;
  }

  /** A new subscriber: the options given, the defaults for the rest. */
  private Subscriber added() {
    return new Subscriber(address, name, code(language == null ? Language.NL : language),
        Set.copyOf(categories == null ? List.of() : categories),
        Set.copyOf(services == null ? List.of() : services), minPriority,
        delivery == null ? Subscriber.Delivery.IMMEDIATE : delivery,
        reminders == null || reminders, quietHours == null ? null : quietHours.from(),
        quietHours == null ? null : quietHours.until(), quietP1 != null && quietP1);
  }

  /** {@code old} with the options given, and nothing else, changed. */
  private Subscriber changed(Subscriber old) {
    return new Subscriber(old.address(), name != null ? name : old.name(),
        language != null ? code(language) : old.language(),
        categories != null ? Set.copyOf(categories) : old.categories(),
        services != null ? Set.copyOf(services) : old.services(),
        minPriority != null ? minPriority : old.minPriority(),
        delivery != null ? delivery : old.delivery(),
        reminders != null ? reminders : old.reminders(),
        quietHours != null ? quietHours.from() : old.quietFrom(),
        quietHours != null ? quietHours.until() : old.quietUntil(),
        quietP1 != null ? quietP1 : old.quietP1());
  }

  private static String code(Language language) {
    return language.name().toLowerCase(Locale.ROOT);
  }
}
