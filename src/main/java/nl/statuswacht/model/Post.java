package nl.statuswacht.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A status-page post as every reader produces it, whatever the document shape.
 *
 * @param id stable id from the source: its guid/id, else its link, else a hash of its content
 * @param title the title as clean text
 * @param link the post's page, or {@code null}
 * @param published first publication as the source dates it, or {@code null} when unknown
 * @param updated last update as the source dates it, or {@code null} when unknown
 * @param body the whole body as clean text (whitespace collapsed)
 * @param updates the timeline, oldest first; empty when the source gives none
 * @param hints what the platform says beside the text
 * @param html the body as HTML for emails, sanitised (jsoup's basic safelist: no scripts, no
 *     event handlers, no {@code javascript:} links), or {@code ""} when the source has only text
 */
public record Post(
    String id,
    String title,
    String link,
    Instant published,
    Instant updated,
    String body,
    List<PostUpdate> updates,
    PlatformHints hints,
    String html) {

  public Post {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    html = html == null ? "" : html;
    updates = updates == null ? List.of() : List.copyOf(updates);
    hints = hints == null ? PlatformHints.NONE : hints;
  }

  /** A post whose source gives text only. */
  public Post(String id, String title, String link, Instant published, Instant updated,
      String body, List<PostUpdate> updates, PlatformHints hints) {
    this(id, title, link, published, updated, body, updates, hints, "");
  }

  /** The status word of the newest update, or {@code ""} when there is no timeline. */
  public String latestStatus() {
    return updates.isEmpty() ? "" : updates.get(updates.size() - 1).status();
  }
}
