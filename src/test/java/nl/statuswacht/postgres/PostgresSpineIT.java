package nl.statuswacht.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spine of {@code SpineTest} on a real PostgreSQL: the fixture site on MockWebServer, real
 * SMTP (GreenMail), the database a fresh one on the server. Every post is stored once, every mail
 * sent once, a second poll of the same page mails nothing, and a restart on the same database
 * neither.
 */
class PostgresSpineIT {
  private static final String D01 = "tag:status.kvk.nl,2005:Incident/1000";
  private static final String FULL = Fixtures.text("kvk/site/history.atom");
  private static final String BEFORE_D01 = Fixtures.withoutAtomEntry(FULL, D01);
  private static final String D01_OPEN = Fixtures.editAtomEntry(FULL, D01,
      entry -> entry.replaceFirst("&lt;p&gt;&lt;small&gt;Sep .*?&lt;/p&gt;", ""));

  @TempDir Path data;
  private Postgres postgres;
  private Watch watch;

  @BeforeEach
  void start() throws Exception {
    postgres = new Postgres();
  }

  @AfterEach
  void stop() throws Exception {
    if (watch != null) {
      watch.close();
    }
    postgres.close();
  }

  private Watch watch(Map<String, String> settings) throws Exception {
    Map<String, String> env = new HashMap<>(postgres.env());
    env.putAll(settings);
    watch = new Watch(data, Instant.parse("2025-09-15T07:00:00Z"), env);
    assertThat(watch.statuswacht().database().postgres()).isTrue();
    return watch;
  }

  private PollResult poll(String feed) {
    watch.site.atom("/history.atom", feed);
    return watch.poll();
  }

  private long distinctMessageIds() {
    return watch.mails().stream().map(m -> {
      try {
        return ((MimeMessage) m).getMessageID();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).distinct().count();
  }

  @Test
  void baselineThenOneMailPerSubscriberForANewPostAndNoneForTheSamePageAgain() throws Exception {
    watch(Map.of());
    PollResult baseline = poll(BEFORE_D01);
    assertThat(((PollResult.Fetched) baseline).baseline()).isTrue();
    assertThat(baseline.counts().created()).isEqualTo(19);
    assertThat(watch.mails()).isEmpty();

    PollResult opened = poll(D01_OPEN);
    assertThat(opened.counts().created()).isEqualTo(1);
    assertThat(opened.counts().queued()).isEqualTo(2);
    assertThat(watch.mailsTo(Watch.OPS)).hasSize(1);
    assertThat(watch.mailsTo(Watch.MANAGER)).hasSize(1);
    assertThat(watch.mailsTo(Watch.OPS).get(0).getSubject())
        .isEqualTo("[KVK storing P1] Storing: KVK API's niet bereikbaar — nieuw");

    PollResult resolved = poll(FULL);
    assertThat(resolved.counts().updated()).isEqualTo(1);
    assertThat(watch.mails()).hasSize(4);

    PollResult again = poll(FULL);
    assertThat(again.counts().created()).isZero();
    assertThat(again.counts().queued()).isZero();
    assertThat(watch.mails()).hasSize(4);
    assertThat(distinctMessageIds()).isEqualTo(4);

    watch.restart();
    PollResult restarted = poll(FULL);
    assertThat(restarted.counts().queued()).isZero();
    assertThat(watch.mails()).hasSize(4);
    assertThat(watch.count("select count(*) from post")).isEqualTo(20);
    assertThat(watch.count("select count(distinct post_key) from post")).isEqualTo(20);
    assertThat(watch.count("select count(*) from sent_log")).isEqualTo(4);
  }

  @Test
  void everyPostOfTheFixturesIsStoredOnceAndMailedOnceToEachSubscriber() throws Exception {
    watch(Map.of("STATUSWACHT_POLL_NOTIFY_ON_BASELINE", "true",
        "STATUSWACHT_POLL_MAX_NEW_POSTS", "1000"));
    PollResult first = poll(FULL);
    int created = first.counts().created();
    assertThat(created).isEqualTo(20);
    int queued = first.counts().queued();
    assertThat(queued).isGreaterThanOrEqualTo(2 * created);
    int mails = watch.mails().size();
    assertThat(mails).isEqualTo(watch.count("select count(*) from outbox"));
    assertThat(watch.count("select count(*) from outbox where state <> 'SENT'")).isZero();
    assertThat(distinctMessageIds()).isEqualTo(mails);

    PollResult second = poll(FULL);
    assertThat(second.counts().created()).isZero();
    assertThat(second.counts().queued()).isZero();
    assertThat(watch.mails()).hasSize(mails);
    assertThat(watch.count("select count(*) from post")).isEqualTo(20);
    assertThat(watch.count("select count(*) from post_version")).isEqualTo(20);
  }
}
