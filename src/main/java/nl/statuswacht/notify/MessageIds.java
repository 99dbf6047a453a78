package nl.statuswacht.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Message-IDs that are the same whenever the same event is mailed to the same recipient. */
public final class MessageIds {
  private MessageIds() {}

  /**
   * A Message-ID (without brackets) for an event of a post version, so that a resend after a crash
   * is recognisable.
   *
   * @param kind the event's key ({@code nl.statuswacht.store.EventKey#messageIdPart}): {@code
   *     NEW}, {@code UPDATED}, {@code REMINDER 24h}, {@code DEADLINE P1 95% 4 HOURS} …
   */
  public static String of(
      String source, String postKey, int version, String kind, String recipient, String domain) {
    String key = String.join("\u0000", source, postKey, Integer.toString(version), kind,
        recipient.toLowerCase(Locale.ROOT));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "sw." + HexFormat.of().formatHex(hash, 0, 16) + "@" + domain;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
