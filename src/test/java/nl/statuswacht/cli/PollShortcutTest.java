package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import nl.statuswacht.store.Database;
import nl.statuswacht.testing.Cli;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.MutableClock;
import nl.statuswacht.testing.StatusSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-shot {@code poll} of a page that answers 304, done without opening the database when the
 * poll before it left nothing to do ({@code poll.PollShortcut}); and every case in which the
 * next poll must be a full one after all.
 */
class PollShortcutTest {
  private static final String D01 = "tag:status.kvk.nl,2005:Incident/1000";
  /** Monday 7 December 2026, 07:30 in Amsterdam: the weekly digest fires at 08:00 (07:00Z). */
  private static final Instant MONDAY = Instant.parse("2026-12-07T06:30:00Z");
  private static final Instant DIGEST_FIRES = Instant.parse("2026-12-07T07:00:00Z");

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(MONDAY);
  private final String full = Fixtures.text("kvk/site/history.atom");
  private Path data;
  private Path journal;
  private Path file;

  @BeforeEach
  void paths() {
    data = dir.resolve("data");
    journal = data.resolve("poll-shortcut.journal");
    file = data.resolve("statuswacht.mv.db");
  }

  @Test
  void aPageThatAnswers304IsPolledWithoutTheDatabaseUntilTheDigestFallsDue() throws Exception {
    try (StatusSite site = new StatusSite()) {
      site.serve("/history.atom", StatusSite.conditionalFeed("\"v1\"", full));
      Map<String, String> env = env(site);
      Cli.Result baseline = run(env, "poll");
      assertThat(baseline.out()).as(baseline.err())
          .contains("fetched=20 new=20 updated=0 queued=0 digests=1 sent=1");
      assertThat(data.resolve("poll-shortcut.properties")).exists();
      String stamp = stamp(file);

      clock.set(MONDAY.plus(Duration.ofMinutes(15)));
      Cli.Result unchanged = run(env, "poll");

      assertThat(unchanged.exit()).isZero();
      assertThat(unchanged.out()).isEqualTo("not_modified " + site.url("/history.atom")
          + ": fetched=0 new=0 updated=0 queued=0 digests=0 sent=0\n");
      assertThat(stamp(file)).as("the database file was not opened").isEqualTo(stamp);
      RecordedRequest last = site.requests().get(site.requests().size() - 1);
      assertThat(last.getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
      assertThat(Files.readAllLines(journal)).singleElement().asString()
          .startsWith("2026-12-07T06:45:00Z\t").endsWith("\t" + site.url("/history.atom"));

      // 08:01 in Amsterdam: the digest is due, so the poll is a full one and queues it
      clock.set(DIGEST_FIRES.plus(Duration.ofMinutes(1)));
      Cli.Result due = run(env, "poll");

      assertThat(due.out()).as(due.err())
          .contains("not_modified").contains("digests=1 sent=1");
      assertThat(stamp(file)).isNotEqualTo(stamp);
      assertThat(emlTo("contracts@example.org")).as("last week's digest and this week's")
          .hasSize(2);
      assertThat(Files.size(journal)).as("written into the fetch log").isZero();
      assertThat(notModifiedFetches()).containsExactly(
          Instant.parse("2026-12-07T06:45:00Z"), DIGEST_FIRES.plus(Duration.ofMinutes(1)));
    }
  }

  @Test
  void aPageThatChangedIsPolledInFullAndItsNewPostMailedOnce() throws Exception {
    try (StatusSite site = new StatusSite()) {
      site.serve("/history.atom", StatusSite.conditionalFeed("\"v1\"",
          Fixtures.withoutAtomEntry(full, D01)));
      Map<String, String> env = env(site);
      assertThat(run(env, "poll").exit()).isZero();
      assertThat(data.resolve("poll-shortcut.properties")).exists();

      site.serve("/history.atom", StatusSite.conditionalFeed("\"v2\"", full));
      clock.advance(Duration.ofMinutes(5));
      int asked = site.requests().size();
      Cli.Result changed = run(env, "poll");
      assertThat(site.requestedPaths().subList(asked, site.requests().size()))
          .as("the full poll takes the shortcut's 200 instead of asking again")
          .containsExactly("/history.atom");

      assertThat(changed.out()).as(changed.err())
          .contains("fetched=20 new=1 updated=0 queued=1 digests=0 sent=1");
      assertThat(emlTo("ops@example.org")).hasSize(1);

      clock.advance(Duration.ofMinutes(5));
      Cli.Result again = run(env, "poll");
      assertThat(again.out()).contains("not_modified").contains("sent=0");
      assertThat(Files.readAllLines(journal)).as("the shortcut, with the new validators")
          .hasSize(1);
      assertThat(emlTo("ops@example.org")).hasSize(1);
    }
  }

  @Test
  void aChangedDatabaseChangedSettingsOrAnOpenDatabaseMakeTheNextPollAFullOne()
      throws Exception {
    try (StatusSite site = new StatusSite()) {
      site.serve("/history.atom", StatusSite.conditionalFeed("\"v1\"", full));
      Map<String, String> env = env(site);
      assertThat(run(env, "poll").exit()).isZero();

      // a subscriber added changes the database file
      assertThat(run(env, "subscribers", "add", "api@example.org").exit()).isZero();
      assertFull(env);

      // another setting: the next poll is a full one under it, and writes the shortcut anew
      Map<String, String> other = new HashMap<>(env);
      other.put("STATUSWACHT_POLL_MAX_NEW_POSTS", "7");
      assertFull(other);
      assertShortcut(other);
      assertFull(env);

      // a process that holds the database open (here: this one): its polls are full ones, and
      // the first after it closed the file too
      try (Database open = Database.openH2(data.resolve("statuswacht"))) {
        assertFull(env);
        assertFull(env);
      }
      assertFull(env);
      assertShortcut(env);

      // a release of held mails asked for (as `statuswacht release` asks the daemon): done by a
      // full poll
      Files.writeString(data.resolve("release-held-mails"), "");
      assertFull(env);
      assertThat(data.resolve("release-held-mails")).doesNotExist();
      assertShortcut(env);

      // the clock set back by two hours: the shortcut would hold for three; a full poll
      clock.advance(Duration.ofHours(-2));
      assertFull(env);
      assertShortcut(env);

      // a journal that cannot take the fetch (here: a directory in its place): a full poll,
      // which logs the 304 it is handed and does not ask again
      Files.deleteIfExists(journal);
      Files.createDirectory(journal);
      int asked = site.requests().size();
      String stamp = stamp(file);
      assertFull(env);
      assertThat(site.requests()).hasSize(asked + 1);
      assertThat(stamp(file)).as("the full poll logged the 304").isNotEqualTo(stamp);
      Files.delete(journal);

      // the written shortcut gone: a full poll, which writes it again
      Files.delete(data.resolve("poll-shortcut.properties"));
      assertFull(env);
      assertShortcut(env);
    }
  }

  @Test
  void aMailThatWaitsForARetryLeavesNoShortcut() throws Exception {
    try (StatusSite site = new StatusSite();
        java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
      site.serve("/history.atom", StatusSite.conditionalFeed("\"v1\"", full));
      Map<String, String> env = new HashMap<>(env(site));
      env.put("STATUSWACHT_MAIL_TRANSPORT", "smtp");
      env.put("STATUSWACHT_MAIL_SMTP_HOST", "127.0.0.1");
      env.put("STATUSWACHT_MAIL_SMTP_PORT", Integer.toString(closed.getLocalPort()));
      env.put("STATUSWACHT_MAIL_SMTP_STARTTLS", "off");
      closed.close(); // nothing listens there now: the digest waits for a retry

      Cli.Result baseline = run(env, "poll");
      assertThat(baseline.out()).as(baseline.err()).contains("digests=1 sent=0");
      assertThat(data.resolve("poll-shortcut.properties")).doesNotExist();

      assertFull(env);
      assertThat(data.resolve("poll-shortcut.properties")).doesNotExist();
    }
  }

  private void assertFull(Map<String, String> env) throws IOException {
    clock.advance(Duration.ofMinutes(1));
    Cli.Result poll = run(env, "poll");
    assertThat(poll.out()).as(poll.err()).contains("not_modified").contains("sent=0");
    // the shortcut would have appended its fetch; a full poll writes them into the fetch log
    assertThat(Files.isRegularFile(journal) ? Files.readAllLines(journal) : List.of()).isEmpty();
  }

  private void assertShortcut(Map<String, String> env) throws IOException {
    clock.advance(Duration.ofMinutes(1));
    long before = Files.exists(journal) ? Files.readAllLines(journal).size() : 0;
    String stamp = stamp(file);
    Cli.Result poll = run(env, "poll");
    assertThat(poll.out()).as(poll.err()).contains("not_modified").contains("sent=0");
    assertThat(stamp(file)).as("the shortcut leaves the database alone").isEqualTo(stamp);
    assertThat(Files.readAllLines(journal)).hasSize((int) before + 1);
  }

  private Cli.Result run(Map<String, String> env, String... args) {
    return Cli.run(env, clock, args);
  }

  private Map<String, String> env(StatusSite site) {
    return Map.of("STATUSWACHT_SOURCE", site.root().toString(),
        "STATUSWACHT_DATA_DIR", data.toString());
  }

  private static String stamp(Path file) throws IOException {
    return Files.size(file) + " " + Files.getLastModifiedTime(file).toInstant();
  }

  private List<Instant> notModifiedFetches() {
    try (Database database = Database.openH2(data.resolve("statuswacht"))) {
      return database.inTransaction(c -> {
        List<Instant> at = new java.util.ArrayList<>();
        try (ResultSet row = c.createStatement().executeQuery("select started_at from fetch_log"
            + " where outcome = 'not_modified' order by started_at")) {
          while (row.next()) {
            at.add(row.getObject(1, java.time.OffsetDateTime.class).toInstant());
          }
        }
        return at;
      });
    }
  }

  private List<Path> emlTo(String address) throws IOException {
    try (Stream<Path> files = Files.list(data.resolve("mail"))) {
      return files.filter(p -> p.toString().endsWith(".eml"))
          .filter(p -> Cli.recipient(p).equals(address)).toList();
    }
  }
}
