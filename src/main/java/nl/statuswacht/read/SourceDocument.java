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
}
