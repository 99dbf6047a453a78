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
   */
  record Posts(String format, List<Post> posts) implements ReadOutcome {
    public Posts {
      posts = List.copyOf(posts);
    }
  }

  /**
   * The document was not read; {@code reason} says why in one line, naming the document and, where
   * known, the line and column.
   */
  record Refused(String reason) implements ReadOutcome {}
}
