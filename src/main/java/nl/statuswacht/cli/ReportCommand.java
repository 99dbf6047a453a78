package nl.statuswacht.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.statuswacht.classify.Classifier;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.Config;
import nl.statuswacht.digest.DigestPost;
import nl.statuswacht.digestqueue.CurrentPosts;
import nl.statuswacht.rules.Availability;
import nl.statuswacht.rules.Rules;
import nl.statuswacht.rules.Scoreboard;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.FetchRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code statuswacht report}: the scoreboard against KVK's service levels. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "The scoreboard against KVK's service levels, from the database.")
final class ReportCommand extends ConfiguredCommand {
  enum Format { TEXT, JSON, HTML, CSV }

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Converters.Day.class,
      description = "First day (default: the policy's period before --to).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Converters.Day.class,
      description = "Last day (default: today in Europe/Amsterdam).")
  LocalDate to;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html|csv",
      description = "text (default), json, html or csv (one row per verdict).")
  Format format;

  @Override
  int run(Config config, PrintWriter out, PrintWriter err) {
    Instant now = clock().instant();
    LocalDate last = to != null ? to : LocalDate.ofInstant(now, Converters.AMSTERDAM);
    LocalDate first = from != null ? from
        : last.minusDays(config.policy().availabilityDays() - 1L);
    if (first.isAfter(last)) {
      return usageError(err, "--from " + first + " is after --to " + last);
    }
    Rules rules = new Rules(config.policy());
    try (Database database = Statuswacht.openDatabase(config)) {
      // judged again now (a PENDING incident may have passed its deadline); a window called
      // off took no time
      List<Scoreboard.Judged> posts = database.inTransaction(c -> CurrentPosts.load(c, rules,
          new Classifier(config.vocabulary()), now)).stream()
          .map(DigestPost::asHappened).toList();
      // the figures speak only for the time the page was read or its history shows
      String source = config.source().toString();
      Availability.Coverage coverage = database.inTransaction(c -> Scoreboard.coverage(posts,
          FetchRepository.firstRead(c, source).orElse(null),
          FetchRepository.lastRead(c, source).orElse(null)));
      Scoreboard.Board board = Scoreboard.compute(posts, config.policy(), rules.calendar(),
          first, last, now, coverage);
      out.print(ReportOutput.render(board, format.name().toLowerCase(Locale.ROOT), now));
    }
    return 0;
  }
}
