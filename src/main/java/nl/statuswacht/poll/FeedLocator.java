package nl.statuswacht.poll;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Which documents to try for a configured source: the source itself when it names a feed, else
 * the feed paths status pages commonly serve, richest first. (Full discovery, with {@code <link
 * rel="alternate">} and the JSON API, is the "Read every shape" issue.)
 */
final class FeedLocator {
  static final List<String> KNOWN_PATHS =
      List.of("history.atom", "history.rss", "feed.rss", "feed.atom");

  private FeedLocator() {}

  static List<URI> candidates(URI source) {
    String path = source.getPath() == null ? "" : source.getPath().toLowerCase(Locale.ROOT);
    if (path.endsWith(".atom") || path.endsWith(".rss") || path.endsWith(".xml")
        || path.endsWith("/feed") || path.endsWith("/rss") || path.endsWith("/atom")) {
      return List.of(source);
    }
    String base = source.toString().endsWith("/") ? source.toString() : source + "/";
    return KNOWN_PATHS.stream().map(p -> URI.create(base + p)).toList();
  }
}
