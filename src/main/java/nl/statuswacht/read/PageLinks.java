package nl.statuswacht.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The feeds an HTML page announces with {@code <link rel="alternate" type="…">}. Pure. */
public final class PageLinks {
  private PageLinks() {}

  /** Absolute http(s) URLs of the page's alternate RSS, Atom and JSON feeds, in page order. */
  public static List<URI> alternates(SourceDocument page) {
    Document document;
    try {
      document = Jsoup.parse(new ByteArrayInputStream(page.bytes()), null, page.location());
    } catch (IOException e) {
      throw new UncheckedIOException("read: " + page.location() + ": " + e.getMessage(), e);
    }
    List<URI> feeds = new ArrayList<>();
    for (Element link : document.select("link[rel][href]")) {
      String rel = link.attr("rel").toLowerCase(Locale.ROOT);
      String type = link.attr("type").toLowerCase(Locale.ROOT);
      if (!rel.contains("alternate")
          || !(type.contains("rss") || type.contains("atom") || type.contains("json"))) {
        continue;
      }
      String href = link.absUrl("href");
      try {
        URI uri = new URI(href);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && !feeds.contains(uri)) {
          feeds.add(uri);
        }
      } catch (java.net.URISyntaxException e) {
        // an unusable link is no feed
      }
    }
    return feeds;
  }
}
