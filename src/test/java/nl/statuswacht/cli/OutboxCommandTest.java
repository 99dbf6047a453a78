package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.EventKind;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.PostRepository;
import nl.statuswacht.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code statuswacht outbox list|retry} with the file transport: what it says about each kind of
 * row, and its one-line errors. (Dead letters from a real SMTP refusal: faults.DeadLetterTest.)
 */
class OutboxCommandTest {
  private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");

  @TempDir Path dir;
  private Map<String, String> env;


  @BeforeEach
  void environment() {
    env = Map.of("STATUSWACHT_DATA_DIR", dir.resolve("data").toString());
  }

  private Cli.Result run(String... args) {
    return Cli.run(env, args);
  }

  /** Three mails: 1 sent, 2 a dead letter, 3 cut short while being handed over. */
  private void outbox() {
    try (Database database = Database.openH2(dir.resolve("data/statuswacht"))) {
      database.inTransaction(c -> {
        for (int i = 1; i <= 3; i++) {
          long event = PostRepository.insertEventWithoutPost(c, EventKind.DIGEST, "mail " + i, AT);
          OutboxRepository.enqueue(c, event, new OutboxRepository.NewMail("ops" + i
              + "@example.org", "sw." + i + "@example.net", null, "statuswacht@example.net",
              "Mail " + i, "Body " + i), AT);
        }
        OutboxRepository.markSending(c, 1, "a1", AT);
        OutboxRepository.markSent(c, OutboxRepository.due(c, AT, 10).get(0), "a1", "file", AT);
        OutboxRepository.markDead(c, 2, "file: cannot render\nsw.2", AT.plusSeconds(60));
        OutboxRepository.markSending(c, 3, "a3", AT.plusSeconds(120));
        return null;
      });
    }
  }

  @Test
  void listShowsDeadLettersAndMailInDoubtOneALine() {
    outbox();

    Cli.Result list = run("outbox", "list");

    assertThat(list.exit()).isZero();
    assertThat(list.out().lines()).containsExactly(
        "2 ops2@example.org dead since 2026-11-28T12:01:00Z after 1 attempt: \"Mail 2\" — file:"
            + " cannot render sw.2",
        "3 ops3@example.org in doubt: statuswacht stopped while handing it over at"
            + " 2026-11-28T12:02:00Z; the next delivery sends it again: \"Mail 3\"",
        "1 dead letter; send again with: statuswacht outbox retry ID (or --all)");
  }

  @Test
  void retryAllSendsTheDeadLetterAndTheMailInDoubtGoesWithIt() throws Exception {
    outbox();

    Cli.Result retry = run("outbox", "retry", "--all");

    assertThat(retry.exit()).as(retry.err()).isZero();
    assertThat(retry.out()).isEqualTo("2 ops2@example.org: sent via file\n");
    try (Stream<Path> files = Files.list(dir.resolve("data/mail"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("sw.2@example.net.eml", "sw.3@example.net.eml");
    }
    assertThat(run("outbox", "list").out()).isEqualTo("no dead letters\n");
  }

  @Test
  void retryErrorsAreOneLine() {
    outbox();

    assertThat(run("outbox", "retry")).isEqualTo(new Cli.Result(2, "",
        "statuswacht outbox retry: give one dead letter's ID, or --all\n"));
    assertThat(run("outbox", "retry", "2", "--all")).isEqualTo(new Cli.Result(2, "",
        "statuswacht outbox retry: give one dead letter's ID, or --all\n"));
    assertThat(run("outbox", "retry", "two")).isEqualTo(new Cli.Result(2, "",
        "statuswacht outbox retry: ID is a number from `statuswacht outbox list`, not two\n"));
    assertThat(run("outbox", "retry", "99")).isEqualTo(new Cli.Result(1, "",
        "statuswacht outbox retry: no mail 99 in the outbox\n"));
    assertThat(run("outbox", "retry", "1")).isEqualTo(new Cli.Result(1, "",
        "statuswacht outbox retry: mail 1 is SENT, not a dead letter\n"));
    assertThat(run("outbox", "list").out()).as("nothing was retried")
        .contains("1 dead letter;");
  }

  @Test
  void anEmptyOutboxHasNoDeadLetters() {
    assertThat(run("outbox", "list")).isEqualTo(new Cli.Result(0, "no dead letters\n", ""));
    assertThat(run("outbox", "retry", "--all")).isEqualTo(new Cli.Result(0, "no dead letters\n", ""));
  }

  @Test
  void aDatabaseInUseIsAOneLineError() throws Exception {
    outbox();
    Path file = dir.resolve("data/statuswacht.mv.db");
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      Cli.Result list = run("outbox", "list");

      assertThat(list.exit()).isEqualTo(1);
      assertThat(list.err()).isEqualTo("statuswacht: store: " + file.toAbsolutePath()
          + " is in use by another process that does not share it (no statuswacht server in "
          + file.toAbsolutePath().toString().replace(".mv.db", ".lock.db") + "): stop that"
          + " process first\n");
    }
  }
}
