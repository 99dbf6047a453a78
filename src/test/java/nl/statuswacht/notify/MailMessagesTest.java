package nl.statuswacht.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailMessagesTest {
  private static final Session SESSION = Session.getInstance(new Properties());
  private static final Instant DATE = Instant.parse("2026-03-02T08:15:30Z");

  static OutgoingMail mail(String subject, List<String> to, String inReplyTo) {
    return new OutgoingMail(
        "evt-17.sub-3@statuswacht.example",
        "Statuswacht <noreply@example.org>",
        to,
        subject,
        "Storing KVK API\nKosten: € 0, ë\n",
        DATE,
        inReplyTo);
  }

  static OutgoingMail mail(String subject) {
    return mail(subject, List.of("ops@example.org"), null);
  }

  /** Raw value, then what {@code oneLine} makes of it. Java strings: CSV would eat the breaks. */
  static Stream<Arguments> breaks() {
    return Stream.of(
        arguments("Storing KVK API", "Storing KVK API"),
        arguments("  a \t\t b  ", "a b"),
        arguments("x\r\nBcc: evil@example.org", "x Bcc: evil@example.org"),
        arguments("line\u2028sep\u2029para\u0085nel", "line sep para nel"),
        arguments("nul\u0000bell\u0007del\u007Fesc\u001B", "nul bell del esc"),
        arguments("nbsp\u00A0vt\u000Bff\u000C", "nbsp vt ff"),
        arguments("\r\n", ""));
  }

  @ParameterizedTest
  @MethodSource("breaks")
  void oneLineCleansEveryBreak(String raw, String clean) {
    assertThat(MailMessages.oneLine(raw)).isEqualTo(clean);
  }

  @Test
  void longTitleIsCutWithAnEllipsis() {
    String title = "Onderhoud\r\n".repeat(500); // 5.5 KB
    String subject = MailMessages.subject(title);
    assertThat(subject).hasSize(MailMessages.MAX_SUBJECT).endsWith("…").doesNotContain("\r", "\n");
    assertThat(MailMessages.subject("a".repeat(200))).isEqualTo("a".repeat(200));
  }

  @Test
  void cutNeverSplitsASurrogatePair() {
    String title = "a".repeat(198) + "😀😀😀"; // the cut at 199 would fall inside the first pair
    String subject = MailMessages.subject(title);
    assertThat(subject).isEqualTo("a".repeat(198) + "…");
    assertThat(subject.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
  }

  @Test
  void headersAreExactAndStableAcrossSaveChanges() throws Exception {
    MimeMessage message =
        MailMessages.toMime(
            mail("Storing", List.of("ops@example.org"), "evt-16.sub-3@statuswacht.example"),
            SESSION);
    message.saveChanges();

    assertThat(message.getHeader("Message-ID"))
        .containsExactly("<evt-17.sub-3@statuswacht.example>");
    assertThat(message.getHeader("In-Reply-To"))
        .containsExactly("<evt-16.sub-3@statuswacht.example>");
    assertThat(message.getHeader("References"))
        .containsExactly("<evt-16.sub-3@statuswacht.example>");
    assertThat(message.getHeader("Date")).containsExactly("Mon, 2 Mar 2026 08:15:30 +0000");
    assertThat(message.getSentDate()).isEqualTo(Date.from(DATE));
  }

  @Test
  void noInReplyToWithoutParent() throws Exception {
    MimeMessage message = MailMessages.toMime(mail("Storing"), SESSION);
    assertThat(message.getHeader("In-Reply-To")).isNull();
    assertThat(message.getHeader("References")).isNull();
  }

  @Test
  void injectedHeaderInTitleStaysInsideTheSubject() throws Exception {
    String raw =
        render(MailMessages.toMime(mail("x\r\nBcc: evil@example.org\u2028To: a@b.c"), SESSION));
    String headers = unfold(raw.substring(0, raw.indexOf("\r\n\r\n")));

    assertThat(headers.lines().filter(l -> l.startsWith("Subject:"))).hasSize(1);
    assertThat(headers.lines().filter(l -> l.startsWith("To:"))).hasSize(1);
    assertThat(headers).doesNotContain("\nBcc:");
    MimeMessage parsed = parse(raw);
    assertThat(parsed.getSubject()).isEqualTo("x Bcc: evil@example.org To: a@b.c");
    assertThat(parsed.getAllRecipients()).hasSize(1);
  }

  @Test
  void utf8BodyAndSubjectRoundTrip() throws Exception {
    MimeMessage parsed = parse(render(MailMessages.toMime(mail("Gepland onderhoud € ë"), SESSION)));
    assertThat(parsed.getSubject()).isEqualTo("Gepland onderhoud € ë");
    assertThat(((String) parsed.getContent()).replace("\r\n", "\n"))
        .isEqualTo("Storing KVK API\nKosten: € 0, ë\n");
    assertThat(parsed.getContentType()).containsIgnoringCase("charset=UTF-8");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ops@example.org\r\nBcc: evil@example.org",
        "ops@example.org\nBcc: evil@example.org",
        "ops@example.org\u2028",
        "ops\t@example.org",
        "not an address",
        "ops@",
        "ops",
        "a@example.org, b@example.org",
      })
  void badRecipientIsRefusedByName(String to) {
    assertThatThrownBy(() -> MailMessages.toMime(mail("x", List.of(to), null), SESSION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(MailMessages.printable(to));
  }

  @Test
  void badSenderAndMessageIdAreRefused() {
    OutgoingMail badFrom =
        new OutgoingMail(
            "id@x", "a@b.c\r\nBcc: e@f.g", List.of("ops@example.org"), "s", "b", DATE, null);
    assertThatThrownBy(() -> MailMessages.toMime(badFrom, SESSION))
        .hasMessageContaining("unsafe address: \"a@b.c\\u000D\\u000ABcc: e@f.g\"");
    OutgoingMail badId =
        new OutgoingMail(
            "id@x>\r\nBcc: e@f.g", "a@b.c", List.of("ops@example.org"), "s", "b", DATE, null);
    assertThatThrownBy(() -> MailMessages.toMime(badId, SESSION))
        .hasMessageContaining("unsafe Message-ID");
    assertThatThrownBy(() -> MailMessages.toMime(mail("s", List.of(), null), SESSION))
        .hasMessageContaining("no recipient");
  }

  private static IcsInvites.Invite invite(String uid, String summary) {
    return new IcsInvites.Invite(uid, 1, DATE, Instant.parse("2026-03-14T20:00:00Z"),
        Instant.parse("2026-03-14T22:00:00Z"), summary, null, null, "noreply@example.org");
  }

  private static OutgoingMail rich(String ics) {
    return new OutgoingMail("digest-2026-W11.sub-3@statuswacht.example", "noreply@example.org",
        List.of("ops@example.org"), "[statuswacht] Weekoverzicht", "tekst € ë\n", DATE, null,
        "<p>html</p>", ics, "noreply@example.org");
  }

  @Test
  void aPublishedCalendarIsAnAttachmentBesideTheAlternatives() throws Exception {
    String ics = IcsInvites.publish(List.of(invite("statuswacht-a@example.org", "Onderhoud A"),
        invite("statuswacht-b@example.org", "Onderhoud B")));

    MimeMessage parsed = parse(render(MailMessages.toMime(rich(ics), SESSION)));

    assertThat(parsed.getContentType()).startsWith("multipart/mixed");
    MimeMultipart mixed = (MimeMultipart) parsed.getContent();
    assertThat(mixed.getCount()).isEqualTo(2);
    BodyPart body = mixed.getBodyPart(0);
    assertThat(body.getContentType()).startsWith("multipart/alternative");
    MimeMultipart alternatives = (MimeMultipart) body.getContent();
    assertThat(alternatives.getCount()).isEqualTo(2);
    assertThat(alternatives.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(((String) alternatives.getBodyPart(0).getContent()).replace("\r\n", "\n"))
        .isEqualTo("tekst € ë\n");
    assertThat(alternatives.getBodyPart(1).getContentType()).startsWith("text/html");
    BodyPart calendar = mixed.getBodyPart(1);
    ContentType type = new ContentType(calendar.getContentType());
    assertThat(type.getBaseType()).isEqualTo("text/calendar");
    assertThat(type.getParameter("charset")).isEqualTo("UTF-8");
    assertThat(type.getParameter("method")).isEqualTo("PUBLISH");
    assertThat(calendar.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(calendar.getFileName()).isEqualTo("onderhoud-komende-14-dagen.ics");
    assertThat(new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo(ics);
  }

  @Test
  void anInvitationStaysAnAlternativeEvenWhenItsTitleSaysPublish() throws Exception {
    String ics = IcsInvites.request(invite("statuswacht-a@example.org", "METHOD:PUBLISH"));

    MimeMessage parsed = parse(render(MailMessages.toMime(rich(ics), SESSION)));

    assertThat(parsed.getContentType()).startsWith("multipart/alternative");
    MimeMultipart parts = (MimeMultipart) parsed.getContent();
    assertThat(parts.getCount()).isEqualTo(3);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    ContentType type = new ContentType(parts.getBodyPart(2).getContentType());
    assertThat(type.getBaseType()).isEqualTo("text/calendar");
    assertThat(type.getParameter("method")).isEqualTo("REQUEST");
    assertThat(parts.getBodyPart(2).getFileName()).isEqualTo("onderhoud.ics");
  }

  static String render(MimeMessage message) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toString(StandardCharsets.US_ASCII);
  }

  static MimeMessage parse(String raw) throws Exception {
    return new MimeMessage(
        SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
  }

  static String unfold(String headers) {
    return headers.replaceAll("\r\n[ \t]", " ");
  }
}
