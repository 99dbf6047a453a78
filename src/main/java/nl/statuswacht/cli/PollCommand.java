package nl.statuswacht.cli;

import java.io.PrintWriter;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.Version;
import nl.statuswacht.config.Config;
import nl.statuswacht.notify.OutboxDispatcher;
import nl.statuswacht.poll.PollResult;
import picocli.CommandLine.Command;

/** {@code statuswacht poll}: one poll, a due digest, a delivery, and a line saying so. */
@Command(name = "poll", mixinStandardHelpOptions = true,
    description = "Poll once now, queue a weekly digest that is due, deliver what is queued,"
        + " and exit.")
final class PollCommand extends ConfiguredCommand {
  @Override
  int run(Config config, PrintWriter out, PrintWriter err) {
    try (Statuswacht statuswacht = Statuswacht.oneShot(config, clock(), Version.current())) {
      statuswacht.database().refuseBesideTheDaemon(name());
      PollResult poll = statuswacht.pollOnce();
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
      return poll.failed() || digestFailed ? 1 : 0;
    }
  }
}
