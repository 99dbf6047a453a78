package nl.statuswacht.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import nl.statuswacht.fetch.BoundedBody.Gzipped;
import org.junit.jupiter.api.Test;

/** A gzip body read beside the last one the URL gave, compressed and not. */
class BoundedBodyTest {
  private static final long CAP = 1 << 20;
  private static final byte[] BODY = ("<feed>" + "<entry>storing KVK API</entry>".repeat(2_000)
      + "</feed>").getBytes(UTF_8);

  @Test
  void compressedBytesThatAreTheLastOnesGiveTheLastBodyWithoutDecompressingThem()
      throws IOException {
    // the last compressed bytes are no gzip at all: decompressing them would fail
    byte[] notGzip = "these bytes were never decompressed".getBytes(UTF_8);
    Gzipped last = new Gzipped(notGzip, BODY);

    Gzipped read = BoundedBody.readGzip(new ByteArrayInputStream(notGzip.clone()),
        String.valueOf(notGzip.length), CAP, last);

    assertThat(read).isSameAs(last);
    assertThat(read.body()).isSameAs(BODY);
  }

  @Test
  void theSameBodyCompressedAnotherWayIsStillTheLastBody() throws IOException {
    byte[] usual = gzip(BODY, Deflater.DEFAULT_COMPRESSION);
    byte[] fast = gzip(BODY, Deflater.BEST_SPEED);
    assertThat(fast).isNotEqualTo(usual);

    Gzipped read = BoundedBody.readGzip(new ByteArrayInputStream(fast), null, CAP,
        new Gzipped(usual, BODY));

    assertThat(read.body()).isSameAs(BODY);
    assertThat(read.compressed()).isEqualTo(fast);
  }

  @Test
  void aChangedBodyIsItsOwnBytesAndKeepsItsCompressedBytes() throws IOException {
    byte[] changedBody = BODY.clone();
    changedBody[BODY.length - 20] = 'X';
    byte[] changed = gzip(changedBody, Deflater.DEFAULT_COMPRESSION);

    Gzipped read = BoundedBody.readGzip(new ByteArrayInputStream(changed),
        String.valueOf(changed.length), CAP, new Gzipped(gzip(BODY, Deflater.DEFAULT_COMPRESSION),
            BODY));

    assertThat(read.body()).isEqualTo(changedBody);
    assertThat(read.compressed()).isEqualTo(changed);
  }

  @Test
  void withoutALastBodyTheBodyIsDecompressedAndCapped() throws IOException {
    byte[] compressed = gzip(BODY, Deflater.DEFAULT_COMPRESSION);

    assertThat(BoundedBody.readGzip(new ByteArrayInputStream(compressed), null, CAP, null).body())
        .isEqualTo(BODY);
    assertThatThrownBy(() -> BoundedBody.readGzip(new ByteArrayInputStream(compressed), null,
        BODY.length - 1, null)).isInstanceOf(BoundedBody.TooLargeException.class);
  }

  @Test
  void aBodyOfTwoGzipMembersIsReadWholeThoughTheTrailerStatesTheLastOnesSize()
      throws IOException {
    byte[] tail = "<entry>nog een</entry></feed>".getBytes(UTF_8);
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.write(gzip(BODY, Deflater.DEFAULT_COMPRESSION));
    both.write(gzip(tail, Deflater.DEFAULT_COMPRESSION));
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    whole.write(BODY);
    whole.write(tail);

    Gzipped read = BoundedBody.readGzip(new ByteArrayInputStream(both.toByteArray()), null, CAP,
        null);

    assertThat(read.body()).isEqualTo(whole.toByteArray());
  }

  private static byte[] gzip(byte[] body, int level) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
      {
        def.setLevel(level);
      }
    }) {
      gzip.write(body);
    }
    return out.toByteArray();
  }
}
