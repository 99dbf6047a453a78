package nl.statuswacht.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.io.impl.DateParser;
import com.rometools.rome.io.impl.FeedParsers;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import org.jdom2.input.SAXBuilder;
import org.junit.jupiter.api.Test;

/**
 * {@link RomeDates} reads every date as Rome's own {@link DateParser} does, in the shapes it reads
 * itself (RFC 3339, RFC 822) and in every other (which it hands to Rome): on thousands of dates,
 * well formed and not, under more than one default time zone; and Rome uses it for Atom 1.0 and
 * RSS 2.0.
 */
class RomeDatesTest {
  private static final List<String> OFFSETS = List.of("Z", "+00:00", "+01:00", "+02:00",
      "-05:00", "+05:30", "-03:30", "+13:45", "+14:00", "-12:00", "+15:00", "+01:00:30");
  private static final List<String> ZONES = List.of("GMT", "UTC", "+0000", "+0100", "-0500",
      "+0530", "UT", "Z", "EST", "CET", "gmt");

  @Test
  void readsEveryDateAsRomeDoes() {
    List<String> dates = dates(new Random(17), 6_000);
    TimeZone zone = TimeZone.getDefault();
    int exact = 0;
    try {
      for (String id : List.of("UTC", "Europe/Amsterdam", "America/New_York")) {
        TimeZone.setDefault(TimeZone.getTimeZone(id));
        for (String date : dates) {
          assertThat(RomeDates.parse(date, Locale.US)).as("%s in %s", date, id)
              .isEqualTo(DateParser.parseDate(date, Locale.US));
          exact += RomeDates.exact(date) != null ? 1 : 0;
        }
      }
    } finally {
      TimeZone.setDefault(zone);
    }
    assertThat(exact).as("dates read without Rome's parser").isGreaterThan(dates.size());
  }

  @Test
  void romeReadsAtomAndRss20ThroughIt() throws Exception {
    FeedParsers parsers = new FeedParsers();
    assertThat(parsers.getParserFor(new SAXBuilder().build(new StringReader(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>"))))
        .isInstanceOf(RomeDates.Atom10.class);
    assertThat(parsers.getParserFor(new SAXBuilder().build(new StringReader(
        "<rss version=\"2.0\"><channel/></rss>")))).isInstanceOf(RomeDates.Rss20.class);
  }

  @Test
  void romesOwnParsersAndOursReadEveryAtomAndRss20FeedAlike() throws Exception {
    List<byte[]> documents = new ArrayList<>();
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of(
        "src/test/resources/fixtures"))) {
      for (var file : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
        documents.add(java.nio.file.Files.readAllBytes(file));
      }
    }
    for (String split : nl.statuswacht.testing.Corpus.SPLITS.keySet()) {
      for (var rendering : nl.statuswacht.testing.Corpus.Rendering.values()) {
        documents.add(nl.statuswacht.testing.Corpus.render(
            nl.statuswacht.testing.Corpus.split(split), rendering)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    int compared = 0;
    for (byte[] bytes : documents) {
      org.jdom2.Document document;
      try {
        document = new SAXBuilder().build(new java.io.ByteArrayInputStream(bytes));
      } catch (org.jdom2.JDOMException | java.io.IOException e) {
        continue; // not well-formed: not this test's business
      }
      for (var pair : List.of(
          List.<com.rometools.rome.io.WireFeedParser>of(
              new com.rometools.rome.io.impl.Atom10Parser(), new RomeDates.Atom10()),
          List.<com.rometools.rome.io.WireFeedParser>of(
              new com.rometools.rome.io.impl.RSS20Parser(), new RomeDates.Rss20()))) {
        if (pair.get(0).isMyType(document)) {
          assertThat(outcome(pair.get(1), document)).isEqualTo(outcome(pair.get(0), document));
          compared++;
        }
      }
    }
    assertThat(compared).as("feeds compared").isGreaterThan(40);
  }

  @Test
  void anEntryWithTwoDatesOfOneNameIsLeftToRome() {
    String feed = nl.statuswacht.testing.Fixtures.atomFeed("""
        <entry><id>a</id><title>t</title><updated>2026-01-02T08:00:00Z</updated>
        <updated>2026-01-03T08:00:00Z</updated><published>2026-01-01T08:00:00Z</published>
        </entry>""");
    ReadOutcome.Posts read = (ReadOutcome.Posts) new FeedReader().read(new SourceDocument(
        feed.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, "x"));
    assertThat(read.posts().get(0).updated()).isEqualTo(Instant.parse("2026-01-02T08:00:00Z"));
    assertThat(read.posts().get(0).published()).isEqualTo(Instant.parse("2026-01-01T08:00:00Z"));
  }

  /** What {@code parser} makes of a copy of {@code document}: the feed, or what it threw. */
  private static Object outcome(com.rometools.rome.io.WireFeedParser parser,
      org.jdom2.Document document) {
    try {
      return parser.parse(document.clone(), false, Locale.US);
    } catch (Exception e) {
      return e.getClass() + ": " + e.getMessage();
    }
  }

  /** Dates in both shapes, most well formed, some out of range, some in neither shape. */
  private static List<String> dates(Random random, int n) {
    List<String> dates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ZonedDateTime t = Instant.ofEpochSecond(-2_500_000_000L
          + (long) (random.nextDouble() * 7_000_000_000L)).atZone(ZoneOffset.UTC);
      int year = t.getYear();
      int month = t.getMonthValue();
      int day = t.getDayOfMonth();
      int hour = t.getHour();
      int minute = t.getMinute();
      int second = t.getSecond();
      switch (random.nextInt(12)) {
        case 0 -> day = 29 + random.nextInt(4); // 29 to 32: some not in the month
        case 1 -> hour = 23 + random.nextInt(3);
        case 2 -> second = 58 + random.nextInt(4);
        case 3 -> month = 12 + random.nextInt(2);
        default -> { }
      }
      if (random.nextBoolean()) {
        String offset = OFFSETS.get(random.nextInt(OFFSETS.size()));
        String fraction = random.nextInt(10) == 0 ? "." + random.nextInt(1000) : "";
        dates.add(String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d%s%s", year, month,
            day, hour, minute, second, fraction, offset));
      } else {
        String zone = ZONES.get(random.nextInt(ZONES.size()));
        DayOfWeek weekday = random.nextInt(8) == 0
            ? DayOfWeek.of(1 + random.nextInt(7)) : t.getDayOfWeek();
        String weekdayPart = random.nextInt(6) == 0 ? ""
            : weekday.getDisplayName(TextStyle.SHORT, Locale.US) + ", ";
        String yearPart = random.nextInt(15) == 0 ? String.format(Locale.ROOT, "%02d",
            year % 100) : Integer.toString(year);
        String dayPart = random.nextBoolean() ? Integer.toString(day)
            : String.format(Locale.ROOT, "%02d", day);
        String secondsPart = random.nextInt(15) == 0 ? ""
            : String.format(Locale.ROOT, ":%02d", second);
        dates.add(String.format(Locale.ROOT, "%s%s %s %s %02d:%02d%s %s", weekdayPart, dayPart,
            t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US), yearPart, hour, minute,
            secondsPart, zone));
      }
    }
    dates.addAll(List.of("", " 2026-01-02T08:00:00Z", "2026-01-02", "2026-01", "2026",
        "2026-01-02t08:00:00z", "2026-01-02T08:00Z", "2026-01-02T08:00:00,5Z",
        "Fri, 2 Jan 2026 08:00:00 GMT ", "not a date", "1899-12-31T23:59:59Z",
        "0001-01-01T00:00:00Z", "Fri,  2 Jan 2026 08:00:00 GMT"));
    return dates;
  }
}
