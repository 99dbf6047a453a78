package nl.statuswacht.read;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The zone abbreviations status pages print after a time ("09:00 UTC", "16:49 PST"), mapped to the
 * region whose wall clock they name.
 *
 * <p>A region, not a fixed offset: Statuspage prints the page zone's standard abbreviation all
 * year while the time is the region's wall-clock time. The Parse history feed of 2013 writes
 * "Aug 20, 12:56 PST" for an entry dated {@code 12:56:55 -0700}: the clock was on PDT. So both PST
 * and PDT mean America/Los_Angeles, and the offset comes from the date. MST/MDT is taken as
 * America/Denver (a page in Arizona, which keeps MST all year, would be off by an hour in
 * summer); CET/CEST as Europe/Amsterdam. An abbreviation outside this set is unknown: nothing is
 * guessed.
 */
final class ZoneAbbreviations {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
  private static final ZoneId MOUNTAIN = ZoneId.of("America/Denver");
  private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
  private static final ZoneId EASTERN = ZoneId.of("America/New_York");
  private static final ZoneId CENTRAL_EUROPE = ZoneId.of("Europe/Amsterdam");

  private static final Map<String, ZoneId> KNOWN =
      Map.ofEntries(
          Map.entry("UTC", UTC),
          Map.entry("GMT", UTC),
          Map.entry("Z", UTC),
          Map.entry("PST", PACIFIC),
          Map.entry("PDT", PACIFIC),
          Map.entry("MST", MOUNTAIN),
          Map.entry("MDT", MOUNTAIN),
          Map.entry("CST", CENTRAL),
          Map.entry("CDT", CENTRAL),
          Map.entry("EST", EASTERN),
          Map.entry("EDT", EASTERN),
          Map.entry("CET", CENTRAL_EUROPE),
          Map.entry("CEST", CENTRAL_EUROPE));

  private ZoneAbbreviations() {}

  /** The region an abbreviation names, or empty when it is not one of the known set. */
  static Optional<ZoneId> zoneOf(String abbreviation) {
    if (abbreviation == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(KNOWN.get(abbreviation.trim().toUpperCase(Locale.ROOT)));
  }
}
