package nl.statuswacht.read;

import java.util.List;
import nl.statuswacht.model.Post;

/** What reading one document gave: its posts, or why it was refused. */
public sealed interface ReadOutcome {

  /**
   * The document was read.
   *
   * @param format the document shape, e.g. {@code "atom_1.0"}, {@code "rss_2.0"}
   * @param posts the posts in document order
   * @param notes what was read but not believed, one line each (an impossible date)
   */
  record Posts(String format, List<Post> posts, List<String> notes) implements ReadOutcome {
    public Posts {
      posts = List.copyOf(posts);
      notes = List.copyOf(notes);
    }

    public Posts(String format, List<Post> posts) {
      this(format, posts, List.of());
    }
  }

  /**
   * The document was not read; {@code reason} says why in one line, naming the document and, where
   * known, the line and column.
   */
  record Refused(String reason) implements ReadOutcome {}
}
