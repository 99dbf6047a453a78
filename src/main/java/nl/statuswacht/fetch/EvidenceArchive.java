package nl.statuswacht.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps every fetched body as evidence: gzip-compressed and content-addressed by the SHA-256 of
 * the uncompressed bytes, at {@code dir/<first 2 hex>/<sha256>.gz}. A stored blob is never
 * overwritten. Metadata (URL, time, content type) belongs in the database, not here.
 *
 * <p>A blob is written to a temporary file next to its final place and then published
 * atomically, so a reader never sees half a blob. Failing disks throw {@link
 * UncheckedIOException}s that name the URL and the path.
 */
public final class EvidenceArchive {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path dir;

  /** @param dir the archive's root; created when first needed */
  public EvidenceArchive(Path dir) {
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  /**
   * Stores {@code body} unless the same bytes are already there.
   *
   * @param url where the body came from, for messages
   * @param fetchedAt when it was fetched, for messages
   * @param contentType its Content-Type, or {@code null}; not stored here
   */
  public Evidence archive(URI url, Instant fetchedAt, String contentType, byte[] body) {
    Objects.requireNonNull(body, "body");
    return archive(url, fetchedAt, body, sha256(body));
  }

  /**
   * Stores {@code body}, whose SHA-256 the caller computed already ({@link #sha256(byte[])}),
   * unless the same bytes are already there: a blob that was removed is stored again.
   */
  public Evidence archive(URI url, Instant fetchedAt, byte[] body, String sha256) {
    Objects.requireNonNull(body, "body");
    Evidence stored = existing(sha256, body.length);
    return stored != null ? stored : store(url, fetchedAt, sha256, compress(body), body.length);
  }

  /**
   * The blob stored under {@code sha256} of a body of {@code size} bytes; null when there is none.
   */
  public Evidence existing(String sha256, long size) {
    Path target = pathOf(sha256);
    return Files.exists(target) ? new Evidence(sha256, target, size, false) : null;
  }

  /**
   * Stores a body already compressed ({@link #compress(byte[])}) under its SHA-256 ({@link
   * #sha256(byte[])}), unless a blob is there already: for a caller that hashes and compresses a
   * body on two threads at once.
   *
   * @param size the length of the uncompressed body
   */
  public Evidence store(URI url, Instant fetchedAt, String sha256, byte[] compressed, long size) {
    Objects.requireNonNull(compressed, "compressed");
    Evidence there = existing(sha256, size);
    if (there != null) {
      return there;
    }
    Path target = pathOf(sha256);
    try {
      boolean stored = store(compressed, target);
      return new Evidence(sha256, target, size, stored);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "evidence: cannot store the body of " + url + " fetched at " + fetchedAt + " as "
              + target + ": " + e.getMessage(),
          e);
    }
  }

  /** {@code body} compressed as the archive stores it ({@link FastGzip}). */
  public static byte[] compress(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, body.length / 8));
    try (OutputStream gzip = new FastGzip(out)) {
      gzip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip into memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /**
   * gzip at its fastest level, 64 KB at a time. A 5,000-post feed (5.6 MB) took 24 ms at the
   * default level (234 KB) and takes 10 ms (343 KB): a changed body is compressed while the poll
   * reads it, on one of two cores, and at the default level that slowed the poll's mail by about
   * 15 ms (BENCHMARKS.md). A blob of any level reads back the same.
   */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 64 * 1024);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }

  /**
   * The uncompressed body stored under {@code sha256}.
   *
   * @throws IllegalArgumentException when {@code sha256} is not 64 lowercase hex digits
   * @throws UncheckedIOException wrapping a {@link NoSuchFileException} when there is no such blob
   * @throws IllegalStateException when the blob no longer matches its hash
   */
  public byte[] read(String sha256) {
    Path path = pathOf(sha256);
    byte[] body;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      body = in.readAllBytes();
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(
          new NoSuchFileException(path.toString(), null, "no evidence with sha256 " + sha256));
    } catch (IOException e) {
      throw new UncheckedIOException("evidence: cannot read " + path + ": " + e.getMessage(), e);
    }
    if (!sha256(body).equals(sha256)) {
      throw new IllegalStateException("evidence: " + path + " does not match its sha256");
    }
    return body;
  }

  private Path pathOf(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a lowercase hex sha256: " + sha256);
    }
    return dir.resolve(sha256.substring(0, 2)).resolve(sha256 + ".gz");
  }

  /**
   * Writes the compressed bytes to a temporary file next to {@code target}, then publishes it;
   * false if beaten to it.
   */
  private static boolean store(byte[] compressed, Path target) throws IOException {
    Path folder = Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
    try {
      Files.write(temp, compressed);
      return publish(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Publishes {@code temp} as {@code target} atomically without ever replacing it: a hard link
   * fails when the target exists, where a rename (even {@code ATOMIC_MOVE}) replaces it on POSIX.
   * Where hard links are not to be had, falls back to an atomic move.
   */
  private static boolean publish(Path temp, Path target) throws IOException {
    try {
      Files.createLink(target, temp);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (UnsupportedOperationException | FileSystemException e) {
      if (Files.exists(target)) {
        return false;
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return true;
    }
  }

  /** The lowercase hex SHA-256 of {@code body}: the name its blob has in the archive. */
  public static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
