package nl.statuswacht.cli;

import nl.statuswacht.store.OutboxRepository;
import picocli.CommandLine.Command;

/** {@code statuswacht outbox list|retry}: groups them, and says what a stuck letter is. */
@Command(name = "outbox", mixinStandardHelpOptions = true,
    description = "List the mail statuswacht gave up on (dead letters), and send it again.",
    subcommands = {OutboxListCommand.class, OutboxRetryCommand.class})
final class OutboxCommand {
  private OutboxCommand() {}

  /** {@code 7 DEAD since … after 3 attempts: to "subject" — reason}, on one line. */
  static String describe(OutboxRepository.Letter letter) {
    String what = letter.state().equals("DEAD")
        ? "dead since " + letter.since() + " after " + letter.attempts()
            + (letter.attempts() == 1 ? " attempt" : " attempts")
        : "in doubt: statuswacht stopped while handing it over at " + letter.since()
            + "; the next delivery sends it again";
    return (letter.id() + " " + letter.recipient() + " " + what + ": \"" + letter.subject()
        + "\"" + (letter.lastError() == null ? "" : " — " + letter.lastError()))
        .replaceAll("[\\p{Cntrl}\u2028\u2029]+", " ");
  }
}
