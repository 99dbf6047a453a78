package nl.statuswacht.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;

/**
 * The default transport: each mail becomes {@code dir/<Message-ID>.eml} (RFC 822), written to a
 * temporary file and moved into place atomically, so a reader never sees half a mail. Sending the
 * same Message-ID again finds the file and reports {@link SendResult.Delivered} without writing: a
 * resend after a crash is harmless.
 *
 * <p>File names keep letters, digits and {@code @ . _ -} of the Message-ID; when anything else had
 * to be replaced, or the ID is long, a short hash of the whole ID is added so that two IDs never
 * share a file.
 */
public final class FileMailSender implements MailSender {
  private static final int MAX_NAME = 100;

  private final Path dir;
  private final Session session = Session.getInstance(new Properties());

  /**
   * @param dir where the {@code .eml} files go; created on the first send when missing
   */
  public FileMailSender(Path dir) {
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  @Override
  public SendResult send(OutgoingMail mail) {
    MimeMessage message;
    try {
      message = MailMessages.toMime(mail, session);
    } catch (IllegalArgumentException e) {
      return new SendResult.Permanent("file: " + e.getMessage());
    }
    Path target = dir.resolve(fileName(mail.messageId()) + ".eml");
    try {
      if (!Files.exists(target)) {
        write(message, target);
      }
      return new SendResult.Delivered();
    } catch (IOException e) {
      return new SendResult.Transient("file: cannot write " + target + ": " + e);
    } catch (MessagingException e) {
      return new SendResult.Permanent("file: cannot render " + mail.messageId() + ": " + e);
    }
  }

  @Override
  public String transport() {
    return "file";
  }

  private void write(MimeMessage message, Path target) throws IOException, MessagingException {
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, ".sending-", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        message.writeTo(out);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A safe, unique file name (without extension) for a Message-ID. */
  static String fileName(String messageId) {
    String safe = messageId.replaceAll("[^A-Za-z0-9@._-]", "_");
    if (safe.startsWith(".")) {
      safe = "_" + safe.substring(1);
    }
    if (safe.equals(messageId) && safe.length() <= MAX_NAME) {
      return safe;
    }
    return safe.substring(0, Math.min(safe.length(), MAX_NAME)) + "-" + shortHash(messageId);
  }

  private static String shortHash(String text) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
