package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.DigestRepository;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.StatusSite;
import nl.statuswacht.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code statuswacht digest} over the KVK site polled into a fresh database. Week 46 of 2025
 * (10–16 November) holds two posts: d08, maintenance announced on 10 November for 14 November,
 * too late (10 business days before the 14th is 31 October), and d10, announced on time; no
 * incident.
 */
class DigestCommandTest {
  @TempDir Path dir;
  private Map<String, String> env;

  private Cli.Result execute(String... args) {
    return Cli.run(env, args);
  }

  private String run(String... args) {
    Cli.Result result = execute(args);
    assertThat(result.exit()).as(result.err()).isZero();
    return result.out();
  }

  @BeforeEach
  void pollTheKvkSite() throws Exception {
    try (StatusSite site = new StatusSite()) {
      site.atom("/history.atom", Fixtures.text("kvk/site/history.atom"));
      env = Map.of("STATUSWACHT_SOURCE", site.root().toString(),
          "STATUSWACHT_DATA_DIR", dir.toString(),
          "STATUSWACHT_MAIL_FROM", "statuswacht@example.net");
      run("poll");
    }
  }

  @Test
  void printsTheWeeksDigestAsText() {
    String out = run("digest", "--week", "2025-W46");

    assertThat(out.lines().findFirst()).contains(
        "[statuswacht] Weekoverzicht KVK week 46 (10–16 november 2025): geen storingen,"
            + " 1 schending");
    assertThat(out).contains("Gepland onderhoud Mutatieservice", "Nachtelijk onderhoud KVK"
        + " Dataservice", "https://status.kvk.nl/incidents/d08");
    assertThat(out).as("d01 is of week 38").doesNotContain("Storing: KVK API's niet bereikbaar");
  }

  @Test
  void writesTheHtmlPreviewInTheLanguageAsked() throws Exception {
    Path preview = dir.resolve("out/digest.html");
    String out = run("digest", "--week", "2025-W46", "--preview", preview.toString(),
        "--language", "en");

    assertThat(out).contains("wrote " + preview, "KVK weekly digest week 46 (10–16 November"
        + " 2025): no incidents, 1 violation");
    String html = Files.readString(preview);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("lang=\"en\"",
        "Gepland onderhoud Mutatieservice", "Planned maintenance");
  }

  @Test
  void sendsOneAtOnceWithoutCountingItAsTheWeeksDigest() throws Exception {
    String out = run("digest", "--week", "2025-W46", "--send-to", "someone@example.org");

    assertThat(out).contains("sent 2025-W46 to someone@example.org via file");
    // the poll in setUp mailed the default digest-only subscriber their digest already
    List<MimeMessage> mails = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("mail"))) {
      for (Path eml : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
        try (InputStream in = Files.newInputStream(eml)) {
          mails.add(new MimeMessage(Session.getInstance(new Properties()), in));
        }
      }
    }
    List<MimeMessage> toSomeone = new ArrayList<>();
    for (MimeMessage m : mails) {
      if (m.getHeader("To", ",").equals("someone@example.org")) {
        toSomeone.add(m);
      }
    }
    assertThat(toSomeone).hasSize(1);
    MimeMessage mail = toSomeone.get(0);
    assertThat(mail.getSubject()).isEqualTo("[statuswacht] Weekoverzicht KVK week 46 (10–16"
        + " november 2025): geen storingen, 1 schending");
    assertThat(mail.getHeader("To", ",")).isEqualTo("someone@example.org");
    try (Database database = Database.openH2(dir.resolve("statuswacht"))) {
      int digests = database.inTransaction(c -> DigestRepository.count(c, "someone@example.org"));
      assertThat(digests).as("no week is marked as sent to them").isZero();
      java.util.Optional<java.time.LocalDate> watermark = database.inTransaction(
          c -> DigestRepository.watermark(c, "someone@example.org"));
      assertThat(watermark).isEmpty();
    }
  }

  @Test
  void aBadWeekAFutureWeekAndABadAddressAreRefusedWithExitCode2() {
    Cli.Result notAWeek = execute("digest", "--week", "2025-46");
    assertThat(notAWeek.exit()).isEqualTo(2);
    assertThat(notAWeek.err()).isEqualTo(
        "statuswacht digest: --week: \"2025-46\" is not YYYY-Www (e.g. 2026-W13)\n");

    Cli.Result noSuchWeek = execute("digest", "--week", "2025-W53");
    assertThat(noSuchWeek.exit()).isEqualTo(2);
    assertThat(noSuchWeek.err()).contains("2025 has no week 53");

    Cli.Result future = execute("digest", "--week", "2099-W01");
    assertThat(future.exit()).isEqualTo(2);
    assertThat(future.err()).contains("week 2099-W01 has not begun");

    Cli.Result badAddress = execute("digest", "--week", "2025-W46", "--send-to", "not an address");
    assertThat(badAddress.exit()).isEqualTo(2);
    assertThat(badAddress.err()).isEqualTo(
        "statuswacht digest: --send-to: 'not an address' is not an email address\n");
  }
}
