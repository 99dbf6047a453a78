package nl.statuswacht.cli;

import java.io.PrintWriter;
import java.net.URI;
import nl.statuswacht.config.Config;
import nl.statuswacht.fetch.Deadline;
import nl.statuswacht.fetch.Discovery;
import nl.statuswacht.fetch.Fetcher;
import nl.statuswacht.read.DocumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code statuswacht discover [URL]}: what a status page offers, and what would be read. */
@Command(name = "discover", mixinStandardHelpOptions = true,
    description = "Find out which feeds, JSON API and page a status page offers, and which"
        + " statuswacht would read.")
final class DiscoverCommand extends ConfiguredCommand {
  @Parameters(paramLabel = "URL", arity = "0..1",
      description = "The status page (default: the configured source).")
  URI url;

  @Override
  int run(Config config, PrintWriter out, PrintWriter err) {
    URI page = url != null ? url : config.source();
    // the budget runs on real time, like the HTTP timeouts (see README, Sources)
    Discovery.Result result = new Discovery(new Fetcher(config.http(), clock()),
        new DocumentReader(config.page()))
        .discover(page, Deadline.in(config.pollBudget(), "discovery"));
    out.println("discover " + page);
    for (Discovery.Probe probe : result.probes()) {
      out.printf("  %s %s%n    %s%n", probe.readable() ? "✓" : "✗", probe.url(), probe.note());
    }
    if (!result.skipped().isEmpty()) {
      out.println(result.skipped().size() + " skipped: not probed within the budget of "
          + config.pollBudget() + " (poll.budget)");
    }
    if (result.found()) {
      out.println("will read:");
      result.plan().forEach(u -> out.println("  " + u));
    } else {
      out.println("found nothing statuswacht can read");
    }
    return result.found() ? 0 : 1;
  }
}
