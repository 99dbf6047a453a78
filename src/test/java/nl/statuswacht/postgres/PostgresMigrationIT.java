package nl.statuswacht.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.statuswacht.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flyway brings an empty PostgreSQL database to the schema H2 gets, and a second open adds none. */
class PostgresMigrationIT {
  private Postgres postgres;

  @BeforeEach
  void create() throws Exception {
    postgres = new Postgres();
  }

  @AfterEach
  void drop() throws Exception {
    postgres.close();
  }

  private List<String> column(String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection c = postgres.connect(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery(sql)) {
      while (row.next()) {
        values.add(row.getString(1));
      }
    }
    return values;
  }

  @Test
  void everyMigrationRunsOnAnEmptyDatabaseAndASecondOpenChangesNothing() throws Exception {
    try (Database database =
        Database.openPostgres(postgres.url, postgres.user, postgres.password)) {
      assertThat(database.postgres()).isTrue();
      assertThat(database.servedByAnotherProcess()).isFalse();
    }
    List<String> applied = column("select version from flyway_schema_history where success"
        + " order by installed_rank");
    assertThat(applied).containsExactly(
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
        "18", "19");
    assertThat(column("select table_name from information_schema.tables"
        + " where table_schema = 'public' order by table_name"))
        .contains("post", "post_version", "post_update", "event", "outbox", "sent_log",
            "fetch_log", "subscriber", "digest", "post_sighting", "unsubscribed",
            "qrtz_triggers", "qrtz_scheduler_state", "qrtz_locks", "mail_content",
            "poll_quiet", "source_read", "post_generation");

    try (Database again = Database.openPostgres(postgres.url, postgres.user, postgres.password)) {
      again.durably(c -> null);
    }
    assertThat(column("select count(*) from flyway_schema_history")).containsExactly("19");
  }

  @Test
  void aWrongPasswordIsOneLineThatDoesNotShowIt() throws Exception {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() ->
        Database.openPostgres(postgres.url, postgres.user, "not-the-password-x7").close());
    assertThat(thrown).isInstanceOf(nl.statuswacht.store.StoreException.class)
        .hasMessageContaining("cannot connect to " + postgres.url)
        .hasMessageNotContaining("not-the-password-x7");
  }
}
