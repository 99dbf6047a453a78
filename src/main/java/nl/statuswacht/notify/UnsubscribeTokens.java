package nl.statuswacht.notify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens of the one-click unsubscribe links (RFC 8058): {@code base64url(address) "."
 * base64url(HMAC-SHA256(key, address))}, the address in lower case. The token names whom it
 * unsubscribes, so a link keeps working whatever the subscriber list says; only the holder of the
 * key ({@code STATUSWACHT_UNSUBSCRIBE_KEY}, from the environment only) can make one. A token is
 * checked by recomputing the HMAC and comparing its encoding in constant time ({@link
 * MessageDigest#isEqual}); only the canonical encoding passes.
 * The key is never shown: {@link #toString()} does not name it.
 */
public final class UnsubscribeTokens {
  private static final String ALGORITHM = "HmacSHA256";
  /** The path of the unsubscribe page under {@code web.public-url}. */
  public static final String PATH = "/unsubscribe";

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  private UnsubscribeTokens(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /** The tokens made with {@code key}, or empty when there is no key (null or blank). */
  public static Optional<UnsubscribeTokens> of(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new UnsubscribeTokens(key.getBytes(StandardCharsets.UTF_8)));
  }

  /** The token that unsubscribes {@code address}. */
  public String token(String address) {
    String normal = normal(address);
    return ENCODER.encodeToString(normal.getBytes(StandardCharsets.UTF_8)) + "."
        + ENCODER.encodeToString(mac(normal));
  }

  /**
   * The link that unsubscribes {@code address}: {@code publicUrl} + {@value #PATH} {@code ?t=}
   * the token (a trailing slash of {@code publicUrl} is not doubled).
   */
  public String link(URI publicUrl, String address) {
    return page(publicUrl) + "?t=" + token(address);
  }

  /** The unsubscribe page under {@code publicUrl}: {@value #PATH} appended, one slash between. */
  public static String page(URI publicUrl) {
    String base = publicUrl.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + PATH;
  }

  /**
   * The address a token unsubscribes, or empty when it is malformed, forged or altered (its HMAC
   * does not match, compared in constant time).
   */
  public Optional<String> verify(String token) {
    if (token == null) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.') || token.length() > 2000) {
      return Optional.empty();
    }
    try {
      String address =
          new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      if (!address.equals(normal(address))) {
        return Optional.empty();
      }
      // compared as the canonical encoding: base64's unused low bits of the last character
      // would otherwise let an altered token pass
      byte[] expected = ENCODER.encodeToString(mac(address)).getBytes(StandardCharsets.US_ASCII);
      byte[] claimed = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
      return MessageDigest.isEqual(expected, claimed) ? Optional.of(address) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String normal(String address) {
    return address.strip().toLowerCase(Locale.ROOT);
  }

  private byte[] mac(String address) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(address.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("unsubscribe: HMAC-SHA256 unavailable: " + e, e);
    }
  }

  @Override
  public String toString() {
    return "UnsubscribeTokens[HMAC-SHA256, key ***]";
  }
}
