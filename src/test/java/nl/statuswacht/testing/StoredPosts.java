package nl.statuswacht.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Post;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.EventKey;
import nl.statuswacht.store.EventKind;
import nl.statuswacht.store.PostRepository;

/** Rows tests need before they can queue mail: a stored post with one version and its event. */
public final class StoredPosts {
  /** A classification that read nothing. */
  public static final Classification UNCLASSIFIED =
      new Classification(null, null, null, null, null, null, null, null, null, null,
          Map.of());

  private StoredPosts() {}

  /** Stores post "p1" of https://status.kvk.nl with one version and returns its NEW event's id. */
  public static long newEvent(Database database, Instant now) {
    return database.inTransaction(c -> {
      long post = PostRepository.insertPost(c, "https://status.kvk.nl", "p1", now);
      PostRepository.insertVersion(c, post, 1,
          new Post("p1", "Storing", null, now, now, "", List.of(), null), UNCLASSIFIED,
          "f".repeat(64), now, null);
      return PostRepository.insertEvent(c, post, 1, EventKey.of(EventKind.NEW), List.of(), now);
    });
  }

  /**
   * Stores a post of https://status.kvk.nl as version 1, announced at {@code announced} (also its
   * first sighting and its one update), with {@code classification} and no verdicts.
   */
  public static void announced(Database database, String key, String title, Instant announced,
      Classification classification) {
    database.inTransaction(c -> {
      long post = PostRepository.insertPost(c, "https://status.kvk.nl", key, announced);
      PostRepository.insertVersion(c, post, 1,
          new Post(key, title, "https://status.kvk.nl/incidents/" + key, announced, announced, "",
              List.of(new nl.statuswacht.model.PostUpdate(announced, "Gepland", title)), null),
          classification, "f".repeat(64), announced, null);
      PostRepository.insertVerdicts(c, post, 1, announced, announced, List.of(), announced);
      return null;
    });
  }
}
