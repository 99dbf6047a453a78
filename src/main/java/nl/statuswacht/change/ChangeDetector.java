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

  private static List<String> describe(StoredVersion stored, Material now) {
    List<String> changes = new ArrayList<>();
    String before = Material.normalise(stored.latestStatus());
    if (!before.equals(now.status())) {
      changes.add("status: " + (before.isEmpty() ? "—" : before) + " → "
          + (now.status().isEmpty() ? "—" : now.status()));
    }
    int added = now.timeline().size() - stored.updates();
    if (added > 0) {
      changes.add(added == 1 ? "1 new update" : added + " new updates");
    }
    if (!Material.normalise(stored.title()).equals(now.title())) {
      changes.add("title: " + now.title());
    }
    if (changes.isEmpty()) {
      changes.add("text changed");
    }
    return changes;
  }
}
