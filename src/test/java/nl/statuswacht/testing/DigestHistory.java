package nl.statuswacht.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.statuswacht.classify.Classifier;
import nl.statuswacht.config.ConfigException;
import nl.statuswacht.config.PolicyLoader;
import nl.statuswacht.config.VocabularyLoader;
import nl.statuswacht.digest.DigestPost;
import nl.statuswacht.digest.Week;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.ImpactClass;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Window;
import nl.statuswacht.rules.Policy;
import nl.statuswacht.rules.Rules;
import nl.statuswacht.rules.Scoreboard;

/**
 * The history the digest tests share: the KVK site's posts ({@code fixtures/kvk}, read from
 * history.atom and classified with the shipped vocabulary) that were announced before {@link
 * #AS_OF}, plus posts built here, all judged with the shipped policy at {@link #AS_OF}. The digest
 * is the one of {@link #WEEK}, 2025-W46 (Mon 10 – Sun 16 November 2025), made on Monday 17
 * November 2025 at 09:00 Amsterdam time. Every local time below is Amsterdam time: +01:00 from 26
 * October 2025 03:00 on, +02:00 before.
 */
public final class DigestHistory {
  public static final Week WEEK = Week.parse("2025-W46");
  public static final Instant AS_OF = at("2025-11-17T09:00+01:00");
  public static final Policy POLICY;
  public static final Rules RULES;
  private static final Classifier CLASSIFIER;

  static {
    try {
      POLICY = PolicyLoader.load(Path.of("conf/policy-kvk.yaml"));
      RULES = new Rules(POLICY);
      CLASSIFIER = new Classifier(VocabularyLoader.load(Path.of("conf/classify.yaml")));
    } catch (ConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a subscriber who does not follow the Dataservice wants. */
  public static final Predicate<Classification> NO_DATASERVICE =
      c -> c.services() == null || !c.services().equals(List.of(Service.KVK_DATASERVICE));

  /** The title whose markup must come out escaped. */
  public static final String MARKUP_TITLE = "Storing <b>KVK API</b> & Zoeken";

  private DigestHistory() {}

  public static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  /** A stand-in SHA-256 per post: the hash of its key. */
  public static String sha(String key) {
    return Fixtures.sha256(key);
  }

  /** The whole history: fixtures and constructed posts. */
  public static List<DigestPost> posts() {
    List<DigestPost> posts = new ArrayList<>(fixtures(AS_OF, null));
    posts.addAll(constructed());
    return posts;
  }

  /**
   * The site's posts announced before {@code asOf} (first seen at their announcement), judged at
   * {@code asOf}; only those named in {@code keys} when it is not null.
   */
  public static List<DigestPost> fixtures(Instant asOf, Set<String> keys) {
    List<DigestPost> posts = new ArrayList<>();
    for (Post post : KvkSite.merged(List.of("history.atom")).values()) {
      Instant announced = Rules.announced(post);
      if (!announced.isBefore(asOf) || (keys != null && !keys.contains(post.id()))) {
        continue;
      }
      Classification c = CLASSIFIER.classify(post);
      posts.add(new DigestPost(new Scoreboard.Judged(post.id(), post.title(), post.link(),
          announced, announced, c, RULES.judge(c, announced, asOf)), 1, false,
          sha(post.id())));
    }
    return posts;
  }

  /** The posts built for the digest of 2025-W46; see DigestReportTest for what each is for. */
  public static List<DigestPost> constructed() {
    return List.of(
        incident("api-p1", MARKUP_TITLE, Service.KVK_API, Priority.P1,
            "2025-11-13T10:00+01:00", "2025-11-13T13:30+01:00", "2025-11-13T10:10+01:00"),
        incident("ds-p1", "Storing KVK Dataservice", Service.KVK_DATASERVICE, Priority.P1,
            "2025-11-11T09:00+01:00", "2025-11-12T12:00+01:00", "2025-11-11T09:20+01:00"),
        incident("mut-p3", "Mutatieservice traag", Service.KVK_MUTATIESERVICE, Priority.P3,
            "2025-11-14T10:00+01:00", "2025-11-14T11:00+01:00", "2025-11-14T10:05+01:00"),
        incident("mut-p2-open", "Mutatieservice levert signalen te laat",
            Service.KVK_MUTATIESERVICE, Priority.P2, "2025-11-16T20:00+01:00", null,
            "2025-11-16T20:05+01:00"),
        incident("mut-p3-old", "Mutatieservice vertraagd", Service.KVK_MUTATIESERVICE,
            Priority.P3, "2025-11-07T15:00+01:00", "2025-11-10T11:00+01:00",
            "2025-11-07T15:10+01:00"),
        incident("other-open", "Website KVK traag bereikbaar", Service.OTHER, Priority.P3,
            "2025-11-03T09:00+01:00", null, "2025-11-03T09:05+01:00"),
        change("change-late", "Grote wijziging KVK API: nieuwe authenticatie", ImpactClass.MAJOR,
            "2025-12-01", "2025-11-12T10:00+01:00"),
        change("change-none", "Nieuwe documentatie KVK API", ImpactClass.NONE, "2025-11-13",
            "2025-10-01T10:00+02:00"),
        post("info", "Mededeling: nieuwe <b>portal</b> & app",
            new Classification(Category.INFORMATION, null, List.of(Service.OTHER), null, null,
                null, null, null, null, null, Map.of()), "2025-11-14T09:00+01:00", 1, false),
        post("unknown", "Bericht zonder herkenbare inhoud", StoredPosts.UNCLASSIFIED,
            "2025-11-15T12:00+01:00", 1, false),
        window("w1", "Gepland onderhoud KVK API", Category.PLANNED_MAINTENANCE, true,
            Service.KVK_API, "2025-11-22T08:00+01:00", "2025-11-22T12:00+01:00",
            "2025-11-03T10:00+01:00", 2, false),
        window("w2", "Onderhoud KVK API in december", Category.PLANNED_MAINTENANCE, true,
            Service.KVK_API, "2025-12-02T21:00+01:00", "2025-12-02T23:00+01:00",
            "2025-11-03T10:00+01:00", 1, false),
        window("w3-cancelled", "Onderhoud Mutatieservice (vervalt)",
            Category.PLANNED_MAINTENANCE, true, Service.KVK_MUTATIESERVICE,
            "2025-11-29T08:00+01:00", "2025-11-29T10:00+01:00", "2025-11-03T10:00+01:00", 2,
            true),
        window("w4-emergency", "Spoedonderhoud Mutatieservice",
            Category.EMERGENCY_MAINTENANCE, true, Service.KVK_MUTATIESERVICE,
            "2025-11-18T19:00+01:00", "2025-11-18T20:00+01:00", "2025-11-17T08:00+01:00", 1,
            false),
        window("w5-available", "Onderhoud KVK API zonder onderbreking",
            Category.PLANNED_MAINTENANCE, false, Service.KVK_API, "2025-11-20T13:00+01:00",
            "2025-11-20T15:00+01:00", "2025-11-03T10:00+01:00", 1, false),
        window("dst", "Nachtelijk onderhoud KVK API", Category.PLANNED_MAINTENANCE, true,
            Service.KVK_API, "2025-10-26T23:15+01:00", "2025-10-26T23:45+01:00",
            "2025-10-01T10:00+02:00", 1, false));
  }

  /**
   * A page that never closes its incidents: {@code open} open P3 incidents of the KVK API, the
   * n-th started at 09:00 on the n-th day of October 2025 and titled "Storing nummer n", and
   * {@code changes} minor changes, the n-th taking effect on the n-th day of December 2025 and
   * titled "Wijziging nummer n"; all announced in October (n from 1, two digits).
   */
  public static List<DigestPost> crowded(int open, int changes) {
    List<DigestPost> posts = new ArrayList<>();
    for (int n = 1; n <= open; n++) {
      String day = String.format("2025-10-%02dT09:00+02:00", n);
      posts.add(incident(String.format("open-%02d", n), String.format("Storing nummer %02d", n),
          Service.KVK_API, Priority.P3, day, null, day));
    }
    for (int n = 1; n <= changes; n++) {
      posts.add(change(String.format("change-%02d", n),
          String.format("Wijziging nummer %02d", n), ImpactClass.MINOR,
          String.format("2025-12-%02d", n), "2025-10-01T10:00+02:00"));
    }
    return posts;
  }

  private static DigestPost incident(String key, String title, Service service,
      Priority priority, String started, String resolved, String announced) {
    return post(key, title, new Classification(Category.INCIDENT, null, List.of(service),
        priority, null, null, null, at(started), resolved == null ? null : at(resolved), null,
        Map.of()), announced, 1, false);
  }

  private static DigestPost change(String key, String title, ImpactClass impact,
      String effective, String announced) {
    return post(key, title, new Classification(Category.CHANGE, null, List.of(Service.KVK_API),
        null, impact, null, LocalDate.parse(effective), null, null, null, Map.of()), announced,
        1, false);
  }

  private static DigestPost window(String key, String title, Category category,
      boolean downtime, Service service, String start, String end, String announced,
      int version, boolean cancelled) {
    return post(key, title, new Classification(category, downtime, List.of(service), null, null,
        new Window(at(start), at(end)), null, null, null, null, Map.of()), announced, version,
        cancelled);
  }

  /** A post first seen by the watcher five minutes after its announcement. */
  private static DigestPost post(String key, String title, Classification c, String announced,
      int version, boolean cancelled) {
    Instant when = at(announced);
    return new DigestPost(new Scoreboard.Judged(key, title,
        "https://status.kvk.nl/incidents/" + key, when.plusSeconds(300), when, c,
        RULES.judge(c, when, AS_OF)), version, cancelled, sha(key));
  }
}
