package nl.statuswacht.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V18: the fingerprint of a post's current version is kept on the post, so that where the posts
 * stand is read without their versions. Stored with each new version, and filled in for a
 * database whose posts were stored before.
 */
class CurrentFingerprintTest {
  private static final String SOURCE = "https://status.example.org";
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  private static final String FIRST = "a".repeat(64);
  private static final String SECOND = "b".repeat(64);

  @TempDir Path dir;

  @Test
  void eachNewVersionsFingerprintIsWhereThePostStands() {
    try (Database database = Database.openH2(dir.resolve("statuswacht"))) {
      database.inTransaction(c -> {
        long id = PostRepository.insertPost(c, SOURCE, "x1", NOW);
        version(c, id, 1, FIRST);
        assertThat(fingerprints(c)).isEqualTo(Map.of("x1", FIRST));

        version(c, id, 2, SECOND);
        assertThat(fingerprints(c)).isEqualTo(Map.of("x1", SECOND));
        return null;
      });
    }
  }

  @Test
  void aDatabaseOfTheReleaseBeforeGetsItsCurrentVersionsFingerprints() throws Exception {
    Path file = dir.resolve("statuswacht");
    String url = OldSchema.at(file, "17");
    try (Connection c = DriverManager.getConnection(url, "statuswacht", "");
        Statement s = c.createStatement()) {
      s.execute("insert into post (id, source, post_key, first_seen, last_seen, current_version)"
          + " values (1, '" + SOURCE + "', 'x1', current_timestamp, current_timestamp, 2),"
          + " (2, '" + SOURCE + "', 'x2', current_timestamp, current_timestamp, 1)");
      for (String[] version : new String[][] {{"1", "1", FIRST}, {"1", "2", SECOND},
          {"2", "1", SECOND}}) {
        s.execute("insert into post_version (post_id, version, fingerprint, seen_at, title,"
            + " latest_status, body) values (" + version[0] + ", " + version[1] + ", '"
            + version[2] + "', current_timestamp, 't', '', 'b')");
      }
    }

    try (Database database = Database.openH2(file)) {
      database.inTransaction(c -> {
        assertThat(fingerprints(c)).isEqualTo(Map.of("x1", SECOND, "x2", SECOND));
        return null;
      });
    }
  }

  private static void version(Connection c, long id, int version, String fingerprint)
      throws SQLException {
    Post post = new Post("x1", "Storing KVK API", null, NOW, NOW, "De KVK API is verstoord.",
        List.of(), null);
    Classification incident = new Classification(Category.INCIDENT, true,
        List.of(Service.KVK_API), Priority.P2, null, null, null, NOW, null, null, Map.of());
    PostRepository.insertVersion(c, id, version, post, incident, fingerprint, NOW, null);
  }

  private static Map<String, String> fingerprints(Connection c) throws SQLException {
    Map<String, String> fingerprints = new HashMap<>();
    SightingRepository.standings(c, SOURCE)
        .forEach((key, standing) -> fingerprints.put(key, standing.fingerprint()));
    return fingerprints;
  }
}
