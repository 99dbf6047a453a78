package nl.statuswacht.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import nl.statuswacht.config.SmtpSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmtpMailSenderTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private GreenMail greenMail;

  @BeforeEach
  void startRelay() {
    greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    greenMail.start();
  }

  @AfterEach
  void stopRelay() {
    greenMail.stop();
  }

  @Test
  void deliversWithExactHeaders() throws Exception {
    OutgoingMail mail =
        MailMessagesTest.mail(
            "Storing KVK API", List.of("ops@example.org"), "evt-16.sub-3@statuswacht.example");

    assertThat(relay().send(mail)).isEqualTo(new SendResult.Delivered());

    MimeMessage received = onlyReceived();
    assertThat(received.getSubject()).isEqualTo("Storing KVK API");
    assertThat(received.getFrom()[0].toString()).isEqualTo("Statuswacht <noreply@example.org>");
    assertThat(received.getRecipients(RecipientType.TO))
        .extracting(Object::toString)
        .containsExactly("ops@example.org");
    assertThat(received.getSentDate()).isEqualTo(Date.from(mail.date()));
    assertThat(received.getHeader("Message-ID"))
        .containsExactly("<evt-17.sub-3@statuswacht.example>");
    assertThat(received.getHeader("In-Reply-To"))
        .containsExactly("<evt-16.sub-3@statuswacht.example>");
    assertThat(received.getHeader("References"))
        .containsExactly("<evt-16.sub-3@statuswacht.example>");
  }

  @Test
  void dutchTextRoundTrips() throws Exception {
    relay().send(MailMessagesTest.mail("Gepland onderhoud: € ë"));

    MimeMessage received = onlyReceived();
    assertThat(received.getSubject()).isEqualTo("Gepland onderhoud: € ë");
    // GreenMail keeps the final CRLF as part of the DATA terminator, hence the strip
    assertThat(((String) received.getContent()).replace("\r\n", "\n").stripTrailing())
        .isEqualTo("Storing KVK API\nKosten: € 0, ë");
  }

  @Test
  void hostileTitleGivesOneCleanSubjectAndNoExtraRecipient() throws Exception {
    String title = "x\r\nBcc: evil@example.org\u2028Subject: fake\r\n" + "lang ".repeat(1000);

    assertThat(relay().send(MailMessagesTest.mail(title))).isEqualTo(new SendResult.Delivered());

    MimeMessage received = onlyReceived();
    assertThat(received.getHeader("Subject")).hasSize(1);
    assertThat(received.getHeader("Bcc")).isNull();
    assertThat(received.getSubject())
        .startsWith("x Bcc: evil@example.org Subject: fake lang lang")
        .hasSize(MailMessages.MAX_SUBJECT)
        .endsWith("…")
        .doesNotContain("\r", "\n", "\u2028");
    assertThat(headerBlock(received).lines().filter(l -> l.startsWith("Subject:"))).hasSize(1);
    assertThat(greenMail.getReceivedMessagesForDomain("example.org")).hasSize(1);
  }

  @Test
  void addressWithLineBreakIsRefusedAndNothingSent() {
    OutgoingMail mail =
        MailMessagesTest.mail("x", List.of("ops@example.org\r\nBcc: evil@example.org"), null);

    SendResult result = relay().send(mail);

    assertThat(result).isInstanceOf(SendResult.Permanent.class);
    assertThat(((SendResult.Permanent) result).reason())
        .startsWith("smtp: mail: unsafe address: ")
        .doesNotContain("\r", "\n");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void closedPortIsTransient() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    SmtpMailSender sender = new SmtpMailSender(settings("127.0.0.1", port, false));

    assertThat(sender.send(MailMessagesTest.mail("x")))
        .isEqualTo(new SendResult.Transient("smtp: connection refused to 127.0.0.1:" + port));
  }

  @Test
  void starttlsRequiredButNotOfferedIsTransientAndNothingSent() {
    SmtpMailSender sender = new SmtpMailSender(settings(host(), port(), true));

    SendResult result = sender.send(MailMessagesTest.mail("x"));

    assertThat(result).isInstanceOf(SendResult.Transient.class);
    assertThat(((SendResult.Transient) result).reason())
        .startsWith("smtp: STARTTLS is required but host does not support STARTTLS at ")
        .contains(host() + ":" + port());
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void mailboxUnavailableIsPermanent() throws Exception {
    try (FakeSmtpServer fake =
        FakeSmtpServer.rejectingRecipients("550 5.1.1 mailbox unavailable")) {
      SendResult result = fake(fake).send(MailMessagesTest.mail("x"));

      assertThat(result)
          .isEqualTo(
              new SendResult.Permanent(
                  "smtp: 550 5.1.1 mailbox unavailable"
                      + " from 127.0.0.1:"
                      + fake.port()
                      + " (RCPT TO:<ops@example.org>)"));
      assertThat(fake.commands()).doesNotContain("DATA");
    }
  }

  @Test
  void tryAgainLaterIsTransient() throws Exception {
    try (FakeSmtpServer fake = FakeSmtpServer.rejectingRecipients("451 4.3.0 try again later")) {
      SendResult result = fake(fake).send(MailMessagesTest.mail("x"));

      assertThat(result)
          .isEqualTo(
              new SendResult.Transient(
                  "smtp: 451 4.3.0 try again later"
                      + " from 127.0.0.1:"
                      + fake.port()
                      + " (RCPT TO:<ops@example.org>)"));
    }
  }

  @Test
  void messageRefusedAfterDataIsPermanent() throws Exception {
    try (FakeSmtpServer fake = FakeSmtpServer.rejectingData("554 5.6.0 message content rejected")) {
      SendResult result = fake(fake).send(MailMessagesTest.mail("x"));

      assertThat(result)
          .isEqualTo(
              new SendResult.Permanent(
                  "smtp: 554 5.6.0 message content" + " rejected from 127.0.0.1:" + fake.port()));
    }
  }

  @Test
  void silentServerTimesOutAsTransient() throws Exception {
    try (FakeSmtpServer fake = FakeSmtpServer.silent()) {
      SmtpSettings settings =
          new SmtpSettings(
              "127.0.0.1",
              fake.port(),
              null,
              null,
              false,
              Duration.ofSeconds(2),
              Duration.ofMillis(300));

      SendResult result = new SmtpMailSender(settings).send(MailMessagesTest.mail("x"));

      assertThat(result)
          .isEqualTo(new SendResult.Transient("smtp: timeout talking to 127.0.0.1:" + fake.port()));
    }
  }

  @Test
  void logsInWhenAUsernameIsSet() throws Exception {
    greenMail.setUser("relay@example.org", "relay", "s3cret");
    SmtpSettings settings = new SmtpSettings(host(), port(), "relay", "s3cret", false, WAIT, WAIT);

    assertThat(new SmtpMailSender(settings).send(MailMessagesTest.mail("x")))
        .isEqualTo(new SendResult.Delivered());
    assertThat(onlyReceived().getSubject()).isEqualTo("x");
  }

  @Test
  void wrongPasswordIsTransientWithTheServersWords() {
    greenMail.setUser("relay@example.org", "relay", "s3cret");
    SmtpSettings settings = new SmtpSettings(host(), port(), "relay", "wrong", false, WAIT, WAIT);

    SendResult result = new SmtpMailSender(settings).send(MailMessagesTest.mail("x"));

    assertThat(result).isInstanceOf(SendResult.Transient.class);
    assertThat(((SendResult.Transient) result).reason())
        .startsWith("smtp: ")
        .contains("535")
        .doesNotContain("wrong", "\n");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void transportName() {
    assertThat(relay().transport()).isEqualTo("smtp");
  }

  private SmtpMailSender relay() {
    return new SmtpMailSender(settings(host(), port(), false), "statuswacht.test");
  }

  private static SmtpMailSender fake(FakeSmtpServer fake) {
    return new SmtpMailSender(settings("127.0.0.1", fake.port(), false));
  }

  private static SmtpSettings settings(String host, int port, boolean starttls) {
    return new SmtpSettings(host, port, null, null, starttls, WAIT, WAIT);
  }

  private String host() {
    return greenMail.getSmtp().getBindTo();
  }

  private int port() {
    return greenMail.getSmtp().getPort();
  }

  private MimeMessage onlyReceived() {
    assertThat(greenMail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    return received[0];
  }

  private static String headerBlock(MimeMessage message) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    String raw = out.toString(StandardCharsets.US_ASCII);
    return MailMessagesTest.unfold(raw.substring(0, raw.indexOf("\r\n\r\n")));
  }
}
