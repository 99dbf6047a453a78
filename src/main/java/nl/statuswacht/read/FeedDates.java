package nl.statuswacht.read;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a feed's entries as written, checked strictly. Rome reads "Sat, 32 Jan 2026" as 1
 * February and "30 Feb" as 2 March without a word; an impossible date is no date. Pure.
 */
final class FeedDates {
  private FeedDates() {}

  private static final Pattern ENTRY = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?(?:item|entry)"
      + "[\\s>/]");
  private static final Pattern DATE = Pattern.compile("<((?:[A-Za-z_][\\w.-]*:)?(?:pubDate"
      + "|published|updated|date|issued|modified))(?:\\s[^>]*)?>\\s*([^<]{4,80}?)\\s*</\\1>");
  /** RFC 822 as feeds write it: "Sat, 32 Jan 2026 10:00:00 GMT". */
  private static final Pattern RFC822 = Pattern.compile("(?<d>\\d{1,2})\\s+(?<m>[A-Za-z]{3})"
      + "[A-Za-z]*\\.?\\s+(?<y>\\d{2,4})");
  /** ISO 8601 / RFC 3339: "2026-01-32T10:00:00Z". */
  private static final Pattern ISO = Pattern.compile("^(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})");
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec");

  /**
   * The entries (by their index in document order) whose date, as written, is no date in the
   * calendar, with that date. Empty when the entries cannot be told apart in the text.
   *
   * @param bytes the feed
   * @param entries how many entries the feed reader found; the check is made only when the text
   *     shows as many
   */
  static Map<Integer, String> impossible(byte[] bytes, int entries) {
    Scan scan = scan(bytes);
    return scan.entries() == entries ? scan.impossible() : new LinkedHashMap<>();
  }

  /**
   * What {@link #scan} found: how many entries the text shows, and those (by index) whose date as
   * written is no date, with that date; meant only when a feed reader finds as many entries.
   */
  record Scan(int entries, Map<Integer, String> impossible) {}

  /** The entries the text of {@code bytes} shows and their impossible dates (see {@link Scan}). */
  static Scan scan(byte[] bytes) {
    // the bytes one for one as characters (a date found is decoded as UTF-8, as before): the
    // patterns match ASCII only, and the copy is as long as the bytes. Decoded as UTF-8, a
    // document with one character beyond Latin-1 took twice that: 11 MB for a 5.6 MB feed, more
    // than a 32 MB heap had room for beside the body.
    String xml = new String(bytes, StandardCharsets.ISO_8859_1);
    List<Integer> starts = new ArrayList<>();
    Matcher entry = ENTRY.matcher(xml);
    for (int at = find(entry, ENTRY_NAMES, xml, 0, xml.length()); at >= 0;
        at = find(entry, ENTRY_NAMES, xml, entry.end(), xml.length())) {
      starts.add(at);
    }
    Map<Integer, String> bad = new LinkedHashMap<>();
    Matcher date = DATE.matcher(xml);
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : xml.length();
      for (int at = find(date, DATE_NAMES, xml, starts.get(i), end); at >= 0;
          at = find(date, DATE_NAMES, xml, date.end(), end)) {
        String written = new String(bytes, date.start(2), date.end(2) - date.start(2),
            StandardCharsets.UTF_8).strip();
        if (!possible(written)) {
          bad.put(i, date.group(1) + " \"" + written + "\"");
          break;
        }
      }
    }
    return new Scan(starts.size(), bad);
  }

  /** The local names {@link #ENTRY} and {@link #DATE} match. */
  private static final Set<String> ENTRY_NAMES = Set.of("item", "entry");
  private static final Set<String> DATE_NAMES = Set.of("pubDate", "published", "updated",
      "date", "issued", "modified");

  /**
   * Where {@code matcher}'s pattern, which matches a tag whose local name is one of {@code
   * names}, next matches in {@code xml} from {@code from}, ending by {@code end}; -1 when it does
   * not. As {@link Matcher#find()} on that region, but tried only at a {@code <} (found by {@link
   * String#indexOf(int, int)}) that opens a tag of one of those names: the regex engine, which
   * would try every position, decides only there.
   */
  private static int find(Matcher matcher, Set<String> names, String xml, int from, int end) {
    for (int at = xml.indexOf('<', from); at >= 0 && at < end; at = xml.indexOf('<', at + 1)) {
      if (names.contains(localName(xml, at + 1, end))
          && matcher.region(at, end).lookingAt()) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The local name of the tag whose name starts at {@code from}: the name ({@code
   * [A-Za-z_][\w.-]*}), or what follows its {@code :} ({@code [\w.-]*}); {@code ""} for none.
   * Whenever {@link #ENTRY} or {@link #DATE} match at {@code from - 1}, this is the name they
   * matched.
   */
  private static String localName(String xml, int from, int end) {
    if (from >= end || !(Character.isLetter(xml.charAt(from)) && xml.charAt(from) < 128
        || xml.charAt(from) == '_')) {
      return "";
    }
    int i = nameEnd(xml, from + 1, end);
    if (i < end && xml.charAt(i) == ':') {
      return xml.substring(i + 1, nameEnd(xml, i + 1, end));
    }
    return xml.substring(from, i);
  }

  /** Where a run of {@code [\w.-]} from {@code from} ends. */
  private static int nameEnd(String xml, int from, int end) {
    int i = from;
    while (i < end) {
      char c = xml.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
          || c == '.' || c == '-')) {
        break;
      }
      i++;
    }
    return i;
  }

  /** Whether a written date names a day the calendar has; true when its shape is unknown. */
  static boolean possible(String written) {
    Matcher iso = ISO.matcher(written);
    if (iso.find()) {
      return exists(iso.group("y"), Integer.parseInt(iso.group("m")), iso.group("d"));
    }
    Matcher rfc = RFC822.matcher(written);
    if (rfc.find()) {
      int month = MONTHS.indexOf(rfc.group("m").toLowerCase(Locale.ROOT)) + 1;
      return month == 0 || exists(rfc.group("y"), month, rfc.group("d"));
    }
    return true;
  }

  private static boolean exists(String year, int month, String day) {
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      y += y < 50 ? 2000 : 1900;
    }
    try {
      LocalDate.of(y, month, Integer.parseInt(day));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
