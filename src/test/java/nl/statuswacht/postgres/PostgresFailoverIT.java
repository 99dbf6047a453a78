package nl.statuswacht.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import nl.statuswacht.faults.FailoverScenarios;
import nl.statuswacht.testing.DaemonProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failover scenarios on PostgreSQL: two daemons, a and b, on one database form a Quartz
 * cluster (checking in every second). The one that polls or sends is killed; the other detects it
 * (its check-in stops) and runs its job again.
 */
class PostgresFailoverIT extends FailoverScenarios {
  @TempDir Path data;
  private Postgres postgres;

  @BeforeEach
  void database() throws Exception {
    postgres = new Postgres();
  }

  @AfterEach
  void dropDatabase() throws Exception {
    postgres.close();
  }

  @Override
  protected Map<String, String> databaseEnv(String daemon) {
    Map<String, String> env = new HashMap<>(postgres.env());
    env.put("STATUSWACHT_DATA_DIR", data.resolve(daemon).toString());
    return env;
  }

  @Override
  protected Connection connect() throws SQLException {
    return postgres.connect();
  }

  @Override
  protected int instances() {
    return 2;
  }

  @Override
  protected String runningPoll(Connection c) throws SQLException {
    return daemonOf(text(c, "select instance_name from qrtz_fired_triggers"
        + " where job_name = 'poll' and state = 'EXECUTING'"));
  }

  @Override
  protected String sendingDaemon(Connection c) throws SQLException {
    return daemonOf(text(c, "select claimed_by from outbox where state = 'SENDING'"));
  }

  /** a-1764510000000 → a: the instance id is the daemon's name and its start. */
  private static String daemonOf(String instanceId) {
    assertThat(instanceId).as("an instance id").isNotNull().matches("[ab]-\\d+");
    return instanceId.substring(0, 1);
  }

  @Override
  protected DaemonProcess takeOver(DaemonProcess killed) {
    return killed.name().equals("a") ? running("b") : running("a");
  }

  private DaemonProcess running(String name) {
    return daemons().stream().filter(d -> d.name().equals(name) && d.alive()).findFirst()
        .orElseThrow();
  }
}
