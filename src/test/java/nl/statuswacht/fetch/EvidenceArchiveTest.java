package nl.statuswacht.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceArchiveTest {
  private static final URI URL = URI.create("https://status.kvk.nl/history.atom");
  private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");
  // printf 'hello statuswacht' | sha256sum
  private static final String HELLO_SHA =
      "fa1e45ece59df5fbfc4ac31550b9b4e61422ec945989dcff867d351078a3ad7c";

  @TempDir Path dir;

  @Test
  void aBodyIsStoredCompressedUnderItsSha256() throws IOException {
    byte[] body = "hello statuswacht".getBytes(StandardCharsets.UTF_8);
    EvidenceArchive archive = new EvidenceArchive(dir);

    EvidenceArchive.Evidence evidence = archive.archive(URL, AT, "text/plain", body);

    assertThat(evidence.sha256()).isEqualTo(HELLO_SHA);
    assertThat(evidence.path()).isEqualTo(dir.resolve(HELLO_SHA.substring(0, 2))
        .resolve(HELLO_SHA + ".gz"));
    assertThat(evidence.size()).isEqualTo(17);
    assertThat(evidence.newlyStored()).isTrue();
    try (var in = new GZIPInputStream(Files.newInputStream(evidence.path()))) {
      assertThat(in.readAllBytes()).isEqualTo(body);
    }
    assertThat(archive.read(HELLO_SHA)).isEqualTo(body);
  }

  @Test
  void theSameBodyTwiceIsStoredOnceAndNeverOverwritten() throws IOException {
    byte[] body = "hello statuswacht".getBytes(StandardCharsets.UTF_8);
    EvidenceArchive archive = new EvidenceArchive(dir);
    Path path = archive.archive(URL, AT, null, body).path();
    var written = Files.getLastModifiedTime(path);
    Files.setLastModifiedTime(path, java.nio.file.attribute.FileTime.fromMillis(0));

    EvidenceArchive.Evidence again = archive.archive(URL, AT.plusSeconds(300), null, body);

    assertThat(again.newlyStored()).isFalse();
    assertThat(Files.getLastModifiedTime(path).toMillis()).isZero();
    assertThat(written.toMillis()).isPositive();
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
    }
  }

  @Test
  void readingAnAbsentBodySaysSo() {
    EvidenceArchive archive = new EvidenceArchive(dir);
    assertThatThrownBy(() -> archive.read(HELLO_SHA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(HELLO_SHA);
  }
}
