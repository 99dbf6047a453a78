package nl.statuswacht.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceArchiveTest {

  private static final URI URL = URI.create("https://status.kvk.nl/history.rss");
  private static final Instant FETCHED_AT = Instant.parse("2026-03-02T10:00:00Z");
  private static final byte[] RSS = "<rss version=\"2.0\"></rss>".getBytes(UTF_8);

  /** {@code printf '<rss version="2.0"></rss>' | sha256sum} */
  private static final String RSS_SHA256 =
      "adbc963b3a41aa0dec391f4d03d60e9a8085b1154fbcffa50707fe3cd3ab1aaa";

  @TempDir Path dir;

  @Test
  void storesTheBodyGzippedUnderItsSha256() throws IOException {
    Evidence evidence = archive().archive(URL, FETCHED_AT, "application/rss+xml", RSS);

    assertThat(evidence.sha256()).isEqualTo(RSS_SHA256);
    assertThat(evidence.path()).isEqualTo(dir.resolve("ad").resolve(RSS_SHA256 + ".gz"));
    assertThat(evidence.size()).isEqualTo(RSS.length);
    assertThat(evidence.newlyStored()).isTrue();
    assertThat(gunzip(evidence.path())).isEqualTo(RSS);
  }

  @Test
  void theSameBodyTwiceIsStoredOnce() throws IOException {
    EvidenceArchive archive = archive();

    Evidence first = archive.archive(URL, FETCHED_AT, "application/rss+xml", RSS);
    Evidence second = archive.archive(URL, FETCHED_AT.plusSeconds(300), null, RSS);

    assertThat(first.newlyStored()).isTrue();
    assertThat(second.newlyStored()).isFalse();
    assertThat(second.path()).isEqualTo(first.path());
    assertThat(filesUnder(dir)).containsExactly(first.path());
  }

  @Test
  void aStoredBlobRoundTrips() {
    EvidenceArchive archive = archive();
    byte[] empty = new byte[0];

    archive.archive(URL, FETCHED_AT, "application/rss+xml", RSS);
    Evidence none = archive.archive(URL, FETCHED_AT, null, empty);

    assertThat(archive.read(RSS_SHA256)).isEqualTo(RSS);
    assertThat(none.sha256())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(archive.read(none.sha256())).isEmpty();
  }

  @Test
  void aBodyHashedAndCompressedApartIsStoredAsOneArchivedWhole() throws IOException {
    // the poll hashes and compresses a changed body on two threads, then stores it
    byte[] compressed = EvidenceArchive.compress(RSS);
    Evidence evidence =
        archive().store(URL, FETCHED_AT, EvidenceArchive.sha256(RSS), compressed, RSS.length);

    assertThat(evidence.path()).isEqualTo(dir.resolve("ad").resolve(RSS_SHA256 + ".gz"));
    assertThat(evidence.size()).isEqualTo(RSS.length);
    assertThat(evidence.newlyStored()).isTrue();
    assertThat(gunzip(evidence.path())).isEqualTo(RSS);
    assertThat(archive().read(RSS_SHA256)).isEqualTo(RSS);

    Evidence again = archive().store(URL, FETCHED_AT, RSS_SHA256, compressed, RSS.length);
    assertThat(again.newlyStored()).isFalse();
    assertThat(filesUnder(dir)).containsExactly(evidence.path());
  }

  @Test
  void anExistingFileIsNeverOverwritten() throws IOException {
    Path existing = dir.resolve("ad").resolve(RSS_SHA256 + ".gz");
    Files.createDirectories(existing.getParent());
    Files.write(existing, "already here".getBytes(UTF_8));

    Evidence evidence = archive().archive(URL, FETCHED_AT, "application/rss+xml", RSS);

    assertThat(evidence.newlyStored()).isFalse();
    assertThat(Files.readString(existing)).isEqualTo("already here");
    assertThat(filesUnder(dir)).containsExactly(existing);
  }

  @Test
  void readingAnAbsentBlobSaysWhichOne() {
    String absent = "0".repeat(64);

    assertThatThrownBy(() -> archive().read(absent))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("no evidence with sha256 " + absent);
  }

  @Test
  void readingSomethingThatIsNotASha256IsABug() {
    assertThatThrownBy(() -> archive().read("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("../../etc/passwd");
  }

  @Test
  void aTamperedBlobIsNotPassedOffAsEvidence() throws IOException {
    Evidence evidence = archive().archive(URL, FETCHED_AT, null, RSS);
    Files.delete(evidence.path());
    new EvidenceArchive(dir.resolve("other"))
        .archive(URL, FETCHED_AT, null, "something else".getBytes(UTF_8));
    Path other = filesUnder(dir.resolve("other")).get(0);
    Files.copy(other, evidence.path());

    assertThatThrownBy(() -> archive().read(RSS_SHA256))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(RSS_SHA256);
  }

  private EvidenceArchive archive() {
    return new EvidenceArchive(dir);
  }

  private static byte[] gunzip(Path path) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      return in.readAllBytes();
    }
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
