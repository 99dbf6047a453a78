package nl.statuswacht.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a response body, gunzipping it when the server says so, and stops one byte past the cap:
 * a body is never read whole into memory before it is measured, so a gzip bomb costs at most the
 * cap.
 */
final class BoundedBody {

  /** The largest array a JVM hands out, give or take its header. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  /**
   * How many bytes of a body are read and compared with the last one at a time: the most the
   * JDK's socket reads at once (128 KB, {@code sun.nio.ch.NioSocketImpl}). Half that took twice
   * the reads, and a 5.5 MB body served again cost the daemon's poll about 0.7 ms more of its 5
   * (BENCHMARKS.md).
   */
  private static final int COMPARED_AT_A_TIME = 128 * 1024;

  private BoundedBody() {}

  /** The body, decompressed or as declared, is over the cap. */
  static final class TooLargeException extends IOException {
    TooLargeException(String message) {
      super(message);
    }
  }

  /** The body claims to be gzip but is not, or ends too soon, or has an encoding never asked for. */
  static final class BadEncodingException extends IOException {
    BadEncodingException(IOException cause) {
      super("bad gzip body: " + cause.getMessage(), cause);
    }

    BadEncodingException(String message) {
      super(message);
    }
  }

  /** The body ended before the length its Content-Length declared: the connection was cut. */
  static final class CutShortException extends IOException {
    CutShortException(long received, long declared) {
      super("body ended after " + received + " of " + declared + " bytes");
    }
  }

  /**
   * Reads the body of a response with these {@code Content-Length} and {@code Content-Encoding}
   * headers (null when absent), at most {@code cap} bytes after decompression. How long it may
   * take is the caller's to bound (closing {@code raw} ends the read). {@code last}, when not
   * {@code null}, is the body the URL gave before: when these bytes are its, byte for byte after
   * decompression, {@code last} itself is returned; they are compared as they arrive, a buffer at
   * a time, and copied into an array of their own only from the first that differs.
   *
   * @throws TooLargeException when Content-Length or the decompressed body is over {@code cap}
   * @throws BadEncodingException when the body is not valid gzip or has another encoding
   * @throws CutShortException when {@code raw} ends before the bytes Content-Length declared
   * @throws IOException when reading {@code raw} fails
   */
  static byte[] read(InputStream raw, String contentLength, String contentEncoding, long cap,
      byte[] last) throws IOException {
    long declared = declaredWithin(contentLength, cap);
    boolean gzip = isGzip(contentEncoding);
    long expected = gzip ? -1 : declared;
    // a body said to be of another length is another body: read as any
    byte[] compareWith = last != null && last.length <= cap
        && (expected < 0 || expected == last.length) ? last : null;
    InputStream whole = declared < 0 ? raw : new Declared(raw, declared);
    return read(whole, gzip, cap, expected, compareWith);
  }

  /**
   * The bytes of a body whose Content-Length was {@code declared} (before any decompression): an
   * end before that many is the connection cut, never a shorter body.
   */
  private static final class Declared extends FilterInputStream {
    private final long declared;
    private long received;

    Declared(InputStream raw, long declared) {
      super(raw);
      this.declared = declared;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      return counted(b < 0 ? -1 : 1) < 0 ? -1 : b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return counted(in.read(buffer, offset, length));
    }

    private int counted(int n) throws CutShortException {
      if (n < 0 && received < declared) {
        throw new CutShortException(received, declared);
      }
      received += Math.max(n, 0);
      return n;
    }
  }

  /**
   * The length a Content-Length header declares (-1 when none), within the cap.
   *
   * @throws TooLargeException when it is over {@code cap}
   */
  private static long declaredWithin(String contentLength, long cap) throws TooLargeException {
    long declared = declared(contentLength);
    if (HttpDecisions.declaredTooLarge(declared, cap)) {
      throw new TooLargeException(
          "Content-Length " + declared + " over the cap of " + cap + " bytes");
    }
    return declared;
  }

  /** The length a Content-Length header declares; -1 when there is none or it is no number. */
  private static long declared(String contentLength) {
    if (contentLength == null) {
      return -1;
    }
    try {
      long value = Long.parseLong(contentLength.trim());
      return value < 0 ? -1 : value;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * A gzip body as it came over the wire ({@code compressed}) and as read ({@code body}).
   *
   * @param compressed the bytes of the response, before decompression
   * @param body the decompressed body
   */
  record Gzipped(byte[] compressed, byte[] body) {}

  /**
   * Reads a gzip body as {@link #read} does, keeping its compressed bytes too. When {@code last}
   * is the one this URL gave before and these compressed bytes are its, byte for byte (a server
   * compresses the same body the same way), {@code last} itself is returned and nothing is
   * decompressed: an unchanged feed served again costs the reading of its compressed bytes only.
   * Otherwise the body is decompressed and compared with {@code last}'s as any body is, so that
   * the same body compressed another way is still known as the same array.
   *
   * @param last what this URL gave before, or {@code null}
   * @throws TooLargeException when Content-Length, the compressed or the decompressed body is over
   *     {@code cap}
   * @throws BadEncodingException when the body is not valid gzip
   * @throws CutShortException when {@code raw} ends before the bytes Content-Length declared
   * @throws IOException when reading {@code raw} fails
   */
  static Gzipped readGzip(InputStream raw, String contentLength, long cap, Gzipped last)
      throws IOException {
    long declared = declaredWithin(contentLength, cap);
    InputStream whole = declared < 0 ? raw : new Declared(raw, declared);
    long limit = Math.min(cap, MAX_ARRAY);
    byte[] compressed;
    // compressed bytes not known (none kept) are compared with nothing: an empty response is no
    // gzip, not the last body again
    if (last != null && last.compressed().length > 0 && last.compressed().length <= limit
        && (declared < 0 || declared == last.compressed().length)) {
      compressed = readComparing(whole, limit, declared, last.compressed());
      if (compressed == last.compressed()) {
        return last;
      }
    } else {
      compressed = readCapped(whole, limit, declared);
    }
    byte[] lastBody = last == null || last.body().length > limit ? null : last.body();
    // the size the gzip trailer states: the body read into one array of it, not a growing one
    // (trusted only as far as deflate can inflate: about 1,032 bytes out for each byte in, so a
    // lying trailer gets no array ten megabytes long for a body of a few bytes)
    long size = statedSize(compressed);
    long expected = size <= limit && size <= 1032L * compressed.length ? size : -1;
    try (InputStream in = gunzip(new ByteArrayInputStream(compressed))) {
      byte[] body = lastBody != null ? readComparing(in, limit, expected, lastBody)
          : readCapped(in, limit, expected);
      return new Gzipped(compressed, body);
    } catch (ZipException | EOFException e) {
      throw new BadEncodingException(e);
    }
  }

  /**
   * The size of the decompressed body a gzip trailer states (its last four bytes, modulo 2^32;
   * of the last member only), or -1 when the bytes are too few to hold one. A hint only: a body
   * that turns out longer or shorter is read as it is.
   */
  private static long statedSize(byte[] compressed) {
    int n = compressed.length;
    if (n < 18) { // a gzip member has a 10-byte header and an 8-byte trailer
      return -1;
    }
    return (compressed[n - 4] & 0xFFL) | (compressed[n - 3] & 0xFFL) << 8
        | (compressed[n - 2] & 0xFFL) << 16 | (compressed[n - 1] & 0xFFL) << 24;
  }

  /**
   * Reads {@code raw} to the end, at most {@code cap} bytes after decompression. {@code expected},
   * when not negative, is how many bytes the body is said to have (its Content-Length): they are
   * read into one array of that size, without the copies of a growing buffer. {@code last}, when
   * not {@code null}, is returned itself when the bytes are its.
   */
  private static byte[] read(InputStream raw, boolean gzip, long cap, long expected, byte[] last)
      throws IOException {
    long limit = Math.min(cap, MAX_ARRAY);
    if (!gzip) {
      return last != null ? readComparing(raw, limit, expected, last)
          : readCapped(raw, limit, expected);
    }
    try (InputStream in = gunzip(raw)) {
      return last != null ? readComparing(in, limit, -1, last) : readCapped(in, limit, -1);
    } catch (ZipException | EOFException e) {
      throw new BadEncodingException(e);
    }
  }

  /**
   * Reads {@code in} to the end, at most {@code cap} bytes ({@code last} is no longer than that),
   * comparing them with {@code last} as they come: {@code last} itself when they are its bytes,
   * else an array of their own, read as any body is once what was compared is put back in front.
   */
  private static byte[] readComparing(InputStream in, long cap, long expected, byte[] last)
      throws IOException {
    byte[] buffer = new byte[COMPARED_AT_A_TIME];
    int same = 0; // how many bytes have come, all of them last's
    int n;
    while ((n = in.read(buffer, 0, buffer.length)) > 0) {
      if (n <= last.length - same && Arrays.equals(buffer, 0, n, last, same, same + n)) {
        same += n;
        continue;
      }
      // another body: what came so far is last's first bytes, then this buffer, then the rest
      InputStream whole = new SequenceInputStream(Collections.enumeration(List.of(
          new ByteArrayInputStream(last, 0, same), new ByteArrayInputStream(buffer, 0, n), in)));
      return readCapped(whole, cap, expected);
    }
    return same == last.length ? last : Arrays.copyOf(last, same);
  }

  /** Whether to gunzip; an encoding we never asked for (br, deflate) cannot be read. */
  static boolean isGzip(String contentEncoding) throws BadEncodingException {
    String encoding =
        contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
    return switch (encoding) {
      case "gzip", "x-gzip" -> true;
      case "identity", "" -> false;
      default -> throw new BadEncodingException(
          "unsupported Content-Encoding " + contentEncoding);
    };
  }

  private static InputStream gunzip(InputStream raw) throws IOException {
    try {
      return new GZIPInputStream(raw);
    } catch (ZipException | EOFException e) {
      throw new BadEncodingException(e);
    }
  }

  private static byte[] readCapped(InputStream in, long cap, long expected) throws IOException {
    if (expected >= 0 && expected <= cap) {
      byte[] body = new byte[(int) expected];
      int read = 0;
      int n;
      while (read < body.length && (n = in.read(body, read, body.length - read)) > 0) {
        read += n;
      }
      int next = read < body.length ? -1 : in.read();
      if (next < 0) {
        return read == body.length ? body : Arrays.copyOf(body, read);
      }
      // more than it said: read on as for a body of unknown length
      ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 8192);
      out.write(body);
      out.write(next);
      return readCapped(in, cap, out);
    }
    return readCapped(in, cap, new ByteArrayOutputStream());
  }

  private static byte[] readCapped(InputStream in, long cap, ByteArrayOutputStream out)
      throws IOException {
    if (out.size() > cap) {
      throw new TooLargeException("body over " + cap + " bytes (decompressed)");
    }
    byte[] buffer = new byte[8192];
    long total = out.size();
    int n;
    while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, cap + 1 - total))) > 0) {
      total += n;
      if (total > cap) {
        throw new TooLargeException("body over " + cap + " bytes (decompressed)");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
