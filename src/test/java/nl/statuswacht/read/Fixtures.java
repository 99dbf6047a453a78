package nl.statuswacht.read;

import java.util.List;
import nl.statuswacht.model.Post;

/** Test fixtures from {@code src/test/resources/fixtures/}, read through a {@link FeedReader}. */
final class Fixtures {

  private Fixtures() {}

  static byte[] bytes(String path) {
    return nl.statuswacht.testing.Fixtures.bytes(path);
  }

  static ReadOutcome read(String path) {
    return new FeedReader().read(new SourceDocument(bytes(path), null, "fixtures/" + path));
  }

  static ReadOutcome.Posts posts(String path) {
    ReadOutcome out = read(path);
    if (out instanceof ReadOutcome.Posts posts) {
      return posts;
    }
    throw new AssertionError("expected posts from " + path + " but: " + out);
  }

  static Post withLinkEnding(List<Post> posts, String suffix) {
    return posts.stream()
        .filter(p -> p.link() != null && p.link().endsWith(suffix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no post with link ending " + suffix));
  }
}
