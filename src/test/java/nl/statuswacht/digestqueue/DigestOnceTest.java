package nl.statuswacht.digestqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.digest.Week;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import nl.statuswacht.store.DigestRepository;
import nl.statuswacht.testing.MutableClock;
import nl.statuswacht.testing.StoredPosts;
import org.assertj.core.util.Throwables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly one digest per subscriber per week, with real parts: an H2 file database, real SMTP
 * (GreenMail) and statuswacht restarted on the same data directory. Times are written with their
 * Amsterdam offset; the default schedule is Monday 08:00 Europe/Amsterdam.
 */
class DigestOnceTest {
  private static final String MANAGER = "manager@example.org";
  private static final String NIGHT_OWL = "night@example.org";
  private static final String SUPPLIER = "supplier@example.org";
  private static final String OPS = "ops@example.org";

  @TempDir Path data;
  private final MutableClock clock = new MutableClock(at("2026-11-23T08:00:00+01:00"));
  private GreenMail smtp;
  private final List<Statuswacht> started = new ArrayList<>();

  @BeforeEach
  void smtp() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stop() {
    started.forEach(Statuswacht::close);
    smtp.stop();
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  /** statuswacht as `run` makes it, on the same data directory each time (a restart). */
  private Statuswacht statuswacht(int smtpPort) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("STATUSWACHT_DATA_DIR", data.toString());
    env.put("STATUSWACHT_MAIL_TRANSPORT", "smtp");
    env.put("STATUSWACHT_MAIL_FROM", "statuswacht@example.net");
    env.put("STATUSWACHT_MAIL_SMTP_HOST", "127.0.0.1");
    env.put("STATUSWACHT_MAIL_SMTP_PORT", Integer.toString(smtpPort));
    env.put("STATUSWACHT_MAIL_SMTP_STARTTLS", "off");
    env.put("STATUSWACHT_MAIL_SMTP_TIMEOUT", "5s");
    java.nio.file.Files.writeString(data.resolve("statuswacht.yaml"), """
        subscribers:
          - address: %s
            delivery: digest
          - address: %s
            delivery: both
            quiet-hours: 07:00-09:00
          - address: %s
            delivery: both
            language: en
          - address: %s
        """.formatted(MANAGER, NIGHT_OWL, SUPPLIER, OPS));
    Config config = new ConfigLoader("test", java.time.Clock.systemUTC())
            .load(data.resolve("statuswacht.yaml"), true, env);
    Statuswacht statuswacht = Statuswacht.create(config, clock, "test");
    started.add(statuswacht);
    return statuswacht;
  }

  private Statuswacht statuswacht() throws Exception {
    return statuswacht(smtp.getSmtp().getPort());
  }

  private void restart(Statuswacht running) {
    running.close();
    started.remove(running);
  }

  private List<MimeMessage> mailsTo(String address) throws Exception {
    List<MimeMessage> to = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equals(address))) {
        to.add(m);
      }
    }
    return to;
  }

  private List<LocalDate> weeksQueued(Statuswacht statuswacht, String address) {
    return statuswacht.database().inTransaction(c -> {
      List<LocalDate> weeks = new ArrayList<>();
      try (var statement = c.prepareStatement(
          "select week_start from digest where recipient = ? order by week_start")) {
        statement.setString(1, address);
        try (var row = statement.executeQuery()) {
          while (row.next()) {
            weeks.add(row.getObject(1, LocalDate.class));
          }
        }
      }
      return weeks;
    });
  }

  @Test
  void atMonday0800EveryDigestSubscriberGetsLastWeeksDigestOnceAndTheOthersNone()
      throws Exception {
    clock.set(at("2026-11-23T07:59:00+01:00"));
    Statuswacht statuswacht = statuswacht();
    // 07:59: the latest fire time was Monday 16 November 08:00, so a subscriber who never had a
    // digest gets that one's week (9–15 November) at once: the catch-up of a first start
    assertThat(statuswacht.queueDigests()).isEqualTo(3);
    clock.set(at("2026-11-23T08:00:00+01:00"));
    assertThat(statuswacht.queueDigests()).as("08:00: week 47 (16–22 November)").isEqualTo(3);
    for (int minutes = 5; minutes <= 3 * 24 * 60; minutes += 5) {
      clock.set(at("2026-11-23T08:00:00+01:00").plus(Duration.ofMinutes(minutes)));
      assertThat(statuswacht.queueDigests()).as("+%d minutes", minutes).isZero();
    }
    statuswacht.deliver();

    LocalDate w46 = LocalDate.of(2026, 11, 9);
    LocalDate w47 = LocalDate.of(2026, 11, 16);
    for (String address : List.of(MANAGER, NIGHT_OWL, SUPPLIER)) {
      assertThat(weeksQueued(statuswacht, address)).as(address).containsExactly(w46, w47);
      assertThat(mailsTo(address)).as(address).hasSize(2);
    }
    assertThat(weeksQueued(statuswacht, OPS)).as("immediate only: no digest").isEmpty();
    assertThat(mailsTo(OPS)).isEmpty();
    assertThat(mailsTo(SUPPLIER).get(1).getSubject()).as("in the subscriber's language")
        .isEqualTo("[statuswacht] KVK weekly digest week 47 (16–22 November 2026) — no posts");
    // nothing is stored: the digest is the short one that says so, a sign of life
    String quiet = textPart(mailsTo(SUPPLIER).get(1));
    assertThat(quiet).contains("No posts on the KVK status page in week 47 (16–22 November"
        + " 2026).");
    assertThat(quiet.lines().count()).isLessThan(25);
  }

  @Test
  void aLateDigestOfTheWeekBeforeLastSpeaksFromNow() throws Exception {
    // a first start on Monday 23 November 07:59: the due week is still 9–15 November (the
    // latest fire was 16 November 08:00), sent now; an incident that began on Wednesday 18
    // November and is still open is what the manager needs to know now
    clock.set(at("2026-11-23T07:59:00+01:00"));
    Statuswacht statuswacht = statuswacht();
    Instant started = at("2026-11-18T10:00:00+01:00");
    StoredPosts.announced(statuswacht.database(), "i-open", "Storing KVK API: zoeken traag",
        started, new Classification(Category.INCIDENT, true, List.of(Service.KVK_API),
            Priority.P2, null, null, null, started, null, null, Map.of()));

    assertThat(statuswacht.queueDigests()).isEqualTo(3);
    statuswacht.deliver();

    MimeMessage digest = mailsTo(MANAGER).get(0);
    assertThat(digest.getSubject())
        .startsWith("[statuswacht] Weekoverzicht KVK week 46 (9–15 november 2026)");
    assertThat(textPart(digest))
        .contains("stand op maandag 23 november 2026 07:59")
        .containsSubsequence("== Open storingen ==", "Storing KVK API: zoeken traag",
            "Begonnen:     woensdag 18 november 2026 10:00");
  }

  @Test
  void aRestartWhileDigestsAreStillToBeSentSendsEachExactlyOnce() throws Exception {
    clock.set(at("2026-11-23T08:00:00+01:00"));
    Statuswacht first = statuswacht();
    assertThat(first.queueDigests()).isEqualTo(3);
    first.deliver();
    // the night owl's digest waits for the end of their quiet hours (09:00); the others are out
    assertThat(mailsTo(MANAGER)).hasSize(1);
    assertThat(mailsTo(SUPPLIER)).hasSize(1);
    assertThat(mailsTo(NIGHT_OWL)).isEmpty();
    restart(first);

    clock.set(at("2026-11-23T09:01:00+01:00"));
    Statuswacht second = statuswacht();
    assertThat(second.queueDigests()).as("the week is queued for all three already").isZero();
    second.deliver();
    assertThat(mailsTo(MANAGER)).hasSize(1);
    assertThat(mailsTo(SUPPLIER)).hasSize(1);
    assertThat(mailsTo(NIGHT_OWL)).hasSize(1);
  }

  @Test
  void aRestartAfterTheMailServerWasDownSendsEachDigestOnce() throws Exception {
    int port = smtp.getSmtp().getPort();
    smtp.stop();
    clock.set(at("2026-11-23T09:30:00+01:00"));
    Statuswacht first = statuswacht(port);
    assertThat(first.queueDigests()).isEqualTo(3);
    assertThat(first.deliver().retrying())
        .as("nobody listens on the port: the first digest is tried, the others wait untried")
        .isEqualTo(1);
    restart(first);

    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    clock.set(at("2026-11-23T11:00:00+01:00"));
    Statuswacht second = statuswacht(port);
    assertThat(second.queueDigests()).isZero();
    assertThat(second.deliver().sent()).isEqualTo(3);
    clock.set(at("2026-11-23T13:00:00+01:00"));
    assertThat(second.queueDigests()).isZero();
    assertThat(second.deliver().sent()).isZero();
    for (String address : List.of(MANAGER, NIGHT_OWL, SUPPLIER)) {
      assertThat(mailsTo(address)).as(address).hasSize(1);
    }
  }

  @Test
  void downOverSeveralDigestTimesSendsOnlyTheLatestWeekOnce() throws Exception {
    clock.set(at("2026-11-23T08:00:00+01:00"));
    Statuswacht first = statuswacht();
    assertThat(first.queueDigests()).isEqualTo(3);
    first.deliver();
    restart(first);

    // down from Monday 23 November until Wednesday 9 December 10:00: the digests of Monday 30
    // November (week 48) and Monday 7 December (week 49) were not sent; week 49's is due now
    clock.set(at("2026-12-09T10:00:00+01:00"));
    Statuswacht second = statuswacht();
    assertThat(second.queueDigests()).isEqualTo(3);
    assertThat(second.queueDigests()).isZero();
    second.deliver();
    restart(second);
    clock.set(at("2026-12-09T10:05:00+01:00"));
    Statuswacht third = statuswacht();
    assertThat(third.queueDigests()).as("a second restart adds nothing").isZero();

    for (String address : List.of(MANAGER, NIGHT_OWL, SUPPLIER)) {
      assertThat(weeksQueued(third, address)).as(address)
          .containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 30));
      assertThat(mailsTo(address)).as(address).hasSize(2);
    }
    assertThat(mailsTo(MANAGER).get(1).getSubject()).isEqualTo(
        "[statuswacht] Weekoverzicht KVK week 49 (30 november – 6 december 2026) — geen berichten");
  }

  @Test
  void theWeekOfTheSpringDstChangeIs167HoursAndItsDigestComesOnceAtMonday0800Summertime()
      throws Exception {
    // week 13 of 2026: Monday 23 March 00:00 CET to Monday 30 March 00:00 CEST; clocks went from
    // 02:00 to 03:00 on Sunday 29 March, so it lasts 7 × 24 − 1 = 167 hours
    dstWeek(new Week(LocalDate.of(2026, 3, 23)), 167, "2026-03-23T00:00:00+01:00",
        "2026-03-30T00:00:00+02:00", "2026-03-30T08:00:00+02:00", "week 13 (23–29 maart 2026)");
  }

  @Test
  void theWeekOfTheAutumnDstChangeIs169HoursAndItsDigestComesOnceAtMonday0800Wintertime()
      throws Exception {
    // week 43 of 2026: Monday 19 October 00:00 CEST to Monday 26 October 00:00 CET; clocks went
    // from 03:00 back to 02:00 on Sunday 25 October, so it lasts 7 × 24 + 1 = 169 hours
    dstWeek(new Week(LocalDate.of(2026, 10, 19)), 169, "2026-10-19T00:00:00+02:00",
        "2026-10-26T00:00:00+01:00", "2026-10-26T08:00:00+01:00",
        "week 43 (19–25 oktober 2026)");
  }

  private void dstWeek(Week week, long hours, String start, String end, String due,
      String named) throws Exception {
    assertThat(week.start()).isEqualTo(at(start));
    assertThat(week.end()).isEqualTo(at(end));
    assertThat(Duration.between(week.start(), week.end()).toHours()).isEqualTo(hours);

    clock.set(week.start().plus(Duration.ofDays(4)));
    Statuswacht statuswacht = statuswacht();
    Instant first = week.start().minusSeconds(1);
    StoredPosts.announced(statuswacht.database(), "before", "Onderhoud van de week ervoor", first,
        maintenance());
    StoredPosts.announced(statuswacht.database(), "first", "Onderhoud op maandag 00:00",
        week.start(), maintenance());
    StoredPosts.announced(statuswacht.database(), "last", "Onderhoud op zondag 23:59:59",
        week.end().minusSeconds(1), maintenance());
    StoredPosts.announced(statuswacht.database(), "after", "Onderhoud van de week erna",
        week.end(), maintenance());

    assertThat(statuswacht.queueDigests()).as("the catch-up of the week before").isEqualTo(3);
    Instant queuedAt = null;
    for (Instant t = clock.instant(); t.isBefore(week.end().plus(Duration.ofDays(3)));
        t = t.plus(Duration.ofMinutes(15))) {
      clock.set(t);
      int queued = statuswacht.queueDigests();
      if (queued > 0) {
        assertThat(queuedAt).as("a second time at %s", t).isNull();
        assertThat(queued).isEqualTo(3);
        queuedAt = t;
      }
    }
    assertThat(queuedAt).isEqualTo(at(due));
    statuswacht.deliver();

    for (String address : List.of(MANAGER, NIGHT_OWL, SUPPLIER)) {
      assertThat(weeksQueued(statuswacht, address)).as(address)
          .containsExactly(week.previous().monday(), week.monday());
      assertThat(mailsTo(address)).as(address).hasSize(2);
    }
    MimeMessage digest = mailsTo(MANAGER).get(1);
    assertThat(digest.getSubject()).startsWith("[statuswacht] Weekoverzicht KVK " + named);
    String text = textPart(digest);
    assertThat(text).contains("Onderhoud op maandag 00:00", "Onderhoud op zondag 23:59:59")
        .doesNotContain("de week ervoor", "de week erna");
  }

  /** The decoded text/plain part of a mail. */
  private static String textPart(jakarta.mail.Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = textPart(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  private static Classification maintenance() {
    return new Classification(Category.PLANNED_MAINTENANCE, false, List.of(Service.KVK_API),
        null, null, null, null, null, null, null, Map.of());
  }

  @Test
  void theKeyRefusesASecondDigestForTheSameSubscriberAndWeek() throws Exception {
    Statuswacht statuswacht = statuswacht();
    assertThat(statuswacht.queueDigests()).isEqualTo(3);
    long outbox = statuswacht.database().inTransaction(c -> {
      try (var statement = c.prepareStatement("select outbox_id from digest where recipient = ?")) {
        statement.setString(1, MANAGER);
        try (var row = statement.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
    Throwable second = catchThrowable(() ->
        statuswacht.database().inTransaction(c -> {
          DigestRepository.record(c, MANAGER.toUpperCase(java.util.Locale.ROOT),
              LocalDate.of(2026, 11, 16), outbox, clock.instant());
          return null;
        }));
    assertThat(second).as("same address in other capitals, same week").isNotNull()
        .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class)
        .rootCause().hasMessageContaining("DIGEST(RECIPIENT, WEEK_START)");
    assertThat(((SQLException) Throwables.getRootCause(second))
        .getSQLState()).as("unique violation").isEqualTo("23505");
    int digests = statuswacht.database().inTransaction(c -> DigestRepository.count(c, MANAGER));
    assertThat(digests).isEqualTo(1);
  }
}
