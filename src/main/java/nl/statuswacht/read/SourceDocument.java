package nl.statuswacht.read;

import java.util.Objects;

/**
 * A fetched or saved document handed to a reader: its bytes, the Content-Type it came with (may be
 * {@code null}), and where it came from, used only to name it in messages and to resolve relative
 * links. Readers never open the location.
 */
public record SourceDocument(byte[] bytes, String contentType, String location) {
  public SourceDocument {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(location, "location");
  }

  /** Where the text of {@code bytes} starts: after a UTF-8 byte-order mark, when there is one. */
  static int afterByteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
  }
}
