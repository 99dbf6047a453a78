package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.statuswacht.model.Post;
import org.junit.jupiter.api.Test;

/** The HTML a post keeps for emails carries no script, event handler or javascript: link. */
class SanitisedHtmlTest {
  private static final String FEED = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>t</title><link>https://status.kvk.nl/</link>
      <item><title>Storing</title><link>https://status.kvk.nl/incidents/x1</link>
      <guid>x1</guid><pubDate>Mon, 15 Sep 2025 08:40:00 +0200</pubDate>
      <description><![CDATA[<p onclick="steal()">De <b>API</b> is <a href="javascript:alert(1)">niet</a>
      bereikbaar. <a href="/incidents/x1" onmouseover="x()">Meer</a></p>
      <script>alert('x')</script><img src="https://evil.example/pixel.gif" onerror="y()">
      <style>p { display: none }</style><iframe src="https://evil.example"></iframe>]]>
      </description></item></channel></rss>
      """;

  @Test
  void feedHtmlIsSanitisedAndItsLinksMadeAbsolute() {
    ReadOutcome outcome = new FeedReader().read(new SourceDocument(
        FEED.getBytes(StandardCharsets.UTF_8), "application/rss+xml", "https://status.kvk.nl/rss"));
    Post post = ((ReadOutcome.Posts) outcome).posts().get(0);

    assertThat(post.html()).contains("<p>", "<b>API</b>",
        "<a href=\"https://status.kvk.nl/incidents/x1\">Meer</a>");
    assertThat(post.html().toLowerCase())
        .doesNotContain("<script", "onclick", "onmouseover", "onerror", "javascript:", "<style",
            "<iframe", "<img");
    assertThat(post.body()).isEqualTo("De API is niet bereikbaar. Meer");
  }
}
