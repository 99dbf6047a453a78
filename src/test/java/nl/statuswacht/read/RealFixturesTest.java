package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every capture in {@code fixtures/real/} is read, or refused with a specific reason. The table is
 * the record of which: for a read file the shape and the number of posts (counted by hand as the
 * {@code <item>}, {@code <entry>} or JSON array elements in the file); for a refused one the words
 * its reason must contain.
 */
class RealFixturesTest {

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      statuspage/codecov-history-2016.atom                      | atom_1.0                          | 17
      statuspage/github-history-2026-02-04.atom                 | atom_1.0                          | 25
      statuspage/github-history-2026-02-04.rss                  | rss_2.0                           | 25
      statuspage/parse-history-2014.rss                         | rss_2.0                           | 17
      statuspage/claude-incidents-mixed-fixture.json            | statuspage_incidents              | 3
      statuspage/claude-scheduled-maintenances-2026-09.json     | statuspage_scheduled_maintenances | 2
      statuspage/fastly-index-2021-01.html                      | html_statuspage                   | 15
      statuspage/pythoninfra-index-2021-01.html                 | html_statuspage                   | 3
      incidentio/openai-feed-2026-02-20.rss                     | rss_2.0                           | 61
      generic-feeds/rome-rss_0.9.xml                            | rss_0.9                           | 2
      generic-feeds/rome-rss_0.91U.xml                          | rss_0.91U                         | 2
      generic-feeds/rome-rss_1.0.xml                            | rss_1.0                           | 2
      generic-feeds/rome-atom_0.3.xml                           | atom_0.3                          | 2
      generic-feeds/rome-atom_1.0_prefix.xml                    | atom_1.0                          | 0
      generic-feeds/rome-CDATATestFeed.xml                      | rss_2.0                           | 2
      generic-feeds/rome-dublin-core-date.xml                   | rss_2.0                           | 1
      generic-feeds/rome-issue131-rss.xml                       | rss_2.0                           | 1
      generic-feeds/rome-issue137-rss.xml                       | rss_2.0                           | 4
      generic-feeds/rome-jira_issue1.xml                        | rss_2.0                           | 2
      generic-feeds/feedparser-encoding_euc-kr.xml              | rss_2.0                           | 0
      generic-feeds/feedparser-entities_eacute.xml              | rss_2.0                           | 0
      generic-feeds/feedparser-illformed_chardet_koi8r.xml      | rss_2.0                           | 1
      generic-feeds/feedparser-illformed_chardet_windows1255.xml | rss_2.0                          | 1
      generic-feeds/feedparser-illformed_http_high_bit_date.xml | rss_2.0                           | 0
      """)
  void read(String file, String format, int posts) {
    ReadOutcome outcome = read(file);

    assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Posts.class, read -> {
      assertThat(read.format()).isEqualTo(format);
      assertThat(read.posts()).hasSize(posts);
    });
  }

  @ParameterizedTest(name = "{0}: refused, {1}")
  @CsvSource(delimiter = '|', textBlock = """
      generic-feeds/feedparser-encoding_utf-8-bom.xml       | an <rss> root without the <channel> element
      generic-feeds/feedparser-encoding_utf-16le-bom.xml    | an <rss> root without the <channel> element
      generic-feeds/feedparser-entities_160.xml             | XML error at line 5, column 6
      generic-feeds/feedparser-entities_hex_entity_x_lowercase.xml | XML error at line 6, column 1
      generic-feeds/feedparser-illformed_rss_incomplete_cdata.xml  | XML error at line 9, column 16
      generic-feeds/feedparser-illformed_rss_item_link_corrupted_ampersands.xml | XML error at line 8, column 1
      generic-feeds/feedparser-illformed_undeclared_namespace.xml  | The prefix "itunes" for element "itunes:subtitle" is not bound
      incidentio/openai-feed-response-headers-2026-02.txt   | XML error at line 1, column 1: Content is not allowed in prolog
      """)
  void refused(String file, String reason) {
    ReadOutcome outcome = read(file);

    assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Refused.class, refused ->
        assertThat(refused.reason()).startsWith("read: fixtures/real/" + file + " ")
            .contains(reason));
  }

  @Test
  void theTableCoversEveryCapture() throws IOException {
    Path root = Path.of("src/test/resources/fixtures/real");
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).count())
          .as("files under %s; add each new capture to a table above", root).isEqualTo(32);
    }
  }

  private static ReadOutcome read(String file) {
    String path = "real/" + file;
    return new DocumentReader().read(
        new SourceDocument(Fixtures.bytes(path), null, "fixtures/" + path)).outcome();
  }
}
