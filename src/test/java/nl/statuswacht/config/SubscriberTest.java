package nl.statuswacht.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriberTest {
  @TempDir Path dir;

  private static Classification incident(Priority priority, Service... services) {
    return new Classification(Category.INCIDENT, null, List.of(services), priority, null, null,
        null, null, null, null, Map.of());
  }

  private static Instant at(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  @Test
  void filtersByCategoryServiceAndPriority() throws Exception {
    Path file = dir.resolve("statuswacht.yaml");
    Files.writeString(file, """
        subscribers:
          - address: api@example.org
            services: [KVK_API]
            min-priority: P2
            language: en
          - address: changes@example.org
            categories: CHANGE, PLANNED_MAINTENANCE
          - address: manager@example.org
            delivery: digest
          - address: both@example.org
            delivery: both
        """);
    List<Subscriber> subscribers = new ConfigLoader("t", java.time.Clock.systemUTC())
            .load(file, true, Map.of()).subscribers();
    Subscriber api = subscribers.get(0);
    Subscriber changes = subscribers.get(1);
    Subscriber manager = subscribers.get(2);
    Subscriber both = subscribers.get(3);

    assertThat(api.language()).isEqualTo("en");
    assertThat(api.wants(incident(Priority.P1, Service.KVK_API))).isTrue();
    assertThat(api.wants(incident(Priority.P3, Service.KVK_API))).isFalse();
    assertThat(api.wants(incident(null, Service.KVK_API))).as("unknown may be the worst")
        .isTrue();
    assertThat(api.wants(incident(Priority.P1, Service.KVK_DATASERVICE))).isFalse();
    assertThat(api.wants(new Classification(Category.INCIDENT, null, null, Priority.P1, null,
        null, null, null, null, null, Map.of()))).as("services unknown: it may be the API's")
        .isTrue();
    assertThat(changes.wants(incident(Priority.P1, Service.KVK_API))).isFalse();
    assertThat(changes.categories()).containsExactlyInAnyOrder(Category.CHANGE,
        Category.PLANNED_MAINTENANCE);
    assertThat(manager.wants(incident(Priority.P1, Service.KVK_API))).isFalse();
    assertThat(manager.wantsDigest()).isTrue();
    assertThat(api.wantsDigest()).as("immediate is the default: no digest").isFalse();
    assertThat(both.wants(incident(Priority.P1, Service.KVK_API))).isTrue();
    assertThat(both.wantsDigest()).isTrue();
  }

  @Test
  void quietHoursHoldMailUntilTheyEndButNotAP1() {
    Subscriber night = new Subscriber("ops@example.org", null, "nl", Set.of(), Set.of(), null,
        Subscriber.Delivery.IMMEDIATE, true, LocalTime.of(22, 0), LocalTime.of(7, 0), false);
    Classification p2 = incident(Priority.P2, Service.KVK_API);

    assertThat(night.deliverAfter(at("2026-03-28T23:30:00+01:00"), p2))
        .as("held until 07:00 the next morning, summer time by then")
        .isEqualTo(at("2026-03-29T07:00:00+02:00"));
    assertThat(night.deliverAfter(at("2026-03-29T05:00:00+02:00"), p2))
        .isEqualTo(at("2026-03-29T07:00:00+02:00"));
    assertThat(night.deliverAfter(at("2026-03-28T12:00:00+01:00"), p2))
        .isEqualTo(at("2026-03-28T12:00:00+01:00"));
    assertThat(night.deliverAfter(at("2026-03-28T23:30:00+01:00"),
        incident(Priority.P1, Service.KVK_API))).isEqualTo(at("2026-03-28T23:30:00+01:00"));
  }

  @Test
  void aWrongSubscriberSettingIsNamed() throws Exception {
    Path file = dir.resolve("statuswacht.yaml");
    Files.writeString(file, """
        subscribers:
          - address: ops@example.org
            services: [KVK_APi, DATASERVICE]
            quiet-hours: late
        """);

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> new ConfigLoader("t", java.time.Clock.systemUTC()).load(file, true, Map.of()));

    assertThat(e.problems()).containsExactlyInAnyOrder(
        file + ":3: subscribers.services: 'DATASERVICE' is not one of KVK_API, KVK_DATASERVICE,"
            + " KVK_MUTATIESERVICE, OTHER (did you mean 'KVK_DATASERVICE'?)",
        file + ":4: subscribers.quiet-hours: 'late' is not a range of times (write 22:00-07:00)");
  }
}
