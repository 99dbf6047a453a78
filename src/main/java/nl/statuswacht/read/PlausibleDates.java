package nl.statuswacht.read;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;

/**
 * Dates a status page cannot mean: before 2000 (a zero timestamp, "1970-01-01") or more than a
 * year ahead of now ("2041"). Such a date is unknown: the post is dated by when statuswacht first
 * sees it, so that a post dated 1970 raises no "restoration target missed" at once and one dated
 * 2041 announces nothing far ahead. Pure: the present is given.
 */
public final class PlausibleDates {
  private PlausibleDates() {}

  /** The earliest date a post can carry. */
  static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  /** How far ahead of now a post can be dated. */
  static final Duration AHEAD = Duration.ofDays(366);

  /** The post with its implausible dates made unknown, and one line about each. */
  public record Checked(Post post, List<String> notes) {
    public Checked {
      notes = List.copyOf(notes);
    }
  }

  /**
   * {@code post} with each implausible date unknown: published and an update's time set to
   * {@code now} (when it is first seen), updated left out.
   */
  public static Checked check(Post post, Instant now) {
    List<String> notes = new ArrayList<>();
    Instant published = post.published() == null ? null
        : Objects.requireNonNullElse(plausible(post.published(), now, "published", notes), now);
    Instant updated = plausible(post.updated(), now, "updated", notes);
    List<PostUpdate> updates = new ArrayList<>(post.updates().size());
    for (PostUpdate update : post.updates()) {
      if (plausible(update.at(), now, "an update", notes) == null) {
        updates.add(new PostUpdate(now, update.status(), update.text()));
      } else {
        updates.add(update);
      }
    }
    if (notes.isEmpty()) {
      return new Checked(post, notes);
    }
    List<String> named = notes.stream().map(n -> "post " + post.id() + " \"" + post.title()
        + "\": " + n + "; dated by when it is first seen").toList();
    return new Checked(new Post(post.id(), post.title(), post.link(), published, updated,
        post.body(), updates, post.hints(), post.html()), named);
  }

  private static Instant plausible(Instant at, Instant now, String what, List<String> notes) {
    if (at == null) {
      return null;
    }
    if (at.isBefore(EARLIEST) || at.isAfter(now.plus(AHEAD))) {
      notes.add(what + " " + at + " is implausible (before 2000 or more than a year ahead)");
      return null;
    }
    return at;
  }
}
