package nl.statuswacht.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.store.SubscriberRepository.Unsubscribed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsubscribing by link, as the store keeps it (V13's {@code unsubscribed}), on an H2 file. */
class UnsubscribedTest {
  private static final Instant NOW = Instant.parse("2026-01-02T08:30:00Z");
  private static final List<Subscriber> FILE =
      List.of(subscriber("ops@example.org"), subscriber("Manager@Example.org"));

  @TempDir Path dir;
  private Database database;

  @BeforeEach
  void open() {
    database = Database.openH2(dir.resolve("statuswacht"));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aFileSubscriberWhoUnsubscribedIsSkippedAndNamedForTheOperator() {
    assertThat(unsubscribe("manager@example.org"))
        .isEqualTo(Unsubscribed.OPTED_OUT);

    List<Subscriber> everyone =
        database.inTransaction(c -> SubscriberRepository.everyone(c, FILE));
    Map<String, Instant> skipped =
        database.inTransaction(c -> SubscriberRepository.skipped(c, FILE));

    assertThat(everyone).extracting(Subscriber::address).containsExactly("ops@example.org");
    assertThat(skipped).as("as the config file spells it, with when")
        .isEqualTo(Map.of("Manager@Example.org", NOW));
    assertThat(unsubscribe("MANAGER@example.org"))
        .as("twice").isEqualTo(Unsubscribed.NOT_SUBSCRIBED);
  }

  @Test
  void aDatabaseSubscriberIsRemovedAndOneAlsoInTheFileRecordedToo() {
    database.inTransaction(c -> {
      SubscriberRepository.save(c, subscriber("db@example.org"));
      SubscriberRepository.save(c, subscriber("ops@example.org"));
      return null;
    });

    assertThat(unsubscribe("db@example.org"))
        .isEqualTo(Unsubscribed.REMOVED);
    assertThat(unsubscribe("ops@example.org"))
        .isEqualTo(Unsubscribed.REMOVED);

    List<Subscriber> everyone =
        database.inTransaction(c -> SubscriberRepository.everyone(c, FILE));
    assertThat(everyone).extracting(Subscriber::address).containsExactly("Manager@Example.org");
    Map<String, Instant> optedOut = database.inTransaction(SubscriberRepository::optedOut);
    assertThat(optedOut).containsOnlyKeys("ops@example.org");
    Map<String, Instant> skipped =
        database.inTransaction(c -> SubscriberRepository.skipped(c, FILE));
    assertThat(skipped)
        .as("the file's entry, now that the database's is gone")
        .containsOnlyKeys("ops@example.org");
    assertThat(unsubscribe("nobody@example.org"))
        .isEqualTo(Unsubscribed.NOT_SUBSCRIBED);
  }

  private Unsubscribed unsubscribe(String address) {
    return database.inTransaction(
        c -> SubscriberRepository.unsubscribe(c, address, FILE, NOW));
  }

  private static Subscriber subscriber(String address) {
    return new Subscriber(address, null, "nl", Set.of(), Set.of(), null,
        Subscriber.Delivery.IMMEDIATE, true, null, null, false);
  }
}
