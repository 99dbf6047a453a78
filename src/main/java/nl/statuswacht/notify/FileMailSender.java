package nl.statuswacht.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;

/**
 * The default transport: each mail becomes {@code dir/<Message-ID>.eml} (RFC 822), written to a
 * temporary file and linked into place atomically, so a reader never sees half a mail. A file is
 * never replaced: sending the same Message-ID again (the outbox does so only for the one mail a
 * crash left in doubt) writes {@code <Message-ID>+2.eml}, then {@code +3}, so a duplicate shows
 * as a second file instead of disappearing into the first.
 *
 * <p>File names keep letters, digits and {@code @ . _ -} of the Message-ID; when anything else had
 * to be replaced, or the ID is long, a short hash of the whole ID is added so that two IDs never
 * share a file. The {@code +} of a copy's suffix is never part of a name, so a copy never takes
 * another mail's name.
 */
public final class FileMailSender implements MailSender {
  private static final int MAX_NAME = 100;
  /** More copies of one mail than this means something other than crashes is resending it. */
  private static final int MAX_COPIES = 1000;
  /** Larger than almost every mail, so that one is one write. */
  private static final int BUFFER = 64 * 1024;

  private final Path dir;
  /** Made at the first mail: a poll that mails nothing loads no mail provider. */
  private volatile Session session;

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
      message = MailMessages.toMime(mail, session());
    } catch (IllegalArgumentException e) {
      return new SendResult.Permanent("file: " + e.getMessage());
    }
    String name = fileName(mail.messageId());
    try {
      write(message, name);
      return new SendResult.Delivered();
    } catch (IOException e) {
      return new SendResult.Transient(
          "file: cannot write " + dir.resolve(name + ".eml") + ": " + e);
    } catch (MessagingException e) {
      return new SendResult.Permanent("file: cannot render " + mail.messageId() + ": " + e);
    }
  }

  private Session session() {
    Session known = session;
    if (known == null) {
      known = session = Session.getInstance(new Properties());
    }
    return known;
  }

  @Override
  public String transport() {
    return "file";
  }

  /** Writes the mail whole, then gives it the first free name of {@code name.eml, name+2.eml, …}. */
  private Path write(MimeMessage message, String name) throws IOException, MessagingException {
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, ".sending-", ".tmp");
    try {
      // buffered: MimeMessage writes a line (or less) at a time, each a system call unbuffered
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER)) {
        message.writeTo(out);
      }
      for (int copy = 1; copy <= MAX_COPIES; copy++) {
        Path target = dir.resolve(name + (copy == 1 ? "" : "+" + copy) + ".eml");
        try {
          claim(temp, target);
          return target;
        } catch (FileAlreadyExistsException taken) {
          // an earlier copy of this mail: it stays as it is
        }
      }
      throw new IOException(MAX_COPIES + " copies of " + name + ".eml exist already");
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Gives the written file the name {@code target}, or throws {@link FileAlreadyExistsException}
   * when it is taken. A hard link does both in one step, so no file is ever replaced; where the
   * file system has no hard links, a move that refuses to replace does (one statuswacht writes
   * this directory: the database admits one process).
   */
  private static void claim(Path temp, Path target) throws IOException {
    try {
      Files.createLink(target, temp);
    } catch (FileAlreadyExistsException taken) {
      throw taken;
    } catch (UnsupportedOperationException | FileSystemException noLinks) {
      Files.move(temp, target);
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
