package nl.statuswacht.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import nl.statuswacht.cli.Main;
import nl.statuswacht.poll.PollCycle;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A site that moved every link is not twenty new posts: a post is recognised by its content
 * (title and first update) before it is called new, and re-keyed. And a poll that would still
 * announce more new posts at once than {@code poll.max-new-posts} holds them, tells the operator
 * once, and lets them go on {@code statuswacht release}: a circuit breaker.
 */
class MovedLinksTest {
  private static final String FEED = Fixtures.text("kvk/site/history.atom");

  @TempDir Path data;
  private Watch watch;

  @BeforeEach
  void baseline() throws Exception {
    watch = new Watch(data, Instant.parse("2026-01-02T09:00:00Z"), Map.of());
    watch.site.atom("/history.atom", FEED);
    watch.poll();
    assertThat(watch.count("select count(*) from post")).isEqualTo(20);
    assertThat(watch.mails()).isEmpty();
  }

  @AfterEach
  void stop() throws Exception {
    watch.close();
  }

  @Test
  void everyLinkMovedIsTheSamePostsUnderNewKeysAndMailsNothing() {
    String moved = FEED.replaceAll("https://status\\.kvk\\.nl/incidents/(d\\d\\d)",
        "https://www.kvk.nl/status/meldingen/$1-melding");
    watch.site.atom("/history.atom", moved);
    watch.poll();

    assertThat(watch.mails()).isEmpty();
    assertThat(watch.count("select count(*) from post")).as("no post stored twice")
        .isEqualTo(20);
    assertThat(watch.count("select count(*) from post where post_key = 'd03-melding'"))
        .isEqualTo(1);
    assertThat(watch.count("select count(*) from post where withdrawn_at is not null"))
        .isZero();
  }

  @Test
  void moreNewPostsAtOnceThanTheLimitAreHeldUntilReleased() throws Exception {
    watch.site.atom("/history.atom", withNewPosts(7));
    watch.poll();

    assertThat(watch.mailsTo(Watch.OPS)).as("held").isEmpty();
    assertThat(watch.mailsTo(Watch.OPERATOR)).hasSize(1);
    assertThat(watch.mailsTo(Watch.OPERATOR).get(0).getSubject())
        .isEqualTo("[statuswacht] nieuwe berichten tegengehouden");
    assertThat(watch.count("select count(*) from outbox where state = 'HELD'"))
        .isEqualTo(14);

    watch.poll();
    assertThat(watch.mailsTo(Watch.OPERATOR)).as("the operator is told once").hasSize(1);

    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine(watch.env());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("release")).isZero();
    assertThat(out.toString()).contains("released 14 held mails");

    watch.statuswacht().deliver();
    assertThat(watch.mailsTo(Watch.OPS)).hasSize(7);
    assertThat(watch.mailsTo(Watch.MANAGER)).hasSize(7);
  }

  @Test
  void upToTheLimitNewPostsAreAnnouncedAtOnce() {
    watch.site.atom("/history.atom", withNewPosts(5));
    watch.poll();

    assertThat(watch.mailsTo(Watch.OPS)).hasSize(5);
    assertThat(watch.mailsTo(Watch.OPERATOR)).isEmpty();
  }

  @Test
  void aReleaseAskedForWhileTheDaemonHoldsTheDatabaseHappensAtItsNextPoll() throws Exception {
    watch.site.atom("/history.atom", withNewPosts(6));
    watch.poll();
    assertThat(watch.mailsTo(Watch.OPS)).isEmpty();

    Files.writeString(PollCycle.releaseRequest(watch.config()), "release\n");
    watch.poll();

    assertThat(watch.mailsTo(Watch.OPS)).hasSize(6);
    assertThat(Files.exists(PollCycle.releaseRequest(watch.config()))).isFalse();
  }

  /** The feed with {@code n} new incidents on top, each with its own title and time. */
  private static String withNewPosts(int n) {
    StringBuilder entries = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      entries.append("""
          <entry><id>tag:status.kvk.nl,2005:Incident/9%03d</id>
          <published>2026-01-02T08:%02d:00Z</published><updated>2026-01-02T08:%02d:00Z</updated>
          <link rel="alternate" type="text/html" href="https://status.kvk.nl/incidents/n%d"/>
          <title>Storing KVK API %d</title>
          <content type="html">De KVK API geeft foutmeldingen (%d).</content></entry>
          """.formatted(i, i, i, i, i, i));
    }
    return FEED.replaceFirst("<entry>", entries + "<entry>");
  }
}
