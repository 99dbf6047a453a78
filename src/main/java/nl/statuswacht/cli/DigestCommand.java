package nl.statuswacht.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.Version;
import nl.statuswacht.config.Config;
import nl.statuswacht.digest.Week;
import nl.statuswacht.notify.AlertTemplates.Language;
import nl.statuswacht.store.OutboxRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code statuswacht digest}: the weekly digest printed, previewed as HTML, or mailed at once. */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "The weekly digest as it would be sent now: printed (plain text), written as"
        + " HTML with --preview, or mailed at once with --send-to.")
final class DigestCommand extends ConfiguredCommand {
  @Option(names = "--preview", paramLabel = "FILE",
      description = "Write the HTML part to FILE (and print where).")
  Path preview;

  @Option(names = "--send-to", paramLabel = "ADDRESS", converter = Converters.Address.class,
      description = "Send the digest to ADDRESS now (outside the weekly schedule).")
  String sendTo;

  @Option(names = "--week", paramLabel = "YYYY-Www", converter = Converters.WeekConverter.class,
      description = "The ISO week, e.g. 2026-W13 (default: the last week that has ended).")
  Week week;

  @Option(names = "--language", paramLabel = "nl|en",
      converter = Converters.LanguageConverter.class,
      description = "The language (default: the subscriber's, if ADDRESS is one; else nl).")
  Language language;

  @Override
  int run(Config config, PrintWriter out, PrintWriter err) throws IOException {
    Week chosen = week != null ? week : Week.lastEndedBy(clock().instant());
    if (chosen.start().isAfter(clock().instant())) {
      return usageError(err, "week " + chosen + " has not begun");
    }
    Optional<Language> lang = Optional.ofNullable(language);
    try (Statuswacht statuswacht = Statuswacht.oneShot(config, clock(), Version.current())) {
      if (sendTo != null) {
        statuswacht.database().refuseBesideTheDaemon(name() + " --send-to");
      }
      var digester = statuswacht.digester();
      var digest = digester.preview(chosen, Optional.ofNullable(sendTo), lang);
      if (preview != null) {
        Path parent = preview.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(preview, digest.html());
        out.println("wrote " + preview + " (" + digest.subject() + ")");
      }
      if (sendTo != null) {
        long id = digester.queueOnce(chosen, sendTo, lang);
        statuswacht.deliver();
        String state = statuswacht.database().inTransaction(c -> OutboxRepository.state(c, id));
        if (!state.equals("SENT")) {
          err.println(name() + ": " + chosen + " to " + sendTo + " not sent (see the log): "
              + (state.equals("DEAD") ? "the mail server refused it"
                  : "it waits in the outbox; the daemon retries it"));
          return 1;
        }
        out.println("sent " + chosen + " to " + sendTo + " via " + config.mail().transport());
      }
      if (preview == null && sendTo == null) {
        out.println(digest.subject());
        out.println();
        out.print(digest.text());
      }
    }
    return 0;
  }
}
