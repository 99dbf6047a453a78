package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import nl.statuswacht.store.Database;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.StatusSite;
import nl.statuswacht.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user types it, with the environment a user sets. */
class MainTest {
  private static final String D01 = "tag:status.kvk.nl,2005:Incident/1000";
  @TempDir Path dir;

  private static Cli.Result run(Map<String, String> env, String... args) {
    return Cli.run(env, args);
  }

  @Test
  void checkConfigAcceptsTheShippedFile() {
    Cli.Result result = run(Map.of(), "check-config");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("configuration OK").contains("https://status.kvk.nl")
        .contains("file → ").contains("subscribers:   2 (1 with the weekly digest)")
        .contains("digest:        0 0 8 ? * MON in Europe/Amsterdam, next ");
    assertThat(result.out()).as("the next digest is at 08:00 Amsterdam time")
        .containsPattern("next \\d{4}-\\d{2}-\\d{2}T08:00\\+0[12]:00\\[Europe/Amsterdam\\]");
  }

  @Test
  void checkConfigListsEveryProblemWithoutAStackTrace() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "source: nope\npoll:\n  interval: soon\n");

    Cli.Result result = run(Map.of(), "--config", file.toString(), "check-config");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("the configuration has 2 problems:")
        .contains(file + ":1: source: 'nope' is not an http(s) URL")
        .contains(file + ":3: poll.interval: 'soon' is not a duration")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void versionNamesStatuswacht() {
    Cli.Result result = run(Map.of(), "--version");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("statuswacht ");
  }

  @Test
  void aNewUsersPathPollWritesEmlFilesForNewPostsAfterTheBaseline() throws Exception {
    String full = Fixtures.text("kvk/site/history.atom");
    try (StatusSite site = new StatusSite()) {
      Map<String, String> env = env(site);

      site.atom("/history.atom", Fixtures.withoutAtomEntry(full, D01));
      Cli.Result baseline = run(env, "poll");
      assertThat(baseline.exit()).as(baseline.err()).isZero();
      // the baseline mails no post; the default digest-only subscriber gets last week's digest
      assertThat(baseline.out()).contains("fetched=19 new=19 updated=0 queued=0 digests=1 sent=1")
          .contains("baseline");
      assertThat(emlFiles()).singleElement()
          .satisfies(eml -> assertThat(Cli.recipient(eml)).isEqualTo("contracts@example.org"));

      site.atom("/history.atom", full);
      Cli.Result next = run(env, "poll");
      assertThat(next.exit()).as(next.err()).isZero();
      assertThat(next.out()).contains("fetched=20 new=1 updated=0 queued=1 digests=0 sent=1");

      List<Path> mails = emlFiles().stream()
          .filter(eml -> Cli.recipient(eml).equals("ops@example.org")).toList();
      assertThat(mails).hasSize(1);
      try (InputStream in = Files.newInputStream(mails.get(0))) {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
        assertThat(mail.getSubject())
            .isEqualTo("[KVK storing P1] Storing: KVK API's niet bereikbaar — nieuw");
      }
    }
  }

  @Test
  void aDatabaseHeldByAnotherProcessIsNamedWithoutAStackTrace() throws Exception {
    try (StatusSite site = new StatusSite()) {
      site.atom("/history.atom", Fixtures.text("kvk/site/history.atom"));
      Map<String, String> env = env(site);
      assertThat(run(env, "poll").exit()).isZero();

      // a process that holds an OS lock on the file without serving it (an older statuswacht)
      Path file = dir.resolve("data/statuswacht.mv.db");
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ,
              StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        Cli.Result digest = run(env, "digest");
        assertThat(digest.exit()).isEqualTo(1);
        assertThat(digest.err()).isEqualTo("statuswacht: store: " + file.toAbsolutePath()
            + " is in use by another process that does not share it (no statuswacht server in "
            + file.toAbsolutePath().toString().replace(".mv.db", ".lock.db") + "): stop that"
            + " process first\n");
      }
      assertThat(run(env, "digest").exit()).as("free again").isZero();
    }
  }

  @Test
  void aDigestThatCannotBeQueuedDoesNotHoldBackThePostsMail() throws Exception {
    String full = Fixtures.text("kvk/site/history.atom");
    try (StatusSite site = new StatusSite()) {
      Map<String, String> env = env(site);
      site.atom("/history.atom", Fixtures.withoutAtomEntry(full, D01));
      assertThat(run(env, "poll").exit()).isZero();
      // a real fault of the store: the digest's watermark table is gone
      try (Database database = Database.openH2(dir.resolve("data/statuswacht"))) {
        database.inTransaction(c -> c.createStatement().execute("drop table digest_watermark"));
      }

      site.atom("/history.atom", full);
      Cli.Result next = run(env, "poll");

      assertThat(next.exit()).isEqualTo(1);
      assertThat(next.err()).startsWith("statuswacht poll: the weekly digest was not queued: ")
          .contains("DIGEST_WATERMARK");
      assertThat(next.out()).contains("fetched=20 new=1 updated=0 queued=1 digests=0 sent=1");
      assertThat(emlFiles()).extracting(Cli::recipient)
          .containsExactlyInAnyOrder("contracts@example.org", "ops@example.org");
    }
  }

  /** The environment of a user pointing statuswacht at {@code site}, with data under dir/data. */
  private Map<String, String> env(StatusSite site) {
    return Map.of("STATUSWACHT_SOURCE", site.root().toString(),
        "STATUSWACHT_DATA_DIR", dir.resolve("data").toString());
  }

  private List<Path> emlFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("data/mail"))) {
      return files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
    }
  }
}
