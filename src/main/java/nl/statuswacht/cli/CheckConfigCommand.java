package nl.statuswacht.cli;

import java.io.PrintWriter;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.digest.DigestSchedule;
import picocli.CommandLine.Command;

/** {@code statuswacht check-config}: the configuration checked, and what it amounts to. */
@Command(name = "check-config", mixinStandardHelpOptions = true,
    description = "Validate the configuration and print it.")
final class CheckConfigCommand extends ConfiguredCommand {
  @Override
  int run(Config config, PrintWriter out, PrintWriter err) {
    out.println("configuration OK");
    out.println("  source:        " + config.source());
    out.println("  poll interval: " + config.pollInterval());
    out.println("  data dir:      " + config.dataDir().toAbsolutePath());
    out.println("  database:      " + (config.database().postgres()
        ? config.database().url() + " as " + config.database().user()
            + (config.database().password() == null ? "" : " (password from the environment)")
        : "embedded H2 " + config.databaseFile().toAbsolutePath() + ".mv.db"));
    out.println("  mail:          " + config.mail().transport()
        + (config.mail().transport().equals("smtp")
            ? " " + config.mail().smtp().host() + ":" + config.mail().smtp().port()
            : " → " + config.mail().fileDir().toAbsolutePath()));
    out.println("  subscribers:   " + config.subscribers().size() + " ("
        + config.subscribers().stream().filter(Subscriber::wantsDigest).count()
        + " with the weekly digest)");
    out.println("  digest:        " + config.digest().cron() + " in " + config.digest().zone()
        + ", next " + new DigestSchedule(config.digest())
            .nextFire(clock().instant()).map(i -> i.atZone(config.digest().zone()).toString())
            .orElse("never"));
    return 0;
  }
}
