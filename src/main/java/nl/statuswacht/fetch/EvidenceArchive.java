package nl.statuswacht.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The evidence archive: every fetched body, gzip-compressed, named by its SHA-256 under {@code
 * dir/<first two hex digits>/<sha256>.gz}, written once and never overwritten. Where and when a
 * body was fetched is recorded in the database beside it.
 */
public final class EvidenceArchive {
  private final Path dir;

  public EvidenceArchive(Path dir) {
    this.dir = dir;
  }

  /**
   * One archived body.
   *
   * @param size the uncompressed size in bytes
   * @param newlyStored false when the same body was archived before
   */
  public record Evidence(String sha256, Path path, long size, boolean newlyStored) {}

  /** Archives {@code body}; the same body twice is stored once. */
  public Evidence archive(URI url, Instant fetchedAt, String contentType, byte[] body) {
    String sha = sha256(body);
    Path target = path(sha);
    if (Files.exists(target)) {
      return new Evidence(sha, target, body.length, false);
    }
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), sha, ".tmp");
      try {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp))) {
          out.write(body);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        // another writer stored the same body first; it is the same bytes
      } finally {
        Files.deleteIfExists(temp);
      }
      return new Evidence(sha, target, body.length, true);
    } catch (IOException e) {
      throw new UncheckedIOException("evidence: cannot archive the body of " + url + " fetched at "
          + fetchedAt + " under " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The archived body with this hash, decompressed. */
  public byte[] read(String sha256) {
    Path path = path(sha256);
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("evidence: no archived body " + sha256 + " in " + dir);
    }
    try (var in = new GZIPInputStream(Files.newInputStream(path))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("evidence: cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private Path path(String sha) {
    if (!sha.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("evidence: not a SHA-256: " + sha);
    }
    return dir.resolve(sha.substring(0, 2)).resolve(sha + ".gz");
  }

  static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
