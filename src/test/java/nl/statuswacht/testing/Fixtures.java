package nl.statuswacht.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test fixtures from {@code src/test/resources/fixtures}, and edits of them. */
public final class Fixtures {
  private Fixtures() {}

  public static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  public static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lowercase hex SHA-256 of {@code text}'s UTF-8 bytes, worked out here, not by the code. */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Atom {@code <entry>} with the given id, whole. */
  public static String atomEntry(String feed, String id) {
    Matcher m = Pattern.compile("\\s*<entry>\\s*<id>" + Pattern.quote(id) + "</id>.*?</entry>",
        Pattern.DOTALL).matcher(feed);
    if (!m.find()) {
      throw new IllegalArgumentException("no entry " + id);
    }
    return m.group();
  }

  /** The feed without the Atom entry with the given id. */
  public static String withoutAtomEntry(String feed, String id) {
    return feed.replace(atomEntry(feed, id), "");
  }

  /** The feed with one Atom entry edited. */
  public static String editAtomEntry(String feed, String id,
      java.util.function.UnaryOperator<String> edit) {
    String entry = atomEntry(feed, id);
    return feed.replace(entry, edit.apply(entry));
  }

  /** A KVK-style Atom history feed holding {@code entries} (Atom {@code <entry>} elements). */
  public static String atomFeed(String entries) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><id>tag:status.kvk.nl,2005:/history</id>
        <title>KVK Status</title><updated>2026-01-02T08:00:00Z</updated>
        %s</feed>
        """.formatted(entries);
  }
}
