package nl.statuswacht.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.statuswacht.model.Post;

/** Compares a freshly read post with the last stored version of it. Pure. */
public final class ChangeDetector {
  private ChangeDetector() {}

  public static PostEvent detect(Optional<StoredVersion> last, Post post) {
    if (last.isEmpty()) {
      return new PostEvent.New(post);
    }
    StoredVersion stored = last.get();
    Material material = Material.of(post);
    if (material.fingerprint().equals(stored.fingerprint())) {
      return new PostEvent.Unchanged(post);
    }
    return new PostEvent.MaterialUpdate(post, stored.version(), describe(stored, material));
  }

  private static List<Change> describe(StoredVersion stored, Material now) {
    List<Change> changes = new ArrayList<>();
    String before = Material.normalise(stored.latestStatus());
    if (!before.equals(now.status())) {
      changes.add(new Change.Status(before, now.status()));
    }
    int added = now.timeline().size() - stored.updates();
    if (added > 0) {
      changes.add(new Change.UpdatesAdded(added));
    }
    if (!Material.normalise(stored.title()).equals(now.title())) {
      changes.add(new Change.Title(now.title()));
    }
    if (changes.isEmpty()) {
      changes.add(new Change.Text());
    }
    return changes;
  }
}
