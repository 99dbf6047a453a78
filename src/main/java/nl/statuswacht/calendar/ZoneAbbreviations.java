package nl.statuswacht.calendar;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of the zone abbreviations status posts write after a time ("09:00 UTC", "16:49
 * PST", "10:00 CEST", "21.00 uur MEZ"), for every reader of times: each with the region whose wall
 * clock it names and the offset it states.
 *
 * <p>Which of the two a reader takes is its own decision. Statuspage prints the page zone's
 * standard abbreviation all year while the time is the region's wall-clock time: the Parse history
 * feed of 2013 writes "Aug 20, 12:56 PST" for an entry dated {@code 12:56:55 -0700}, when the clock
 * was on PDT. So its timelines take the {@link #region} (PST and PDT both America/Los_Angeles, the
 * offset from the date). A person writing "10:00 CEST" in a post, or an HTML page that prints an
 * abbreviation beside each time, means that {@link #offset}. MST/MDT is taken as America/Denver (a
 * page in Arizona, which keeps MST all year, would be off by an hour in summer); CET/CEST and the
 * German MEZ/MESZ as Europe/Amsterdam; WET/WEST as Europe/Lisbon; EET/EEST as Eastern Europe's
 * (+02:00/+03:00, Bucharest's rules, as Kyiv's and Athens's); BST (British Summer Time, +01:00) as
 * Europe/London; IST as India Standard Time (+05:30, as the Indian outsourcers that write it mean
 * it; the reader of posts leaves it out before words of Ireland, and reads it as Israel's +02:00
 * before words of Israel), IDT as Israel Daylight Time (+03:00), TRT as Turkey's (+03:00, all year
 * since 2016), WAT as West Africa's (+01:00, Lagos), EAT as East Africa's (+03:00, Nairobi), GST as
 * the Gulf's (+04:00, Dubai), PKT as Pakistan's (+05:00), WIB as western Indonesia's (+07:00,
 * Jakarta), PHT as the Philippines' and MYT as Malaysia's (+08:00), SGT as Singapore's (+08:00);
 * AEST/AEDT as Sydney's, ACST/ACDT as Adelaide's, AWST as Perth's, NZST/NZDT as Auckland's and SAST
 * as South Africa's (+02:00), as the resellers in those lands write them; JST as Japan's and KST as
 * Korea's (+09:00), HKT as Hong Kong's (+08:00); BRT as Brasília's (−03:00, all year since 2019);
 * AST/ADT as Atlantic time (−04:00/−03:00: the clock of the Caribbean islands of the Kingdom, which
 * keep AST all year, and of Statuspage's "Atlantic Time (Canada)", whose region it names). An
 * abbreviation outside this table is unknown: nothing is guessed.
 *
 * <p>The generic US names ET, CT, MT and PT ("4:12 AM ET") state no offset: they name the region's
 * wall clock whatever the season, so they have a {@link #region} and no {@link #offset}, and
 * {@link #stated} gives the region.
 */
public final class ZoneAbbreviations {
  /** What one abbreviation names: its region, and the offset it states (null for ET). */
  private record Named(ZoneId region, ZoneOffset offset) {}

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
  private static final ZoneId MOUNTAIN = ZoneId.of("America/Denver");
  private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
  private static final ZoneId EASTERN = ZoneId.of("America/New_York");
  private static final ZoneId WESTERN_EUROPE = ZoneId.of("Europe/Lisbon");
  private static final ZoneId UNITED_KINGDOM = ZoneId.of("Europe/London");
  private static final ZoneId CENTRAL_EUROPE = ZoneId.of("Europe/Amsterdam");
  private static final ZoneId EASTERN_EUROPE = ZoneId.of("Europe/Bucharest");
  private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
  private static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");
  private static final ZoneId EASTERN_AUSTRALIA = ZoneId.of("Australia/Sydney");
  private static final ZoneId CENTRAL_AUSTRALIA = ZoneId.of("Australia/Adelaide");
  private static final ZoneId WESTERN_AUSTRALIA = ZoneId.of("Australia/Perth");
  private static final ZoneId NEW_ZEALAND = ZoneId.of("Pacific/Auckland");
  private static final ZoneId SOUTH_AFRICA = ZoneId.of("Africa/Johannesburg");
  private static final ZoneId ATLANTIC = ZoneId.of("America/Halifax");
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
  private static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");
  private static final ZoneId BRAZIL = ZoneId.of("America/Sao_Paulo");
  private static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");
  private static final ZoneId TURKEY = ZoneId.of("Europe/Istanbul");
  private static final ZoneId WEST_AFRICA = ZoneId.of("Africa/Lagos");
  private static final ZoneId EAST_AFRICA = ZoneId.of("Africa/Nairobi");
  private static final ZoneId GULF = ZoneId.of("Asia/Dubai");
  private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
  private static final ZoneId PHILIPPINES = ZoneId.of("Asia/Manila");
  private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");
  private static final ZoneId WESTERN_INDONESIA = ZoneId.of("Asia/Jakarta");

  private static final Map<String, Named> TABLE = Map.ofEntries(
      Map.entry("UTC", new Named(UTC, ZoneOffset.UTC)),
      Map.entry("GMT", new Named(UTC, ZoneOffset.UTC)),
      Map.entry("Z", new Named(UTC, ZoneOffset.UTC)),
      Map.entry("WET", new Named(WESTERN_EUROPE, ZoneOffset.UTC)),
      Map.entry("WEST", new Named(WESTERN_EUROPE, ZoneOffset.ofHours(1))),
      Map.entry("BST", new Named(UNITED_KINGDOM, ZoneOffset.ofHours(1))),
      Map.entry("CET", new Named(CENTRAL_EUROPE, ZoneOffset.ofHours(1))),
      Map.entry("CEST", new Named(CENTRAL_EUROPE, ZoneOffset.ofHours(2))),
      Map.entry("MEZ", new Named(CENTRAL_EUROPE, ZoneOffset.ofHours(1))),
      Map.entry("MESZ", new Named(CENTRAL_EUROPE, ZoneOffset.ofHours(2))),
      Map.entry("EET", new Named(EASTERN_EUROPE, ZoneOffset.ofHours(2))),
      Map.entry("EEST", new Named(EASTERN_EUROPE, ZoneOffset.ofHours(3))),
      Map.entry("EST", new Named(EASTERN, ZoneOffset.ofHours(-5))),
      Map.entry("EDT", new Named(EASTERN, ZoneOffset.ofHours(-4))),
      Map.entry("CST", new Named(CENTRAL, ZoneOffset.ofHours(-6))),
      Map.entry("CDT", new Named(CENTRAL, ZoneOffset.ofHours(-5))),
      Map.entry("MST", new Named(MOUNTAIN, ZoneOffset.ofHours(-7))),
      Map.entry("MDT", new Named(MOUNTAIN, ZoneOffset.ofHours(-6))),
      Map.entry("PST", new Named(PACIFIC, ZoneOffset.ofHours(-8))),
      Map.entry("PDT", new Named(PACIFIC, ZoneOffset.ofHours(-7))),
      Map.entry("IST", new Named(INDIA, ZoneOffset.ofHoursMinutes(5, 30))),
      Map.entry("SGT", new Named(SINGAPORE, ZoneOffset.ofHours(8))),
      Map.entry("AEST", new Named(EASTERN_AUSTRALIA, ZoneOffset.ofHours(10))),
      Map.entry("AEDT", new Named(EASTERN_AUSTRALIA, ZoneOffset.ofHours(11))),
      Map.entry("ACST", new Named(CENTRAL_AUSTRALIA, ZoneOffset.ofHoursMinutes(9, 30))),
      Map.entry("ACDT", new Named(CENTRAL_AUSTRALIA, ZoneOffset.ofHoursMinutes(10, 30))),
      Map.entry("AWST", new Named(WESTERN_AUSTRALIA, ZoneOffset.ofHours(8))),
      Map.entry("NZST", new Named(NEW_ZEALAND, ZoneOffset.ofHours(12))),
      Map.entry("NZDT", new Named(NEW_ZEALAND, ZoneOffset.ofHours(13))),
      Map.entry("SAST", new Named(SOUTH_AFRICA, ZoneOffset.ofHours(2))),
      Map.entry("AST", new Named(ATLANTIC, ZoneOffset.ofHours(-4))),
      Map.entry("ADT", new Named(ATLANTIC, ZoneOffset.ofHours(-3))),
      Map.entry("JST", new Named(JAPAN, ZoneOffset.ofHours(9))),
      Map.entry("KST", new Named(KOREA, ZoneOffset.ofHours(9))),
      Map.entry("HKT", new Named(HONG_KONG, ZoneOffset.ofHours(8))),
      Map.entry("BRT", new Named(BRAZIL, ZoneOffset.ofHours(-3))),
      Map.entry("IDT", new Named(ISRAEL, ZoneOffset.ofHours(3))),
      Map.entry("TRT", new Named(TURKEY, ZoneOffset.ofHours(3))),
      Map.entry("WAT", new Named(WEST_AFRICA, ZoneOffset.ofHours(1))),
      Map.entry("EAT", new Named(EAST_AFRICA, ZoneOffset.ofHours(3))),
      Map.entry("GST", new Named(GULF, ZoneOffset.ofHours(4))),
      Map.entry("PKT", new Named(PAKISTAN, ZoneOffset.ofHours(5))),
      Map.entry("PHT", new Named(PHILIPPINES, ZoneOffset.ofHours(8))),
      Map.entry("MYT", new Named(MALAYSIA, ZoneOffset.ofHours(8))),
      Map.entry("WIB", new Named(WESTERN_INDONESIA, ZoneOffset.ofHours(7))),
      Map.entry("ET", new Named(EASTERN, null)),
      Map.entry("CT", new Named(CENTRAL, null)),
      Map.entry("MT", new Named(MOUNTAIN, null)),
      Map.entry("PT", new Named(PACIFIC, null)));

  private ZoneAbbreviations() {}

  /** The region whose wall clock an abbreviation names (any case), or empty when unknown. */
  public static Optional<ZoneId> region(String abbreviation) {
    return named(abbreviation).map(Named::region);
  }

  /**
   * The offset an abbreviation states (any case): CEST +02:00, PST −08:00; empty when unknown or
   * when it states none (ET).
   */
  public static Optional<ZoneOffset> offset(String abbreviation) {
    return named(abbreviation).map(Named::offset);
  }

  /**
   * What a person means by an abbreviation after a time: the offset it states (CEST +02:00), else
   * the region of a generic name (ET America/New_York); empty when unknown.
   */
  public static Optional<ZoneId> stated(String abbreviation) {
    return named(abbreviation).map(n -> n.offset() != null ? n.offset() : n.region());
  }

  private static Optional<Named> named(String abbreviation) {
    if (abbreviation == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(TABLE.get(abbreviation.trim().toUpperCase(Locale.ROOT)));
  }
}
