package nl.statuswacht.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The default transport: each mail becomes {@code <dir>/<Message-ID>.eml}, which any mail client
 * opens. A mail whose file exists already is not written again, so a resend after a crash leaves
 * one file.
 */
public final class FileMailSender implements MailSender {
  private final Path dir;
  private final Session session = Session.getInstance(new Properties());

  public FileMailSender(Path dir) {
    this.dir = dir;
  }

  @Override
  public SendResult send(OutgoingMail mail) {
    Path target = dir.resolve(mail.messageId().replaceAll("[^A-Za-z0-9._@-]", "_") + ".eml");
    if (Files.exists(target)) {
      return new SendResult.Delivered();
    }
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "mail", ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          MailMessages.toMime(mail, session).writeTo(out);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        // written by an earlier try: the same mail
      } finally {
        Files.deleteIfExists(temp);
      }
      return new SendResult.Delivered();
    } catch (IllegalArgumentException | MessagingException e) {
      return new SendResult.Permanent("file: " + e.getMessage());
    } catch (IOException e) {
      return new SendResult.Transient("file: cannot write " + target + ": " + e.getMessage());
    }
  }

  @Override
  public String transport() {
    return "file";
  }
}
