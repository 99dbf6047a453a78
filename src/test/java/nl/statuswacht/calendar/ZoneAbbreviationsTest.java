package nl.statuswacht.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The one table of zone abbreviations: the region each names and the offset each states. */
class ZoneAbbreviationsTest {
  @Test
  void summerAndWinterNamesShareTheirRegionButStateTheirOwnOffset() {
    assertThat(ZoneAbbreviations.region("PST")).contains(ZoneId.of("America/Los_Angeles"));
    assertThat(ZoneAbbreviations.region("pdt")).contains(ZoneId.of("America/Los_Angeles"));
    assertThat(ZoneAbbreviations.offset("PST")).contains(ZoneOffset.ofHours(-8));
    assertThat(ZoneAbbreviations.offset("PDT")).contains(ZoneOffset.ofHours(-7));
    assertThat(ZoneAbbreviations.region("CEST")).contains(ZoneId.of("Europe/Amsterdam"));
    assertThat(ZoneAbbreviations.offset("cest")).contains(ZoneOffset.ofHours(2));
    assertThat(ZoneAbbreviations.offset("MEZ")).contains(ZoneOffset.ofHours(1));
    assertThat(ZoneAbbreviations.offset("GMT")).contains(ZoneOffset.UTC);
  }

  @Test
  void aGenericUsNameIsTheRegionsWallClockWithoutAnOffset() {
    assertThat(ZoneAbbreviations.region("ET")).contains(ZoneId.of("America/New_York"));
    assertThat(ZoneAbbreviations.offset("ET")).isEmpty();
    assertThat(ZoneAbbreviations.stated("pt")).contains(ZoneId.of("America/Los_Angeles"));
    assertThat(ZoneAbbreviations.stated("PDT")).contains(ZoneOffset.ofHours(-7));
    assertThat(ZoneAbbreviations.stated("CEST")).contains(ZoneOffset.ofHours(2));
  }

  @Test
  void istIsIndiasAsTheOutsourcersThatWriteItMeanItAndSgtSingapores() {
    assertThat(ZoneAbbreviations.offset("IST")).contains(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(ZoneAbbreviations.region("ist")).contains(ZoneId.of("Asia/Kolkata"));
    assertThat(ZoneAbbreviations.offset("SGT")).contains(ZoneOffset.ofHours(8));
  }

  @Test
  void australiasNewZealandsAndSouthAfricasClocksAreTheirRegionsWithTheStatedOffset() {
    assertThat(ZoneAbbreviations.region("AEST")).contains(ZoneId.of("Australia/Sydney"));
    assertThat(ZoneAbbreviations.offset("AEST")).contains(ZoneOffset.ofHours(10));
    assertThat(ZoneAbbreviations.offset("aedt")).contains(ZoneOffset.ofHours(11));
    assertThat(ZoneAbbreviations.offset("ACST")).contains(ZoneOffset.ofHoursMinutes(9, 30));
    assertThat(ZoneAbbreviations.region("ACDT")).contains(ZoneId.of("Australia/Adelaide"));
    assertThat(ZoneAbbreviations.offset("AWST")).contains(ZoneOffset.ofHours(8));
    assertThat(ZoneAbbreviations.region("NZDT")).contains(ZoneId.of("Pacific/Auckland"));
    assertThat(ZoneAbbreviations.offset("NZST")).contains(ZoneOffset.ofHours(12));
    assertThat(ZoneAbbreviations.offset("NZDT")).contains(ZoneOffset.ofHours(13));
    assertThat(ZoneAbbreviations.stated("SAST")).contains(ZoneOffset.ofHours(2));
    // East Asia's, and the Caribbean islands' Atlantic time (Statuspage's Atlantic region)
    assertThat(ZoneAbbreviations.stated("JST")).contains(ZoneOffset.ofHours(9));
    assertThat(ZoneAbbreviations.stated("KST")).contains(ZoneOffset.ofHours(9));
    assertThat(ZoneAbbreviations.region("HKT")).contains(ZoneId.of("Asia/Hong_Kong"));
    assertThat(ZoneAbbreviations.stated("AST")).contains(ZoneOffset.ofHours(-4));
    assertThat(ZoneAbbreviations.region("ADT")).contains(ZoneId.of("America/Halifax"));
    // Eastern Europe's, as Polish, Romanian and Ukrainian vendors write it
    assertThat(ZoneAbbreviations.stated("EET")).contains(ZoneOffset.ofHours(2));
    assertThat(ZoneAbbreviations.stated("EEST")).contains(ZoneOffset.ofHours(3));
    assertThat(ZoneAbbreviations.region("EET")).contains(ZoneId.of("Europe/Bucharest"));
    // Brasília's, as Brazilian vendors write it
    assertThat(ZoneAbbreviations.stated("BRT")).contains(ZoneOffset.ofHours(-3));
    // Israel's summer time and Turkey's, as Israeli and Turkish vendors write them
    assertThat(ZoneAbbreviations.stated("IDT")).contains(ZoneOffset.ofHours(3));
    assertThat(ZoneAbbreviations.region("IDT")).contains(ZoneId.of("Asia/Jerusalem"));
    assertThat(ZoneAbbreviations.stated("TRT")).contains(ZoneOffset.ofHours(3));
    // West and East Africa's, the Gulf's and Pakistan's
    assertThat(ZoneAbbreviations.stated("WAT")).contains(ZoneOffset.ofHours(1));
    assertThat(ZoneAbbreviations.stated("EAT")).contains(ZoneOffset.ofHours(3));
    assertThat(ZoneAbbreviations.stated("GST")).contains(ZoneOffset.ofHours(4));
    assertThat(ZoneAbbreviations.region("GST")).contains(ZoneId.of("Asia/Dubai"));
    assertThat(ZoneAbbreviations.stated("PKT")).contains(ZoneOffset.ofHours(5));
    // Southeast Asia's
    assertThat(ZoneAbbreviations.stated("PHT")).contains(ZoneOffset.ofHours(8));
    assertThat(ZoneAbbreviations.stated("MYT")).contains(ZoneOffset.ofHours(8));
    assertThat(ZoneAbbreviations.stated("WIB")).contains(ZoneOffset.ofHours(7));
  }

  @Test
  void anUnknownAbbreviationIsNotGuessed() {
    assertThat(ZoneAbbreviations.region("WITA")).isEmpty();
    assertThat(ZoneAbbreviations.offset("XYZ")).isEmpty();
    assertThat(ZoneAbbreviations.region(null)).isEmpty();
  }
}
