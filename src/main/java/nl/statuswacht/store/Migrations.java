package nl.statuswacht.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.statuswacht.loading.SeparateLoader;

/**
 * The schema's migrations ({@code src/main/resources/db/migration}), by Flyway, which is not even
 * loaded when the database already holds every one of them.
 *
 * <p>Flyway validates every applied migration against its file (reading and checksumming all of
 * them) before it finds that there is nothing to do, which is most of what a one-shot command such
 * as {@code statuswacht poll} costs beyond the JVM's start. So before it, {@link #upToDate} reads
 * Flyway's history table: when every migration on the class path is there, applied successfully,
 * and nothing else is (no failed row, no version this jar does not know, no other kind of row),
 * Flyway is skipped. Anything else, or anything this cannot tell (no history table yet, a class
 * path it cannot list, a file name it does not know), runs Flyway as before, which migrates,
 * repairs nothing and refuses what it always refused. What is given up when skipping is only
 * Flyway's check that a shipped migration was not edited after it was applied (never edit one:
 * add the next {@code V…}).
 *
 * <p>When Flyway runs, it runs in a class loader of its own ({@link #flywayLoader}, a {@link
 * SeparateLoader}), which is dropped when it is done: its some 420 classes are unloaded at the
 * next full collection instead of holding 7 MiB of the daemon's metadata and native memory for as
 * long as it lives (on a new database and after each upgrade that brings a migration;
 * BENCHMARKS.md, issue 17).
 */
final class Migrations {
  static final String LOCATION = "db/migration";
  /** The build's list of the migrations' file names, in {@link #LOCATION} (pom.xml). */
  static final String INDEX = "index.txt";
  private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

  private Migrations() {}

  /**
   * Brings the schema of {@code dataSource} up to date.
   *
   * @return whether Flyway ran (false: the database was already current)
   * @throws MigrationFailure when Flyway cannot migrate it
   */
  static boolean migrate(DataSource dataSource) {
    if (upToDate(dataSource, shipped())) {
      return false;
    }
    runIn(flywayLoader(), dataSource);
    return true;
  }

  /** Runs Flyway's migration with the classes of {@code loader} ({@link #flywayLoader}). */
  static void runIn(SeparateLoader loader, DataSource dataSource) {
    // not made the thread's context loader: a thread started meanwhile (H2's writer, when this
    // opens the file) would inherit it and keep Flyway's classes for as long as it lives
    @SuppressWarnings("unchecked")
    Consumer<DataSource> run = loader.bridge(Consumer.class);
    run.accept(dataSource);
  }

  /** A loader of Flyway's classes ({@code org.flywaydb.}) and {@link FlywayRun}, apart. */
  static SeparateLoader flywayLoader() {
    return new SeparateLoader("flyway", Migrations.class.getClassLoader(), FlywayRun.class,
        List.of("org.flywaydb."));
  }

  /**
   * Whether the database's history holds exactly {@code shipped}, each applied successfully by a
   * versioned SQL migration; false when {@code shipped} is unknown or the history cannot be read.
   */
  static boolean upToDate(DataSource dataSource, Optional<Set<String>> shipped) {
    if (shipped.isEmpty() || shipped.get().isEmpty()) {
      return false;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (!hasHistory(connection)) {
        // a new database: asked for rows of a table it does not have, H2 would write the error
        // to its trace file (statuswacht.trace.db) beside the database, for an operator to find
        return false;
      }
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select \"version\", \"type\", \"success\""
              + " from \"flyway_schema_history\"")) {
        return applied(rows).filter(shipped.get()::equals).isPresent();
      }
    } catch (SQLException e) {
      // a history table this does not understand: Flyway decides
      return false;
    }
  }

  /**
   * Whether the connection's current schema, where Flyway keeps it, has Flyway's history table
   * (that name alone: {@link Database#namePattern}).
   */
  private static boolean hasHistory(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(),
        Database.namePattern(meta, "flyway_schema_history"), null)) {
      return tables.next();
    }
  }

  /**
   * The version of each migration in the history {@code rows}; empty when a row is not one of ours
   * applied successfully.
   */
  private static Optional<Set<String>> applied(ResultSet rows) throws SQLException {
    Set<String> applied = new HashSet<>();
    while (rows.next()) {
      String version = rows.getString(1);
      String type = rows.getString(2);
      if (!rows.getBoolean(3)) {
        return Optional.empty(); // a failed migration: Flyway says what to do about it
      }
      if (version == null && ("TABLE".equals(type) || "SCHEMA".equals(type))) {
        continue; // Flyway's note that it created its table (or the schema)
      }
      if (version == null || !"SQL".equals(type)) {
        return Optional.empty(); // a repeatable, baseline, deleted or Java migration: not ours
      }
      applied.add(version);
    }
    return Optional.of(applied);
  }

  /**
   * The versions of the migrations on the class path ({@code V14__cluster.sql}: {@code 14}), or
   * empty when they cannot be listed or a file there is not a versioned migration.
   */
  static Optional<Set<String>> shipped() {
    return shipped(Migrations.class.getClassLoader());
  }

  /**
   * The versions of the migrations that {@code loader} finds. In a jar, the names come from the
   * index the build writes beside them ({@value #INDEX}), when it is there; else from the jar's
   * entries, all of them read to find these few (17,000 in statuswacht's jar: 3% of a 304 {@code
   * poll}'s instructions, BENCHMARKS.md). A folder is listed.
   */
  static Optional<Set<String>> shipped(ClassLoader loader) {
    Set<String> names = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(LOCATION);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        switch (root.getProtocol()) {
          case "file" -> {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(root.toURI()))) {
              files.forEach(file -> names.add(file.getFileName().toString()));
            }
          }
          case "jar" -> {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            String entry = connection.getEntryName(); // "db/migration/": the folder's entry
            String prefix = entry.endsWith("/") ? entry : entry + "/";
            JarFile jar = connection.getJarFile(); // cached by the URL handler: not closed here
            JarEntry index = jar.getJarEntry(prefix + INDEX);
            if (index != null) {
              try (BufferedReader lines = new BufferedReader(
                  new InputStreamReader(jar.getInputStream(index), StandardCharsets.UTF_8))) {
                lines.lines().filter(line -> !line.isBlank()).forEach(names::add);
              }
            } else {
              for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.startsWith(prefix) && name.length() > prefix.length()) {
                  names.add(name.substring(prefix.length()));
                }
              }
            }
          }
          default -> {
            return Optional.empty();
          }
        }
      }
    } catch (IOException | UncheckedIOException | URISyntaxException | ClassCastException e) {
      return Optional.empty();
    }
    names.remove(INDEX);
    Set<String> versions = new TreeSet<>();
    for (String name : names) {
      Matcher versioned = VERSIONED.matcher(name);
      if (!versioned.matches()) {
        return Optional.empty(); // a sub-folder, a repeatable migration, a callback: Flyway's
      }
      versions.add(versioned.group(1).replace('_', '.'));
    }
    return Optional.of(versions);
  }
}
