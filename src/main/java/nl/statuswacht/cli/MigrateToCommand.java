package nl.statuswacht.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.DatabaseCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code statuswacht migrate-to URL}: the embedded H2 database of {@code data-dir} copied into an
 * empty PostgreSQL database ({@link DatabaseCopy}), its rows counted on both sides. Refused when the
 * configuration already names PostgreSQL, beside a running daemon, and into a database that holds
 * a row in any of statuswacht's tables (exit code 1).
 */
@Command(name = "migrate-to", mixinStandardHelpOptions = true,
    description = "Copy the embedded H2 database (data-dir) into an empty PostgreSQL database and"
        + " verify the counts of every table.")
final class MigrateToCommand extends ConfiguredCommand {
  @Parameters(paramLabel = "URL", converter = Converters.PostgresUrl.class,
      description = "The empty PostgreSQL database, jdbc:postgresql://host:5432/statuswacht; the"
          + " password only from " + ConfigLoader.DATABASE_PASSWORD_ENV + ".")
  String url;

  @Option(names = "--user", paramLabel = "USER",
      description = "The PostgreSQL user (default: database.user, STATUSWACHT_DATABASE_USER).")
  String user;

  @Override
  int run(Config config, PrintWriter out, PrintWriter err) {
    if (config.database().postgres()) {
      err.println(name() + ": the configuration already names PostgreSQL (database.url "
          + config.database().url() + "): there is no embedded H2 database to migrate");
      return 1;
    }
    Path file = Database.h2File(config.databaseFile());
    if (!Files.exists(file)) {
      err.println(name() + ": there is no H2 database at " + file + " (data-dir "
          + config.dataDir() + "): nothing to migrate");
      return 1;
    }
    try (Database source = Database.openH2(config.databaseFile())) {
      source.refuseBesideTheDaemon(name(), "which writes it",
          "copying a database that is being written is not a migration");
      try (Database target = Database.openPostgres(url,
          user != null ? user : config.database().user(), config.database().password())) {
        DatabaseCopy.Report report = DatabaseCopy.copy(source, target);
        print(report, out);
        if (!report.verified()) {
          err.println(name() + ": the counts differ in " + String.join(", ", report.differing())
              + " (was another process writing " + file + "?)");
          return 1;
        }
        out.println("next: set database.url to " + url + " (or STATUSWACHT_DATABASE_URL) and start"
            + " the daemon; the evidence archive stays files under " + config.evidenceDir()
            + ": copy or mount it into the daemon's data-dir");
        return 0;
      }
    }
  }

  /** The counts, one table a line: table, source, target. */
  private static void print(DatabaseCopy.Report report, PrintWriter out) {
    int width = report.counts().stream().mapToInt(c -> c.table().length())
        .max().orElse(0);
    String line = "%-" + Math.max(width, 5) + "s %10s %10s%s%n";
    out.printf(line, "table", "source", "target", "");
    for (DatabaseCopy.Count count : report.counts()) {
      out.printf(line, count.table(), count.source(), count.target(),
          count.matches() ? "" : "  differs");
    }
  }
}
