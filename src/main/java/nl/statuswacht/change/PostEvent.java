package nl.statuswacht.change;

import java.util.List;
import nl.statuswacht.model.Post;

/** What a freshly read post is, compared with what the store holds. */
public sealed interface PostEvent {
  Post post();

  /** A post the store has never seen. */
  record New(Post post) implements PostEvent {}

  /**
   * A post whose material changed since the stored version.
   *
   * @param previousVersion the version it changes
   * @param changes what changed, typed ({@link Change})
   */
  record MaterialUpdate(Post post, int previousVersion, List<Change> changes)
      implements PostEvent {
    public MaterialUpdate {
      changes = List.copyOf(changes);
    }
  }

  /** Nothing a reader cares about changed (perhaps a timestamp or whitespace did). */
  record Unchanged(Post post) implements PostEvent {}
}
