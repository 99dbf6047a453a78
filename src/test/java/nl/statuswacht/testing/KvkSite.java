package nl.statuswacht.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.statuswacht.model.Post;
import nl.statuswacht.read.DocumentReader;
import nl.statuswacht.read.PostMerge;
import nl.statuswacht.read.ReadOutcome;
import nl.statuswacht.read.SourceDocument;

/** The renderings of {@code fixtures/kvk/site}, read and merged as a poll would. */
public final class KvkSite {
  private KvkSite() {}

  /** One document of the site (a path below {@code kvk/site/}), read. */
  public static PostMerge.Document document(String file) {
    DocumentReader.Reading reading = new DocumentReader()
        .read(new SourceDocument(Fixtures.bytes("kvk/site/" + file), null, file));
    return new PostMerge.Document(file, reading.kind(),
        ((ReadOutcome.Posts) reading.outcome()).posts());
  }

  /** The posts of these documents merged, by their key (d01 … d20). */
  public static Map<String, Post> merged(List<String> files) {
    List<PostMerge.Document> documents = new ArrayList<>();
    files.forEach(file -> documents.add(document(file)));
    Map<String, Post> byKey = new LinkedHashMap<>();
    PostMerge.merge(documents).posts().forEach(post -> byKey.put(post.id(), post));
    return byKey;
  }
}
