package nl.statuswacht.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.statuswacht.testing.Collected;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway is skipped when the database already holds every migration on the class path, and runs
 * whenever it does not (a new database, a migration missing or failed): on a real H2 file.
 */
class MigrationsTest {
  @TempDir Path dir;
  private JdbcConnectionPool pool;

  @BeforeEach
  void open() {
    pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("statuswacht").toAbsolutePath()
        + ";DB_CLOSE_ON_EXIT=FALSE", "statuswacht", "");
  }

  @AfterEach
  void close() {
    pool.dispose();
  }

  @Test
  void theClassPathHoldsEveryMigrationOfTheSourceTree() throws IOException {
    Set<String> files;
    try (Stream<Path> sql = Files.list(Path.of("src/main/resources/db/migration"))) {
      files = sql.map(p -> p.getFileName().toString().replaceFirst("^V(\\d+)__.*$", "$1"))
          .collect(Collectors.toSet());
    }

    assertThat(Migrations.shipped()).hasValue(files);
    assertThat(files).contains("1", "14");
  }

  @Test
  void theBuildsIndexNamesEveryMigrationOfTheSourceTree() throws IOException {
    Set<String> files;
    try (Stream<Path> sql = Files.list(Path.of("src/main/resources/db/migration"))) {
      files = sql.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
    Path index = Path.of("target/classes", Migrations.LOCATION, Migrations.INDEX);

    assertThat(Files.readAllLines(index)).containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void inAJarTheIndexNamesTheMigrationsAndWithoutOneTheEntriesDo() throws IOException {
    Path withIndex = jar("with-index.jar", Map.of(
        "db/migration/V1__one.sql", "select 1;",
        "db/migration/V2__two.sql", "select 2;",
        "db/migration/V3_1__three.sql", "select 3;",
        // the index, not the entries: a jar whose index left V3.1 out is read without it
        "db/migration/index.txt", "V1__one.sql\nV2__two.sql\n\n"));
    Path withoutIndex = jar("without-index.jar", Map.of(
        "db/migration/V1__one.sql", "select 1;",
        "db/migration/V3_1__three.sql", "select 3;",
        "other/V2__elsewhere.sql", "select 2;"));
    Path notAMigration = jar("not-a-migration.jar", Map.of(
        "db/migration/V1__one.sql", "select 1;",
        "db/migration/index.txt", "V1__one.sql\nREADME.md\n"));

    assertThat(shipped(withIndex)).hasValue(Set.of("1", "2"));
    assertThat(shipped(withoutIndex)).hasValue(Set.of("1", "3.1"));
    assertThat(shipped(notAMigration)).as("Flyway decides").isEmpty();
  }

  private Path jar(String name, Map<String, String> entries) throws IOException {
    Path jar = dir.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("db/migration/"));
      out.closeEntry();
      for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
        out.putNextEntry(new JarEntry(entry.getKey()));
        out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** {@link Migrations#shipped} of a loader of {@code jar} alone (and the platform's classes). */
  private static Optional<Set<String>> shipped(Path jar) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      return Migrations.shipped(loader);
    }
  }

  @Test
  void lookingAtANewDatabaseLeavesNoErrorInH2sTraceFile() throws SQLException {
    // a name the history's would match as a pattern, '_' matching any character
    execute("create table \"flywayXschemaXhistory\" (id int)");

    assertThat(Migrations.upToDate(pool, Migrations.shipped())).isFalse();

    // H2 writes a failed statement to statuswacht.trace.db beside the database
    assertThat(dir.resolve("statuswacht.trace.db")).doesNotExist();
  }

  @Test
  void aHistoryTableItCannotReadIsLeftToFlyway() throws SQLException {
    execute("create table \"flyway_schema_history\" (id int)");

    assertThat(Migrations.upToDate(pool, Migrations.shipped())).isFalse();
  }

  @Test
  void aNewDatabaseIsMigratedAndACurrentOneIsLeftToItself() throws SQLException {
    assertThat(Migrations.upToDate(pool, Migrations.shipped())).as("no history yet").isFalse();

    assertThat(Migrations.migrate(pool)).as("Flyway ran").isTrue();
    assertThat(versions()).hasSize(Migrations.shipped().orElseThrow().size());

    assertThat(Migrations.upToDate(pool, Migrations.shipped())).isTrue();
    assertThat(Migrations.migrate(pool)).as("Flyway skipped").isFalse();
  }

  @Test
  void aMissingMigrationIsRunByFlyway() throws SQLException {
    Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("13").load()
        .migrate();
    assertThat(versions()).doesNotContain("14");
    assertThat(Migrations.upToDate(pool, Migrations.shipped())).isFalse();

    assertThat(Migrations.migrate(pool)).isTrue();

    assertThat(versions()).contains("14");
    assertThat(Migrations.upToDate(pool, Migrations.shipped())).isTrue();
  }

  @Test
  void theLastRowOfTheHistoryMissingIsNotCurrentAndPuttingItBackIs() throws SQLException {
    Migrations.migrate(pool);
    execute("create table held as select * from \"flyway_schema_history\""
        + " where \"version\" = '14'");
    execute("delete from \"flyway_schema_history\" where \"version\" = '14'");

    assertThat(Migrations.upToDate(pool, Migrations.shipped())).isFalse();

    execute("insert into \"flyway_schema_history\" select * from held");
    assertThat(Migrations.upToDate(pool, Migrations.shipped())).isTrue();
  }

  @Test
  void aFailedRowOrAnUnknownVersionOrAnUnlistedClassPathIsLeftToFlyway() throws SQLException {
    Migrations.migrate(pool);
    execute("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '3'");
    assertThat(Migrations.upToDate(pool, Migrations.shipped())).as("a failed row").isFalse();
    execute("update \"flyway_schema_history\" set \"success\" = true where \"version\" = '3'");
    assertThat(Migrations.upToDate(pool, Migrations.shipped())).isTrue();

    Set<String> older = Migrations.shipped().orElseThrow().stream()
        .filter(v -> !v.equals("14")).collect(Collectors.toSet());
    assertThat(Migrations.upToDate(pool, Optional.of(older)))
        .as("the database is newer than this jar").isFalse();
    assertThat(Migrations.upToDate(pool, Optional.empty())).as("class path not listed").isFalse();
  }

  @Test
  void aDatabaseOpenedTwiceRunsFlywayOnce() {
    Path file = dir.resolve("twice");
    try (Database first = Database.openH2(file)) {
      assertThat(Migrations.upToDate(first.dataSource(), Migrations.shipped())).isTrue();
    }
    try (Database second = Database.openH2(file)) {
      assertThat(Migrations.migrate(second.dataSource())).isFalse();
    }
  }

  @Test
  void flywayRunsWithClassesOfItsOwnWhichAreUnloadedOnceItIsDone() throws Exception {
    nl.statuswacht.loading.SeparateLoader loader = Migrations.flywayLoader();
    assertThat(loader.loadClass("org.flywaydb.core.Flyway").getClassLoader())
        .as("Flyway is the loader's own").isSameAs(loader);
    assertThat(loader.loadClass("org.flywaydb.core.Flyway")).isNotSameAs(Flyway.class);
    assertThat(loader.loadClass("org.h2.Driver")).as("anything else is shared")
        .isSameAs(org.h2.Driver.class);
    Migrations.runIn(loader, pool);
    assertThat(versions()).hasSize(Migrations.shipped().orElseThrow().size());
    assertThat(Thread.currentThread().getContextClassLoader()).isNotSameAs(loader);

    WeakReference<ClassLoader> dropped = new WeakReference<>(loader);
    loader = null;
    // nothing Flyway did (a thread, a thread-local, a static of a shared class) holds on to it
    Collected.await(dropped);
  }

  @Test
  void aMigrationFlywayRefusesComesOutAsAFailureInItsWords() throws SQLException {
    Migrations.migrate(pool);
    execute("update \"flyway_schema_history\" set \"checksum\" = 1 where \"version\" = '3'");
    execute("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '17'");

    assertThatThrownBy(() -> Migrations.migrate(pool)).isInstanceOf(MigrationFailure.class)
        .hasMessageContaining("failed migration");
  }

  private Set<String> versions() throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("select \"version\" from \"flyway_schema_history\""
            + " where \"version\" is not null")) {
      Set<String> versions = new java.util.HashSet<>();
      while (rows.next()) {
        versions.add(rows.getString(1));
      }
      return versions;
    }
  }

  private void execute(String sql) throws SQLException {
    DataSource source = pool;
    try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
