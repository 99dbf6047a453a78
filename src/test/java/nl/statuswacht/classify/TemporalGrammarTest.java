package nl.statuswacht.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.statuswacht.model.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How Dutch and English notices write dates and times, form by form, as {@link DateExpressions}
 * reads them. Every expected instant is worked out by hand and written with the offset Amsterdam
 * has then: +02:00 from 29 March to 25 October 2026 (the clocks move at 02:00 and 03:00 local
 * time), +01:00 outside it. Calendar facts used: 20 May 2026 is a Wednesday, so Saturday 23 and
 * Sunday 24 May; 7 June 2026 is a Sunday (6 June a Saturday, 9 June a Tuesday, 12 June a Friday,
 * 13 and 14 June a weekend); 2 December 2026 is a Wednesday; 7 June 2027 is a Monday.
 *
 * <p>Most rows are anchored at {@code 2026-05-20T14:05+02:00}, a Wednesday afternoon: the
 * moment the announcement was published.
 */
class TemporalGrammarTest {
  static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
  static final String WED = "2026-05-20T14:05+02:00";

  static Instant at(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  static Instant orNull(String iso) {
    return iso == null ? null : at(iso);
  }

  static Optional<Found<Window>> window(String text, String anchor) {
    return DateExpressions.window(text, at(anchor), AMS);
  }

  // ------------------------------------------------------------------- 1. numeric dates

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Onderhoud KVK Dataservice op zo 7-6 van 07.00 tot 11.00 uur. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Op 7-6 van 07.00 tot 11.00 uur is de KVK API niet beschikbaar. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Op 07-06-2026 van 07.00 tot 11.00 uur is de KVK API niet beschikbaar. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Op 7/6/2026 tussen 07:00 en 11:00 uur is de KVK API niet beschikbaar. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Maintenance window: 2026-06-07 07:00-11:00. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Op 7/6 tussen 22.00 en 02.00 uur is de API niet bereikbaar. | 2026-05-20T14:05+02:00 | 2026-06-07T22:00+02:00 | 2026-06-08T02:00+02:00
      # a part of the day that names the day too
      Vanavond tussen acht en tien is de API niet beschikbaar wegens onderhoud. | 2026-03-10T14:00+01:00 | 2026-03-10T20:00+01:00 | 2026-03-10T22:00+01:00
      Vannacht tussen twee en vier is de API niet beschikbaar wegens onderhoud. | 2026-03-10T14:00+01:00 | 2026-03-11T02:00+01:00 | 2026-03-11T04:00+01:00
      # after "op", a bare day-month with a slash is a date with its time further on
      Op 3/6 voeren wij onderhoud uit aan de KVK Dataservice, tussen 6 en 8 uur 's ochtends. | 2025-05-12T09:45+02:00 | 2025-06-03T06:00+02:00 | 2025-06-03T08:00+02:00
      # German habits: an "h" or "o'clock" after a time, "14. May 2026", "22 - 2 o'clock"
      On Thursday, 02.07.2026 from 10:00 h to 12:00 h KVK performs maintenance works. | 2026-06-24T15:00+02:00 | 2026-07-02T10:00+02:00 | 2026-07-02T12:00+02:00
      The KVK Dataservice will not be available on Saturday, 14.03.2026 from 22 - 2 o'clock CET (night to Sunday, 15.03.). | 2026-02-20T10:12+01:00 | 2026-03-14T22:00+01:00 | 2026-03-15T02:00+01:00
      Urgent maintenance works at the KVK API tonight. Start is planned for 23:00 o'clock. | 2026-09-23T17:05+02:00 | 2026-09-23T23:00+02:00 |
      # a list's numbers before a month are no days; a length after "tot uiterlijk" is no end; an
      # afternoon that ends a range gives its start none; a downtime's length is not the work's
      "Planned maintenance windows:
      1. May 14 from 22:00 to 23:00
      2. May 21 from 22:00 to 23:00" | 2026-05-10T10:00+02:00 | 2026-05-14T22:00+02:00 | 2026-05-14T23:00+02:00
      Op 14 mei vanaf 22.00 uur voeren we onderhoud uit, waarna de verwerking tot uiterlijk 2 uur vertraagd kan zijn. | 2026-05-10T10:00+02:00 | 2026-05-14T22:00+02:00 |
      Op donderdag 14 mei is de API vanaf half negen tot de namiddag onbeschikbaar. | 2026-05-10T10:00+02:00 | 2026-05-14T08:30+02:00 |
      Maintenance on 14 May from 22:00. The downtime is no more than 15 minutes, although the maintenance itself takes 4 hours. | 2026-05-10T10:00+02:00 | 2026-05-14T22:00+02:00 | 2026-05-15T02:00+02:00
      # Flemish "ten laatste" (at the latest) before an end
      De Dataservice is zondag 7/6 onbeschikbaar van 6u tot ten laatste 13u. | 2026-06-01T09:40+02:00 | 2026-06-07T06:00+02:00 | 2026-06-07T13:00+02:00
      zo 7-6 07.00 - 11.00 uur: onderhoud. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Op di. 9 juni van 20.00 tot 22.00 uur voeren wij onderhoud uit. | 2026-05-20T14:05+02:00 | 2026-06-09T20:00+02:00 | 2026-06-09T22:00+02:00
      wo 10 juni 2026 van 06:00 tot 07:00 onderhoud | 2026-05-20T14:05+02:00 | 2026-06-10T06:00+02:00 | 2026-06-10T07:00+02:00
      Op za 13 jun. van 08:00 tot 12:00 uur. | 2026-05-20T14:05+02:00 | 2026-06-13T08:00+02:00 | 2026-06-13T12:00+02:00
      Zaterdag 14-11 van 6.00 u. tot 2 uur 's middags onderhoud. | 2026-11-09T08:35+01:00 | 2026-11-14T06:00+01:00 | 2026-11-14T14:00+01:00
      Op di 13 okt. 2026 van 22:00 tot 23:00 uur. | 2026-05-20T14:05+02:00 | 2026-10-13T22:00+02:00 | 2026-10-13T23:00+02:00
      Op wo 11 mrt 2026 van 19.00 tot 21.00 uur. | 2026-03-01T10:00+01:00 | 2026-03-11T19:00+01:00 | 2026-03-11T21:00+01:00
      Op 11 febr. 2027 van 19.00 tot 21.00 uur. | 2026-05-20T14:05+02:00 | 2027-02-11T19:00+01:00 | 2027-02-11T21:00+01:00
      Maintenance on Tue 9 June 2026 from 20:00 to 22:00. | 2026-05-20T14:05+02:00 | 2026-06-09T20:00+02:00 | 2026-06-09T22:00+02:00
      Maintenance on Tue, Sept 8, 2026 from 10 PM to 11:30 PM. | 2026-05-20T14:05+02:00 | 2026-09-08T22:00+02:00 | 2026-09-08T23:30+02:00
      Maintenance on June 9 from 20:00 to 22:00. | 2026-05-20T14:05+02:00 | 2026-06-09T20:00+02:00 | 2026-06-09T22:00+02:00
      "Date: 7-Feb-2026 (Saturday)
      Window: 21:00 hrs to 01:00 hrs CET" | 2026-01-19T14:00+01:00 | 2026-02-07T21:00+01:00 | 2026-02-08T01:00+01:00
      """)
  void numericDatesAndAbbreviations(String text, String anchor, String start, String end) {
    assertWindow(text, anchor, start, end);
  }

  /** A day in words before a month's name; 12 December 2026 is a Saturday, 22 June a Monday. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Op zaterdag twaalf december 2026 van 06.00 tot 09.00 uur is de dienst niet beschikbaar. | 2026-11-19T13:00+01:00 | 2026-12-12T06:00+01:00 | 2026-12-12T09:00+01:00
      Op maandag tweeëntwintig juni van 20.00 tot 22.00 uur voeren wij onderhoud uit. | 2026-05-20T14:05+02:00 | 2026-06-22T20:00+02:00 | 2026-06-22T22:00+02:00
      Op één juni van 20.00 tot 22.00 uur. | 2026-05-20T14:05+02:00 | 2026-06-01T20:00+02:00 | 2026-06-01T22:00+02:00
      """)
  void daysInWords(String text, String anchor, String start, String end) {
    assertWindow(text, anchor, start, end);
  }

  @Test
  void aDayInWordsBecomesItsNumberInPlace() {
    assertThat(DateGrammar.foldDates("Zaterdag Twaalf December; Eenendertig mei"))
        .isEqualTo("zaterdag 12     december; 31          mei");
    assertThat(DateGrammar.foldDates("Een maart vol onderhoud, begin juni")).as("no day")
        .isEqualTo("een maart vol onderhoud, begin juni");
    assertThat(DateGrammar.foldDates("Om Tien uur 's avonds; een uur later; de duur"))
        .isEqualTo("om 10   uur 's avonds; een uur later; de duur");
    assertThat(DateGrammar.foldDates("Maart; vijf maart")).as("a month first")
        .isEqualTo("maart; 5    maart");
  }

  // --------------------------------------------------------------------------- 2. times

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Op zondag 7 juni van 23.30 tot 01.00 uur. | 2026-06-07T23:30+02:00 | 2026-06-08T01:00+02:00
      Op zondag 7 juni van 22:30 tot 23:30. | 2026-06-07T22:30+02:00 | 2026-06-07T23:30+02:00
      Op zondag 7 juni van 22u30 tot 23u45. | 2026-06-07T22:30+02:00 | 2026-06-07T23:45+02:00
      Op zondag 7 juni van 22:00h tot 23:30h. | 2026-06-07T22:00+02:00 | 2026-06-07T23:30+02:00
      Op zondag 7 juni van 06h00 tot 10h30. | 2026-06-07T06:00+02:00 | 2026-06-07T10:30+02:00
      Op zondag 7 juni van tien uur 's avonds tot elf uur 's avonds. | 2026-06-07T22:00+02:00 | 2026-06-07T23:00+02:00
      Op zondag 7 juni van 22 tot 23 uur. | 2026-06-07T22:00+02:00 | 2026-06-07T23:00+02:00
      Op zondag 7 juni tussen 22 en 2 uur. | 2026-06-07T22:00+02:00 | 2026-06-08T02:00+02:00
      Op zondag 7 juni vanaf 23 uur. | 2026-06-07T23:00+02:00 |
      Op zondag 7 juni vanaf 23.30 uur. | 2026-06-07T23:30+02:00 |
      On Sunday 7 June from 11 PM to 1 AM. | 2026-06-07T23:00+02:00 | 2026-06-08T01:00+02:00
      On Sunday 7 June from 10pm to 11:30 p.m. | 2026-06-07T22:00+02:00 | 2026-06-07T23:30+02:00
      On Sunday 7 June from 10 to 11 pm. | 2026-06-07T22:00+02:00 | 2026-06-07T23:00+02:00
      On Sunday 7 June from 11 am to 1 pm. | 2026-06-07T11:00+02:00 | 2026-06-07T13:00+02:00
      On Sunday 7 June from 12 am to 2 am. | 2026-06-07T00:00+02:00 | 2026-06-07T02:00+02:00
      Op zondag 7 juni van 22.00 uur tot middernacht. | 2026-06-07T22:00+02:00 | 2026-06-08T00:00+02:00
      Op zondag 7 juni van middernacht tot 06.00 uur. | 2026-06-07T00:00+02:00 | 2026-06-07T06:00+02:00
      On Sunday 7 June from 10 PM until midnight. | 2026-06-07T22:00+02:00 | 2026-06-08T00:00+02:00
      Op zondag 7 juni van 22.00 tot 24.00 uur. | 2026-06-07T22:00+02:00 | 2026-06-08T00:00+02:00
      Op zondag 7 juni vanaf een uur of acht tot rond 12 uur. | 2026-06-07T08:00+02:00 | 2026-06-07T12:00+02:00
      Op zondag 7 juni van een uur of 9 tot omstreeks 11 uur. | 2026-06-07T09:00+02:00 | 2026-06-07T11:00+02:00
      # hours in words next to a part of the day; a range's evening (or afternoon) is its start's too
      Op zondag 7 juni onderhoud. 's Avonds tussen acht en tien is de API niet beschikbaar. | 2026-06-07T20:00+02:00 | 2026-06-07T22:00+02:00
      Op zondag 7 juni onderhoud. Tussen acht en tien 's avonds is de API niet beschikbaar. | 2026-06-07T20:00+02:00 | 2026-06-07T22:00+02:00
      Op zondag 7 juni onderhoud. 's Ochtends van zeven tot negen uur is de API niet beschikbaar. | 2026-06-07T07:00+02:00 | 2026-06-07T09:00+02:00
      Op zondag 7 juni onderhoud. Tussen acht en tien uur 's avonds is de API niet beschikbaar. | 2026-06-07T20:00+02:00 | 2026-06-07T22:00+02:00
      Op zondag 7 juni onderhoud. Tussen 8 en 10 uur 's avonds is de API niet beschikbaar. | 2026-06-07T20:00+02:00 | 2026-06-07T22:00+02:00
      Op zondag 7 juni onderhoud. Tussen 11 en 1 uur 's middags is de API niet beschikbaar. | 2026-06-07T11:00+02:00 | 2026-06-07T13:00+02:00
      Op zondag 7 juni tussen 10 en 12 uur 's middags is de API niet beschikbaar. | 2026-06-07T10:00+02:00 | 2026-06-07T12:00+02:00
      Op zondag 7 juni van 7 uur 's ochtends tot 9 uur 's avonds voeren we onderhoud uit. | 2026-06-07T07:00+02:00 | 2026-06-07T21:00+02:00
      Op zondag 7 juni 's middags tussen twee en vier is de API niet beschikbaar. | 2026-06-07T14:00+02:00 | 2026-06-07T16:00+02:00
      Op zondag 7 juni 's avonds van tien tot twee is de API niet beschikbaar. | 2026-06-07T22:00+02:00 | 2026-06-08T02:00+02:00
      Op zondag 7 juni tussen 6 uur en 8 uur 's avonds voeren wij onderhoud uit. | 2026-06-07T18:00+02:00 | 2026-06-07T20:00+02:00
      Op zondag 7 juni van 7 uur tot 9 uur 's avonds voeren wij onderhoud uit. | 2026-06-07T19:00+02:00 | 2026-06-07T21:00+02:00
      Op zondag 7 juni is de API 's nachts van tien tot twee niet beschikbaar. | 2026-06-07T22:00+02:00 | 2026-06-08T02:00+02:00
      Op zondag 7 juni is de API 's middags tussen elf en twee niet beschikbaar. | 2026-06-07T11:00+02:00 | 2026-06-07T14:00+02:00
      # "een uur of twee" after a verb of length is about two hours, not one
      The maintenance is moved from Saturday night to Sunday 7 June, from 10:00 to 12:00. | 2026-06-07T10:00+02:00 | 2026-06-07T12:00+02:00
      Op zondag 7 juni onderhoud vanaf 22.00 uur. De API is traag, circa een uur. | 2026-06-07T22:00+02:00 |
      Op zondag 7 juni is de API vanaf 22.00 uur elk uur kort niet beschikbaar, circa vijf minuten. | 2026-06-07T22:00+02:00 |
      Op zondag 7 juni vanaf 10.00 uur; het duurt een uur of twee. | 2026-06-07T10:00+02:00 | 2026-06-07T12:00+02:00
      """)
  void times(String text, String start, String end) {
    assertWindow(text, WED, start, end);
  }

  // -------------------------------------------------------------------------- 3. ranges

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Op zondag 7 juni 07.00 \u2013 11.00 uur is de API niet beschikbaar. | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Op zondag 7 juni 07.00 - 11.00 uur is de API niet beschikbaar. | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Op zondag 7 juni 07.00-11.00 uur is de API niet beschikbaar. | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Op zondag 7 juni tussen 22.00 en 02.00 uur is de API niet beschikbaar. | 2026-06-07T22:00+02:00 | 2026-06-08T02:00+02:00
      Op zondag 7 juni van 07.00 tot en met 11.00 uur. | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Op zondag 7 juni van 07.00 t/m 11.00 uur. | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Van vrijdag 12 juni 22.00 uur tot zaterdag 13 juni 06.00 uur is de API niet beschikbaar. | 2026-06-12T22:00+02:00 | 2026-06-13T06:00+02:00
      From 22:00 on Friday 12 June until 06:00 on Saturday 13 June the API is unavailable. | 2026-06-12T22:00+02:00 | 2026-06-13T06:00+02:00
      Between Friday 12 June 22:00 and Saturday 13 June 06:00 the API is unavailable. | 2026-06-12T22:00+02:00 | 2026-06-13T06:00+02:00
      vrijdag 12 juni 22:00 - zaterdag 13 juni 06:00: onderhoud | 2026-06-12T22:00+02:00 | 2026-06-13T06:00+02:00
      Van 22.00 uur op vrijdag 12 juni tot 06.00 uur op zaterdag 13 juni. | 2026-06-12T22:00+02:00 | 2026-06-13T06:00+02:00
      Van vrijdag 12 juni 22.00 uur tot maandag 15 juni 06.00 uur. | 2026-06-12T22:00+02:00 | 2026-06-15T06:00+02:00
      Op vrijdag 12 juni van 22.00 uur tot zaterdag 06.00 uur. | 2026-06-12T22:00+02:00 | 2026-06-13T06:00+02:00
      Van 22.00 uur tot zaterdag 13 juni 06.00 uur is de API niet beschikbaar. | 2026-06-12T22:00+02:00 | 2026-06-13T06:00+02:00
      The API is unavailable between 14:00 and 16:00 on Friday 12 June. | 2026-06-12T14:00+02:00 | 2026-06-12T16:00+02:00
      Van vanavond 22.00 uur tot morgenochtend 06.00 uur is de API niet beschikbaar. | 2026-05-20T22:00+02:00 | 2026-05-21T06:00+02:00
      Op zaterdag 6 juni voeren wij onderhoud uit. Tussen 07.00 en 09.00 uur kunt u geen bevragingen doen. | 2026-06-06T07:00+02:00 | 2026-06-06T09:00+02:00
      Het onderhoud vindt plaats op zondag 7 juni. De KVK API is die dag tussen 6 en 8 uur niet bereikbaar. | 2026-06-07T06:00+02:00 | 2026-06-07T08:00+02:00
      zondag 7 juni 7-11u onderhoud | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Scheduled maintenance: Saturday, June 13, 2026, 10:00 PM - 2:00 AM CEST. | 2026-06-13T22:00+02:00 | 2026-06-14T02:00+02:00
      From 11 PM on Friday 12 June until 1 AM on Saturday 13 June the API is unavailable. | 2026-06-12T23:00+02:00 | 2026-06-13T01:00+02:00
      From Friday, June 12, 11 PM until Saturday 4 AM the API is unavailable. | 2026-06-12T23:00+02:00 | 2026-06-13T04:00+02:00
      Van 22.00 uur op vrijdag 12 juni tot 6 uur op zaterdag 13 juni. | 2026-06-12T22:00+02:00 | 2026-06-13T06:00+02:00
      From 22:00 on Friday 12 June the API is unavailable. | 2026-06-12T22:00+02:00 |
      Vanaf zaterdag 13 juni 22.00 uur is de API niet beschikbaar. | 2026-06-13T22:00+02:00 |
      Op vrijdag 12 juni is vanaf 22:00 uur de Dataservice niet beschikbaar. Daarna zal het downloaden van het volledige bestand ongeveer drie uur in beslag nemen. | 2026-06-12T22:00+02:00 |
      Van vrijdagavond 12 juni 21.00 uur tot zaterdagochtend 13 juni 07.00 uur. | 2026-06-12T21:00+02:00 | 2026-06-13T07:00+02:00
      De API is van zaterdagavond 13 juni 8 uur tot zondagochtend 14 juni 6 uur niet beschikbaar. | 2026-06-13T20:00+02:00 | 2026-06-14T06:00+02:00
      "- Start: vrijdag 12 juni 2026, 22:00 uur\n- Einde: maandag 15 juni 2026, 05:30 uur" | 2026-06-12T22:00+02:00 | 2026-06-15T05:30+02:00
      Begintijd: za 13 juni 08:00. Eindtijd: za 13 juni 12:00. | 2026-06-13T08:00+02:00 | 2026-06-13T12:00+02:00
      Start onderhoud: za 13 juni 08:00. Einde onderhoud: za 13 juni 12:00. | 2026-06-13T08:00+02:00 | 2026-06-13T12:00+02:00
      Start of maintenance: Sat 13 June 08:00. End of maintenance: Sat 13 June 12:00. | 2026-06-13T08:00+02:00 | 2026-06-13T12:00+02:00
      "Datum: zaterdag 13 juni 2026\nStarttijd onderhoud: 22:00\nEindtijd onderhoud: 23:30" | 2026-06-13T22:00+02:00 | 2026-06-13T23:30+02:00
      "Start: vrijdag 16 januari 2026, 23:30 uur\nDuur: ca. 3 uur\nImpact: niet beschikbaar." | 2026-01-16T23:30+01:00 | 2026-01-17T02:30+01:00
      "Start: Friday 16 January 2026, 23:30\nDuration: about 3 hours" | 2026-01-16T23:30+01:00 | 2026-01-17T02:30+01:00
      "Onderhoud: vr. 11-12-2026 v.a. 22.00 u.\nHet onderhoud duurt naar verwachting drie uur." | 2026-12-11T22:00+01:00 | 2026-12-12T01:00+01:00
      Op zaterdag 7 maart 2026 van 09.00 tot ca. 13.00 uur werken wij aan de systemen. | 2026-03-07T09:00+01:00 | 2026-03-07T13:00+01:00
      "Dienst: KVK Mutatieservice\nDatum: vrijdag 4 juli 2025\nStarttijd: 22:00 uur\nDuur: naar verwachting drie uur" | 2025-07-04T22:00+02:00 | 2025-07-05T01:00+02:00
      Zondag 4 oktober 2026 voeren wij vanaf 07:00 uur onderhoud uit aan de KVK API. Het onderhoud neemt ongeveer drie uur in beslag. | 2026-10-04T07:00+02:00 | 2026-10-04T10:00+02:00
      On Saturday 7 March 2026 from 09:00 until approx. 13:00 we work on the systems. | 2026-03-07T09:00+01:00 | 2026-03-07T13:00+01:00
      # one night, a time per service in a list: the times that overlap or touch make one window
      "In de nacht van zaterdag 13 op zondag 14 juni niet beschikbaar:\n- KVK API: 22:00 – 00:00 uur\n- KVK Dataservice: 23:30 – 02:00 uur\n- KVK Mutatieservice: 01:00 – 03:00 uur" | 2026-06-13T22:00+02:00 | 2026-06-14T03:00+02:00
      "Op zaterdag 13 juni niet beschikbaar:\n- KVK API: 08:00 – 09:00 uur\n- KVK Dataservice: 14:00 – 15:00 uur" | 2026-06-13T08:00+02:00 | 2026-06-13T09:00+02:00
      # a start without an end, and the next sentence opens with when it is back
      Het Developer Portal is op zaterdag 13 juni vanaf 18.00 uur niet bereikbaar. Vanaf zondag 14 juni 8 uur weer bereikbaar. | 2026-06-13T18:00+02:00 | 2026-06-14T08:00+02:00
      Het Developer Portal is vanavond vanaf 18.00 uur niet bereikbaar. Vanaf morgen 8 uur weer bereikbaar. | 2026-05-20T18:00+02:00 | 2026-05-21T08:00+02:00
      Op woensdag 10 juni t/m vrijdag 12 juni, steeds van 19:00 tot 23:00 uur, is Zoeken niet beschikbaar. | 2026-06-10T19:00+02:00 | 2026-06-12T23:00+02:00
      From 10 June to 12 June, daily from 09:00 to 11:00, the API is down. | 2026-06-10T09:00+02:00 | 2026-06-12T11:00+02:00
      Op zaterdag 7 maart 2026 van 19u tot naar verwachting 20u30 werken wij aan de systemen. | 2026-03-07T19:00+01:00 | 2026-03-07T20:30+01:00
      On Saturday 7 March 2026 from 01:00 to an expected 03:00 the API is down. | 2026-03-07T01:00+01:00 | 2026-03-07T03:00+01:00
      # a start, a comma and its length alone
      Op zaterdag 7 maart 2026 voert KVK onderhoud uit aan de Dataservice, vanaf 21.00 uur, circa drie uur. | 2026-03-07T21:00+01:00 | 2026-03-08T00:00+01:00
      Zaterdag 13 juni onderhoud aan de API, vanaf half acht 's ochtends, circa vier uur. | 2026-06-13T07:30+02:00 | 2026-06-13T11:30+02:00
      On Saturday 13 June from 22:00, approximately two hours, the API is down. | 2026-06-13T22:00+02:00 | 2026-06-14T00:00+02:00
      Op zaterdag 13 juni vanaf 21.00 uur, circa twee uur later dan gepland, is de API niet beschikbaar. | 2026-06-13T21:00+02:00 |
      """)
  void ranges(String text, String start, String end) {
    assertWindow(text, WED, start, end);
  }

  // ---------------------------------------------------------------- 4. weekends, nights

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      In het weekend van 13 en 14 juni is de KVK API van zaterdag 08.00 tot zondag 18.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00 | 2026-06-13T08:00+02:00 | 2026-06-14T18:00+02:00
      In het weekend van 13 juni is de KVK API van zaterdag 08.00 tot zondag 18.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00 | 2026-06-13T08:00+02:00 | 2026-06-14T18:00+02:00
      Het weekend van 13-14 juni: van zaterdag 08.00 tot zondag 18.00 uur onderhoud aan de KVK API. | 2026-05-20T14:05+02:00 | 2026-06-13T08:00+02:00 | 2026-06-14T18:00+02:00
      In het weekend van 13 en 14 juni voeren wij onderhoud uit. Zaterdag van 08.00 tot 12.00 uur is de API niet beschikbaar. | 2026-05-20T14:05+02:00 | 2026-06-13T08:00+02:00 | 2026-06-13T12:00+02:00
      In the weekend of 13-14 June the API is down from Saturday 08:00 to Sunday 18:00. | 2026-05-20T14:05+02:00 | 2026-06-13T08:00+02:00 | 2026-06-14T18:00+02:00
      Komend weekend is de KVK API van zaterdag 22.00 uur tot zondag 06.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00 | 2026-05-23T22:00+02:00 | 2026-05-24T06:00+02:00
      Aankomend weekend is de KVK API van zaterdag 22.00 uur tot zondag 06.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00 | 2026-05-23T22:00+02:00 | 2026-05-24T06:00+02:00
      Dit weekend is de KVK API van zaterdag 22.00 uur tot zondag 06.00 uur niet beschikbaar. | 2026-05-23T09:00+02:00 | 2026-05-23T22:00+02:00 | 2026-05-24T06:00+02:00
      Komende zaterdag is de KVK API niet bereikbaar wegens onderhoud, van 22u tot zondag 6u. | 2026-05-20T14:05+02:00 | 2026-05-23T22:00+02:00 | 2026-05-24T06:00+02:00
      In de nacht van 6 op 7 juni is de KVK API van 23.00 tot 03.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00 | 2026-06-06T23:00+02:00 | 2026-06-07T03:00+02:00
      Op zondag 7 juni voeren wij onderhoud uit. In de nacht van zaterdag op zondag is de API van 23.00 tot 03.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00 | 2026-06-06T23:00+02:00 | 2026-06-07T03:00+02:00
      Onderhoud op zaterdag 6 juni: in de nacht van zaterdag op zondag is de API van 23.00 tot 03.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00 | 2026-06-06T23:00+02:00 | 2026-06-07T03:00+02:00
      In de nacht van komende zaterdag op zondag is de API van 23.00 tot 03.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00 | 2026-05-23T23:00+02:00 | 2026-05-24T03:00+02:00
      De nacht van woensdag 2 op donderdag 3 december is de API van 01.00 tot 05.00 uur niet beschikbaar. | 2026-11-20T10:00+01:00 | 2026-12-03T01:00+01:00 | 2026-12-03T05:00+01:00
      De nacht van dinsdag 2 op woensdag 3 december 2025 is de API van 23:00 tot 03:00 uur niet beschikbaar. | 2025-11-12T11:00+01:00 | 2025-12-02T23:00+01:00 | 2025-12-03T03:00+01:00
      Night of Saturday 13 to Sunday 14 June, 23:00 - 03:00. | 2026-05-20T14:05+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T03:00+02:00
      Maintenance on Sunday 14 June: overnight from Saturday to Sunday between 23:00 and 03:00. | 2026-05-20T14:05+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T03:00+02:00
      # a night "between" its two days, in ISO 8601 dates or in words; the clocks go forward at 02:00
      "When: night between Saturday 2026-03-28 and Sunday 2026-03-29, 01.00–04.00\nImpact: the service will be down." | 2026-03-09T10:00+01:00 | 2026-03-29T01:00+01:00 | 2026-03-29T04:00+02:00
      Night between 2026-06-13 and 2026-06-14, 23:00 - 03:00. | 2026-05-20T14:05+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T03:00+02:00
      In de nacht tussen zaterdag 13 en zondag 14 juni, 23:00 - 03:00 uur. | 2026-05-20T14:05+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T03:00+02:00
      # an ISO date with its second day after a slash
      De KVK API is op 2026-03-14/15 tussen 22:00 en 02:00 uur niet beschikbaar. | 2026-03-10T14:00+01:00 | 2026-03-14T22:00+01:00 | 2026-03-15T02:00+01:00
      Komend weekend is de KVK API vanaf zaterdag 22.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00 | 2026-05-23T22:00+02:00 |
      # a blank line after a colon ends no sentence: the list under it is the night's
      "In de nacht van zaterdag 13 op zondag 14 juni zijn onderstaande diensten niet beschikbaar:

      - KVK API: 22:00 – 00:00 uur
      - KVK Dataservice: 23:30 – 02:00 uur" | 2026-05-29T16:00+02:00 | 2026-06-13T22:00+02:00 | 2026-06-14T02:00+02:00
      """)
  void weekendsAndNights(String text, String anchor, String start, String end) {
    assertWindow(text, anchor, start, end);
  }

  /**
   * A holiday named instead of a date, on its date in the business calendar: Easter 2026 is 5
   * April (Good Friday the 3rd), Ascension Day 14 May, Whit Monday 25 May; Ascension Day 2027 is
   * 6 May. One just past (a week at most) is that one; in brackets after a date it names that date.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      In de nacht van Tweede Paasdag op dinsdag voeren wij onderhoud uit, vanaf 22.00 uur tot uiterlijk 02.00 uur. | 2026-03-18T10:30+01:00 | 2026-04-06T22:00+02:00 | 2026-04-07T02:00+02:00
      In de nacht van Hemelvaartsdag op vrijdag is de Dataservice van 22.00 tot 02.00 uur niet beschikbaar. | 2026-04-20T09:00+02:00 | 2026-05-14T22:00+02:00 | 2026-05-15T02:00+02:00
      Op Hemelvaartsdag voeren wij onderhoud uit aan de KVK API, 10.00-14.00 uur. | 2026-04-23T15:00+02:00 | 2026-05-14T10:00+02:00 | 2026-05-14T14:00+02:00
      Op Hemelvaartsdag voeren wij onderhoud uit aan de KVK API, 10.00-14.00 uur. | 2026-06-01T09:00+02:00 | 2027-05-06T10:00+02:00 | 2027-05-06T14:00+02:00
      On Whit Monday from 09:00 to 11:00 CEST the KVK API is unavailable. | 2026-05-01T09:00+02:00 | 2026-05-25T09:00+02:00 | 2026-05-25T11:00+02:00
      Op Goede Vrijdag van 18.00 tot 20.00 uur werken wij aan de KVK API. | 2026-03-01T09:00+01:00 | 2026-04-03T18:00+02:00 | 2026-04-03T20:00+02:00
      Op Eerste Paasdag van 08.00 tot 10.00 uur werken wij aan de KVK API. | 2026-03-01T09:00+01:00 | 2026-04-05T08:00+02:00 | 2026-04-05T10:00+02:00
      Op Tweede Paasdag was de KVK API van 10.00 tot 12.00 uur niet bereikbaar. | 2026-04-08T09:00+02:00 | 2026-04-06T10:00+02:00 | 2026-04-06T12:00+02:00
      De werkzaamheden lopen van zaterdag 23 mei 08.00 uur tot uiterlijk maandag 25 mei (Tweede Pinksterdag) 12.00 uur. | 2026-05-12T11:45+02:00 | 2026-05-23T08:00+02:00 | 2026-05-25T12:00+02:00
      In de nacht van woensdag 13 op donderdag 14 mei (Hemelvaartsdag) is de API niet beschikbaar van 23.00u tot 09.00u. | 2026-04-15T09:40+02:00 | 2026-05-13T23:00+02:00 | 2026-05-14T09:00+02:00
      # a night that ends on one, a year stated with it
      In de nacht van zondag op Tweede Paasdag voeren wij onderhoud uit van 23.00 tot 03.00 uur. | 2026-03-30T09:00+02:00 | 2026-04-05T23:00+02:00 | 2026-04-06T03:00+02:00
      Het onderhoud staat gepland voor Tweede Paasdag, van 10.00 tot 12.00 uur. | 2026-03-18T10:30+01:00 | 2026-04-06T10:00+02:00 | 2026-04-06T12:00+02:00
      Op Hemelvaartsdag 2027 is de KVK API van 10.00 tot 14.00 uur niet beschikbaar. | 2026-05-20T09:00+02:00 | 2027-05-06T10:00+02:00 | 2027-05-06T14:00+02:00
      """)
  void holidaysByName(String text, String anchor, String start, String end) {
    assertWindow(text, anchor, start, end);
  }

  /** Holiday words that name no day, or a day the window is not on. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Rond Hemelvaart is de API van 10.00 tot 14.00 uur niet beschikbaar; de exacte datum volgt. | 2026-05-04T09:00+02:00 | 2026-05-14
      Rond Hemelvaartsdag is de API van 10.00 tot 14.00 uur niet beschikbaar; de exacte datum volgt. | 2026-05-04T09:00+02:00 | 2026-05-14
      In de week na Tweede Paasdag is de API van 10.00 tot 14.00 uur niet beschikbaar. | 2026-03-20T09:00+01:00 | 2026-04-06
      Vanwege Hemelvaartsdag is onze servicedesk gesloten. Het onderhoud vindt plaats op donderdag van 20.00 tot 22.00 uur. | 2026-05-04T09:00+02:00 | 2026-05-14
      Wij wensen u een goede vrijdag! Vanaf 18.00 uur tot 20.00 uur werken wij aan de KVK API. | 2026-03-20T09:00+01:00 | 2026-04-03
      Have a good Friday! From 18:00 until 20:00 CET the KVK API is unavailable. | 2026-03-20T09:00+01:00 | 2026-04-03
      """)
  void holidayWordsThatNameNoDayOfTheWindow(String text, String anchor, String notOn) {
    assertThat(window(text, anchor).map(w -> w.value().start().atZone(AMS).toLocalDate()))
        .as(text).isNotEqualTo(Optional.of(LocalDate.parse(notOn)));
  }

  /** A holiday in a report of what happened: the one just past. */
  @Test
  void aReportOfAHolidayJustPastIsOnIt() {
    assertThat(DateExpressions.since("Op Tweede Paasdag tussen 10.00 en 12.00 uur was de KVK API"
        + " niet bereikbaar. De storing is opgelost.", at("2026-04-08T10:00+02:00"), AMS)
        .map(Found::value)).contains(at("2026-04-06T10:00+02:00"));
    assertThat(DateExpressions.resolvedAt("Op Tweede Paasdag tussen 10.00 en 12.00 uur was de KVK"
        + " API niet bereikbaar. De storing is opgelost.", at("2026-04-08T10:00+02:00"), AMS)
        .map(Found::value)).contains(at("2026-04-06T12:00+02:00"));
    assertThat(DateExpressions.since("Sinds Tweede Paasdag 14.00 uur geeft de KVK API fouten.",
        at("2026-04-08T10:00+02:00"), AMS).map(Found::value))
        .contains(at("2026-04-06T14:00+02:00"));
  }


  /**
   * Times and dates as German and Nordic writers put them in English: "7h", "22:00h", "22
   * o'clock", "6 in the morning", a day and month with dots and no year ("Wednesday 03.06.").
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      The KVK Developer Portal will be not available on Wednesday 03.06. from 7h until 9h. | 2026-05-29T16:00+02:00 | 2026-06-03T07:00+02:00 | 2026-06-03T09:00+02:00
      On Sunday 05.04. from 22 o'clock until 6 in the morning the KVK API is not available. | 2026-03-25T16:45+01:00 | 2026-04-05T22:00+02:00 | 2026-04-06T06:00+02:00
      In the night from Friday 11.12. to Saturday 12.12. we carry out maintenance, from 20:30h until 3:00h. | 2026-11-18T10:30+01:00 | 2026-12-11T20:30+01:00 | 2026-12-12T03:00+01:00
      In the night to Sunday 05.04. from 22 o'clock until 6 in the morning the KVK API is not available. | 2026-03-25T16:45+01:00 | 2026-04-04T22:00+02:00 | 2026-04-05T06:00+02:00
      In de nacht naar zondag 5 april van 22.00 tot 06.00 uur is de API niet beschikbaar. | 2026-03-25T16:45+01:00 | 2026-04-04T22:00+02:00 | 2026-04-05T06:00+02:00
      The migration is moved forward to Saturday 18.07.2026, same time (7h – 11h). | 2026-07-16T15:30+02:00 | 2026-07-18T07:00+02:00 | 2026-07-18T11:00+02:00
      KVK will carry out maintenance on the KVK API on Tuesday 19th of May between half past nine and 11.00 CEST. | 2026-05-06T09:00+02:00 | 2026-05-19T09:30+02:00 | 2026-05-19T11:00+02:00
      On Saturday 11 July KVK will upgrade the platform, between 10pm Saturday and 2am Sunday (CEST). | 2026-06-22T10:00+02:00 | 2026-07-11T22:00+02:00 | 2026-07-12T02:00+02:00
      Op zaterdag 14 maart werken wij aan de API, van 22.00 uur zaterdag tot 02.00 uur zondag. | 2026-03-02T10:00+01:00 | 2026-03-14T22:00+01:00 | 2026-03-15T02:00+01:00
      De werkzaamheden lopen uit. Nieuw venster: 14-03-'26 22:00u t/m 15-03-'26 03:30u. | 2026-03-15T01:45+01:00 | 2026-03-14T22:00+01:00 | 2026-03-15T03:30+01:00
      # "ten to twelve" after "from" counts nodes, not minutes to twelve
      From ten to twelve nodes are replaced on Saturday 14 March 2026 from 08:00 to 12:00. | 2026-03-02T10:00+01:00 | 2026-03-14T08:00+01:00 | 2026-03-14T12:00+01:00
      # a day-month with a slash that is no date day first is one month first, as US pages write
      on Sat 3/28 from 5pm-10pm ET the KVK Dataservice will be unavailable | 2026-03-06T19:20+01:00 | 2026-03-28T17:00-04:00 | 2026-03-28T22:00-04:00
      Emergency maintenance on the KVK API today (Wed 9/23) from 1:00pm to 1:30pm ET. | 2026-09-23T17:50+02:00 | 2026-09-23T13:00-04:00 | 2026-09-23T13:30-04:00
      Maintenance on the KVK Mutatieservice for Thursday, December 17th from 9pm to 11pm Eastern. | 2026-11-24T20:10+01:00 | 2026-12-17T21:00-05:00 | 2026-12-17T23:00-05:00
      # two hours a dash apart are no range of times after a verb of length
      On Saturday 18.07.2026 from 10:00 the migration takes 2h - 3h. | 2026-07-16T15:30+02:00 | 2026-07-18T10:00+02:00 |
      """)
  void timesAndDatesOfSecondLanguageEnglish(String text, String anchor, String start,
      String end) {
    assertWindow(text, anchor, start, end);
  }

  /**
   * A weekday alone that the text gives no date for: no day of a window in the first reading
   * (the title may give its date), and the next such day on or after the update in the weaker
   * one; the date the text gives that weekday when it gives one.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      KVK has notified us of maintenance on the KVK API between 10pm Saturday and 2am Sunday (CET). | 2026-01-12T10:00+01:00 | 2026-01-17T22:00+01:00 | 2026-01-18T02:00+01:00
      De KVK Dataservice is zaterdag tussen 08.00 en 12.00 uur niet beschikbaar. | 2026-03-04T10:00+01:00 | 2026-03-07T08:00+01:00 | 2026-03-07T12:00+01:00
      # written on that very Saturday: that day
      De KVK Dataservice is zaterdag tussen 18.00 en 20.00 uur niet beschikbaar. | 2026-03-07T10:00+01:00 | 2026-03-07T18:00+01:00 | 2026-03-07T20:00+01:00
      """)
  void aWeekdayAloneIsTheNextSuchDayInTheWeakerReading(String text, String anchor, String start,
      String end) {
    assertThat(window(text, anchor)).as(text).isEmpty();
    assertThat(new DateExpressions.Prepared(text, at(anchor), AMS).windowOnTheNextWeekday()
        .map(Found::value)).as(text).contains(new Window(at(start), at(end)));
  }

  /** Nor in the weaker reading: a weekday in a report of what was, or named with two dates. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      De KVK Dataservice was zaterdag tussen 08.00 en 12.00 uur niet beschikbaar. | 2026-03-09T10:00+01:00
      The KVK API could not be reached on Saturday between 10pm and 11pm. | 2026-03-09T10:00+01:00
      Het onderhoud is verplaatst van zaterdag 7 maart naar zaterdag 14 maart. Zaterdag tussen 08.00 en 12.00 uur is de API niet beschikbaar. | 2026-03-02T10:00+01:00
      # what took place or is done, a weekday said to be past, a helpdesk's hours
      Afgelopen zaterdag hebben wij tussen 22:00 en 02:00 uur onderhoud uitgevoerd aan de KVK API. | 2026-03-16T09:00+01:00
      On Saturday we carried out maintenance on the KVK API between 10pm and 2am. | 2026-03-16T09:00+01:00
      Last Saturday the maintenance on the KVK API took place between 10pm and 2am. | 2026-03-16T09:00+01:00
      Het onderhoud aan de KVK Dataservice vond zaterdag plaats tussen 08.00 en 12.00 uur en is zonder problemen verlopen. | 2026-03-16T09:00+01:00
      Het onderhoud van zaterdag tussen 22:00 en 02:00 uur is afgerond. | 2026-03-15T02:10+01:00
      The maintenance between 10pm Saturday and 2am Sunday has been completed successfully. | 2026-03-15T02:05+01:00
      Vanavond voeren wij onderhoud uit. Vragen? Onze servicedesk is zaterdag van 10:00 tot 14:00 uur bereikbaar. | 2026-03-09T10:00+01:00
      We will carry out maintenance on the KVK API. Our support desk is open on Saturday between 9:00 and 13:00 for questions. | 2026-03-09T10:00+01:00
      """)
  void aWeekdayAloneThatIsNoNextDay(String text, String anchor) {
    assertThat(new DateExpressions.Prepared(text, at(anchor), AMS).windowOnTheNextWeekday())
        .as(text).isEmpty();
  }

  /** IST is India's clock, but not before words of Ireland or Israel. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Scheduled maintenance of the KVK API on 14 June 2026 from 22:00 to 23:00 IST (Irish time). | 2026-06-10T14:00+02:00
      Scheduled maintenance of the KVK API on 14 March 2026 from 22:00 to 23:00 IST (Israel time). | 2026-03-10T14:00+01:00
      """)
  void istBeforeWordsOfIrelandOrIsraelIsNoIndiaTime(String text, String anchor) {
    Window w = window(text, anchor).map(Found::value).orElseThrow();
    assertThat(w.start().atOffset(ZoneOffset.ofHoursMinutes(5, 30)).getHour()).as(text)
        .isNotEqualTo(22);
  }

  /** An end after a start, in its sentence, as when the work is ready or done. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Window: today (Thu 9/4) from 13:00, ready by 13:45 CEST at the latest. | 2026-04-09T12:20+02:00 | 2026-04-09T13:00+02:00 | 2026-04-09T13:45+02:00
      Vanavond vanaf 22.00 uur werken wij aan de KVK API, klaar uiterlijk 01.30 uur. | 2026-04-09T12:20+02:00 | 2026-04-09T22:00+02:00 | 2026-04-10T01:30+02:00
      # a deadline of the customer's is no end of the work
      The new certificate is installed on Tuesday 17 March from 10:00; make sure your systems are ready by 12:00. | 2026-03-10T09:00+01:00 | 2026-03-17T10:00+01:00 |
      """)
  void anEndAfterAStartSaysTheWorkIsDone(String text, String anchor, String start, String end) {
    assertWindow(text, anchor, start, end);
  }

  // ------------------------------------------------------------------- 5. relative days

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Vandaag van 16.00 tot 17.00 uur is de API traag. | 2026-05-20T16:00+02:00 | 2026-05-20T17:00+02:00
      Vanavond van 20.00 tot 22.00 uur voeren wij onderhoud uit. | 2026-05-20T20:00+02:00 | 2026-05-20T22:00+02:00
      Vannacht van 01.00 tot 04.00 uur voeren wij onderhoud uit. | 2026-05-21T01:00+02:00 | 2026-05-21T04:00+02:00
      Vannacht van 23.00 tot 03.00 uur voeren wij onderhoud uit. | 2026-05-20T23:00+02:00 | 2026-05-21T03:00+02:00
      Morgen van 07.00 tot 09.00 uur is de API niet beschikbaar. | 2026-05-21T07:00+02:00 | 2026-05-21T09:00+02:00
      Morgenochtend van 06.00 tot 08.00 uur is de API niet beschikbaar. | 2026-05-21T06:00+02:00 | 2026-05-21T08:00+02:00
      Morgenavond tussen 19.00 en 21.00 uur is de API niet beschikbaar. | 2026-05-21T19:00+02:00 | 2026-05-21T21:00+02:00
      Morgen avond tussen 19.00 en 21.00 uur is de API niet beschikbaar. | 2026-05-21T19:00+02:00 | 2026-05-21T21:00+02:00
      Overmorgen van 06.00 tot 07.00 uur is de API niet beschikbaar. | 2026-05-22T06:00+02:00 | 2026-05-22T07:00+02:00
      Komende zaterdag van 08.00 tot 12.00 uur is de API niet beschikbaar. | 2026-05-23T08:00+02:00 | 2026-05-23T12:00+02:00
      Aanstaande zondag van 08.00 tot 12.00 uur is de API niet beschikbaar. | 2026-05-24T08:00+02:00 | 2026-05-24T12:00+02:00
      A.s. zondag van 08.00 tot 12.00 uur is de API niet beschikbaar. | 2026-05-24T08:00+02:00 | 2026-05-24T12:00+02:00
      Zondag a.s. van 08.00 tot 12.00 uur is de API niet beschikbaar. | 2026-05-24T08:00+02:00 | 2026-05-24T12:00+02:00
      This Saturday from 08:00 to 12:00 the API is unavailable. | 2026-05-23T08:00+02:00 | 2026-05-23T12:00+02:00
      Next Sunday from 08:00 to 12:00 the API is unavailable. | 2026-05-24T08:00+02:00 | 2026-05-24T12:00+02:00
      Tonight from 22:00 to 02:00 the API is unavailable. | 2026-05-20T22:00+02:00 | 2026-05-21T02:00+02:00
      Tomorrow between 07:00 and 09:00 the API is unavailable. | 2026-05-21T07:00+02:00 | 2026-05-21T09:00+02:00
      Tomorrow morning from 06:00 to 08:00 the API is unavailable. | 2026-05-21T06:00+02:00 | 2026-05-21T08:00+02:00
      Dit weekend van zaterdag 08.00 tot zondag 18.00 uur is de API niet beschikbaar. | 2026-05-23T08:00+02:00 | 2026-05-24T18:00+02:00
      """)
  void relativeDays(String text, String start, String end) {
    assertWindow(text, WED, start, end);
  }

  @Test
  void vannachtIsTheNightGoingOnBeforeSixInTheMorning() {
    assertWindow("Vannacht van 01.00 tot 04.00 uur voeren wij onderhoud uit.",
        "2026-05-20T00:30+02:00", "2026-05-20T01:00+02:00", "2026-05-20T04:00+02:00");
    assertWindow("Vannacht van 01.00 tot 04.00 uur voeren wij onderhoud uit.",
        "2026-05-20T06:30+02:00", "2026-05-21T01:00+02:00", "2026-05-21T04:00+02:00");
  }

  // ------------------------------------------------------------------------ 6. durations

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Op zondag 7 juni starten wij om 07.00 uur met onderhoud. Dit duurt naar verwachting drie uur. | 2026-06-07T07:00+02:00 | 2026-06-07T10:00+02:00
      Op zondag 7 juni vanaf 07.00 uur: de werkzaamheden duren ongeveer 2 uur. | 2026-06-07T07:00+02:00 | 2026-06-07T09:00+02:00
      Het onderhoud begint op zondag 7 juni om 07.00 uur en zal circa 30 minuten duren. | 2026-06-07T07:00+02:00 | 2026-06-07T07:30+02:00
      Maintenance starts on Sunday 7 June at 07:00 and is expected to last 90 minutes. | 2026-06-07T07:00+02:00 | 2026-06-07T08:30+02:00
      On Sunday 7 June from 07:00 the API will be unavailable for approximately two hours. | 2026-06-07T07:00+02:00 | 2026-06-07T09:00+02:00
      Op zondag 7 juni vanaf 07.00 uur. Het onderhoud duurt anderhalf uur. | 2026-06-07T07:00+02:00 | 2026-06-07T08:30+02:00
      Op zondag 7 juni vanaf 07.00 uur. Het onderhoud duurt een half uur. | 2026-06-07T07:00+02:00 | 2026-06-07T07:30+02:00
      Op zondag 7 juni vanaf 07.00 uur. Het onderhoud duurt één uur. | 2026-06-07T07:00+02:00 | 2026-06-07T08:00+02:00
      Op zondag 7 juni vanaf 07.00 uur. Het onderhoud duurt twaalf uur. | 2026-06-07T07:00+02:00 | 2026-06-07T19:00+02:00
      Op zondag 7 juni vanaf 07.00 uur. Het onderhoud duurt 45 minuten. | 2026-06-07T07:00+02:00 | 2026-06-07T07:45+02:00
      Op zondag 7 juni om 07.00 uur begint het onderhoud; de werkzaamheden duren 1,5 uur. | 2026-06-07T07:00+02:00 | 2026-06-07T08:30+02:00
      On Sunday 7 June starting at 22:00, expected to last three hours. | 2026-06-07T22:00+02:00 | 2026-06-08T01:00+02:00
      Op zondag 7 juni start het onderhoud om 07.00 uur en duurt het tot 11.00 uur. | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Op zondag 7 juni vanaf 07.00 uur. Het onderhoud duurt 2 \u00E0 3 uur. | 2026-06-07T07:00+02:00 |
      # an hour in words with the evening after it; a duration of being down after "daarna"
      Op zondag 7 juni starten we om tien uur 's avonds. Het werk duurt naar verwachting drie uur. | 2026-06-07T22:00+02:00 | 2026-06-08T01:00+02:00
      Op zaterdag twaalf december starten we om tien uur 's avonds. Het werk duurt naar verwachting drie uur. | 2026-12-12T22:00+01:00 | 2026-12-13T01:00+01:00
      Op zondag 7 juni onderhoud aan de KVK API. Start rond 18.00 uur; de API is daarna ongeveer een uur niet beschikbaar. | 2026-06-07T18:00+02:00 | 2026-06-07T19:00+02:00
      """)
  void startPlusDuration(String text, String start, String end) {
    assertWindow(text, WED, start, end);
  }

  @Test
  void aDurationIsElapsedTimeAcrossTheSpringNight() {
    // 01:00 +01:00 is 00:00Z; three hours later is 03:00Z, 05:00 summer time
    assertWindow("In de nacht van zaterdag 28 op zondag 29 maart 2026 vanaf 01.00 uur. Het "
        + "onderhoud duurt drie uur.", "2026-03-10T10:00+01:00", "2026-03-29T01:00+01:00",
        "2026-03-29T05:00+02:00");
  }

  // ---------------------------------------------------------------------------- 7. zones

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Op zondag 7 juni van 07:00 tot 09:00 UTC. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00Z | 2026-06-07T09:00Z
      On Sunday 7 June from 07:00 to 09:00 GMT. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00Z | 2026-06-07T09:00Z
      On Sunday 7 June from 07:00 to 09:00 CET. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+01:00 | 2026-06-07T09:00+01:00
      On Sunday 7 June from 07:00 to 09:00 CEST. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T09:00+02:00
      Op zondag 7 juni van 07:00 tot 09:00 (UTC+1). | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+01:00 | 2026-06-07T09:00+01:00
      Op zondag 7 juni van 07:00 tot 09:00 UTC+2. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T09:00+02:00
      Op zondag 7 juni van 07:00 tot 09:00 CEST (UTC+2). | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T09:00+02:00
      Op zondag 7 juni van 07.00 tot 09.00 uur (zomertijd). | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T09:00+02:00
      Op zaterdag 12 december van 07.00 tot 09.00 uur (wintertijd). | 2026-11-20T10:00+01:00 | 2026-12-12T07:00+01:00 | 2026-12-12T09:00+01:00
      Op zondag 7 juni van 07.00 tot 09.00 uur Nederlandse tijd. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T09:00+02:00
      On Sunday 7 June from 07:00 to 09:00 Dutch time. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T09:00+02:00
      Op zaterdag 12 december van 07.00 tot 09.00 uur Nederlandse tijd. | 2026-11-20T10:00+01:00 | 2026-12-12T07:00+01:00 | 2026-12-12T09:00+01:00
      On Sunday 7 June from 07:00 to 09:00 CET/CEST. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T09:00+02:00
      # US zones: EDT is -04:00 and PST -08:00; ET and PT name the wall clock, EDT in June, PST in December
      On Sunday 7 June from 07:00 to 09:00 PDT. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00-07:00 | 2026-06-07T09:00-07:00
      On Sunday 7 June from 1:00 AM to 3:00 AM ET. | 2026-05-20T14:05+02:00 | 2026-06-07T01:00-04:00 | 2026-06-07T03:00-04:00
      On Saturday 12 December from 10 PM to 11:30 PM PT. | 2026-11-20T10:00+01:00 | 2026-12-12T22:00-08:00 | 2026-12-12T23:30-08:00
      On Sunday 7 June from 07:00 to 09:00 EST/EDT. | 2026-05-20T14:05+02:00 | 2026-06-07T07:00-04:00 | 2026-06-07T09:00-04:00
      On Sunday 7 June from 07:00 to 09:00 ET (UTC-4). | 2026-05-20T14:05+02:00 | 2026-06-07T07:00-04:00 | 2026-06-07T09:00-04:00
      # India's and Singapore's clocks, "hrs" after the times
      Planned maintenance on KVK API - Saturday, 20th June 2026, 11:30 hrs to 15:30 hrs IST. | 2026-06-02T10:00+02:00 | 2026-06-20T08:00+02:00 | 2026-06-20T12:00+02:00
      On 22nd November from 05:00 hrs to 09:00 hrs SGT the Dataservice is unavailable. | 2026-11-02T10:00+01:00 | 2026-11-21T22:00+01:00 | 2026-11-22T02:00+01:00
      # Australia's, New Zealand's and South Africa's clocks: AEDT +11 in a Sydney summer, NZST +12 in
      # New Zealand's winter, SAST +2; a range past midnight there ends on the next day there
      Maintenance from 9am AEDT Sunday 15 March 2026, until 1pm AEDT. | 2026-03-01T10:00+01:00 | 2026-03-14T23:00+01:00 | 2026-03-15T03:00+01:00
      Sat 11/07 from 8am to 11am NZST the KVK API is unavailable. | 2026-06-20T10:00+02:00 | 2026-07-10T22:00+02:00 | 2026-07-11T01:00+02:00
      Thursday 20 August, between 10pm and 2am AEST. | 2026-08-03T02:30+02:00 | 2026-08-20T14:00+02:00 | 2026-08-20T18:00+02:00
      Sunday night 8 Nov, 11pm SAST until 7am SAST Monday 9 Nov. | 2026-10-15T11:00+02:00 | 2026-11-08T22:00+01:00 | 2026-11-09T06:00+01:00
      # a day named from today is today where the time is said: 22:30 in Amsterdam is already the
      # next morning in Sydney; "SAST/CEST" both state +02:00 in July
      Scheduled maintenance today from 09:00 to 11:00 AEDT. | 2026-03-10T22:30+01:00 | 2026-03-10T23:00+01:00 | 2026-03-11T01:00+01:00
      Maintenance on Tuesday 14 July from 10:00 to 12:00 SAST/CEST. | 2026-07-10T14:00+02:00 | 2026-07-14T10:00+02:00 | 2026-07-14T12:00+02:00
      # a zone whose date is still yesterday: Amsterdam's today, as a writer here means it
      Today between 06:00 and 08:00 UTC the Search API will be unavailable due to maintenance. | 2026-05-21T00:30+02:00 | 2026-05-21T08:00+02:00 | 2026-05-21T10:00+02:00
      # a count with a slash is no day: tonight stays tonight
      Tonight we will perform maintenance on 2/3 nodes between 22:00 and 23:00. | 2026-05-20T14:00+02:00 | 2026-05-20T22:00+02:00 | 2026-05-20T23:00+02:00
      On Saturday 12 December from 10:00 to 16:00 AEST/AEDT. | 2026-11-20T10:00+01:00 | 2026-12-12T00:00+01:00 | 2026-12-12T06:00+01:00
      # hours without minutes, a range's end with its zone: clock times, not the date 22 February
      "Date: 2026-03-18 (week 12)\nTime: between 22-02 CET\nImpact: the service will be down." | 2026-03-10T14:00+01:00 | 2026-03-18T22:00+01:00 | 2026-03-19T02:00+01:00
      On 2026-07-08 the API is down 8-10 CEST. | 2026-07-01T14:00+02:00 | 2026-07-08T08:00+02:00 | 2026-07-08T10:00+02:00
      # labelled lines as planning tools print them, seconds and all
      "Wijziging: W2602 033\nGeplande start: 07-03-2026 08:00\nGeplande einde: 07-03-2026 12:00\nImpact: Klein" | 2026-02-16T10:12+01:00 | 2026-03-07T08:00+01:00 | 2026-03-07T12:00+01:00
      "Planned start date: 2026-03-10 19:30:00 CET\nPlanned end date: 2026-03-10 22:30:00 CET\nBusiness impact: KVK API not available" | 2026-03-05T15:45+01:00 | 2026-03-10T19:30+01:00 | 2026-03-10T22:30+01:00
      "Planned start date: 2026-02-07 08:00:00 CET\nExpected duration: 4 hours" | 2026-01-19T11:30+01:00 | 2026-02-07T08:00+01:00 | 2026-02-07T12:00+01:00
      "New planned start date: 10-10-2026 22:00 CEST\nNew planned end date: 11-10-2026 01:00 CEST" | 2026-09-30T16:40+02:00 | 2026-10-10T22:00+02:00 | 2026-10-11T01:00+02:00
      "The maintenance has been postponed.\nOld planned start date: 2026-03-10 19:30:00 CET\nOld planned end date: 2026-03-10 22:30:00 CET\nNew planned start date: 2026-03-17 19:30:00 CET\nNew planned end date: 2026-03-17 22:30:00 CET" | 2026-03-09T10:00+01:00 | 2026-03-17T19:30+01:00 | 2026-03-17T22:30+01:00
      "Planned start date: 2026-03-10 19:30:00 CET\nPlanned end date: 2026-03-10 22:30:00." | 2026-03-05T15:45+01:00 | 2026-03-10T19:30+01:00 | 2026-03-10T22:30+01:00
      # German "ist" after a time is no zone
      # East Asian dates ("2026/04/15 (Wed)", "2026.04.11"), "~" between times, their zones
      "\u25A0Date and time\n2026/04/15 (Wed) 22:00-24:00 JST\n\n\u25A0Target\nKVK API" | 2026-03-27T03:00+01:00 | 2026-04-15T15:00+02:00 | 2026-04-15T17:00+02:00
      "- Date : 2026.04.11 (Sat) 15:00 ~ 19:00 KST\n- Target : KVK Mutatieservice" | 2026-03-20T06:00+01:00 | 2026-04-11T08:00+02:00 | 2026-04-11T12:00+02:00
      KVK API maintenance window: Mar. 29 (Sun) 08:00-10:00 Taipei time (UTC+8). | 2026-03-06T08:00+01:00 | 2026-03-29T01:00+01:00 | 2026-03-29T04:00+02:00
      Maintenance on Thursday 12 March from 22:00 to 23:30 HKT. | 2026-03-02T10:00+01:00 | 2026-03-12T15:00+01:00 | 2026-03-12T16:30+01:00
      Op donderdag 12 maart van 10:00 tot 12:00 uur Curaçao-tijd is de KVK API niet beschikbaar. | 2026-03-02T10:00+01:00 | 2026-03-12T15:00+01:00 | 2026-03-12T17:00+01:00
      Wartung KVK API am 14.03.2026, 22:00 - 23:00 ist die API nicht erreichbar. | 2026-03-10T14:00+01:00 | 2026-03-14T22:00+01:00 | 2026-03-14T23:00+01:00
      # a day's time in brackets after it, or a time's day in brackets after it
      Kindly read the date as Saturday, 21st March 2026 (23:00 hrs CET) till Sunday, 22nd March 2026 (02:00 hrs CET). | 2026-02-23T09:15+01:00 | 2026-03-21T23:00+01:00 | 2026-03-22T02:00+01:00
      Revised window: 21:00 hrs CET (7th Feb) to 03:00 hrs CET (8th Feb). | 2026-02-08T00:50+01:00 | 2026-02-07T21:00+01:00 | 2026-02-08T03:00+01:00
      Het onderhoud is op zaterdag 21 maart (22:00) tot zondag 22 maart (02:00). | 2026-02-23T09:15+01:00 | 2026-03-21T22:00+01:00 | 2026-03-22T02:00+01:00
      # the same moment in another zone, in brackets
      The API is down from Wednesday 13 May 23:00 CEST (21:00 UTC) until Thursday 14 May 09:00 CEST (07:00 UTC). | 2026-04-20T11:00+02:00 | 2026-05-13T23:00+02:00 | 2026-05-14T09:00+02:00
      """)
  void zones(String text, String anchor, String start, String end) {
    assertWindow(text, anchor, start, end);
  }

  /**
   * Hours as Spanish writers put them ("22hs", "9.30hs"), an evening's end said aloud ("van 19:00
   * tot half 9"), a start "rond"/"around" with a length, "aprox.", and a length that is a
   * sentence of its own a few sentences on.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      We inform that KVK will do maintenance works in the KVK API the Saturday 14th of March of 2026, from 22hs to 02hs (CET). | 2026-02-20T11:00+01:00 | 2026-03-14T22:00+01:00 | 2026-03-15T02:00+01:00
      KVK will do a maintenance in the API the Saturday 12th of December from 7hs to 13hs. | 2026-11-20T16:40+01:00 | 2026-12-12T07:00+01:00 | 2026-12-12T13:00+01:00
      Maintenance on Sunday 07/06/2026 from 9.30hs to 11.30 hs. | 2026-05-25T18:05+02:00 | 2026-06-07T09:30+02:00 | 2026-06-07T11:30+02:00
      KVK planned a maintenance of the Dataservice from Thursday 24/12 at 21hs until Friday 25/12 at 09hs. | 2026-11-26T10:15+01:00 | 2026-12-24T21:00+01:00 | 2026-12-25T09:00+01:00
      # "half 9" after an evening's start is that evening, unless a morning or a night is named
      Op dinsdag 3 november van 19:00 tot half 9 onderhoud. | 2026-11-01T15:10+01:00 | 2026-11-03T19:00+01:00 | 2026-11-03T20:30+01:00
      On Tuesday 3 November from 19:00 to 20:30. | 2026-11-01T15:10+01:00 | 2026-11-03T19:00+01:00 | 2026-11-03T20:30+01:00
      Op dinsdag 3 november van 19:00 tot half 9 morgenochtend onderhoud. | 2026-11-01T15:10+01:00 | 2026-11-03T19:00+01:00 | 2026-11-04T08:30+01:00
      Op dinsdag 3 november van 22:00 tot half 9 onderhoud. | 2026-11-01T15:10+01:00 | 2026-11-03T22:00+01:00 | 2026-11-04T08:30+01:00
      Op dinsdag 3 november van 9:00 tot half 11 onderhoud. | 2026-11-01T15:10+01:00 | 2026-11-03T09:00+01:00 | 2026-11-03T10:30+01:00
      # Eastern Europe's clock, as Polish, Romanian and Ukrainian vendors write it; "eet" in Dutch is no zone
      On Saturday 12.12.2026 from 9:00 to 13:00 EET KVK will do planned maintenance. | 2026-11-26T14:00+01:00 | 2026-12-12T08:00+01:00 | 2026-12-12T12:00+01:00
      Works are planned on 22.09.2026 from 23:00 till 01:00 (EEST). | 2026-09-01T09:30+02:00 | 2026-09-22T22:00+02:00 | 2026-09-23T00:00+02:00
      Op zaterdag 12 december 2026 van 9:00 tot 13:00 eet het team samen. | 2026-11-26T14:00+01:00 | 2026-12-12T09:00+01:00 | 2026-12-12T13:00+01:00
      VAN 9:00 TOT 13:00 EET HET TEAM SAMEN OP ZATERDAG 12 DECEMBER 2026. | 2026-11-26T14:00+01:00 | 2026-12-12T09:00+01:00 | 2026-12-12T13:00+01:00
      # Brasília's and Lisbon's clocks; WEST before a hyphen is a region
      KVK scheduled a maintenance for Saturday 12/12, from 03:00 to 07:00 (Brasília time). | 2026-11-24T14:00+01:00 | 2026-12-12T07:00+01:00 | 2026-12-12T11:00+01:00
      Maintenance on Thursday 14 May, from 09:00 to 11:00 (Lisbon time). | 2026-04-22T10:00+02:00 | 2026-05-14T10:00+02:00 | 2026-05-14T12:00+02:00
      Op donderdag 16 juli van 22:00 tot 23:00 WEST-Nederland: geen levering. | 2026-07-01T10:00+02:00 | 2026-07-16T22:00+02:00 | 2026-07-16T23:00+02:00
      Op 14 juni 2026 tussen 08:00 en 10:00 BRT en KVK API niet beschikbaar. | 2026-06-10T11:00+02:00 | 2026-06-14T08:00+02:00 | 2026-06-14T10:00+02:00
      # Turkey's and Israel's clocks (TRT and IDT +03:00; IST before words of Israel +02:00), Greece's by name
      KVK will perform maintenance on the KVK API on 14.03.2026 (Saturday) between 10:00 and 14:00 TRT. | 2026-02-20T10:15+01:00 | 2026-03-14T08:00+01:00 | 2026-03-14T12:00+01:00
      KVK will do maintenance on the KVK API on Tuesday 09/06/2026 between 11:00 and 13:00 IDT. | 2026-05-28T12:00+02:00 | 2026-06-09T10:00+02:00 | 2026-06-09T12:00+02:00
      The KVK Mutatieservice will be unavailable from Thursday Dec 24th 23:00 until Sunday Dec 27th 21:00 Israel time (IST). | 2026-11-23T10:00+01:00 | 2026-12-24T22:00+01:00 | 2026-12-27T20:00+01:00
      Maintenance on Thursday 24 December 2026 from 23:00 IST (Israel) until 02:00. | 2026-11-23T10:00+01:00 | 2026-12-24T22:00+01:00 | 2026-12-25T01:00+01:00
      On Thursday 15/10/2026 between 19:00 and 23:00 (Greek time, EEST) KVK will upgrade the platform. | 2026-09-28T16:00+02:00 | 2026-10-15T18:00+02:00 | 2026-10-15T22:00+02:00
      Onderhoud op zaterdag 14 maart 2026 van 10:00 tot 14:00 Turkse tijd. | 2026-02-20T10:15+01:00 | 2026-03-14T08:00+01:00 | 2026-03-14T12:00+01:00
      # a part of the day before its hour; a bracket with two hours in it
      KVK heeft onderhoud aan de KVK Mutatieservice gepland op ma 4 januari vanaf 's avonds 9 uur. Het duurt naar verwachting drie uur. | 2026-11-26T21:15+01:00 | 2027-01-04T21:00+01:00 | 2027-01-05T00:00+01:00
      Onderhoud op ma 4 januari 's avonds 9 uur tot 11 uur. | 2026-11-26T21:15+01:00 | 2027-01-04T21:00+01:00 | 2027-01-04T23:00+01:00
      Het onderhoud is een week naar voren gehaald, het is nu al a.s. zaterdag 14-3, zelfde tijden (7 tot 11 uur). | 2026-03-09T20:15+01:00 | 2026-03-14T07:00+01:00 | 2026-03-14T11:00+01:00
      # an evening's start carries to a later end, not to one of the night or an earlier hour; "tot 12 uur" after it is midnight
      Vrijdag 13 juni 2025 van 10 uur 's avonds tot 1 uur 's nachts onderhoud aan de KVK API. | 2025-06-11T10:00+02:00 | 2025-06-13T22:00+02:00 | 2025-06-14T01:00+02:00
      Vrijdag 13 juni 2025 's avonds 10 uur tot 's nachts 2 uur onderhoud aan de KVK API. | 2025-06-11T10:00+02:00 | 2025-06-13T22:00+02:00 | 2025-06-14T02:00+02:00
      Vrijdag 13 juni 2025 van 10 uur 's avonds tot 2 uur onderhoud aan de KVK API. | 2025-06-11T10:00+02:00 | 2025-06-13T22:00+02:00 | 2025-06-14T02:00+02:00
      Vrijdag 13 juni 2025 des avonds 10 uur tot 12 uur onderhoud aan de KVK API. | 2025-06-11T10:00+02:00 | 2025-06-13T22:00+02:00 | 2025-06-14T00:00+02:00
      # Israel's wall clock in summer after "IST (Israel time)" or "(Tel Aviv time)"; a hyphen makes a compound, no zone
      Maintenance from 21:00 to 23:00 IST (Israel time) on 19 July 2025. | 2025-07-10T10:00+02:00 | 2025-07-19T20:00+02:00 | 2025-07-19T22:00+02:00
      Maintenance from 21:00 to 23:00 IST (Tel Aviv time) on 19 July 2025. | 2025-07-10T10:00+02:00 | 2025-07-19T20:00+02:00 | 2025-07-19T22:00+02:00
      Op 19 juli 2025 van 10:00 tot 12:00 IDT-koppeling onderhoud. | 2025-07-10T10:00+02:00 | 2025-07-19T10:00+02:00 | 2025-07-19T12:00+02:00
      # West and East Africa's, the Gulf's and Pakistan's clocks, hours written without a colon, "five (5) hours", "commence by"
      KVK Dataservice will undergo maintenance in the night of Tuesday 9th to Wednesday 10th June, 2026 from 2300hrs to 0300hrs EAT. | 2026-05-20T10:00+02:00 | 2026-06-09T22:00+02:00 | 2026-06-10T02:00+02:00
      KVK will perform a maintenance on Thursday, 1st October 2026 between 9:00 PM and 12:00 AM GST. | 2026-09-10T10:00+02:00 | 2026-10-01T19:00+02:00 | 2026-10-01T22:00+02:00
      The exercise will commence by 9pm WAT on Friday 27th March, 2026 and is expected to last for five (5) hours. | 2026-03-20T10:00+01:00 | 2026-03-27T21:00+01:00 | 2026-03-28T02:00+01:00
      KVK will carry out maintenance on Wednesday 15th April 2026 from 1800hrs to 2300hrs Netherlands time. | 2026-04-08T10:00+02:00 | 2026-04-15T18:00+02:00 | 2026-04-15T23:00+02:00
      An urgent maintenance on the KVK Dataservice, starting 02:00 PKT tonight (night between 16th and 17th July) for approx 45mins. | 2026-07-16T12:00+02:00 | 2026-07-16T23:00+02:00 | 2026-07-16T23:45+02:00
      KVK heeft onderhoud aan de KVK Mutatieservice gepland op do. 11 dec. vanaf 22:00u, duur ca. 2u. | 2025-12-01T10:00+01:00 | 2025-12-11T22:00+01:00 | 2025-12-12T00:00+01:00
      KVK will perform maintenance on Saturday 14 March 2026 from 10:00 to 12:00 Cairo time. | 2026-03-01T10:00+01:00 | 2026-03-14T09:00+01:00 | 2026-03-14T11:00+01:00
      # Southeast Asia's clocks: PHT, MYT (+08:00), WIB (+07:00), "Bangkok time", "Manila time"
      KVK will have a system maintenance on the KVK API on April 22, 2026 (Wednesday) from 4:00 AM to 8:00 AM PHT. | 2026-04-14T10:00+02:00 | 2026-04-21T22:00+02:00 | 2026-04-22T02:00+02:00
      Maintenance activity for KVK Dataservice on Saturday, 17 October 2026, 14.00 until 17.00 WIB. | 2026-10-01T10:00+02:00 | 2026-10-17T09:00+02:00 | 2026-10-17T12:00+02:00
      New schedule: 20 June 2026 (Saturday), 11:00 - 15:00 Bangkok time. | 2026-06-05T10:00+02:00 | 2026-06-20T06:00+02:00 | 2026-06-20T10:00+02:00
      # WIB as a system's name (next line, hyphen, capitals, "en"), "Indonesian time tracking": Amsterdam's clock
      "Onderhoud KVK API op woensdag 10 juni 2026 22:00-23:00\nWIB-koppeling en KVK API zijn niet beschikbaar." | 2026-06-03T10:00+02:00 | 2026-06-10T22:00+02:00 | 2026-06-10T23:00+02:00
      ONDERHOUD OP 10 JUNI 2026 VAN 22:00 TOT 23:00 WIB KOPPELING IS NIET BESCHIKBAAR. | 2026-06-03T10:00+02:00 | 2026-06-10T22:00+02:00 | 2026-06-10T23:00+02:00
      Op 10 juni 2026 van 22:00 tot 23:00 WIB en KVK API niet beschikbaar. | 2026-06-03T10:00+02:00 | 2026-06-10T22:00+02:00 | 2026-06-10T23:00+02:00
      On 10 June 2026 from 22:00 to 23:00 Indonesian time tracking and KVK API lookups will be unavailable. | 2026-06-03T10:00+02:00 | 2026-06-10T22:00+02:00 | 2026-06-10T23:00+02:00
      # in a text in capitals WAT is Dutch
      ZATERDAG 14 MAART 2026 VAN 10:00 TOT 12:00 WAT ER OOK GEBEURT: DE KVK API IS NIET BESCHIKBAAR. | 2026-03-01T10:00+01:00 | 2026-03-14T10:00+01:00 | 2026-03-14T12:00+01:00
      # WAT and EAT as a notice's headings, GST the tax, a year before a zone, a count of hours, "2u30": none of them clocks
      "Onderhoud KVK API\nWANNEER: woensdag 10 juni 2026 22:00 - 23:00\nWAT: de KVK API is niet beschikbaar" | 2026-06-03T10:00+02:00 | 2026-06-10T22:00+02:00 | 2026-06-10T23:00+02:00
      Woensdag 10 juni 2026 22:00-23:00 WAT U MOET WETEN: de KVK API is niet beschikbaar. | 2026-06-03T10:00+02:00 | 2026-06-10T22:00+02:00 | 2026-06-10T23:00+02:00
      On 10 June 2026 from 20:00 to 22:00 GST calculation and KVK API lookups will be unavailable. | 2026-06-03T10:00+02:00 | 2026-06-10T20:00+02:00 | 2026-06-10T22:00+02:00
      Op 10 juni 2026 is de KVK API vanaf 22u niet beschikbaar. | 2026-06-03T10:00+02:00 | 2026-06-10T22:00+02:00 |
      Op 10 juni 2026 vanaf 22:00. Het onderhoud duurt 2u30. | 2026-06-03T10:00+02:00 | 2026-06-10T22:00+02:00 |
      # a length something else had is not the window's
      Maintenance on 14 June 2026 starting at 22:00. The previous maintenance had a duration of about 20 minutes. | 2026-06-10T11:00+02:00 | 2026-06-14T22:00+02:00 |
      # the hour sign before a time, "on date", "with a duration of", as Italian and Portuguese writers put them
      We inform you that on date 14/03/2026 from h 22.00 to h 02.00 KVK will execute an intervention of maintenance on the KVK API. | 2026-02-25T16:30+01:00 | 2026-03-14T22:00+01:00 | 2026-03-15T02:00+01:00
      We inform you that in the night between Tuesday 20 and Wednesday 21 October, from h 23 to h 03, KVK will do a maintenance of the KVK API. | 2026-10-01T17:15+02:00 | 2026-10-20T23:00+02:00 | 2026-10-21T03:00+02:00
      KVK will execute an emergency maintenance on the KVK Mutatieservice this evening from 19:00 UTC, with a duration of approximately 45 minutes. | 2025-12-17T18:40+01:00 | 2025-12-17T20:00+01:00 | 2025-12-17T20:45+01:00
      # a weekday in brackets after a day and month; a night's two days before one month; "Aanvang te"; "3 h."
      Works are planned on 10.12 (Thursday) from 18:00 till 22:00 CET. | 2026-11-23T12:30+01:00 | 2026-12-10T18:00+01:00 | 2026-12-10T22:00+01:00
      Onderhoud op 10-12 (do) van 18:00 tot 22:00. | 2026-11-23T12:30+01:00 | 2026-12-10T18:00+01:00 | 2026-12-10T22:00+01:00
      Technical works on 14/15.03.2026 from 22:00 till 02:00 (CET). | 2026-02-23T10:00+01:00 | 2026-03-14T22:00+01:00 | 2026-03-15T02:00+01:00
      KVK plans technical works in the night from Saturday to Sunday 14/15.03.2026 from 22:00 till 02:00 (CET). | 2026-02-23T10:00+01:00 | 2026-03-14T22:00+01:00 | 2026-03-15T02:00+01:00
      In de nacht van 14/15.03.2026 van 22:00 tot 02:00 uur voeren wij onderhoud uit aan de KVK API. | 2026-02-23T10:00+01:00 | 2026-03-14T22:00+01:00 | 2026-03-15T02:00+01:00
      Onderhoud op 16 juli vanaf 22:00 uur. Geschatte duur: 3 h. 15 min. | 2026-07-01T10:00+02:00 | 2026-07-16T22:00+02:00 | 2026-07-17T01:15+02:00
      Op zondag 1 februari a.s. verricht de KVK onderhoud aan de KVK Dataservice. Aanvang te 06.00 uur; de werkzaamheden duren naar verwachting circa drie uur. | 2026-01-16T13:40+01:00 | 2026-02-01T06:00+01:00 | 2026-02-01T09:00+01:00
      De KVK verricht op zaterdag 3 oktober a.s. onderhoud aan het Basisprofiel. Aanvang te 20.00 uur. De duur is thans nog niet bekend. | 2026-09-14T11:25+02:00 | 2026-10-03T20:00+02:00 |
      On 16.07.2026 r. at 22:00 CEST starts planned maintenance of KVK Dataservice. Expected duration ca. 3 h. | 2026-06-29T15:00+02:00 | 2026-07-16T22:00+02:00 | 2026-07-17T01:00+02:00
      # a start "rond", "om ongeveer", "around" with a length
      Onderhoud op zaterdag 14 maart rond 12u, duurt ongeveer een half uur. | 2026-03-09T11:20+01:00 | 2026-03-14T12:00+01:00 | 2026-03-14T12:30+01:00
      Onderhoud op zaterdag 14 maart om ongeveer 12u. Duurt ongeveer een half uur. | 2026-03-09T11:20+01:00 | 2026-03-14T12:00+01:00 | 2026-03-14T12:30+01:00
      Maintenance on Saturday 14 March around 12:00, it takes about half an hour. | 2026-03-09T11:20+01:00 | 2026-03-14T12:00+01:00 | 2026-03-14T12:30+01:00
      KVK will do maintenance on the KVK API the Sunday 07/06/2026 starting at 8:00 CEST. Duration aprox. 3 hours. | 2026-05-25T18:05+02:00 | 2026-06-07T08:00+02:00 | 2026-06-07T11:00+02:00
      # the length as a sentence of its own, two sentences on, nothing dated between
      "Onderhoud op zaterdag 14 maart om 12u.\nKVK past een update toe. De API blijft beschikbaar. Duurt ongeveer een half uur." | 2026-03-09T11:20+01:00 | 2026-03-14T12:00+01:00 | 2026-03-14T12:30+01:00
      Op 14 maart rond 12:00 voeren wij spoedonderhoud uit. De API blijft beschikbaar. Het onderhoud duurt ongeveer een half uur. | 2026-03-10T09:00+01:00 | 2026-03-14T12:00+01:00 | 2026-03-14T12:30+01:00
      # a length that is something else's leaves the end open
      Op 14 maart vanaf 18:00 uur voeren we onderhoud uit. De API is dan niet beschikbaar. Wij houden u op de hoogte. Duurt het langer dan 30 minuten, dan sturen wij een extra bericht. | 2026-03-10T09:00+01:00 | 2026-03-14T18:00+01:00 |
      On 14 March from 22:00 CET we migrate the KVK Dataservice. The Dataservice is unavailable. For 2 hours after the migration, downloads may be slower. | 2026-03-10T09:00+01:00 | 2026-03-14T22:00+01:00 |
      # an end with its own day keeps its morning
      De migratie duurt van vrijdag 13 maart 17:00 uur tot maandag 16 maart kwart over 8. | 2026-03-05T09:00+01:00 | 2026-03-13T17:00+01:00 | 2026-03-16T08:15+01:00
      """)
  void writersHoursAndLengths(String text, String anchor, String start, String end) {
    assertWindow(text, anchor, start, end);
  }

  /** A start "rond"/"om" with no length or end of its own: no window. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Onderhoud op zaterdag 14 maart, rond 12u sturen we een update. | 2026-03-09T11:20+01:00
      On Saturday 13 June 2026 the KVK API is unavailable that day. This reduces yearly downtime from 1200 hours to 300 hours. | 2026-06-03T10:00+02:00
      # what users must do by a time is no start of the work
      On 10 June 2026 users must commence by 21:00 to log out. | 2026-06-03T10:00+02:00
      # two hours in a bracket that are a length
      Zaterdag 14 juni 2025 voeren we onderhoud uit. Dit duurt naar verwachting enkele uren (2 tot 3 uur). De KVK API is dan niet bereikbaar. | 2025-06-11T10:00+02:00
      # a day between the start and the length, or a length that is something else's
      "Onderhoud op zaterdag 14 maart om 12u.\nKVK past een update toe. Op zondag volgt een controle. Duurt ongeveer een half uur." | 2026-03-09T11:20+01:00
      "Onderhoud op zaterdag 14 maart om 12u.\nKVK past een update toe. Een volledige download duurt ongeveer een half uur." | 2026-03-09T11:20+01:00
      Op 14 maart rond 12:00 uur herstarten wij de KVK API voor onderhoud. Daarna worden de gemiste verzoeken opnieuw verwerkt. Duurt in totaal ongeveer 4 uur. | 2026-03-10T09:00+01:00
      # "rond" a time in a sentence not about the work; "since" with a length and no end
      Op 14 maart rond 14:00 zet onze ontwikkelaar een fix live, duurt ongeveer een kwartier. | 2026-03-10T09:00+01:00
      # a weekday in brackets that is not the date's: which one is meant?
      Works are planned on 10.12 (Friday) from 18:00 till 22:00 CET. | 2026-11-23T12:30+01:00
      Vannacht is het onderhoud aan de KVK API uitgelopen. Sinds 06:00 is de API weer beschikbaar. Het wegwerken van de achterstand duurt nog ongeveer 2 uur. | 2026-03-10T09:00+01:00
      Maintenance of the KVK API ran late. Since 06:00 CET the API is available again. Processing the backlog will take about 2 hours. | 2026-03-10T09:00+01:00
      """)
  void aWeakStartWithoutItsLength(String text, String anchor) {
    assertThat(window(text, anchor)).as(text).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      In de nacht van zaterdag 28 op zondag 29 maart 2026 van 01:00 tot 04:00 uur. | 2026-03-10T10:00+01:00 | 2026-03-29T01:00+01:00 | 2026-03-29T04:00+02:00 | PT2H
      In de nacht van zaterdag 24 op zondag 25 oktober 2026 van 01:00 tot 04:00 uur. | 2026-10-01T10:00+02:00 | 2026-10-25T01:00+02:00 | 2026-10-25T04:00+01:00 | PT4H
      Op zondag 29 maart 2026 van 02.30 tot 04.00 uur. | 2026-03-10T10:00+01:00 | 2026-03-29T03:30+02:00 | 2026-03-29T04:00+02:00 | PT30M
      Op zondag 25 oktober 2026 van 02.30 tot 04.00 uur. | 2026-10-01T10:00+02:00 | 2026-10-25T02:30+02:00 | 2026-10-25T04:00+01:00 | PT2H30M
      # each end in the zone its own clock shows that night
      New window: the night of Saturday 28 into Sunday 29 March, 22.00 CET to 04.00 CEST. | 2026-02-17T16:45+01:00 | 2026-03-28T22:00+01:00 | 2026-03-29T04:00+02:00 | PT5H
      In de nacht van zaterdag 24 op zondag 25 oktober van 22.00 CEST tot 05.00 CET. | 2026-10-01T10:00+02:00 | 2026-10-24T22:00+02:00 | 2026-10-25T05:00+01:00 | PT8H
      """)
  void theTwoDaylightSavingNights(String text, String anchor, String start, String end,
      String length) {
    Window w = assertWindow(text, anchor, start, end);
    assertThat(Duration.between(w.start(), w.end())).isEqualTo(Duration.parse(length));
  }

  // ---------------------------------------------------------------------------- 8. years

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Op 7 juni van 07.00 tot 11.00 uur. | 2026-06-10T10:00+02:00 | 2027-06-07T07:00+02:00 | 2027-06-07T11:00+02:00
      Op 7 juni van 07.00 tot 11.00 uur. | 2026-06-07T06:00+02:00 | 2026-06-07T07:00+02:00 | 2026-06-07T11:00+02:00
      Op 20 mei van 20.00 tot 22.00 uur. | 2026-05-20T14:05+02:00 | 2026-05-20T20:00+02:00 | 2026-05-20T22:00+02:00
      Op 2 januari van 20.00 tot 22.00 uur. | 2026-12-20T10:00+01:00 | 2027-01-02T20:00+01:00 | 2027-01-02T22:00+01:00
      # the day before the anchor is this year's: said during a night's work that began then
      It now runs from 20:00 UTC (June 21) until 06:00 UTC (June 22). | 2026-06-22T01:40+02:00 | 2026-06-21T20:00Z | 2026-06-22T06:00Z
      Op 5 juni van 20.00 tot 22.00 uur. | 2026-06-07T10:00+02:00 | 2027-06-05T20:00+02:00 | 2027-06-05T22:00+02:00
      """)
  void yearsFromTheAnchor(String text, String anchor, String start, String end) {
    assertWindow(text, anchor, start, end);
  }

  @Test
  void windowEvidenceIsTheExactWords() {
    assertThat(window("Onderhoud KVK Dataservice op zo 7-6 van 07.00 tot 11.00 uur.", WED)
        .orElseThrow().evidence()).isEqualTo("zo 7-6 van 07.00 tot 11.00 uur");
    assertThat(window("Van vrijdag 12 juni 22.00 uur tot zaterdag 13 juni 06.00 uur is de API "
        + "niet beschikbaar.", WED).orElseThrow().evidence())
        .isEqualTo("Van vrijdag 12 juni 22.00 uur tot zaterdag 13 juni 06.00 uur");
    assertThat(window("Op zondag 7 juni vanaf 07.00 uur. Het onderhoud duurt anderhalf uur.", WED)
        .orElseThrow().evidence())
        .isEqualTo("zondag 7 juni vanaf 07.00 uur. Het onderhoud duurt anderhalf uur");
  }

  // ----------------------------------------------------------------- windows: refusals

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Wij hebben 10-12 medewerkers van 08:00 tot 12:00 uur ingezet. | 2026-05-20T14:05+02:00
      Wij hebben 10-12 medewerkers ingezet. Van 08:00 tot 12:00 uur is er extra capaciteit. | 2026-05-20T14:05+02:00
      Versie 10-12 van 08:00 tot 12:00 uur. | 2026-05-20T14:05+02:00
      Versie v2.10.3 wordt van 08:00 tot 12:00 uur uitgerold. | 2026-05-20T14:05+02:00
      Op zondag 7 juni kost een bevraging \u20AC 10.50 per uur. | 2026-05-20T14:05+02:00
      Op zondag 7 juni kost een bevraging 10.50 euro. | 2026-05-20T14:05+02:00
      Op 31-02-2026 van 07.00 tot 11.00 uur is de API niet beschikbaar. | 2026-01-20T14:05+01:00
      Op zaterdag 7 juni 2026 van 07.00 tot 11.00 uur is de API niet beschikbaar. | 2026-05-20T14:05+02:00
      Op zo 7-6 van 07.00 tot 11.00 uur is de API niet beschikbaar. | 2026-06-10T10:00+02:00
      In het weekend van 13 en 14 juni van 08.00 tot 18.00 uur is de API niet beschikbaar. | 2026-05-20T14:05+02:00
      In het weekend van 12 juni is de API van zaterdag 08.00 tot zondag 18.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00
      In het weekend van 14 en 15 juni is de API van zaterdag 08.00 tot zondag 18.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00
      In de nacht van zaterdag op zondag is de API van 23.00 tot 03.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00
      In de nacht van zaterdag op maandag is de API van 23.00 tot 03.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00
      Zaterdag van 08.00 tot 12.00 uur is de API niet beschikbaar. | 2026-05-20T14:05+02:00
      Komend weekend is de API van 08.00 tot 12.00 uur niet beschikbaar. | 2026-05-20T14:05+02:00
      Komend weekend is de API van zaterdag 08.00 tot zondag 12.00 uur niet beschikbaar. | 2026-05-23T09:00+02:00
      Op zondag 7 juni om 07.00 uur en 12.00 uur. | 2026-05-20T14:05+02:00
      Op zondag 7 juni is de API om 12.00 uur weer beschikbaar. | 2026-05-20T14:05+02:00
      Op zondag 7 juni van 07:00 tot 09:00 CET (UTC+2). | 2026-05-20T14:05+02:00
      Op zondag 7 juni van 07:00 UTC tot 09:00 CEST. | 2026-05-20T14:05+02:00
      Op zondag 7 juni van 13 pm tot 14 pm. | 2026-05-20T14:05+02:00
      Op zondag 7 juni duurt het onderhoud ongeveer 2 uur. | 2026-05-20T14:05+02:00
      Op 13-14 juni van 08.00 tot 12.00 uur is de API niet beschikbaar. | 2026-05-20T14:05+02:00
      In het tweede kwartaal voeren wij van 08.00 tot 12.00 uur onderhoud uit. | 2026-05-20T14:05+02:00
      In juni voeren wij van 08.00 tot 12.00 uur onderhoud uit. | 2026-05-20T14:05+02:00
      Op vrijdag 12 juni is de helpdesk gesloten. De helpdesk is maandag tot en met vrijdag van 08.00 tot 17.00 uur bereikbaar. | 2026-05-20T14:05+02:00
      Vandaag en morgen van 08.00 tot 12.00 uur is de API traag. | 2026-05-20T14:05+02:00
      Op zondag 7 juni duurt het onderhoud tussen 1 en 2 uur. | 2026-05-20T14:05+02:00
      Op zondag 7 juni duurt het onderhoud naar verwachting tussen 1 en 2 uur. | 2026-05-20T14:05+02:00
      Op zondag 7 juni sturen wij om 10.00 uur een herinnering. | 2026-05-20T14:05+02:00
      Op zaterdag 6 juni is de API niet beschikbaar. Bel 088-5851585 van 08:00 tot 17:00 uur voor vragen. | 2026-05-20T14:05+02:00
      Op zondag 7 juni 2026 komt versie 2.10 beschikbaar; bel tussen 9 en 17 uur met vragen. | 2026-05-20T14:05+02:00
      # a fraction after "op" is no date
      Op 3/4 van de servers voeren wij onderhoud uit, tussen 6 en 8 uur 's ochtends. | 2026-05-20T14:05+02:00
      Van 22:00 tot 23:00 voeren wij onderhoud uit op 2/3 servers. | 2026-05-20T14:05+02:00
      # "o'clock" with a first hour that says no half of the day
      Maintenance on Thursday 14 May from 1 to 3 o'clock in the afternoon. | 2026-05-10T10:00+02:00
      On Thursday 14 May from 9 to 5 o'clock CET. | 2026-05-10T10:00+02:00
      # numbers, not times; a week by its number that has passed or is no "when"
      Op zondag 7 juni onderhoud. 's Avonds zijn er tussen acht en tien medewerkers aanwezig. | 2026-05-20T14:05+02:00
      Op zondag 7 juni onderhoud. 's Avonds tussen acht en tien medewerkers aanwezig. | 2026-05-20T14:05+02:00
      Op zondag 7 juni onderhoud. Tussen acht en tien servers worden vervangen. | 2026-05-20T14:05+02:00
      Maintenance on Thursday 12 March: we add capacity from ten to twelve nodes. | 2026-03-10T10:00+01:00
      Vorige week 10 storingen gehad. In de nacht van dinsdag op woensdag van 01:00 tot 03:00 onderhoud. | 2026-03-10T10:00+01:00
      We hebben in week 8 de oorzaak gevonden. In de nacht van dinsdag op woensdag van 01:00 tot 03:00 onderhoud. | 2026-03-10T10:00+01:00
      # a zone in brackets is no word between a day and its time (read as local it would be wrong)
      Start: vrijdag 13 maart (UTC) 22:00 Einde: zaterdag 14 maart (UTC) 02:00 | 2026-03-01T09:00+01:00
      # a day and month with dots at a sentence's end is a time: 10:12
      De API is niet beschikbaar van 09.00 tot 10.12. Daarna werkt alles weer. | 2026-03-01T09:00+01:00
      # lengths a dash apart are no clock times; two moments joined by "en" with "omstreeks"
      On Saturday 18 July 2026 the KVK API is unavailable for 2h - 3h. | 2026-07-16T15:30+02:00
      Op zaterdag 6 juni wordt de KVK API om 10.00 uur en rond 15.00 uur kort herstart. | 2026-06-03T10:00+02:00
      # two zones on a night: each must be the one its own end's clock shows
      New window: the night of Saturday 28 into Sunday 29 March, 22.00 CEST to 04.00 CET. | 2026-02-17T16:45+01:00
      In de nacht van zaterdag 14 op zondag 15 maart van 22.00 CET tot 04.00 CEST. | 2026-02-17T16:45+01:00
      # two days a slash apart, one after the other, are a night, not a US month and day
      Onderhoud in de nacht van 12/13, van 22:00 tot 04:00. | 2026-03-02T12:00+01:00
      # a day and month before a zone, then a time: not hours 22 to 02
      Maintenance window: 22-02 CET, 10:00-12:00. | 2026-02-10T10:00+01:00
      """)
  void noWindow(String text, String anchor) {
    assertThat(window(text, anchor)).as(text).isEmpty();
  }

  // ------------------------------------------------------------------- 9. effective dates

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Per 1 juli 2026 wijzigen de tarieven. | 2026-05-20T14:05+02:00 | 2026-07-01 | Per 1 juli 2026
      Het nieuwe berichttype komt niet op 8 juni maar op maandag 6 juli 2026. | 2026-05-20T14:05+02:00 | 2026-07-06 | op maandag 6 juli 2026
      Daarom gaat de nieuwe structuur eerder in, op maandag 15 juni 2026. | 2026-05-20T14:05+02:00 | 2026-06-15 | gaat de nieuwe structuur eerder in, op maandag 15 juni 2026
      The new field will take effect later than planned, on 3 August 2026. | 2026-05-20T14:05+02:00 | 2026-08-03 | take effect later than planned, on 3 August 2026
      Met ingang van 1 juli 2026 wijzigen de tarieven. | 2026-05-20T14:05+02:00 | 2026-07-01 | Met ingang van 1 juli 2026
      De tarieven wijzigen m.i.v. 1 juli. | 2026-05-20T14:05+02:00 | 2026-07-01 | m.i.v. 1 juli
      Vanaf 1 juli geldt een nieuw tarief. | 2026-05-20T14:05+02:00 | 2026-07-01 | Vanaf 1 juli
      Ingaande 1 juli 2026 geldt een nieuw tarief. | 2026-05-20T14:05+02:00 | 2026-07-01 | Ingaande 1 juli 2026
      As of 1 July 2026, version 1 is retired. | 2026-05-20T14:05+02:00 | 2026-07-01 | As of 1 July 2026
      Effective 1 July 2026 the tariffs change. | 2026-05-20T14:05+02:00 | 2026-07-01 | Effective 1 July 2026
      Starting 1 July 2026 the tariffs change. | 2026-05-20T14:05+02:00 | 2026-07-01 | Starting 1 July 2026
      The new tariffs apply effective June 1, 2027. | 2026-05-20T14:05+02:00 | 2027-06-01 | effective June 1, 2027
      De KVK Dataservice stopt op 1 april 2027. | 2026-05-20T14:05+02:00 | 2027-04-01 | stopt op 1 april 2027
      Op 1 januari 2027 stopt de levering van papieren uittreksels. | 2026-05-20T14:05+02:00 | 2027-01-01 | Op 1 januari 2027 stopt
      Versie 1 wordt op 1 maart vervangen door versie 2. | 2026-05-20T14:05+02:00 | 2027-03-01 | op 1 maart vervangen
      Daarom stoppen wij per 31-12-2026 met de oude koppeling. | 2026-05-20T14:05+02:00 | 2026-12-31 | per 31-12-2026
      Na 31 maart 2027 worden er geen signalen meer geleverd. | 2026-05-20T14:05+02:00 | 2027-03-31 | Na 31 maart 2027
      From 1 June 2027 the old endpoint will no longer be available. | 2026-05-20T14:05+02:00 | 2027-06-01 | From 1 June 2027
      Version 1 will be retired on 1 June 2027. | 2026-05-20T14:05+02:00 | 2027-06-01 | retired on 1 June 2027
      "Zoeken v1 is deprecated as of today and will be switched off on its sunset date, March 1, 2027." | 2026-03-03T10:00+01:00 | 2027-03-01 | "switched off on its sunset date, March 1, 2027"
      Het oude endpoint wordt uitgezet op 1 september 2026. | 2026-05-20T14:05+02:00 | 2026-09-01 | uitgezet op 1 september 2026
      De nieuwe tarieven gaan in op 1 januari 2027. | 2026-05-20T14:05+02:00 | 2027-01-01 | gaan in op 1 januari 2027
      Het nieuwe tarief geldt vanaf 1 januari 2027. | 2026-05-20T14:05+02:00 | 2027-01-01 | vanaf 1 januari 2027
      The change takes effect on 1 July 2026. | 2026-05-20T14:05+02:00 | 2026-07-01 | takes effect on 1 July 2026
      Vanaf zaterdag 4 juli 2026 geldt een nieuw certificaat. | 2026-05-20T14:05+02:00 | 2026-07-04 | Vanaf zaterdag 4 juli 2026
      Per 1 juli wijzigen de tarieven. | 2026-07-02T10:00+02:00 | 2027-07-01 | Per 1 juli
      Op 10 mei hebben wij aangekondigd dat versie 1 per 1 juli 2026 vervalt. | 2026-05-20T14:05+02:00 | 2026-07-01 | per 1 juli 2026
      Based on your feedback we have postponed the retirement of Zoeken v1 to 1 April 2026. | 2025-11-10T11:00+01:00 | 2026-04-01 | postponed the retirement of Zoeken v1 to 1 April 2026
      Het veld wordt al op 20 april 2026 toegevoegd in plaats van op 1 mei. | 2026-02-20T14:00+01:00 | 2026-04-20 | op 20 april 2026 toegevoegd
      Correctie: de ingangsdatum is niet 1 april maar 1 maart 2026. | 2025-11-03T14:30+01:00 | 2026-03-01 | maar 1 maart 2026
      Update: de wijziging wordt eerder doorgevoerd, op 16 februari 2026 in plaats van 2 maart 2026. | 2026-01-08T15:30+01:00 | 2026-02-16 | doorgevoerd, op 16 februari 2026
      Let op: de wijziging gaat eerder in dan eerst gemeld, namelijk op maandag 2 maart 2026. | 2026-02-02T14:00+01:00 | 2026-03-02 | gaat eerder in dan eerst gemeld, namelijk op maandag 2 maart 2026
      Correction: the effective date is not 1 April but 1 March 2026. | 2025-11-03T14:30+01:00 | 2026-03-01 | but 1 March 2026
      We have moved the switch-off of version 1 to 1 October 2026. | 2025-09-15T11:00+02:00 | 2026-10-01 | moved the switch-off of version 1 to 1 October 2026
      Op 1 juli 2026 om 00:00 uur gaat het nieuwe tarief in. | 2026-05-20T14:05+02:00 | 2026-07-01 | Op 1 juli 2026 om 00:00 uur gaat
      De nieuwe opbouw wordt eerder ingevoerd dan gepland: al op dinsdag 1 september 2026. | 2026-05-04T10:00+02:00 | 2026-09-01 | ingevoerd dan gepland: al op dinsdag 1 september 2026
      Version 1 is deprecated. Sunset date: 1 December 2027. | 2026-05-20T14:05+02:00 | 2027-12-01 | Sunset date: 1 December 2027
      Einddatum: donderdag 1 juli 2027. Daarna werkt versie 1 niet meer. | 2026-05-20T14:05+02:00 | 2027-07-01 | Einddatum: donderdag 1 juli 2027
      Correctie: de wijziging gaat niet op 1 oktober in, maar al op dinsdag 15 september 2026. | 2026-08-20T09:00+02:00 | 2026-09-15 | op dinsdag 15 september 2026
      Per vijftien maart 2027 wijzigen de tarieven. | 2026-05-20T14:05+02:00 | 2027-03-15 | Per vijftien maart 2027
      Maart: per vijftien maart 2027 wijzigen de tarieven. | 2026-05-20T14:05+02:00 | 2027-03-15 | per vijftien maart 2027
      # a dateline that opens the text is no effective date when a cue names one
      "3 december 2026\nBeste klant, per 1 februari 2027 stopt de oude API." | 2026-11-20T10:00+01:00 | 2027-02-01 | per 1 februari 2027
      Vanaf 1 februari 2027 is de nieuwe versie beschikbaar; de preview-documentatie staat online. | 2026-11-20T10:00+01:00 | 2027-02-01 | Vanaf 1 februari 2027
      Na afloop van de overgangsperiode per 1 juli 2027 stopt versie 1. | 2026-05-20T14:05+02:00 | 2027-07-01 | per 1 juli 2027
      Vanwege nieuwe eisen vervroegen wij de ingangsdatum naar zaterdag 1 augustus 2026. | 2026-03-12T11:00+01:00 | 2026-08-01 | vervroegen wij de ingangsdatum naar zaterdag 1 augustus 2026
      Based on your feedback the final switch-off of v1 moves to Monday, March 1, 2027. The brownouts on November 2 go ahead. | 2026-09-10T14:00+02:00 | 2027-03-01 | moves to Monday, March 1, 2027
      De uitfasering van v1 schuift op naar maandag 1 maart 2027. | 2026-09-10T14:00+02:00 | 2027-03-01 | schuift op naar maandag 1 maart 2027
      Correctie: de wijziging gaat niet in per 15-12-2026 maar per 8-12-2026. | 2026-11-12T13:30+01:00 | 2026-12-08 | per 8-12-2026
      KVK API Basisprofiel v1 reaches end of life (EOL) on 30 June 2027. | 2026-09-01T10:00+02:00 | 2027-06-30 | reaches end of life (EOL) on 30 June 2027
      # a month's first business day: 1 April 2024 was Easter Monday, 1 January 2027 is New Year's Day
      Vanaf de eerste werkdag van april gaan de tarieven omhoog. | 2026-02-16T09:00+01:00 | 2026-04-01 | Vanaf de eerste werkdag van april
      From the first business day of April 2024 the old endpoint is switched off. | 2023-11-01T09:00+01:00 | 2024-04-02 | From the first business day of April 2024
      Per de eerste werkdag van januari wijzigt het tarief (nu € 0,03). | 2026-02-16T09:00+01:00 | 2027-01-04 | Per de eerste werkdag van januari
      Wij verplaatsen de overstap naar maandag 5 oktober 2026. | 2026-05-20T14:05+02:00 | 2026-10-05 | verplaatsen de overstap naar maandag 5 oktober 2026
      # a date that opens the text, without "op"; 21 May 2026 is a Thursday
      Do 21/5 passen we de volgorde van de velden aan. | 2026-05-11T09:30+02:00 | 2026-05-21 | Do 21/5
      Na de overgangsperiode per 1 juli 2027 stopt versie 1. | 2026-05-20T14:05+02:00 | 2027-07-01 | per 1 juli 2027
      "Effective from: 01.02.2027\n\nVersion 1 of the Zoeken endpoint will be switched off." | 2026-02-03T09:00+01:00 | 2027-02-01 | Effective from: 01.02.2027
      Op verzoek van gemeenten verschuiven wij de uitfaseringsdatum van 1 maart 2027 naar 1 juli 2027. | 2026-09-10T11:30+02:00 | 2027-07-01 | verschuiven wij de uitfaseringsdatum van 1 maart 2027 naar 1 juli 2027
      The change goes live in production on Tuesday 8 September 2026, not on 14 September. | 2026-03-16T09:45+01:00 | 2026-09-08 | goes live in production on Tuesday 8 September 2026
      # a timeline's entry of the switch-off, not its milestones; also with the feed's lines run together
      "Timeline\n- 13 January 2026: v2 generally available\n- 1 July 2026: v1 frozen\n- 31 January 2027: v1 switched off; calls return HTTP 410" | 2026-01-13T11:00+01:00 | 2027-01-31 | 31 January 2027: v1 switched off
      Timeline - 13 January 2026: v2 generally available - 1 July 2026: v1 frozen - 31 January 2027: v1 switched off | 2026-01-13T11:00+01:00 | 2027-01-31 | 31 January 2027: v1 switched off
      "Planning:\n1 juli 2026: versie 1 bevroren\n31 januari 2027 \u2013 versie 1 wordt uitgezet" | 2026-01-13T11:00+01:00 | 2027-01-31 | 31 januari 2027 \u2013 versie 1 wordt uitgezet
      # not an entry that denies it, a transition period's start, or an entry already past
      "Timeline\n- 1 July 2026: v1 will not be switched off yet\n- 31 January 2027: v1 switched off" | 2026-01-13T11:00+01:00 | 2027-01-31 | 31 January 2027: v1 switched off
      "1 juli 2026: versie 1 wordt nog niet uitgezet\n31 januari 2027: versie 1 wordt uitgezet" | 2026-01-13T11:00+01:00 | 2027-01-31 | 31 januari 2027: versie 1 wordt uitgezet
      "- 1 juli 2026: overgangsperiode gaat in\n- 31 januari 2027: versie 1 uitgezet" | 2026-01-13T11:00+01:00 | 2027-01-31 | 31 januari 2027: versie 1 uitgezet
      "- 1 June 2025: v0 switched off\n- 31 January 2027: v1 switched off" | 2026-01-13T11:00+01:00 | 2027-01-31 | 31 January 2027: v1 switched off
      Version 2 will be replaced by version 3. End of support is 31/03/2027. | 2026-03-10T11:00+01:00 | 2027-03-31 | End of support is 31/03/2027
      End-of-life date: 1 July 2027. | 2026-03-10T11:00+01:00 | 2027-07-01 | End-of-life date: 1 July 2027
      # a day-month in digits without a year, right after "per", "m.i.v.", "as of": the next such day
      Per 1-1 nieuwe tarieven KVK Dataservice. Abonnement kost dan \u20AC 1.250 per jaar. | 2026-10-15T11:20+02:00 | 2027-01-01 | Per 1-1
      Per 1-7 wijzigen de tarieven. | 2026-05-20T14:05+02:00 | 2026-07-01 | Per 1-7
      M.i.v. 1/9 vervalt veld 'rsin' in het Basisprofiel. | 2026-05-20T14:05+02:00 | 2026-09-01 | M.i.v. 1/9
      Wijziging: KVK vervroegt invoering Mutatieservice v3 naar 17-8-2026. Planning nieuwe koppeling wordt aangepast. | 2026-03-16T11:00+01:00 | 2026-08-17 | vervroegt invoering Mutatieservice v3 naar 17-8-2026
      Correction: the date of entry into force is not the 01/03/2027 but the 01/05/2027. We apologize for the error. | 2026-10-07T09:00+02:00 | 2027-05-01 | but the 01/05/2027
      The date of entry into force is 1 May 2027. | 2026-10-07T09:00+02:00 | 2027-05-01 | The date of entry into force is 1 May 2027
      The date of entry into force of the new tariffs is 1 May 2027. | 2026-10-07T09:00+02:00 | 2027-05-01 | The date of entry into force of the new tariffs is 1 May 2027
      KVK has announced changes to the Zoeken API taking effect May 3rd, 2027: results will be paginated. | 2026-11-02T16:30+01:00 | 2027-05-03 | taking effect May 3rd, 2027
      The new pagination, originally taking effect 1 March 2027, now applies from 1 April 2027. | 2026-11-02T16:30+01:00 | 2027-04-01 | from 1 April 2027
      # the date right after what will be done to it
      KVK Dataservice: the old XML v1 file format will be switched off 2027-06-30. After that date only JSON files are delivered. | 2026-06-15T09:10+02:00 | 2027-06-30 | will be switched off 2027-06-30
      Version 1 of the Zoeken endpoint will be retired 1 March 2027. | 2026-06-15T09:10+02:00 | 2027-03-01 | will be retired 1 March 2027
      Version 1 of the Zoeken endpoint has been retired 1 March 2026. Version 2 will be retired on 1 March 2027. | 2026-06-15T09:10+02:00 | 2027-03-01 | retired on 1 March 2027
      Per 1-1 00:00 uur gaat de nieuwe versie live. | 2026-10-15T11:20+02:00 | 2027-01-01 | Per 1-1
      # a date something else is moved to is not the change's
      KVK vervroegt het webinar over de nieuwe API naar 1 mei 2026. Per 1 oktober 2026 stopt versie 1 van de KVK API. | 2026-03-16T11:00+01:00 | 2026-10-01 | Per 1 oktober 2026
      Onze leverancier verschuift zijn eigen release naar 1 mei 2026. Per 1 oktober 2026 stopt versie 1 van de KVK API. | 2026-03-16T11:00+01:00 | 2026-10-01 | Per 1 oktober 2026
      # as Spanish writers put it; a change "planned for" a date
      KVK informs that the version 1 of the Zoeken API will be switched off the 01/07/2027. | 2026-09-01T09:00+02:00 | 2027-07-01 | will be switched off the 01/07/2027
      KVK will change the format of the postal code field. Minimal impact. The change is planned for 04/05/2026. | 2026-02-02T10:00+01:00 | 2026-05-04 | The change is planned for 04/05/2026
      De wijziging staat gepland op 4 mei 2026. | 2026-02-02T10:00+01:00 | 2026-05-04 | De wijziging staat gepland op 4 mei 2026
      KVK changed the date, the change goes live earlier: on 15.04.2026. Rest of information stays the same. | 2026-02-04T14:20+01:00 | 2026-04-15 | goes live earlier: on 15.04.2026
      KVK will retire version 1 of the Zoeken API on 1 March 2027. | 2026-09-15T11:00+02:00 | 2027-03-01 | will retire version 1 of the Zoeken API on 1 March 2027
      We inform you that KVK will switch off the version 1 of the KVK Mutatieservice on 1 October 2027. | 2026-09-15T11:00+02:00 | 2027-10-01 | will switch off the version 1 of the KVK Mutatieservice on 1 October 2027
      """)
  void effectiveDate(String text, String anchor, String date, String evidence) {
    assertThat(DateExpressions.effectiveDate(text, at(anchor), AMS)).as(text)
        .contains(new Found<>(LocalDate.parse(date), evidence));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      In het tweede kwartaal wijzigen de tarieven.
      Vanaf Q3 2026 wijzigen de tarieven.
      Binnenkort vervalt versie 1.
      Later dit jaar stopt de dienst.
      Begin 2027 stopt de dienst.
      In de loop van 2026 wordt versie 1 uitgezet.
      In juni wordt versie 1 uitgezet.
      Per juni 2026 wijzigen de tarieven.
      Per 31-02-2026 wijzigen de tarieven.
      Vanaf dinsdag 1 juli 2026 geldt een nieuw tarief.
      Versie v2.10.3 kost vanaf nu \u20AC 10.50.
      Per 1-2 dagen verversen wij de cache van de KVK API.
      Per 3/4 jaar komt er een nieuwe versie van de KVK API.
      Na 3-4 weken wordt versie 1 uitgezet.
      De Mutatieservice levert per 5-10 min. een nieuwe batch met mutaties.
      Rate limit: 1 verzoek per 1/2 seconde.
      Per 24/7 bereikbaarheid vragen wij een toeslag.
      Effective 2/3 of all requests now use v2.
      The change taking effect 1 March 2027 has been cancelled.
      Onze leverancier vervroegt de release van zijn eigen software naar 1 juni 2026; voor de KVK API verandert niets.
      Op 1 maart 2025 hebben wij versie 1 uitgezet.
      Op 1 juli 2026 hebben wij de documentatie bijgewerkt.
      Vanaf 08:00 uur is de servicedesk bereikbaar.
      Herinnering: de overgangsperiode begint op 1 december 2026.
      From 1 December 2026 you can try version 2 in our test environment.
      Vanaf 1 december 2026 kunt u versie 2 in de testomgeving uitproberen.
      The transition period runs from 1 December 2026 to 30 June 2027.
      De API is op werkdagen bereikbaar; op zondag 7 juni is de helpdesk gesloten.
      Op de eerste werkdag van mei 2026 versturen wij de factuur.
      "Timeline\n- 1 June 2026: v2 generally available\n- 1 July 2026: v1 frozen, no further fixes"
      De uitfasering van versie 1 wordt uitgesteld tot nader bericht. Versie 1 blijft beschikbaar tot 1 juli 2027.
      # what will be done, denied, planned once or past, is no date it takes effect
      Version 1 of the KVK API will not be retired 1 March 2027 as announced earlier.
      Version 1 of the KVK API, which was originally going to be retired 1 March 2027, stays available.
      The KVK Mutatieservice was announced to be retired 1 March 2027; this has been withdrawn.
      Version 1 of the Zoeken endpoint has been retired 1 March 2026.
      # maintenance is planned too: only a change's own words
      Het onderhoud is gepland op 4 mei 2026.
      The maintenance is planned for 4 May 2026.
      A webinar explaining the change is planned for 20 April 2026.
      Een informatiesessie over deze wijziging staat gepland op 20 april 2026.
      # what will be done to something else than a version
      We will remove the duplicates on 11 June.
      KVK will discontinue the test environment of the Zoeken API on 1 May 2026.
      """)
  void noEffectiveDate(String text) {
    assertThat(DateExpressions.effectiveDate(text, at(WED), AMS)).as(text).isEmpty();
  }

  // ------------------------------------------------------------------ 10. since, until

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Between 14:02 and 14:47 UTC customers saw errors. | 2026-06-02T17:10+02:00 | 2026-06-02T14:02Z | Between 14:02 and 14:47 UTC
      Tussen 09.10 en 09.55 uur konden klanten niet inloggen. | 2026-06-02T10:30+02:00 | 2026-06-02T09:10+02:00 | Tussen 09.10 en 09.55 uur
      Tussen 23.10 en 00.40 uur konden klanten niet inloggen. | 2026-06-03T08:00+02:00 | 2026-06-02T23:10+02:00 | Tussen 23.10 en 00.40 uur
      Op 1 juni tussen 09.10 en 09.55 uur konden klanten niet inloggen. | 2026-06-02T10:30+02:00 | 2026-06-01T09:10+02:00 | 1 juni tussen 09.10 en 09.55 uur
      Sinds 23u50 is de API niet bereikbaar. | 2026-06-03T00:20+02:00 | 2026-06-02T23:50+02:00 | Sinds 23u50
      "Wat: Zoeken geeft fouten.\nSinds: dinsdag 2 juni, 08.50 uur" | 2026-06-02T09:30+02:00 | 2026-06-02T08:50+02:00 | "Sinds: dinsdag 2 juni, 08.50 uur"
      # "ca." or "om ongeveer" between the day and its time
      "Product: KVK Mutatieservice\nSinds: di 3 juni, ca. 14.30 uur" | 2025-06-03T15:10+02:00 | 2025-06-03T14:30+02:00 | "Sinds: di 3 juni, ca. 14.30 uur"
      Sinds maandag 1 juni om ongeveer 16.45 uur ontbreken de berichten. | 2026-06-02T11:20+02:00 | 2026-06-01T16:45+02:00 | Sinds maandag 1 juni om ongeveer 16.45 uur
      "Product: KVK API\nSinds: dinsdag 2 juni, naar schatting 14.30 uur" | 2026-06-02T15:10+02:00 | 2026-06-02T14:30+02:00 | "Sinds: dinsdag 2 juni, naar schatting 14.30 uur"
      Op maandag 1 juni (de dag na de release) mislukten vanaf 09:20 uur alle bevragingen. | 2026-06-04T11:00+02:00 | 2026-06-01T09:20+02:00 | vanaf 09:20 uur
      Since 11:30 p.m. the API returns errors. | 2026-06-03T00:20+02:00 | 2026-06-02T23:30+02:00 | Since 11:30 p.m.
      Vanaf 08.25 uur (Nederlandse tijd) zijn de API's niet bereikbaar. | 2026-06-02T08:40+02:00 | 2026-06-02T08:25+02:00 | Vanaf 08.25 uur (Nederlandse tijd)
      Sinds gisteravond 23.10 uur is de Dataservice traag. | 2026-06-03T08:00+02:00 | 2026-06-02T23:10+02:00 | Sinds gisteravond 23.10 uur
      Sinds 9 uur is de API traag. | 2026-06-02T10:00+02:00 | 2026-06-02T09:00+02:00 | Sinds 9 uur
      kvk.nl is sinds het middaguur traag. | 2026-06-23T13:40+02:00 | 2026-06-23T12:00+02:00 | sinds het middaguur
      Since noon the KVK API has been slow. | 2026-06-23T13:40+02:00 | 2026-06-23T12:00+02:00 | Since noon
      Vannacht tussen 02.00 en 04.00 uur was de API niet bereikbaar. | 2026-06-02T08:00+02:00 | 2026-06-02T02:00+02:00 | Vannacht tussen 02.00 en 04.00 uur
      Gisteren tussen 14.00 en 15.00 uur was de API traag. | 2026-06-02T08:00+02:00 | 2026-06-01T14:00+02:00 | Gisteren tussen 14.00 en 15.00 uur
      Naamgeving faalt sinds ongeveer 13.10 uur. | 2026-06-02T13:35+02:00 | 2026-06-02T13:10+02:00 | sinds ongeveer 13.10 uur
      Sinds 31 mei rond 14.30 uur ontbreken de berichten. | 2026-06-02T11:20+02:00 | 2026-05-31T14:30+02:00 | Sinds 31 mei rond 14.30 uur
      Between 14:02 and 14:48 UTC on Tuesday 3 March 2026, every request failed. | 2026-03-04T10:00+01:00 | 2026-03-03T14:02Z | Between 14:02 and 14:48 UTC
      On Tuesday 3 March 2026, between 07:40 and 15:55 CET, deliveries arrived late. | 2026-03-05T10:00+01:00 | 2026-03-03T07:40+01:00 | Tuesday 3 March 2026, between 07:40 and 15:55 CET
      On Tuesday 3 March 2026, between 07:40 and 15:55 CET, scheduled file deliveries arrived late. | 2026-03-05T10:00+01:00 | 2026-03-03T07:40+01:00 | Tuesday 3 March 2026, between 07:40 and 15:55 CET
      Sinds zondagavond 22.00 uur staan de dagbestanden niet klaar. | 2026-07-20T07:40+02:00 | 2026-07-19T22:00+02:00 | Sinds zondagavond 22.00 uur
      Vanochtend tussen 9 en half 10 gaf de KVK API een time-out. | 2025-09-23T10:05+02:00 | 2025-09-23T09:00+02:00 | Vanochtend tussen 9 en half 10
      De storing is opgelost. Start: 19 mei 2026, 07:35 uur. Einde: 19 mei 2026, 09:50 uur. | 2026-05-19T10:47+02:00 | 2026-05-19T07:35+02:00 | Start: 19 mei 2026, 07:35 uur
      Vanaf ca. 10.30 uur krijgen afnemers wisselend een foutmelding. | 2026-11-25T10:52+01:00 | 2026-11-25T10:30+01:00 | Vanaf ca. 10.30 uur
      Dienst: KVK API – Naamgeving. Begintijd: 10:02. Eindtijd: 10:47. | 2026-04-23T11:05+02:00 | 2026-04-23T10:02+02:00 | Begintijd: 10:02
      Begin verstoring: 10:02. Einde verstoring: 10:47. | 2026-04-23T11:05+02:00 | 2026-04-23T10:02+02:00 | Begin verstoring: 10:02
      "Status: in onderzoek\nBegonnen: di 3 februari 2026, 08.40 uur\nImpact: beperkte storing" | 2026-02-03T08:52+01:00 | 2026-02-03T08:40+01:00 | Begonnen: di 3 februari 2026, 08.40 uur
      In de nacht van dinsdag op woensdag was de Mutatieservice tussen 23.00 en 01.30 uur verstoord. | 2025-09-24T08:15+02:00 | 2025-09-23T23:00+02:00 | tussen 23.00 en 01.30 uur
      In de nacht van zondag op maandag was de Mutatieservice tussen 23.00 en 01.30 uur verstoord. | 2025-09-24T08:15+02:00 | 2025-09-21T23:00+02:00 | tussen 23.00 en 01.30 uur
      Correction to our previous update: the first failed downloads occurred at 13:55 CEST, not at 14:20. | 2025-07-08T15:10+02:00 | 2025-07-08T13:55+02:00 | at 13:55 CEST
      Correctie: de eerste fouten traden op om 13.55 uur, niet om 14.20 uur. | 2025-07-08T15:10+02:00 | 2025-07-08T13:55+02:00 | om 13.55 uur
      Sinds half elf vanochtend reageert Zoeken erg traag. | 2025-09-15T10:52+02:00 | 2025-09-15T10:30+02:00 | Sinds half elf
      Sinds kwart over twaalf is de API traag. | 2025-09-15T13:00+02:00 | 2025-09-15T12:15+02:00 | Sinds kwart over twaalf
      Sinds kwart voor drie is de API traag. | 2025-09-15T15:00+02:00 | 2025-09-15T14:45+02:00 | Sinds kwart voor drie
      Sinds half drie vannacht is de API traag. | 2025-09-15T08:00+02:00 | 2025-09-15T02:30+02:00 | Sinds half drie
      Sinds gisteravond half tien is Zoeken traag. | 2025-09-16T08:00+02:00 | 2025-09-15T21:30+02:00 | Sinds gisteravond half tien
      Sinds zondagochtend kwart over vier ontbreken mutaties. | 2025-09-15T08:00+02:00 | 2025-09-14T04:15+02:00 | Sinds zondagochtend kwart over vier
      Since about half past seven this morning users can't sign in. | 2026-02-02T08:05+01:00 | 2026-02-02T07:30+01:00 | Since about half past seven
      Since about ten past nine some requests return errors. | 2026-06-04T09:30+02:00 | 2026-06-04T09:10+02:00 | Since about ten past nine
      Since twenty past eleven last night downloads fail. | 2026-06-04T09:30+02:00 | 2026-06-03T23:20+02:00 | Since twenty past eleven
      Sinds kwart over elf vannacht is de API traag. | 2026-06-04T09:30+02:00 | 2026-06-03T23:15+02:00 | Sinds kwart over elf
      In de nacht van dinsdag 2 op woensdag 3 december 2025 verstuurde de Mutatieservice van 23.40 tot 01.15 uur geen berichten. | 2025-12-03T08:30+01:00 | 2025-12-02T23:40+01:00 | van 23.40 tot 01.15 uur
      Since Sunday 23:30 the API returns errors. | 2026-06-01T08:00+02:00 | 2026-05-31T23:30+02:00 | Since Sunday 23:30
      Uit onze logging blijkt dat de storing om 06.50 uur begon. | 2026-06-02T08:55+02:00 | 2026-06-02T06:50+02:00 | om 06.50 uur
      De fout is vannacht om 03.15 uur ontstaan in de koppeling. | 2026-06-02T08:55+02:00 | 2026-06-02T03:15+02:00 | vannacht om 03.15 uur
      # 20 March 2026: New York is on summer time (since 8 March), Amsterdam not yet (29 March)
      Errors began at 4:12 AM ET; other APIs are fine. | 2026-03-20T09:30+01:00 | 2026-03-20T04:12-04:00 | at 4:12 AM ET
      Responses have been slow since 1:45 AM PT. | 2026-07-08T11:05+02:00 | 2026-07-08T01:45-07:00 | since 1:45 AM PT
      # a start said as a time ago
      Starting 20 minutes ago, change messages are not being delivered. | 2026-10-07T16:40+02:00 | 2026-10-07T16:20+02:00 | Starting 20 minutes ago
      De storing begon ongeveer een half uur geleden. | 2026-10-07T16:40+02:00 | 2026-10-07T16:10+02:00 | begon ongeveer een half uur geleden
      I am sorry: since half past one the API is slow. | 2026-06-04T16:00+02:00 | 2026-06-04T13:30+02:00 | since half past one
      Na een lange nacht: sinds kwart over tien is de API traag. | 2026-06-04T16:00+02:00 | 2026-06-04T10:15+02:00 | sinds kwart over tien
      Sinds kwart over twaalf vannacht is de API traag. | 2026-06-04T09:30+02:00 | 2026-06-04T00:15+02:00 | Sinds kwart over twaalf
      Deze namiddag vanaf kwart na twee is de KVK API volledig onbeschikbaar. | 2026-10-13T14:30+02:00 | 2026-10-13T14:15+02:00 | vanaf kwart na twee
      Sinds 22 april gebruiken wij een nieuwe server. De API was van 06:40 tot 07:25 niet bereikbaar. | 2026-04-23T09:00+02:00 | 2026-04-23T06:40+02:00 | van 06:40 tot 07:25
      # the first line of a log written into the update, when it tells of the trouble
      "Het verloop:
      08:55 storing geconstateerd, zoekopdrachten gaven deels een foutmelding
      09:05 leverancier ingeschakeld
      09:48 opgelost" | 2026-01-20T10:05+01:00 | 2026-01-20T08:55+01:00 | 08:55 storing geconstateerd, zoekopdrachten gaven deels een foutmelding
      Messages have been arriving late since approx. 07:40 this morning (Mon 9 Mar). | 2026-03-09T10:12+01:00 | 2026-03-09T07:40+01:00 | since approx. 07:40
      We are observing a partial outage on the KVK API since 14:15 hrs IST. | 2026-02-10T10:05+01:00 | 2026-02-10T09:45+01:00 | since 14:15 hrs IST
      # a time without a day in a zone across the date line is of that zone's day: 20:40 CEST is
      # already 07:40 on the next day in New Zealand (NZDT, +13)
      Search stopped returning results since 7.10am NZDT, right after a release. | 2026-09-29T20:40+02:00 | 2026-09-29T20:10+02:00 | since 7.10am NZDT
      Since around 12.05am AEST (Thu 14/05) a small share of calls fail. | 2026-05-13T16:30+02:00 | 2026-05-13T16:05+02:00 | Since around 12.05am AEST
      Timeline (all times UTC) 07:12 - Alerts fired for elevated error rates 07:30 - Cause found 07:50 - Resolved | 2026-06-02T11:00+02:00 | 2026-06-02T07:12Z | 07:12 - Alerts fired for elevated error rates
      # an hour without minutes after a word of about
      Melding: KVK Dataservice levert bestanden met vertraging, sinds ong. 14u. Beperkte storing. | 2026-04-24T14:20+02:00 | 2026-04-24T14:00+02:00 | sinds ong. 14u
      Vanaf circa 9 uur is Zoeken erg traag. | 2026-05-19T09:25+02:00 | 2026-05-19T09:00+02:00 | Vanaf circa 9 uur
      # an afternoon's hour with "h" after "since" is a time; "this morning" before an hour
      Since 14h the KVK Mutatieservice does not deliver mutations anymore. | 2026-11-24T14:20+01:00 | 2026-11-24T14:00+01:00 | Since 14h
      Since this morning 10h, we notice that the Vestigingsprofiel returns an old address. | 2026-06-08T10:40+02:00 | 2026-06-08T10:00+02:00 | Since this morning 10h
      # an afternoon or an evening before a bare hour makes it one after noon
      Since this afternoon 3h, we notice errors. | 2026-06-08T16:40+02:00 | 2026-06-08T15:00+02:00 | Since this afternoon 3h
      Sinds vanmiddag 3 uur is de API traag. | 2026-06-08T16:40+02:00 | 2026-06-08T15:00+02:00 | Sinds vanmiddag 3 uur
      # an hour as said aloud ("negenen"); US "Eastern" and "roughly"; "Eastern European" is no zone
      kvk.nl erg traag sinds rond 9en, zoeken in het handelsregister duurt lang. | 2026-05-19T09:25+02:00 | 2026-05-19T09:00+02:00 | sinds rond 9en
      Since about 7:00am Eastern, NL company data in your workspace is not refreshing. | 2026-01-12T13:20+01:00 | 2026-01-12T07:00-05:00 | Since about 7:00am Eastern
      About 1 in 5 requests are failing with 500s since roughly 9:00am ET. | 2025-12-24T15:10+01:00 | 2025-12-24T09:00-05:00 | since roughly 9:00am ET
      Since 10:00 Eastern European customers cannot reach the KVK API. | 2026-03-10T12:00+01:00 | 2026-03-10T10:00+01:00 | Since 10:00
      # East Asia's clocks, by abbreviation or by name; the islands' clock by name
      The KVK Developer Portal cannot be accessed since about 15:50 Taipei time (09:50 CEST). | 2026-04-21T10:30+02:00 | 2026-04-21T09:50+02:00 | since about 15:50 Taipei time (09:50 CEST)
      Since 2026-01-12 17:00 KST, we are not receiving mutation messages. | 2026-01-12T09:30+01:00 | 2026-01-12T09:00+01:00 | Since 2026-01-12 17:00 KST
      Sinds 10:00 uur Bonaire-tijd is de KVK API ernstig verstoord. | 2026-11-27T15:25+01:00 | 2026-11-27T15:00+01:00 | Sinds 10:00 uur Bonaire-tijd
      Since 09:30 AST the KVK API returns errors. | 2026-03-10T15:00+01:00 | 2026-03-10T14:30+01:00 | Since 09:30 AST
      # a zone's name that opens a bracket with a time in it, or goes on as another word, is none
      The KVK API is unavailable since 09:00 (Japan time 17:00). | 2026-03-10T09:30+01:00 | 2026-03-10T09:00+01:00 | since 09:00
      Sinds 09:00 uur (Curaçao-tijd 04:00 uur) is de KVK API niet bereikbaar. | 2026-03-10T09:30+01:00 | 2026-03-10T09:00+01:00 | Sinds 09:00 uur
      Since 09:00 Japan time zone customers cannot reach the KVK API. | 2026-03-10T09:30+01:00 | 2026-03-10T09:00+01:00 | Since 09:00
      Since 09:00 Korea time-outs occur on the KVK API. | 2026-03-10T09:30+01:00 | 2026-03-10T09:00+01:00 | Since 09:00
      # hours as Spanish writers put them: "since 08hs" is a clock, as a leading zero says
      Since 08hs (CEST) we are not receiving the mutations of the KVK Mutatieservice. | 2026-07-15T08:47+02:00 | 2026-07-15T08:00+02:00 | Since 08hs (CEST)
      We inform that since 9.30hs (CET) we are detecting errors 503 in the KVK API. | 2026-02-10T09:52+01:00 | 2026-02-10T09:30+01:00 | since 9.30hs (CET)
      Since 11hs we observe that the KVK API returns old trade names. | 2026-11-25T11:20+01:00 | 2026-11-25T11:00+01:00 | Since 11hs
      Since 08h the KVK API returns errors. | 2026-07-15T08:47+02:00 | 2026-07-15T08:00+02:00 | Since 08h
      # Eastern Europe's clock; formal Dutch "sedert"; "starting with" is no start ("with 10:05 we roll back")
      Starting with 10:05 we are rolling back; the KVK API is unavailable since 09:50. | 2026-05-14T10:25+02:00 | 2026-05-14T09:50+02:00 | since 09:50
      From 09:50 (EET) we receive mutations from KVK Mutatieservice with big delay. | 2026-11-24T10:05+01:00 | 2026-11-24T08:50+01:00 | From 09:50 (EET)
      Sedert 22.15 uur heden geeft de KVK API (Naamgeving) foutmeldingen terug. | 2026-10-24T22:31+02:00 | 2026-10-24T22:15+02:00 | Sedert 22.15 uur
      # Brasília's and Lisbon's clocks; "from the 08:50", as Italian writers put it
      We inform that since 11:30 BRT the KVK API Vestigingsprofiel is returning incomplete data. | 2026-11-27T15:50+01:00 | 2026-11-27T15:30+01:00 | since 11:30 BRT
      Since 06:10 (horário de Brasília, BRT) the KVK Dataservice is presenting slowness. | 2026-06-16T11:40+02:00 | 2026-06-16T11:10+02:00 | Since 06:10 (horário de Brasília
      We inform you that since 09:00 (Lisbon time) the KVK Dataservice files have wrong characters. | 2026-11-16T10:25+01:00 | 2026-11-16T10:00+01:00 | since 09:00 (Lisbon time)
      We inform you that from 13:00 (WEST) the notifications arrive with big delay. | 2026-07-09T14:30+02:00 | 2026-07-09T14:00+02:00 | from 13:00 (WEST)
      We inform you that from the 08:50 the KVK API Zoeken is not reachable. | 2026-10-13T09:05+02:00 | 2026-10-13T08:50+02:00 | from the 08:50
      # a register, an update's time, a time-sheet: no clock of elsewhere, no start
      Sinds 08:15 BRT en KVK API niet bereikbaar. | 2026-06-10T11:00+02:00 | 2026-06-10T08:15+02:00 | Sinds 08:15
      As mentioned from the 08:50 update onwards, the KVK API is slow since 10:40. | 2026-06-10T14:00+02:00 | 2026-06-10T10:40+02:00 | since 10:40
      Since 10:00 Portuguese time-sheet exports fail. | 2026-06-10T11:00+02:00 | 2026-06-10T10:00+02:00 | Since 10:00
      # Israel's clock by name, and IST before words of Israel; IST alone stays India's
      Since this morning 11:00 Israel time (IST) we see that the KVK Naamgeving endpoint returns an empty list. | 2026-11-10T11:20+01:00 | 2026-11-10T10:00+01:00 | Since this morning 11:00 Israel time
      Since 16:00 IST (Israel time) part of the calls to the KVK API fail. | 2025-12-31T15:20+01:00 | 2025-12-31T15:00+01:00 | Since 16:00 IST
      Since 16:00 IST part of the calls to the KVK API fail. | 2025-12-31T15:20+01:00 | 2025-12-31T11:30+01:00 | Since 16:00 IST
      We are experiencing a severe disruption of the KVK Basisprofiel API since 16:00 IDT. | 2026-04-24T15:25+02:00 | 2026-04-24T15:00+02:00 | since 16:00 IDT
      Failures on the KVK Basisprofiel API since 10.15am WAT today. | 2026-06-18T11:30+02:00 | 2026-06-18T11:15+02:00 | since 10.15am WAT
      Bulk file deliveries have not been received since 1700hrs EAT (1600hrs CEST). | 2026-05-13T16:20+02:00 | 2026-05-13T16:00+02:00 | since 1700hrs EAT (1600hrs CEST)
      Some of our clients are unable to log in to Mijn KVK since 0845 GMT. | 2026-03-09T10:12+01:00 | 2026-03-09T09:45+01:00 | since 0845 GMT
      We are observing a partial outage of the KVK Zoeken API since 11:30 AM GST. | 2026-11-26T09:05+01:00 | 2026-11-26T08:30+01:00 | since 11:30 AM GST
      Mutation notifications are delayed from 11:30 AM PKT today. | 2026-02-03T09:40+01:00 | 2026-02-03T07:30+01:00 | from 11:30 AM PKT
      The KVK Vestigingsprofiel API is returning empty address blocks since 2:00 pm Cairo time. | 2026-11-24T13:35+01:00 | 2026-11-24T13:00+01:00 | since 2:00 pm Cairo time
      A minor disruption is observed in KVK Naamgeving API responses since 3:00 PM (Dhaka time) today. | 2026-11-25T11:20+01:00 | 2026-11-25T10:00+01:00 | since 3:00 PM (Dhaka time)
      We notice the KVK Mutatieservice notifications are delayed since 5.00pm MYT (10:00 CET). | 2026-11-24T10:12+01:00 | 2026-11-24T10:00+01:00 | since 5.00pm MYT (10:00 CET)
      The KVK Developer Portal is not loading for us since 9AM Manila time. | 2026-11-26T03:15+01:00 | 2026-11-26T02:00+01:00 | since 9AM Manila time
      Sinds 09:30 WIB-koppeling geeft foutmeldingen bij bevragingen van de KVK API. | 2026-06-03T10:00+02:00 | 2026-06-03T09:30+02:00 | Sinds 09:30
      Since 09:30 Thai time slots for our support desk cannot be booked through the KVK API. | 2026-06-03T10:00+02:00 | 2026-06-03T09:30+02:00 | Since 09:30
      "Sinds 10:15 uur\nWAT: KVK API niet bereikbaar" | 2026-06-03T16:30+02:00 | 2026-06-03T10:15+02:00 | Sinds 10:15 uur
      Since 09:30 EAT-based customers see errors on the KVK API. | 2026-06-03T16:30+02:00 | 2026-06-03T09:30+02:00 | Since 09:30
      Since 2024 UTC timestamps are standard in our logs. The KVK API has been failing since 14:00. | 2026-06-03T16:30+02:00 | 2026-06-03T14:00+02:00 | since 14:00
      # an hour from one to five with no morning or night near, said in the afternoon, is the afternoon's
      Sinds 1 uur is de KVK API traag. | 2026-03-10T14:05+01:00 | 2026-03-10T13:00+01:00 | Sinds 1 uur
      Sinds half 2 is de KVK API traag. | 2026-03-10T14:05+01:00 | 2026-03-10T13:30+01:00 | Sinds half 2
      Sinds 3 uur is de KVK API traag. | 2026-03-10T09:00+01:00 | 2026-03-10T03:00+01:00 | Sinds 3 uur
      Sinds 3 uur vannacht is de KVK API traag. | 2026-03-10T16:00+01:00 | 2026-03-10T03:00+01:00 | Sinds 3 uur
      Sinds 01:00 is de KVK API traag. | 2026-03-10T14:05+01:00 | 2026-03-10T01:00+01:00 | Sinds 01:00
      Sinds 03 uur is de KVK API traag. | 2025-06-11T16:30+02:00 | 2025-06-11T03:00+02:00 | Sinds 03 uur
      Sinds 3u is de KVK API traag. | 2025-06-11T16:30+02:00 | 2025-06-11T03:00+02:00 | Sinds 3u
      Sinds 3 uur a.m. is de KVK API traag. | 2025-06-11T16:30+02:00 | 2025-06-11T03:00+02:00 | Sinds 3 uur
      De nachtelijke batch van de Dataservice loopt sinds 4 uur vast. | 2025-06-11T16:30+02:00 | 2025-06-11T04:00+02:00 | sinds 4 uur
      """)
  void since(String text, String anchor, String started, String evidence) {
    assertThat(DateExpressions.since(text, at(anchor), AMS)).as(text)
        .contains(new Found<>(at(started), evidence));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Sinds 10:40 werkt alles weer. | 2026-06-02T11:00+02:00
      Vanaf 10.40 uur is alles weer beschikbaar. | 2026-06-02T11:00+02:00
      Tussen 09.10 en 09.55 uur voeren wij onderhoud uit. | 2026-06-02T08:00+02:00
      Tussen 09.10 en 09.55 uur voeren wij onderhoud uit. | 2026-06-02T09:30+02:00
      Sinds morgen 09.10 uur is de API traag. | 2026-06-02T08:00+02:00
      Wij hebben 10-12 medewerkers ingezet. | 2026-06-02T08:00+02:00
      We will be performing maintenance on June 13 between 22:00 and 23:00 UTC. | 2026-06-14T08:00+02:00
      Wij voeren onderhoud uit op 7 en 8 juni van 22.00 tot 23.00 uur. | 2026-06-10T08:00+02:00
      Op 7 juni a.s. is de API van 07.00 tot 11.00 uur niet beschikbaar. | 2026-06-02T12:00+02:00
      Het nieuwe certificaat is vanaf 15-09-2026 08:00 uur verplicht. | 2026-06-02T12:00+02:00
      Maintenance is scheduled between 09:10 and 09:55. | 2026-06-02T11:00+02:00
      Sinds komende zondag 22.00 uur geldt een nieuw certificaat. | 2026-06-02T11:00+02:00
      The first successful downloads occurred at 15:10, after the fix. | 2026-07-08T15:30+02:00
      De eerste nieuwe signalen zagen wij om 10.05 uur weer binnenkomen. | 2026-07-08T10:30+02:00
      De Zoeken API is niet bereikbaar. Herstelwerkzaamheden begonnen: 09.20 uur. | 2026-03-10T10:00+01:00
      The Zoeken API is unavailable. Investigation started: 09:30. | 2026-03-10T10:00+01:00
      We found the cause 20 minutes ago. | 2026-10-07T16:40+02:00
      Since the fix 20 minutes ago, all requests succeed again. | 2026-10-07T16:40+02:00
      # "since 2h" is two hours, as German writers put it; German "ist" is no zone
      The API is down since 2h. | 2026-03-10T10:00+01:00
      The KVK API is failing since 2hs, we are checking with KVK. | 2026-03-10T12:00+01:00
      Since the 2.10 release of our connector, calls to the KVK API fail. | 2026-06-10T14:00+02:00
      The API is down since about 2h. | 2026-03-10T10:00+01:00
      De API is al ongeveer 2 uur traag. | 2026-03-10T10:00+01:00
      Sinds ongeveer 2 uur geleden is de KVK API traag. | 2026-03-10T14:20+01:00
      Sinds 2 uur geleden is de Dataservice traag. | 2026-03-10T14:20+01:00
      From about 2h after the deployment, calls failed. | 2026-03-10T14:20+01:00
      Vanaf ongeveer 3 uur lang was de API onbereikbaar. | 2026-03-10T14:20+01:00
      This morning 2h-3h of delays in the Mutatieservice. | 2026-03-10T11:00+01:00
      Sinds 2en half uur is de Zoeken API erg traag. | 2026-05-19T11:25+02:00
      Sinds 10en 11 maart komen er geen mutaties binnen. | 2026-03-12T19:20+01:00
      Since 14:15 ist die KVK API gestört. | 2026-03-10T14:00+01:00
      # a log whose first line tells of no trouble, or expects it; two lines are no log
      "09:05 leverancier ingeschakeld
      09:20 oorzaak gevonden
      09:48 opgelost" | 2026-01-20T10:05+01:00
      "14:02 - errors are expected during the migration
      14:20 - migration started
      15:00 - migration done" | 2026-06-02T15:30+02:00
      "08:55 storing geconstateerd
      09:48 opgelost" | 2026-01-20T10:05+01:00
      # a log of another day than the update's, or of steps still to take
      "Hierbij het incidentrapport van de storing in de KVK API van donderdag 5 maart.

      Tijdlijn:
      08:55 storing geconstateerd, zoekopdrachten gaven een foutmelding
      09:05 leverancier ingeschakeld
      09:48 opgelost" | 2026-03-10T14:00+01:00
      "Overzicht van gisteren:
      08:55 storing geconstateerd
      09:05 leverancier ingeschakeld
      09:48 tijdelijk opgelost" | 2026-03-10T10:00+01:00
      "De oorzaak is gevonden. Morgenochtend voeren wij een herstelactie uit:
      07:00 Mutatieservice onbereikbaar tijdens herstart
      07:15 controle van de signalen
      07:30 Mutatieservice weer beschikbaar" | 2026-03-09T17:00+01:00
      "De oorzaak is gevonden. Wij zullen de volgende stappen uitvoeren:
      07:00 Mutatieservice onbereikbaar tijdens herstart
      07:15 controle van de signalen
      07:30 Mutatieservice weer beschikbaar" | 2026-03-09T17:00+01:00
      """)
  void noSince(String text, String anchor) {
    assertThat(DateExpressions.since(text, at(anchor), AMS)).as(text).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Between 14:02 and 14:48 UTC on Tuesday 3 March 2026, every request failed. | 2026-03-04T10:00+01:00 | 2026-03-03T14:48Z | Between 14:02 and 14:48 UTC
      De storing is om 10.20 uur verholpen. | 2026-06-02T11:00+02:00 | 2026-06-02T10:20+02:00 | om 10.20 uur verholpen
      Om 10.20 uur is de storing verholpen. | 2026-06-02T11:00+02:00 | 2026-06-02T10:20+02:00 | Om 10.20 uur is de storing verholpen
      Het probleem is om 10:20 opgelost. | 2026-06-02T11:00+02:00 | 2026-06-02T10:20+02:00 | om 10:20 opgelost
      De verbinding is om 10.20 uur hersteld. | 2026-06-02T11:00+02:00 | 2026-06-02T10:20+02:00 | om 10.20 uur hersteld
      Sinds 10:40 werkt alles weer. | 2026-06-02T11:00+02:00 | 2026-06-02T10:40+02:00 | Sinds 10:40 werkt alles weer
      Vanaf 10.40 uur is alles weer beschikbaar. | 2026-06-02T11:00+02:00 | 2026-06-02T10:40+02:00 | Vanaf 10.40 uur is alles weer beschikbaar
      The fix went live at 10:20 CEST. | 2026-06-02T11:00+02:00 | 2026-06-02T10:20+02:00 | went live at 10:20 CEST
      The incident was resolved at 08:47 UTC. | 2026-06-02T11:00+02:00 | 2026-06-02T08:47Z | resolved at 08:47 UTC
      Between 07:02 and 07:47 UTC customers saw errors. | 2026-06-02T11:00+02:00 | 2026-06-02T07:47Z | Between 07:02 and 07:47 UTC
      Tussen 09.10 en 09.55 uur konden klanten niet inloggen. | 2026-06-02T11:00+02:00 | 2026-06-02T09:55+02:00 | Tussen 09.10 en 09.55 uur
      Tot 10.05 uur konden klanten niet inloggen. | 2026-06-02T11:00+02:00 | 2026-06-02T10:05+02:00 | Tot 10.05 uur
      "Update 10:15: oorzaak gevonden.\nUpdate 10:50: Storing verholpen, alles werkt weer." | 2026-06-02T11:00+02:00 | 2026-06-02T10:50+02:00 | Update 10:50: Storing verholpen
      # the end of a range on an earlier day, named again without its day, is that range's end
      Between 06:05 and 08:20 UTC on 3 March 2026 requests to Zoeken failed. The issue was resolved at 08:20 UTC. | 2026-03-04T11:30+01:00 | 2026-03-03T08:20Z | resolved at 08:20 UTC
      Op dinsdag 3 maart tussen 09.10 en 09.55 uur konden klanten niet inloggen. De storing is om 09.55 uur verholpen. | 2026-03-04T10:00+01:00 | 2026-03-03T09:55+01:00 | om 09.55 uur verholpen
      De storing is om 23.50 uur verholpen. | 2026-06-03T00:10+02:00 | 2026-06-02T23:50+02:00 | om 23.50 uur verholpen
      Op 1 juni om 16.30 uur is de storing verholpen. | 2026-06-02T11:00+02:00 | 2026-06-01T16:30+02:00 | 1 juni om 16.30 uur is de storing verholpen
      Gisteravond om 23.10 uur is de storing verholpen. | 2026-06-02T08:00+02:00 | 2026-06-01T23:10+02:00 | Gisteravond om 23.10 uur is de storing verholpen
      Op 31 december om 23.50 uur is de storing verholpen. | 2027-01-02T09:00+01:00 | 2026-12-31T23:50+01:00 | 31 december om 23.50 uur is de storing verholpen
      De storing ontstond om 09:10 en is om 10:20 verholpen. | 2026-06-02T11:00+02:00 | 2026-06-02T10:20+02:00 | om 10:20 verholpen
      Tussen 09.10 en 09.55 uur konden klanten niet inloggen. Om 10.20 uur was alles opgelost. | 2026-06-02T11:00+02:00 | 2026-06-02T10:20+02:00 | Om 10.20 uur was alles opgelost
      Dienst: KVK API – Naamgeving. Begintijd: 10:02. Eindtijd: 10:47. | 2026-04-23T11:05+02:00 | 2026-04-23T10:47+02:00 | Eindtijd: 10:47
      "Status: opgelost\nEinde verstoring: 14.05 uur\nAlle bestanden staan klaar." | 2025-06-03T14:20+02:00 | 2025-06-03T14:05+02:00 | Einde verstoring: 14.05 uur
      The API works again. End of outage: 10:47 CEST. | 2026-04-23T11:05+02:00 | 2026-04-23T10:47+02:00 | End of outage: 10:47 CEST
      Hersteld: vrijdag 15-05-2026 16:00. Alle achtergebleven berichten zijn alsnog afgeleverd. | 2026-05-15T16:10+02:00 | 2026-05-15T16:00+02:00 | Hersteld: vrijdag 15-05-2026 16:00
      "Status: Opgelost
      Hersteld op: 09-03-2026 11:52
      Toelichting: Zoeken verwerkt alle verzoeken weer normaal." | 2026-03-09T12:20+01:00 | 2026-03-09T11:52+01:00 | Hersteld op: 09-03-2026 11:52
      "Tijdlijn\nBegin: 09:40\nGedeeltelijk hersteld: 10:15 (downloads werken weer)\nVolledig hersteld: 11:40" | 2026-05-20T12:05+02:00 | 2026-05-20T11:40+02:00 | hersteld: 11:40
      "Status: resolved\nRestored: 09:35 CET" | 2026-01-12T10:00+01:00 | 2026-01-12T09:35+01:00 | Restored: 09:35 CET
      Vanochtend tussen 9 en half 10 gaf de KVK API een time-out. | 2025-09-23T10:05+02:00 | 2025-09-23T09:30+02:00 | Vanochtend tussen 9 en half 10
      De storing is opgelost. Start: 19 mei 2026, 07:35 uur. Einde: 19 mei 2026, 09:50 uur. | 2026-05-19T10:47+02:00 | 2026-05-19T09:50+02:00 | Einde: 19 mei 2026, 09:50 uur
      In de nacht van dinsdag op woensdag was de Mutatieservice tussen 23.00 en 01.30 uur verstoord. | 2025-09-24T08:15+02:00 | 2025-09-24T01:30+02:00 | tussen 23.00 en 01.30 uur
      Het certificaat is vervangen en sinds 15:10 uur is de Dataservice weer volledig bereikbaar. | 2026-02-24T16:20+01:00 | 2026-02-24T15:10+01:00 | sinds 15:10 uur is de Dataservice weer volledig bereikbaar
      # a log written into the update, its lines folded: the last line that resolves, in the log's zone
      Tijdlijn (alle tijden in UTC) 09:02 - Eerste meldingen 09:15 - Oorzaak gevonden 09:40 - Fix uitgerold 10:05 - Storing opgelost Vervolg Wij evalueren de monitoring. | 2026-06-02T13:00+02:00 | 2026-06-02T10:05Z | 10:05 - Storing opgelost
      Log 09:02 - Meldingen 09:40 - Dataservice hersteld 10:05 - Mutatieservice nog niet hersteld | 2026-06-02T13:00+02:00 | 2026-06-02T09:40+02:00 | 09:40 - Dataservice hersteld
      On 3 March, between 22:10 and 23:40 UTC, downloads failed. Timeline (all times UTC) 22:10 - Failures begin 22:31 - Engineers engaged 23:40 - Incident resolved | 2026-03-05T10:00+01:00 | 2026-03-03T23:40Z | 23:40 - Incident resolved
      "Timeline
      14:02 - errors detected
      14:20 - cause identified
      15:00 - fix deployed; incident resolved
      Update: the issue came back and was finally resolved at 16:40." | 2026-06-02T17:00+02:00 | 2026-06-02T16:40+02:00 | resolved at 16:40
      """)
  void until(String text, String anchor, String ended, String evidence) {
    assertThat(DateExpressions.until(text, at(anchor), AMS)).as(text)
        .contains(new Found<>(at(ended), evidence));
  }

  /** A maintenance text whose times stand apart from their day, or name none. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Op dinsdag 14 juli 2026 voert onze partner onderhoud uit. Onderhoudsvenster: 20.00–23.00 uur UTC. | 2026-06-24T09:45+02:00 | 2026-07-14T20:00Z | 2026-07-14T23:00Z
      Vanavond vindt het onderhoud plaats. Het tijdvak is aangepast: de dienst is nu tussen 22.00 en 00.30 uur niet beschikbaar. | 2025-02-18T10:00+01:00 | 2025-02-18T22:00+01:00 | 2025-02-19T00:30+01:00
      Het onderhoud van 9 mei gaat niet door en is verplaatst naar zaterdag 16 mei 2026. De tijden blijven gelijk: 08:00 – 14:00 uur. | 2026-05-06T16:20+02:00 | 2026-05-16T08:00+02:00 | 2026-05-16T14:00+02:00
      The maintenance of 9 May has been moved to Saturday 16 May 2026. The times stay the same: 08:00 – 14:00. | 2026-05-06T16:20+02:00 | 2026-05-16T08:00+02:00 | 2026-05-16T14:00+02:00
      We have moved the KVK Dataservice maintenance from Saturday 9 May to Saturday 16 May. The Dataservice is unavailable from 08:00 to 12:00. | 2026-05-06T16:20+02:00 | 2026-05-16T08:00+02:00 | 2026-05-16T12:00+02:00
      "Op zaterdag 14 maart 2026 voeren wij onderhoud uit aan de KVK API. De API is niet beschikbaar van 08.00 tot 11.00 uur.\nHeeft u vragen? De servicedesk is bereikbaar op werkdagen v.a. 08.30 uur." | 2026-03-09T10:00+01:00 | 2026-03-14T08:00+01:00 | 2026-03-14T11:00+01:00
      Op zaterdag 14 maart 2026 voeren wij onderhoud uit. Van 08.00 tot 12.00 uur zijn de KVK API en de telefonische helpdesk niet beschikbaar. | 2026-03-09T10:00+01:00 | 2026-03-14T08:00+01:00 | 2026-03-14T12:00+01:00
      Woensdag 16 december vervangen wij een server. Wij beginnen rond 06.30 uur. | 2026-11-25T10:00+01:00 | 2026-12-16T06:30+01:00 | -
      Woensdag 16 december vervangen wij een server. De werkzaamheden starten omstreeks 06.30 uur. | 2026-11-25T10:00+01:00 | 2026-12-16T06:30+01:00 | -
      # a date in brackets that repeats the day; an end in the start's own clause
      Volgende week dinsdag (22 sep.) voert KVK onderhoud uit aan de KVK API. Het begint rond 20.00 uur en is uiterlijk 23.00 uur klaar. | 2026-09-15T14:10+02:00 | 2026-09-22T20:00+02:00 | 2026-09-22T23:00+02:00
      # a day with a dot ("14. May 2026") and "h" after the times in the next sentence
      KVK uses Ascension Day (Thursday, 14. May 2026) for maintenance works on the KVK API. The API will not be available from 10:00 h to 14:00 h. | 2026-04-15T11:30+02:00 | 2026-05-14T10:00+02:00 | 2026-05-14T14:00+02:00
      # only hours a dash apart: "from 9 to 17 CET" stays what it was, the helpdesk's
      On 18 March from 9 to 17 CET our helpdesk is closed; the KVK API is unavailable from 10:00 to 10:30. | 2026-03-10T10:00+01:00 | 2026-03-18T10:00+01:00 | 2026-03-18T10:30+01:00
      """)
  void looseWindow(String text, String anchor, String start, String end) {
    Window expected = new Window(at(start), end.equals("-") ? null : at(end));
    assertThat(DateExpressions.looseWindow(text, at(anchor), AMS).map(Found::value)).as(text)
        .contains(expected);
    assertThat(DateExpressions.todaysWindow(text, at(anchor), AMS)).as("it names a day").isEmpty();
  }

  /** An update that moves only the end or the start of a window an earlier one stated. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Correctie: de werkzaamheden duren korter. De eindtijd is 11.00 uur in plaats van 12.00 uur. | 2026-03-21T07:00+01:00 | 2026-03-21T12:00+01:00 | 2026-03-21T07:00+01:00 | 2026-03-21T11:00+01:00 | eindtijd is 11.00 uur
      Correctie: de werken lopen tot 11u in plaats van tot 10u. | 2026-02-22T06:00+01:00 | 2026-02-22T10:00+01:00 | 2026-02-22T06:00+01:00 | 2026-02-22T11:00+01:00 | lopen tot 11u
      Het onderhoud loopt uit tot 03.30 uur. | 2026-06-12T22:00+02:00 | 2026-06-13T02:00+02:00 | 2026-06-12T22:00+02:00 | 2026-06-13T03:30+02:00 | loopt uit tot 03.30 uur
      Update: the end time is now 23:30. | 2026-06-12T22:00+02:00 | 2026-06-13T02:00+02:00 | 2026-06-12T22:00+02:00 | 2026-06-12T23:30+02:00 | end time is now 23:30
      De eindtijd is nu 08.00 uur. | 2026-06-12T22:00+02:00 | 2026-06-15T06:00+02:00 | 2026-06-12T22:00+02:00 | 2026-06-15T08:00+02:00 | eindtijd is nu 08.00 uur
      De begintijd is 08.00 uur; de eindtijd blijft 12.00 uur. | 2026-03-21T07:00+01:00 | 2026-03-21T12:00+01:00 | 2026-03-21T08:00+01:00 | 2026-03-21T12:00+01:00 | begintijd is 08.00 uur
      Oorspronkelijk zou het onderhoud duren tot 12.00 uur; het loopt nu uit tot 13.00 uur. | 2026-03-21T07:00+01:00 | 2026-03-21T12:00+01:00 | 2026-03-21T07:00+01:00 | 2026-03-21T13:00+01:00 | loopt nu uit tot 13.00 uur
      Helaas loopt het onderhoud uit tot 13.00 uur. | 2026-03-21T07:00+01:00 | 2026-03-21T12:00+01:00 | 2026-03-21T07:00+01:00 | 2026-03-21T13:00+01:00 | loopt het onderhoud uit tot 13.00 uur
      Het onderhoud wordt verlengd tot 13.00 uur. | 2026-03-21T07:00+01:00 | 2026-03-21T12:00+01:00 | 2026-03-21T07:00+01:00 | 2026-03-21T13:00+01:00 | verlengd tot 13.00 uur
      Wij verwachten dat het onderhoud tot 13.00 uur duurt. | 2026-03-21T07:00+01:00 | 2026-03-21T12:00+01:00 | 2026-03-21T07:00+01:00 | 2026-03-21T13:00+01:00 | tot 13.00 uur
      Maintenance has been extended until 13:00. | 2026-03-21T07:00+01:00 | 2026-03-21T12:00+01:00 | 2026-03-21T07:00+01:00 | 2026-03-21T13:00+01:00 | extended until 13:00
      Correctie: het onderhoud in de nacht van 21 op 22 maart duurt tot 03.00 uur in plaats van 02.00 uur. | 2026-03-21T23:00+01:00 | 2026-03-22T02:00+01:00 | 2026-03-21T23:00+01:00 | 2026-03-22T03:00+01:00 | duurt tot 03.00 uur
      De werkzaamheden lopen uit. Wij verwachten de KVK API uiterlijk om 09.00 uur weer beschikbaar te hebben. | 2026-09-08T22:00+02:00 | 2026-09-09T06:00+02:00 | 2026-09-08T22:00+02:00 | 2026-09-09T09:00+02:00 | verwachten de KVK API uiterlijk om 09.00 uur
      Het onderhoud loopt uit. De KVK Dataservice is naar verwachting rond 06:00 uur weer beschikbaar. | 2026-06-13T23:00+02:00 | 2026-06-14T04:00+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T06:00+02:00 | naar verwachting rond 06:00 uur
      Het onderhoud loopt uit. We verwachten uiterlijk 7.30 uur klaar te zijn. | 2026-06-13T23:00+02:00 | 2026-06-14T04:00+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T07:30+02:00 | verwachten uiterlijk 7.30 uur
      Het onderhoud van za. 13-06 23.00u loopt uit. Nieuwe verwachting: gereed uiterlijk zo. 14-06 06.15u. | 2026-06-13T23:00+02:00 | 2026-06-14T04:00+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T06:15+02:00 | Nieuwe verwachting: gereed uiterlijk zo. 14-06 06.15u
      The maintenance window has been extended by one hour. It is now expected to end at 07:00 CEST. | 2026-06-13T23:00+02:00 | 2026-06-14T06:00+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T07:00+02:00 | now expected to end at 07:00 CEST
      Het onderhoud is verlengd. Het duurt nu tot 07.00 uur. | 2026-06-13T23:00+02:00 | 2026-06-14T06:00+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T07:00+02:00 | duurt nu tot 07.00 uur
      The maintenance is overrunning. New estimate: done by 05:45 CEST. | 2026-06-13T23:00+02:00 | 2026-06-14T04:00+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T05:45+02:00 | New estimate: done by 05:45 CEST
      The maintenance is running late. The API is expected to be available again at 06:00 CEST. | 2026-06-13T23:00+02:00 | 2026-06-14T04:00+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T06:00+02:00 | expected to be available again at 06:00 CEST
      Het onderhoud schuift een uur op. De downtime is nu van 11:00 tot 13:00 CET, zelfde dag. | 2026-12-08T10:00+01:00 | 2026-12-08T12:00+01:00 | 2026-12-08T11:00+01:00 | 2026-12-08T13:00+01:00 | van 11:00 tot 13:00 CET
      # the night the clocks go back: 06:00 is a wall-clock time, 25 hours after the day began
      Het onderhoud loopt uit tot 06.00 uur. | 2026-10-24T23:00+02:00 | 2026-10-25T04:00+01:00 | 2026-10-24T23:00+02:00 | 2026-10-25T06:00+01:00 | loopt uit tot 06.00 uur
      Het onderhoud dat zondag 1 maart om 22.00 uur begon, duurt naar verwachting tot maandag 2 maart 09.30 uur. | 2026-03-01T22:00+01:00 | 2026-03-02T05:00+01:00 | 2026-03-01T22:00+01:00 | 2026-03-02T09:30+01:00 | duurt naar verwachting tot maandag 2 maart 09.30 uur
      Het onderhoud is nog niet helemaal afgerond. De KVK API is naar verwachting rond 06:00 uur weer beschikbaar. | 2026-06-13T23:00+02:00 | 2026-06-14T04:00+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T06:00+02:00 | naar verwachting rond 06:00 uur
      The data migration is taking longer and we have extended the maintenance window. We now expect to be done no later than 09:00 CET (08:00 UTC) Monday morning. | 2026-11-22T20:00+01:00 | 2026-11-23T02:00+01:00 | 2026-11-22T20:00+01:00 | 2026-11-23T09:00+01:00 | expect to be done no later than 09:00 CET (08:00 UTC)
      The maintenance is overrunning. We expect to complete the migration by 03:30 CEST. | 2026-06-13T23:00+02:00 | 2026-06-14T02:00+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T03:30+02:00 | expect to complete the migration by 03:30 CEST
      Het onderhoud van zaterdagavond 12 september loopt uit tot naar verwachting 04.00 uur zondagochtend. | 2026-09-12T22:00+02:00 | 2026-09-13T02:00+02:00 | 2026-09-12T22:00+02:00 | 2026-09-13T04:00+02:00 | loopt uit tot naar verwachting 04.00 uur
      The maintenance is overrunning. Estimated completion time is now 10:15 CET. | 2026-11-09T06:00+01:00 | 2026-11-09T08:00+01:00 | 2026-11-09T06:00+01:00 | 2026-11-09T10:15+01:00 | completion time is now 10:15 CET
      The maintenance is overrunning. Expected completion time: 10:15 CET. | 2026-11-09T06:00+01:00 | 2026-11-09T08:00+01:00 | 2026-11-09T06:00+01:00 | 2026-11-09T10:15+01:00 | completion time: 10:15 CET
      KVK has extended the maintenance window. Expected completion is now 10.15am SAST Monday 9/11. | 2026-11-08T23:00+02:00 | 2026-11-09T07:00+02:00 | 2026-11-08T23:00+02:00 | 2026-11-09T10:15+02:00 | completion is now 10.15am SAST
      Update 07:05: het onderhoud dat gisteravond om 23.00 uur begon loopt uit. De Dataservice blijft onbereikbaar tot naar verwachting half negen vanochtend. | 2026-11-08T23:00+01:00 | 2026-11-09T06:00+01:00 | 2026-11-08T23:00+01:00 | 2026-11-09T08:30+01:00 | blijft onbereikbaar tot naar verwachting half negen
      The maintenance is overrunning. The KVK API will remain unavailable until approximately 07:30 CET. | 2026-11-08T23:00+01:00 | 2026-11-09T06:00+01:00 | 2026-11-08T23:00+01:00 | 2026-11-09T07:30+01:00 | remain unavailable until approximately 07:30 CET
      The works take longer than planned. Expected end is now 13:30h. The KVK API stays not available until then. | 2026-09-12T06:00+02:00 | 2026-09-12T10:00+02:00 | 2026-09-12T06:00+02:00 | 2026-09-12T13:30+02:00 | end is now 13:30h
      The maintenance is overrunning. We expect to be done before 04:15 CEST. | 2026-06-13T23:00+02:00 | 2026-06-14T02:00+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T04:15+02:00 | expect to be done before 04:15 CEST
      Het onderhoud aan de KVK Dataservice, gestart om 01:00 uur, duurt langer en is uiterlijk om 07:00 uur afgerond. | 2026-10-25T01:00+02:00 | 2026-10-25T05:00+01:00 | 2026-10-25T01:00+02:00 | 2026-10-25T07:00+01:00 | duurt langer en is uiterlijk om 07:00 uur
      Het onderhoud loopt uit. KVK verwacht de werkzaamheden uiterlijk om 05.00 uur af te ronden. | 2026-10-24T23:00+02:00 | 2026-10-25T03:00+01:00 | 2026-10-24T23:00+02:00 | 2026-10-25T05:00+01:00 | verwacht de werkzaamheden uiterlijk om 05.00 uur
      Onderhoud loopt uit. Venster nu 8u-13u, Dataservice nog niet beschikbaar. | 2026-03-07T08:00+01:00 | 2026-03-07T12:00+01:00 | 2026-03-07T08:00+01:00 | 2026-03-07T13:00+01:00 | 8u-13u
      The maintenance is overrunning: the window is now 8h-13h. | 2026-03-07T08:00+01:00 | 2026-03-07T12:00+01:00 | 2026-03-07T08:00+01:00 | 2026-03-07T13:00+01:00 | 8h-13h
      Maintenance overrunning. Time slot now: 8h-13h. | 2026-03-07T08:00+01:00 | 2026-03-07T12:00+01:00 | 2026-03-07T08:00+01:00 | 2026-03-07T13:00+01:00 | 8h-13h
      """)
  void aLaterUpdateMovesTheEndOrTheStart(String text, String start, String end, String newStart,
      String newEnd, String evidence) {
    Window earlier = new Window(at(start), at(end));
    assertThat(new DateExpressions.Prepared(text, at(start), AMS).amend(earlier)).as(text)
        .contains(new Found<>(new Window(at(newStart), at(newEnd)), evidence));
  }

  /** Words that move nothing: a past end, a closing word, a time said of something else. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Het onderhoud is afgerond. De Dataservice is weer beschikbaar.
      Het onderhoud liep tot 11.40 uur.
      Bel ons met vragen van 08.00 tot 17.00 uur.
      Het onderhoud is afgerond. De leveringen via de Mutatieservice lopen tot ca. 14.00 uur achter.
      Het onderhoud is om 11.40 uur afgerond. Bevragingen van het Vestigingsprofiel duren tot 12.30 uur iets langer.
      The maintenance has been completed. Our support desk runs until 17:00 today.
      Maintenance completed. Delays in the Mutatieservice will last until 14:00.
      Na het onderhoud is een verstoring ontstaan. De achterstand in de levering duurt tot 11.00 uur.
      Het onderhoud is afgerond. Morgen voeren wij het tweede deel uit; dat duurt tot 10.00 uur.
      Het onderhoud loopt uit. De volgende update volgt naar verwachting om 13.00 uur.
      Het onderhoud loopt uit. De helpdesk is naar verwachting om 13.00 uur weer bereikbaar.
      Het onderhoud is afgerond. Het verslag verwachten wij om 14.00 uur klaar te hebben.
      Het onderhoud loopt uit. Een nieuwe verwachting volgt om 13.00 uur.
      Het onderhoud is afgerond. Het portaal blijft onbereikbaar tot 13.00 uur.
      Het onderhoud verloopt volgens planning. Het KVK-portaal blijft onbereikbaar tot 13.00 uur vanwege een aparte wijziging.
      The maintenance is running to plan. The sandbox stays offline until 13:00 for a separate update.
      Het onderhoud is afgerond. Het duurt tot 13.00 uur voordat alle bestanden klaarstaan.
      Het onderhoud loopt uit. Morgen loopt een tweede onderhoud tot 13.00 uur.
      Het onderhoud is gestart. Het exportproces duurt tot 13:00.
      The maintenance went well. This morning the nightly batch runs until 13:00.
      During the maintenance, traffic shifts to the backup site from 08:00 to 09:00.
      The maintenance has been completed. We expect to be done with the report by 14:00.
      The maintenance is overrunning. The support desk expects to be done with your tickets by 14:00 on Monday.
      The maintenance is overrunning. We expected to be done by 12:30, but it takes longer.
      The maintenance is overrunning. We had expected to complete the migration by 12:30.
      Maintenance is ongoing. The end is at 12:30 on the old schedule, but we will tell you more later.
      Het onderhoud verloopt volgens planning; de back-up is uiterlijk om 13.00 uur gereed.
      Het onderhoud verloopt volgens planning. Wij verwachten de eerste fase uiterlijk om 13.00 uur af te ronden.
      Het onderhoud loopt uit. De verwerking loopt nu 2u-3u achter.
      Het onderhoud loopt uit. Venster nu 1u-2u langer dan gepland.
      Het onderhoud verloopt volgens plan; nu 3 servers bijgewerkt, de laatste van 10.00 tot 11.00 uur.
      Maintenance is now 2 hours in; calls made between 08:00 and 09:00 may have to be retried.
      """)
  void wordsThatMoveNoWindow(String text) {
    Window earlier = new Window(at("2026-03-21T07:00+01:00"), at("2026-03-21T12:00+01:00"));
    assertThat(new DateExpressions.Prepared(text, at("2026-03-21T12:05+01:00"), AMS)
        .amend(earlier)).as(text).isEmpty();
  }

  /** A maintenance text that names whole days and no times. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Het hele weekend van 14 en 15 maart zijn Basisprofiel en Vestigingsprofiel niet beschikbaar. | 2026-02-16T16:00+01:00 | 2026-03-14T00:00+01:00 | 2026-03-16T00:00+01:00 | weekend van 14 en 15 maart
      De Dataservice is op zaterdag 14 maart de hele dag niet beschikbaar. | 2026-02-16T16:00+01:00 | 2026-03-14T00:00+01:00 | 2026-03-15T00:00+01:00 | zaterdag 14 maart
      The Dataservice will be unavailable all day on Saturday 14 March 2026. | 2026-02-16T16:00+01:00 | 2026-03-14T00:00+01:00 | 2026-03-15T00:00+01:00 | Saturday 14 March 2026
      Heel het weekend van 14 en 15 maart is de KVK Dataservice niet beschikbaar. | 2026-02-16T16:00+01:00 | 2026-03-14T00:00+01:00 | 2026-03-16T00:00+01:00 | weekend van 14 en 15 maart
      """)
  void wholeDays(String text, String anchor, String start, String end, String evidence) {
    assertThat(DateExpressions.wholeDays(text, at(anchor), AMS)).as(text)
        .contains(new Found<>(new Window(at(start), at(end)), evidence));
  }

  /** Whole days said of something else, or of more than one day: no window. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Op zaterdag 14 maart voeren wij onderhoud uit. Wij werken de hele nacht door.
      De Dataservice is op 14 en 15 maart de hele dag niet beschikbaar.
      Het hele weekend van 14 en 15 maart en het hele weekend van 21 en 22 maart werken wij aan de API.
      Wij hebben de hele dag gewerkt aan het herstel.
      Onze servicedesk is op zaterdag 14 maart de hele dag bereikbaar voor vragen over het onderhoud.
      Op maandag 16 maart kan het de hele dag wat drukker zijn.
      We will keep a close eye on the KVK API all day on Sunday 15 March.
      Our engineers are on call the whole weekend of 14 and 15 March.
      """)
  void noWholeDays(String text) {
    assertThat(DateExpressions.wholeDays(text, at("2026-02-16T16:00+01:00"), AMS)).as(text)
        .isEmpty();
  }

  /** A day's times after the ";" that ends its part of a sentence about maintenance. */
  @Test
  void timesAcrossASemicolonBelongToTheMaintenanceDayBeforeIt() {
    assertThat(DateExpressions.window("Het onderhoud van vandaag (maandag 21 juli) loopt uit;"
        + " het venster loopt nu van 05.00 tot 08.30 uur.", at("2025-07-21T06:50+02:00"), AMS)
        .map(Found::value)).contains(new Window(at("2025-07-21T05:00+02:00"),
            at("2025-07-21T08:30+02:00")));
  }

  /** Two names of one day side by side are one day, not a list: an apposition. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Tomorrow night (Wednesday) between 23:00 and 04:00 the service will be unavailable. | 2025-11-18T10:00+01:00 | 2025-11-19T23:00+01:00 | 2025-11-20T04:00+01:00
      Morgen, zaterdag 14 november, is de Dataservice vanaf 10.00 uur niet bereikbaar. Reken op ongeveer twee uur. | 2026-11-13T15:00+01:00 | 2026-11-14T10:00+01:00 | 2026-11-14T12:00+01:00
      """)
  void anAppositionIsOneDay(String text, String anchor, String start, String end) {
    assertThat(DateExpressions.window(text, at(anchor), AMS).map(Found::value)).as(text)
        .contains(new Window(at(start), at(end)));
  }

  /** Two names that do not agree are no apposition: nothing, never a guess. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Tomorrow night (Thursday) between 23:00 and 04:00 the service will be unavailable. | 2025-11-18T10:00+01:00
      Morgen, zondag 15 november, is de Dataservice vanaf 10.00 uur niet bereikbaar. | 2026-11-13T15:00+01:00
      """)
  void namesOfTwoDaysAreNoApposition(String text, String anchor) {
    assertThat(DateExpressions.window(text, at(anchor), AMS)).as(text).isEmpty();
  }

  /** A maintenance text that names no day at all: its times on the day it was written. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Vanaf 13.30 uur voeren wij onvoorzien onderhoud uit aan de KVK API. | 2026-04-08T13:15+02:00 | 2026-04-08T13:30+02:00 | -
      Om 08.30 uur starten wij met onderhoud. Het onderhoud duurt ongeveer 30 minuten. | 2025-10-02T08:05+02:00 | 2025-10-02T08:30+02:00 | 2025-10-02T09:00+02:00
      # a notice in two languages gives the same times twice: one window
      EN: From 14:00 CET the KVK Dataservice is unavailable; we expect to finish by 14:40 CET. NL: Vanaf 14:00 uur is de KVK Dataservice niet beschikbaar, naar verwachting tot 14:40 uur. | 2026-02-11T13:45+01:00 | 2026-02-11T14:00+01:00 | 2026-02-11T14:40+01:00
      # work under way "since" a time, with its expected end
      KVK is doing an emergency maintenance on the servers of the Dataservice since 15hs, expected until 17hs. | 2026-09-11T15:05+02:00 | 2026-09-11T15:00+02:00 | 2026-09-11T17:00+02:00
      Sinds 15:00 voert KVK spoedonderhoud uit aan de Dataservice, naar verwachting tot 17:00. | 2026-09-11T15:05+02:00 | 2026-09-11T15:00+02:00 | 2026-09-11T17:00+02:00
      """)
  void todaysWindow(String text, String anchor, String start, String end) {
    Window expected = new Window(at(start), end.equals("-") ? null : at(end));
    assertThat(DateExpressions.todaysWindow(text, at(anchor), AMS).map(Found::value)).as(text)
        .contains(expected);
    assertThat(DateExpressions.looseWindow(text, at(anchor), AMS)).as("it names no day").isEmpty();
  }

  /** Several spans or days, or a helpdesk's hours: no loose window. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Op zaterdag 6 juni is de API niet beschikbaar. Bel 088-5851585 van 08:00 tot 17:00 uur voor vragen. | 2026-05-20T14:05+02:00
      Op 6 en 7 juni voeren wij onderhoud uit. Het venster is van 08.00 tot 12.00 uur. | 2026-05-20T14:05+02:00
      Wij voeren onderhoud uit van 08.00 tot 10.00 uur en van 14.00 tot 16.00 uur. | 2026-05-20T14:05+02:00
      Bel ons van 08:00 tot 17:00 uur met vragen. | 2026-05-20T14:05+02:00
      Op zaterdag 6 juni voeren wij onderhoud uit. Ons contactcentrum is op werkdagen open van 08.30 tot 17.00 uur. | 2026-05-20T14:05+02:00
      De levering van het bestand is uitgesteld tot maandag 18 mei. Het onderhoud vindt plaats op zaterdag 16 mei. De Dataservice is van 08.00 tot 12.00 uur niet beschikbaar. | 2026-05-06T16:20+02:00
      Het onderhoud, eerder uitgesteld tot zaterdag 9 mei, vindt nu plaats op zaterdag 16 mei. De Dataservice is van 08.00 tot 12.00 uur niet beschikbaar. | 2026-05-06T16:20+02:00
      Het onderhoud van zaterdag 9 mei gaat door. Het onderhoud van 2 mei is verplaatst naar zaterdag 23 mei. De Dataservice is op beide dagen van 08.00 tot 12.00 uur niet beschikbaar. | 2026-05-01T16:20+02:00
      # a start and a step's time, which is no end of the work
      Dinsdag 22 september voert KVK onderhoud uit. Het begint rond 20.00 uur; de back-up is uiterlijk om 21.00 uur klaar. | 2026-09-15T14:10+02:00
      Zaterdag 6 juni werken wij aan de KVK API. De back-up start om 20.00 uur en is uiterlijk om 20.30 uur klaar. Daarna is de API tot 23.00 uur niet beschikbaar. | 2026-06-03T10:00+02:00
      """)
  void noLooseWindow(String text, String anchor) {
    assertThat(DateExpressions.looseWindow(text, at(anchor), AMS)).as(text).isEmpty();
    assertThat(DateExpressions.todaysWindow(text, at(anchor), AMS)).as(text).isEmpty();
  }

  /** An update whose status word resolves the incident: the first moment it names counts. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      De patch is geïnstalleerd. Sinds 08.00 uur geeft Naamgeving geen foutmeldingen meer. | 2026-04-29T08:10+02:00 | 2026-04-29T08:00+02:00 | Sinds 08.00 uur
      All files have been regenerated and re-delivered as of 10:00 CEST. | 2026-07-13T10:10+02:00 | 2026-07-13T10:00+02:00 | as of 10:00 CEST
      De gegevens zijn gecorrigeerd om 15.00 uur. Opgelost. | 2026-08-27T15:10+02:00 | 2026-08-27T15:00+02:00 | om 15.00 uur
      The patch was deployed and delays are gone since 08:00 CEST this morning. | 2025-06-13T08:40+02:00 | 2025-06-13T08:00+02:00 | gone since 08:00 CEST
      De storing is om 10.20 uur verholpen. | 2026-06-02T11:00+02:00 | 2026-06-02T10:20+02:00 | om 10.20 uur verholpen
      # an update dated 02:40 local time in the night the clocks go back, read as the first 02:40
      Downloads work again since 01:15 UTC. | 2026-10-25T02:40+02:00 | 2026-10-25T01:15Z | since 01:15 UTC
      # a report written the next day: its range on the one date it names, in an earlier sentence
      On Wednesday 22 April the files were late. Duration: from 6:40am to 1:25pm UK time. This incident has been resolved. | 2026-04-23T14:10+02:00 | 2026-04-22T14:25+02:00 | from 6:40am to 1:25pm UK time
      # a time right beside the words of a resolution, in a short closing line
      Storing opgelost 12u05. Zoeken werkt weer. | 2026-01-13T12:14+01:00 | 2026-01-13T12:05+01:00 | opgelost 12u05
      Inloggen werkt weer (11:55). | 2026-08-25T12:02+02:00 | 2026-08-25T11:55+02:00 | werkt weer (11:55)
      ma 18/5 16u00 opgelost, de achterstand is weggewerkt. | 2026-05-18T16:14+02:00 | 2026-05-18T16:00+02:00 | ma 18/5 16u00 opgelost
      We increased capacity from ten to twelve nodes at 11:00. Resolved. | 2026-06-02T12:00+02:00 | 2026-06-02T11:00+02:00 | at 11:00
      Latency rose from half to one second. Fixed since 13:10. | 2026-06-02T14:00+02:00 | 2026-06-02T13:10+02:00 | Fixed since 13:10
      Start: 09:15 Opgelost: 10:20 | 2026-06-02T11:00+02:00 | 2026-06-02T10:20+02:00 | Opgelost: 10:20
      Storing opgelost 12u05 (gemeld om 11u30). | 2026-06-02T13:00+02:00 | 2026-06-02T12:05+02:00 | opgelost 12u05
      11:15 definitief opgelost. Een defecte netwerkkaart is vervangen. | 2026-09-08T11:25+02:00 | 2026-09-08T11:15+02:00 | 11:15 definitief opgelost
      Update 11:40: de levering is om 11.25 uur alsnog klaargezet. Status: opgelost. | 2026-03-04T11:40+01:00 | 2026-03-04T11:25+01:00 | om 11.25 uur
      # the stamp right before the words, not a time after a "," or a time something was reported
      Update 11:05: opgelost, om 10:15 zagen wij nog een tweede piek in het aantal foutmeldingen. | 2026-06-02T11:05+02:00 | 2026-06-02T11:05+02:00 | 11:05: opgelost
      Update 11:05: Opgelost (gemeld om 09:30). | 2026-06-02T11:05+02:00 | 2026-06-02T11:05+02:00 | 11:05: Opgelost
      # the update's own time stamp opening it is no moment of the resolution
      Update 11:05: Status: opgelost. Sinds 10.50 uur worden alle bevragingen weer normaal verwerkt. | 2026-01-13T11:05+01:00 | 2026-01-13T10:50+01:00 | Sinds 10.50 uur worden alle bevragingen weer normaal
      # "since" right after the words that it works again, written after midnight
      Update 00:12: Alles is weer bereikbaar sinds 23.45 uur. Status: opgelost | 2026-07-08T00:12+02:00 | 2026-07-07T23:45+02:00 | weer bereikbaar sinds 23.45 uur
      # a backlog cleared is a resolution; a cache cleared is a step; a denied time is none
      The cache was cleared at 10:15 and the KVK API was restored at 10:40. The issue has been resolved. | 2026-06-02T11:00+02:00 | 2026-06-02T10:40+02:00 | restored at 10:40
      The backlog was fully cleared at 16:10. | 2026-05-21T16:40+02:00 | 2026-05-21T16:10+02:00 | backlog was fully cleared at 16:10
      The files were restored not at 14:00 but at 14:35. | 2026-05-21T16:40+02:00 | 2026-05-21T14:35+02:00 | restored not at 14:00 but at 14:35
      # words that it is over before words of a step taken, in a running log
      Update 9u05: KVK heeft een wijziging teruggedraaid. Update 9u30: storing verholpen, inloggen werkt weer. | 2026-09-14T09:41+02:00 | 2026-09-14T09:30+02:00 | Update 9u30: storing verholpen
      "The fix was rolled back at 10:05. At 10:30 all logins were working again." | 2026-09-14T11:00+02:00 | 2026-09-14T10:30+02:00 | At 10:30 all logins were working again
      De wijziging is om 10.20 uur teruggedraaid. | 2026-09-14T11:00+02:00 | 2026-09-14T10:20+02:00 | om 10.20 uur teruggedraaid
      # a step's time stays the end when words that it is over name an earlier time
      # an expectation in a later clause is of something else; who fixed it, then the time
      Mutatieservice delivering again since 16.55 CEST, backlog is being processed and should be empty within the hour. Resolved. | 2026-08-06T17:30+02:00 | 2026-08-06T16:55+02:00 | since 16.55 CEST
      Developer Portal fixed by KVK 09.40 CEST. Key renewal works again. Resolved. | 2026-04-23T10:15+02:00 | 2026-04-23T09:40+02:00 | fixed by KVK 09.40 CEST
      Response times returned to normal at 11:40. | 2026-04-23T12:00+02:00 | 2026-04-23T11:40+02:00 | returned to normal at 11:40
      Om 10:20 is de fix uitgerold. De storing, die om 09:00 begon, is daarmee verholpen. | 2026-06-06T12:00+02:00 | 2026-06-06T10:20+02:00 | Om 10:20 is de fix uitgerold
      Om 10:20 is de wijziging aan de KVK API teruggedraaid; daarmee is de storing voorbij. De Dataservice was om 09:40 al weer beschikbaar. | 2026-06-06T12:00+02:00 | 2026-06-06T10:20+02:00 | Om 10:20 is de wijziging aan de KVK API teruggedraaid
      # hours as Spanish writers put them
      KVK solved the incidence today at 12.30hs. The complete files are available again for download. | 2025-12-29T12:45+01:00 | 2025-12-29T12:30+01:00 | today at 12.30hs
      The incidence has been solved. Since 12.55hs all the calls to Zoeken are responding OK. | 2026-02-10T13:05+01:00 | 2026-02-10T12:55+01:00 | Since 12.55hs
      # formal Dutch: "sedert", "weder"
      De KVK API (Naamgeving) functioneert sedert 06.40 uur (wintertijd) weder normaal. De storing is hiermede opgeheven. | 2026-10-25T07:05+01:00 | 2026-10-25T06:40+01:00 | sedert 06.40 uur (wintertijd) weder normaal
      The anomaly has been resolved at h. 10.05, Zoeken is responding again. | 2026-10-13T10:10+02:00 | 2026-10-13T10:05+02:00 | resolved at h. 10.05
      # Turkey's clock; "een uur of 1" said in the afternoon is the afternoon's
      The problem has been solved at 14:50 TRT. Company search is working normal again. | 2026-01-21T13:05+01:00 | 2026-01-21T12:50+01:00 | at 14:50 TRT
      kvk.nl doet het weer sinds een uur of 1. Uittreksel is binnen. | 2026-03-28T14:05+01:00 | 2026-03-28T13:00+01:00 | sinds een uur of 1
      De nachtelijke import liep vast. Sinds 5 uur draait alles weer. | 2025-06-11T18:30+02:00 | 2025-06-11T05:00+02:00 | Sinds 5 uur
      kvk.nl werkt volgens KVK weer normaal sinds gisteravond ca. 19u00. | 2026-07-17T09:05+02:00 | 2026-07-16T19:00+02:00 | sinds gisteravond ca. 19u00
      Deliveries resumed at 1100hrs EAT. The problem is resolved. | 2026-05-15T10:25+02:00 | 2026-05-15T10:00+02:00 | resumed at 1100hrs EAT
      Resolved. Per KVK the fix was deployed at 7:50 PM PHT and searches are now back to normal. | 2026-02-10T13:05+01:00 | 2026-02-10T12:50+01:00 | was deployed at 7:50 PM PHT
      "kvk.nl doet het weer sinds een uur of 1. Uittreksel is binnen! En vergeet niet: vannacht gaat de klok een uur vooruit." | 2026-03-28T14:05+01:00 | 2026-03-28T13:00+01:00 | sinds een uur of 1
      """)
  void resolvedAt(String text, String anchor, String ended, String evidence) {
    assertThat(DateExpressions.resolvedAt(text, at(anchor), AMS)).as(text)
        .contains(new Found<>(at(ended), evidence));
  }

  /** Not a moment of resolution: a start, an expectation, a time after the update. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      De storing die sinds 09.05 uur optrad, is opgelost. | 2026-06-02T11:00+02:00
      Wij verwachten om 12.00 uur alles te hebben nagestuurd. | 2026-06-02T11:00+02:00
      De achterstand wordt om 13.00 uur nagestuurd. | 2026-06-02T11:00+02:00
      Herstel was verwacht om 10:20 uur, de storing is opgelost. | 2026-06-02T11:00+02:00
      Update 10:20: we zoeken nog naar de oorzaak. De storing is verholpen. | 2026-06-02T11:00+02:00
      # a time beside the words of a resolution that lies ahead, or is a length
      Storing opgelost 12u05. | 2026-06-02T11:00+02:00
      De koppeling werkt weer 2 uur geleden al. | 2026-06-02T11:00+02:00
      Resolved: five to ten customers were affected. | 2026-06-02T11:00+02:00
      Storing van 09:15 opgelost. | 2026-06-02T11:00+02:00
      # under the update's own stamp, no time after a "," or ";" nor a time something was reported
      Update 11:05: the issue is resolved; a second spike of errors was reported at 10:15 by several clients. | 2026-06-02T11:05+02:00
      # an expectation in the moment's own clause, or before it
      The backlog is being processed, and should be empty by 16.55 CEST. Resolved. | 2026-08-06T15:30+02:00
      The backlog should be processed, all files delivered again at 14.55 CEST. | 2026-08-06T15:30+02:00
      # a moment in a clause that says nothing is over, or the next clause goes on about it
      The issue is resolved. At 09:45 we identified a faulty deployment as the cause, and we will add checks to prevent this. | 2026-08-06T11:00+02:00
      De storing is verholpen. Om 09:45 is de oorzaak gevonden, wij zullen maatregelen nemen om herhaling te voorkomen. | 2026-08-06T11:00+02:00
      Resolved. Since 08:10 some users received errors, we will publish a root cause analysis. | 2026-08-06T17:30+02:00
      De KVK API is om 10:15 weer beschikbaar, zo verwachten wij. | 2026-08-06T11:00+02:00
      Om 14:10 is een herstelactie uitgevoerd, de API zou binnen een kwartier weer normaal moeten reageren. | 2026-08-06T14:20+02:00
      # who fixed it is a name, not a patch or a count
      Fixed by patch 3.15; we will monitor. | 2026-08-06T17:30+02:00
      The issue was resolved by restarting 09:40 instances. | 2026-08-06T17:30+02:00
      """)
  void noResolvedAt(String text, String anchor) {
    assertThat(DateExpressions.resolvedAt(text, at(anchor), AMS)).as(text).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      We verwachten dat de storing om 12.00 uur is verholpen. | 2026-06-02T11:00+02:00
      The fix will go live at 12:00 CEST. | 2026-06-02T11:00+02:00
      The fix will be deployed at 12:00 CEST, after which the issue is resolved. | 2026-06-02T11:00+02:00
      De storing is nog niet opgelost. | 2026-06-02T11:00+02:00
      De storing is om 10.20 uur nog niet opgelost. | 2026-06-02T11:00+02:00
      Sinds 09:05 zijn er problemen. | 2026-06-02T11:00+02:00
      Tot 12.00 uur is de API niet beschikbaar. | 2026-06-02T11:00+02:00
      De storing die sinds 09:05 optrad, is verholpen. | 2026-06-02T11:00+02:00
      Vanaf 08:25 uur zijn de API's niet bereikbaar; wij onderzoeken de oorzaak. | 2026-06-02T11:00+02:00
      Op 3 juni 2026 om 10.20 uur is de storing verholpen. | 2026-06-02T11:00+02:00
      Het herstel duurde tussen 1 en 2 uur. | 2026-06-02T09:00+02:00
      De storing is verholpen. | 2026-06-02T11:00+02:00
      # two lines are no log; a log's last resolving line may not lie ahead of the update
      Log 09:02 - Meldingen 09:40 - Storing opgelost | 2026-06-02T11:00+02:00
      Tijdlijn 09:02 - Meldingen 09:40 - Oorzaak gevonden 10:05 - Storing opgelost | 2026-06-02T09:30+02:00
      Openingstijden servicedesk: 08:30 - maandag t/m vrijdag, 10:00 - zaterdag, 12:00 - zondag. De storing is opgelost. | 2026-06-02T13:00+02:00
      "14:02 - errors detected
      14:20 - cause identified
      15:00 - we expect this to be resolved by 18:00" | 2026-06-02T15:30+02:00
      # a question is no statement; two "sinds" times for two services name no one end
      Werkt de KVK API weer sinds 10:00? Nee, helaas nog niet. | 2026-06-02T12:30+02:00
      De KVK API is weer bereikbaar sinds 10:00, de Dataservice sinds 11:40. | 2026-06-02T12:30+02:00
      """)
  void noUntil(String text, String anchor) {
    assertThat(DateExpressions.until(text, at(anchor), AMS)).as(text).isEmpty();
  }

  @Test
  void theJvmDefaultZoneAndLocaleChangeNothing() {
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    java.util.Locale locale = java.util.Locale.getDefault();
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Auckland"));
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      assertThat(DateExpressions.until("DE STORING IS OM 10.20 UUR VERHOLPEN.",
          at("2026-06-02T11:00+02:00"), AMS).orElseThrow().value())
          .isEqualTo(at("2026-06-02T10:20+02:00"));
      assertWindow("IN HET WEEKEND VAN 13 EN 14 JUNI IS DE API VAN ZATERDAG 08.00 TOT ZONDAG 18.00 "
          + "UUR NIET BESCHIKBAAR.", WED, "2026-06-13T08:00+02:00", "2026-06-14T18:00+02:00");
    } finally {
      java.util.TimeZone.setDefault(zone);
      java.util.Locale.setDefault(locale);
    }
  }

  // ---------------------------------------------------------------------------- dates

  @Test
  void datesOfWeekendsNightsAndNumericDays() {
    assertThat(DateExpressions.dates("In het weekend van 13 en 14 juni voeren wij onderhoud uit.",
        at(WED), AMS)).containsExactly(LocalDate.of(2026, 6, 13), LocalDate.of(2026, 6, 14));
    assertThat(DateExpressions.dates("Onderhoud op zo 7-6 van 07.00 tot 11.00 uur.", at(WED),
        AMS)).containsExactly(LocalDate.of(2026, 6, 7));
    assertThat(DateExpressions.dates("Op 7-6 van 07.00 tot 11.00 uur.", at(WED), AMS))
        .containsExactly(LocalDate.of(2026, 6, 7));
    assertThat(DateExpressions.dates("Wij hebben 10-12 medewerkers ingezet, versie v2.10.3 kost "
        + "\u20AC 10.50 en 31-02-2026 bestaat niet.", at(WED), AMS)).isEmpty();
  }

  /** The clock a post's times without a zone are on ({@link DateGrammar#clockOf}). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # the writer's time with Amsterdam's beside it: five hours behind in winter, six in summer, in
      # Dutch words, is the islands' clock, also for a day in the other season
      Sinds 08:45 uur lokale tijd (13:45 uur Nederlandse tijd) werkt het zoeken niet. | 2026-02-10T14:20+01:00 | America/Kralendijk
      Van 02:00 tot 06:00 uur lokale tijd (07:00 tot 11:00 uur Nederlandse tijd) is er onderhoud. | 2026-11-20T14:30+01:00 | America/Kralendijk
      Vanaf 18:00 uur lokale tijd (24:00 uur in Nederland) onderhoud. | 2026-07-22T17:30+02:00 | America/Kralendijk
      Op zaterdag 4 april van 02:00 tot 06:00 uur lokale tijd (08:00 tot 12:00 uur Nederlandse tijd). | 2026-03-20T10:00+01:00 | America/Kralendijk
      Sinds 10:00 uur Bonaire-tijd (15:00 uur Nederlandse tijd) is de KVK API verstoord. | 2026-11-27T15:25+01:00 | America/Kralendijk
      # an hour behind is London's; the same time is Amsterdam's; else the offset, on the anchor's day
      On 4 April from 01:00 to 05:00 local time (02:00 to 06:00 CEST). | 2026-03-20T10:00+01:00 | Europe/London
      Van 02:00 tot 06:00 uur lokale tijd (02:00 tot 06:00 uur CEST). | 2026-03-20T10:00+01:00 | Europe/Amsterdam
      From 07:00 local time (23:00 NL time) the API is down. | 2026-02-10T14:20+01:00 | +09:00
      # the post's first time on the islands' clock, which it names, and Amsterdam's named nowhere
      Sinds vanochtend 07:30 uur (Aruba-tijd) is de levering vertraagd. | 2026-06-11T14:10+02:00 | America/Kralendijk
      Since 09:30 AST the KVK API returns errors. | 2026-08-19T16:00+02:00 | America/Kralendijk
      "Vanaf 11:00 uur lokale tijd gaat het traag.\nDe traagheid is om 09:15 Bonaire-tijd verholpen." | 2026-04-28T15:45+02:00 | America/Kralendijk
      # Amsterdam's clock first, the islands' time a gloss, or only "lokale tijd": Amsterdam's
      Op zaterdag 14 maart is de KVK API van 07:00 tot 13:00 uur niet beschikbaar. Voor onze klanten op Bonaire, Sint Eustatius en Saba is dit van 02:00 tot 08:00 uur lokale tijd. | 2026-03-10T14:00+01:00 | Europe/Amsterdam
      De KVK API is van 22:00 tot 02:00 uur niet beschikbaar. Voor klanten in Caribisch Nederland: dat is van 17:00 tot 21:00 uur Bonaire-tijd. | 2026-03-10T14:00+01:00 | Europe/Amsterdam
      Since 09:15 CET (04:15 AST) the KVK API returns errors. | 2026-03-10T14:00+01:00 | Europe/Amsterdam
      23:00 uur NL-tijd (18:00 uur lokale tijd) start het onderhoud. | 2026-03-10T14:00+01:00 | Europe/Amsterdam
      We replace the Aruba core switches from 22:00 to 23:00 local time. | 2026-03-10T14:00+01:00 | Europe/Amsterdam
      Vanuit ons kantoor op Curaçao: sinds 09:50 uur lokale tijd is kvk.nl onbereikbaar. | 2026-08-19T16:00+02:00 | Europe/Amsterdam
      Sinds 09:50 uur lokale tijd is kvk.nl onbereikbaar. | 2026-08-19T16:00+02:00 | Europe/Amsterdam
      The AST of the request was invalid at 09:30; since 10:00 it works. | 2026-08-19T16:00+02:00 | Europe/Amsterdam
      """)
  void aPostsClock(String text, String anchor, String zone) {
    assertThat(DateGrammar.clockOf(text, at(anchor))).as(text).isEqualTo(ZoneId.of(zone));
  }

  // ------------------------------------------------------------------------- helpers

  static Window assertWindow(String text, String anchor, String start, String end) {
    Optional<Found<Window>> found = window(text, anchor);
    assertThat(found).as(text).isPresent();
    assertThat(found.get().value()).as(text).isEqualTo(new Window(at(start), orNull(end)));
    assertThat(text).contains(found.get().evidence());
    return found.get().value();
  }
}
