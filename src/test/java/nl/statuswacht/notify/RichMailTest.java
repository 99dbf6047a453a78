package nl.statuswacht.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A mail with an HTML part, a calendar invitation and unsubscribe headers, written and read back. */
class RichMailTest {
  private static final String ICS = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";

  @Test
  void alternativesAreTextHtmlAndCalendarWithUnsubscribeHeaders() throws Exception {
    Session session = Session.getInstance(new Properties());
    OutgoingMail mail = new OutgoingMail("sw.1@example.net", "statuswacht@example.net",
        List.of("ops@example.org"), "[KVK onderhoud] Gepland onderhoud KVK API", "tekst",
        Instant.parse("2026-11-28T12:00:00Z"), null, "<p>html</p>", ICS,
        "unsubscribe@example.net");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MailMessages.toMime(mail, session).writeTo(bytes);
    MimeMessage read = new MimeMessage(session, new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(read.getHeader("List-Unsubscribe"))
        .containsExactly("<mailto:unsubscribe@example.net?subject=unsubscribe>");
    assertThat(read.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    assertThat(read.getContentType()).startsWith("multipart/alternative");
    MimeMultipart parts = (MimeMultipart) read.getContent();
    assertThat(parts.getCount()).isEqualTo(3);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(parts.getBodyPart(0).getContent()).isEqualTo("tekst");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat(parts.getBodyPart(2).getContentType()).startsWith("text/calendar")
        .contains("method=REQUEST");
    assertThat(new String(parts.getBodyPart(2).getInputStream().readAllBytes(), "UTF-8"))
        .isEqualTo(ICS);
  }

  @Test
  void aOneClickLinkComesFirstInListUnsubscribeBeforeTheMailto() throws Exception {
    Session session = Session.getInstance(new Properties());
    String link = "https://statuswacht.example.org/unsubscribe?t=b3BzQGV4YW1wbGUub3Jn.abc-_12";
    OutgoingMail mail = new OutgoingMail("sw.2@example.net", "statuswacht@example.net",
        List.of("ops@example.org"), "onderwerp", "tekst", Instant.parse("2026-11-28T12:00:00Z"),
        null, null, null, "statuswacht@example.net").withUnsubscribeUrl(link);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MailMessages.toMime(mail, session).writeTo(bytes);
    MimeMessage read = new MimeMessage(session, new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(jakarta.mail.internet.MimeUtility.unfold(read.getHeader("List-Unsubscribe")[0]))
        .isEqualTo("<" + link + ">, <mailto:statuswacht@example.net?subject=unsubscribe>");
    assertThat(read.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.US_ASCII).lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
  }

  @Test
  void aOneClickLinkThatCouldBreakTheHeaderIsRefused() {
    Session session = Session.getInstance(new Properties());
    for (String bad : List.of("https://x.example/u?t=a>, <https://evil.example/",
        "https://x.example/u?t=a\r\nBcc: evil@example.org", "javascript:alert(1)")) {
      OutgoingMail mail = new OutgoingMail("sw.3@example.net", "statuswacht@example.net",
          List.of("ops@example.org"), "onderwerp", "tekst",
          Instant.parse("2026-11-28T12:00:00Z"), null, null, null, "statuswacht@example.net")
          .withUnsubscribeUrl(bad);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> MailMessages.toMime(mail, session))
          .as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("mail: unsafe unsubscribe link");
    }
  }
}
