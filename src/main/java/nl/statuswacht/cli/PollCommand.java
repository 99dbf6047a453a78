package nl.statuswacht.cli;

import java.io.PrintWriter;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.Version;
import nl.statuswacht.config.Config;
import nl.statuswacht.notify.OutboxDispatcher;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.poll.PollShortcut;
import picocli.CommandLine.Command;

/**
 * {@code statuswacht poll}: one poll, a due digest, a delivery, and a line saying so. When the last
 * poll left nothing to do and wrote down what the next one needs, a page that answers 304 is
 * polled without opening the database ({@link PollShortcut}).
 */
@Command(name = "poll", mixinStandardHelpOptions = true,
    description = "Poll once now, queue a weekly digest that is due, deliver what is queued,"
        + " and exit.")
final class PollCommand extends ConfiguredCommand {
  @Override
  int run(Config config, PrintWriter out, PrintWriter err) {
    String version = Version.current();
    String source = main().configSource();
    PollShortcut.Attempt attempt = PollShortcut.attempt(config, version, source, clock());
    if (attempt.done() != null) {
      out.printf("%s %s: fetched=0 new=0 updated=0 queued=0 digests=0 sent=0%n",
          attempt.done().outcome(), attempt.done().url());
      return 0;
    }
    PollShortcut.Basis basis;
    int exit;
    try (Statuswacht statuswacht = Statuswacht.oneShot(config, clock(), version)) {
      statuswacht.database().refuseBesideTheDaemon(name());
      PollResult poll = statuswacht.pollOnce(attempt.fetched());
      int digests = 0;
      boolean digestFailed = false;
      try {
        digests = statuswacht.queueDigests();
      } catch (RuntimeException e) {
        // what the poll queued still goes out below
        err.println(name() + ": the weekly digest was not queued: " + e.getMessage());
        err.flush();
        digestFailed = true;
      }
      OutboxDispatcher.Report sent = statuswacht.deliver();
      PollResult.Counts counts = poll.counts();
      out.printf("%s %s: fetched=%d new=%d updated=%d queued=%d digests=%d sent=%d%s%s%n",
          poll.outcome(), poll.url(), counts.posts(), counts.created(), counts.updated(),
          counts.queued(), digests, sent.sent(),
          poll instanceof PollResult.Fetched f && f.baseline() ? " (baseline: no post mailed)"
              : "",
          poll instanceof PollResult.Failed f ? " — " + f.detail() : "");
      exit = poll.failed() || digestFailed ? 1 : 0;
      basis = exit == 0 ? statuswacht.shortcutBasis(poll) : null;
    }
    // after the close: the database file as this poll leaves it
    PollShortcut.write(config, version, source, basis);
    return exit;
  }
}
