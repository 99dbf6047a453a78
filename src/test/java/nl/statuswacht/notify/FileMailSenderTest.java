package nl.statuswacht.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMailSenderTest {
  @TempDir Path dir;

  @Test
  void writesAParseableEml() throws Exception {
    SendResult result = new FileMailSender(dir).send(MailMessagesTest.mail("Storing € ë"));

    assertThat(result).isEqualTo(new SendResult.Delivered());
    assertThat(files()).containsExactly(dir.resolve("evt-17.sub-3@statuswacht.example.eml"));
    MimeMessage parsed = read(files().get(0));
    assertThat(parsed.getSubject()).isEqualTo("Storing € ë");
    assertThat(parsed.getMessageID()).isEqualTo("<evt-17.sub-3@statuswacht.example>");
    assertThat(parsed.getFrom()[0].toString()).isEqualTo("Statuswacht <noreply@example.org>");
    assertThat(((String) parsed.getContent()).replace("\r\n", "\n"))
        .isEqualTo("Storing KVK API\nKosten: € 0, ë\n");
  }

  @Test
  void aResendGetsItsOwnFileSoTheDuplicateIsVisible() throws Exception {
    FileMailSender sender = new FileMailSender(dir);
    sender.send(MailMessagesTest.mail("first"));
    SendResult again = sender.send(MailMessagesTest.mail("second"));
    SendResult third = sender.send(MailMessagesTest.mail("third"));

    assertThat(again).isEqualTo(new SendResult.Delivered());
    assertThat(third).isEqualTo(new SendResult.Delivered());
    assertThat(read(dir.resolve("evt-17.sub-3@statuswacht.example.eml")).getSubject())
        .isEqualTo("first");
    assertThat(read(dir.resolve("evt-17.sub-3@statuswacht.example+2.eml")).getSubject())
        .isEqualTo("second");
    assertThat(read(dir.resolve("evt-17.sub-3@statuswacht.example+3.eml")).getSubject())
        .isEqualTo("third");
    assertThat(files()).hasSize(3);
  }

  @Test
  void aFileInTheWayIsNeverReplaced() throws Exception {
    Path inTheWay = Files.writeString(dir.resolve("evt-17.sub-3@statuswacht.example+2.eml"),
        "put here by someone else");
    FileMailSender sender = new FileMailSender(dir);
    sender.send(MailMessagesTest.mail("first"));
    sender.send(MailMessagesTest.mail("second"));

    assertThat(inTheWay).hasContent("put here by someone else");
    assertThat(read(dir.resolve("evt-17.sub-3@statuswacht.example+3.eml")).getSubject())
        .isEqualTo("second");
  }

  @Test
  void createsTheDirectoryAndLeavesNoTemporaryFiles() throws Exception {
    Path nested = dir.resolve("data/mail");
    new FileMailSender(nested).send(MailMessagesTest.mail("x"));
    try (Stream<Path> all = Files.list(nested)) {
      assertThat(all)
          .extracting(p -> p.getFileName().toString())
          .containsExactly("evt-17.sub-3@statuswacht.example.eml");
    }
  }

  @Test
  void unwritableDirectoryIsTransient() throws Exception {
    Path notADir = Files.writeString(dir.resolve("blocker"), "");
    SendResult result =
        new FileMailSender(notADir.resolve("mail")).send(MailMessagesTest.mail("x"));
    assertThat(result).isInstanceOf(SendResult.Transient.class);
    assertThat(((SendResult.Transient) result).reason()).startsWith("file: cannot write ");
  }

  @Test
  void badAddressIsPermanent() {
    OutgoingMail mail = MailMessagesTest.mail("x", List.of("ops@example.org\r\nBcc: e@f.g"), null);
    SendResult result = new FileMailSender(dir).send(mail);
    assertThat(result).isInstanceOf(SendResult.Permanent.class);
    assertThat(files()).isEmpty();
  }

  @Test
  void fileNamesAreSafeAndDistinct() {
    assertThat(FileMailSender.fileName("evt-1.sub-2@statuswacht"))
        .isEqualTo("evt-1.sub-2@statuswacht");
    String slash = FileMailSender.fileName("../a/b@x");
    String underscore = FileMailSender.fileName("___a_b@x");
    assertThat(slash).matches("[A-Za-z0-9@._-]+").doesNotStartWith(".").isNotEqualTo(underscore);
    assertThat(FileMailSender.fileName("x".repeat(500) + "@y")).hasSizeLessThan(120);
  }

  private List<Path> files() {
    try (Stream<Path> all = Files.list(dir)) {
      return all.filter(p -> p.toString().endsWith(".eml")).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static MimeMessage read(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    }
  }
}
