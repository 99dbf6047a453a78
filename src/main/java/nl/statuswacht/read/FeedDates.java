package nl.statuswacht.read;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    String xml = new String(bytes, StandardCharsets.UTF_8);
    List<Integer> starts = new ArrayList<>();
    Matcher entry = ENTRY.matcher(xml);
    while (entry.find()) {
      starts.add(entry.start());
    }
    Map<Integer, String> bad = new LinkedHashMap<>();
    if (starts.size() != entries) {
      return bad;
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : xml.length();
      Matcher date = DATE.matcher(xml).region(starts.get(i), end);
      while (date.find()) {
        String written = date.group(2).strip();
        if (!possible(written)) {
          bad.put(i, date.group(1) + " \"" + written + "\"");
          break;
        }
      }
    }
    return bad;
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
