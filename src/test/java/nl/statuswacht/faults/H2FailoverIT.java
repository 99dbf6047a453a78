package nl.statuswacht.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import nl.statuswacht.testing.DaemonProcess;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failover scenarios on the embedded H2 file, where one daemon runs per file: the daemon is
 * killed and started again on the same data directory, and carries on where it stopped.
 */
class H2FailoverIT extends FailoverScenarios {
  @TempDir Path data;

  @Override
  protected Map<String, String> databaseEnv(String daemon) {
    return Map.of("STATUSWACHT_DATA_DIR", data.toString());
  }

  @Override
  protected Connection connect() throws SQLException {
    // through the running daemon (H2's mixed mode), or the file itself while none runs
    return DriverManager.getConnection(
        "jdbc:h2:file:" + data.resolve("statuswacht").toAbsolutePath() + ";AUTO_SERVER=TRUE",
        "statuswacht", "");
  }

  @Override
  protected int instances() {
    return 1;
  }

  @Override
  protected String runningPoll(Connection c) {
    return "a";
  }

  @Override
  protected String sendingDaemon(Connection c) {
    return "a";
  }

  @Override
  protected DaemonProcess takeOver(DaemonProcess killed) throws Exception {
    return restart(killed.name());
  }
}
