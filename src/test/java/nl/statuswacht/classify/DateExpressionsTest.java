package nl.statuswacht.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import nl.statuswacht.model.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date grammar, case by case. Expected instants are worked out by hand: Europe/Amsterdam is
 * +01:00 in winter, +02:00 in summer; summer time 2025 runs from 30 March to 26 October, 2026 from
 * 29 March to 25 October, the clocks moving at 02:00 (spring) and 03:00 (autumn) local time.
 */
class DateExpressionsTest {
  static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

  static Instant at(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  static Instant orNull(String iso) {
    return iso == null ? null : at(iso);
  }

  // ------------------------------------------------------------------------------ windows

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # d06..d12: the fixture posts
      Op zaterdag 18 oktober 2025 tussen 07:00 en 11:00 uur is de KVK API niet beschikbaar wegens gepland onderhoud. | 2025-10-01T10:00+02:00 | 2025-10-18T07:00+02:00 | 2025-10-18T11:00+02:00
      Op woensdag 20 augustus 2025 van 17:00 tot 22:00 uur is de KVK Dataservice niet beschikbaar. | 2025-08-01T10:00+02:00 | 2025-08-20T17:00+02:00 | 2025-08-20T22:00+02:00
      Op vrijdag 14 november 2025 van 22:00 tot 23:00 uur is de KVK Mutatieservice niet beschikbaar door onderhoud. | 2025-11-10T09:00+01:00 | 2025-11-14T22:00+01:00 | 2025-11-14T23:00+01:00
      Donderdag 6 maart 2025 van 13:00 tot 15:00 uur voeren wij onderhoud uit. Tijdens dit onderhoud blijft de KVK API gewoon beschikbaar. | 2025-03-03T10:00+01:00 | 2025-03-06T13:00+01:00 | 2025-03-06T15:00+01:00
      In de nacht van dinsdag 2 op woensdag 3 december 2025 is de KVK Dataservice van 23:00 tot 03:00 uur niet beschikbaar vanwege onderhoud. | 2025-11-12T11:00+01:00 | 2025-12-02T23:00+01:00 | 2025-12-03T03:00+01:00
      The KVK Mutatieservice will be unavailable on Sunday 20 July 2025 between 08:00 and 12:00 because of planned maintenance. | 2025-07-01T09:00+02:00 | 2025-07-20T08:00+02:00 | 2025-07-20T12:00+02:00
      Wij voeren vanavond van 19:00 tot 19:45 uur spoedonderhoud uit aan de KVK Dataservice. | 2025-05-13T15:30+02:00 | 2025-05-13T19:00+02:00 | 2025-05-13T19:45+02:00
      # stated zones, taken literally
      On Saturday 6 June 2026 from 07:00 to 09:00 CEST | 2026-05-01T10:00+02:00 | 2026-06-06T07:00+02:00 | 2026-06-06T09:00+02:00
      On Saturday 6 June 2026 from 07:00 to 09:00 UTC | 2026-05-01T10:00+02:00 | 2026-06-06T07:00Z | 2026-06-06T09:00Z
      Saturday 6 June 2026 07:00 - 09:00 (CET) | 2026-05-01T10:00+02:00 | 2026-06-06T07:00+01:00 | 2026-06-06T09:00+01:00
      # end before start: next day
      14-03-2026 van 21:00 tot 07:30 uur | 2026-03-01T10:00+01:00 | 2026-03-14T21:00+01:00 | 2026-03-15T07:30+01:00
      za 19-09 tussen 22.00 en 02.00 uur | 2026-09-01T10:00+02:00 | 2026-09-19T22:00+02:00 | 2026-09-20T02:00+02:00
      Op zaterdag 14 mrt. 2026 van 22:00 tot 24:00 uur | 2026-03-01T10:00+01:00 | 2026-03-14T22:00+01:00 | 2026-03-15T00:00+01:00
      # no year: first such date on or after the anchor's date
      14 maart van 08:00 tot 12:00 | 2026-03-01T10:00+01:00 | 2026-03-14T08:00+01:00 | 2026-03-14T12:00+01:00
      14 maart van 08:00 tot 12:00 | 2026-03-20T10:00+01:00 | 2027-03-14T08:00+01:00 | 2027-03-14T12:00+01:00
      vrijdag 2 januari van 22:00 tot 23:00 | 2025-12-20T10:00+01:00 | 2026-01-02T22:00+01:00 | 2026-01-02T23:00+01:00
      maandag 29 december van 21:00 tot 23:00 uur | 2025-12-20T10:00+01:00 | 2025-12-29T21:00+01:00 | 2025-12-29T23:00+01:00
      # start only
      zaterdag 14 maart 2026 vanaf 08:00 uur | 2026-03-01T10:00+01:00 | 2026-03-14T08:00+01:00 |
      On Saturday 14 March 2026, beginning 08:00 CET | 2026-03-01T10:00+01:00 | 2026-03-14T08:00+01:00 |
      "Wanneer: za 14 maart 2026, start 08.00 uur
      Duur: circa 3 uur" | 2026-03-01T10:00+01:00 | 2026-03-14T08:00+01:00 | 2026-03-14T11:00+01:00
      Zaterdag 14 maart 2026 vanaf 08.00 uur werken wij aan de KVK API. De API is dan ca. een uur niet beschikbaar. | 2026-03-01T10:00+01:00 | 2026-03-14T08:00+01:00 | 2026-03-14T09:00+01:00
      Zaterdag 14 maart 2026 vanaf 08.00 uur werken wij aan de KVK API. De verwachte duur van het onderhoud is drie uur. | 2026-03-01T10:00+01:00 | 2026-03-14T08:00+01:00 | 2026-03-14T11:00+01:00
      On Saturday 14 March 2026 we work on the KVK API, starting at 08:00 CET and lasting about 2 hours. | 2026-03-01T10:00+01:00 | 2026-03-14T08:00+01:00 | 2026-03-14T10:00+01:00
      # ISO 8601 instants, labelled or as a range
      "Start: 2026-02-25T22:00Z
      End: 2026-02-26T02:00Z" | 2026-02-04T10:00+01:00 | 2026-02-25T23:00+01:00 | 2026-02-26T03:00+01:00
      Window: 2026-02-25T23:00:00+01:00 - 2026-02-26T03:00:00+01:00. | 2026-02-04T10:00+01:00 | 2026-02-25T23:00+01:00 | 2026-02-26T03:00+01:00
      # no end: a deadline before the start, a denied finish, a service that stops
      On Saturday 14 March 2026 the KVK Dataservice is unavailable from 22:00 CET, so make sure your downloads are completed by 21:45 CET. | 2026-03-01T10:00+01:00 | 2026-03-14T22:00+01:00 |
      On Saturday 14 March 2026 from 22:00 CET the Dataservice is unavailable; downloads not finished by 22:00 CET are aborted. | 2026-03-01T10:00+01:00 | 2026-03-14T22:00+01:00 |
      Op zaterdag 14 maart 2026 begint het onderhoud om 21:00 uur; de Mutatieservice stopt om 22:00 uur met versturen. | 2026-03-01T10:00+01:00 | 2026-03-14T21:00+01:00 |
      # a start, then its end in words of finishing (a time after "klaar om" is no second start)
      Emergency maintenance on 18 November 2025 from 13:15 CET, expected to complete by 14:00 CET. | 2025-11-18T13:05+01:00 | 2025-11-18T13:15+01:00 | 2025-11-18T14:00+01:00
      On 6 June 2026 maintenance starts at 22:00 and is scheduled to be finished by around 23:30. | 2026-05-01T10:00+02:00 | 2026-06-06T22:00+02:00 | 2026-06-06T23:30+02:00
      Het onderhoud op dinsdag 18 november begint om 06.00 uur en is naar verwachting klaar om 07.30 uur. | 2025-11-17T10:00+01:00 | 2025-11-18T06:00+01:00 | 2025-11-18T07:30+01:00
      Onderhoud op zaterdag 14 maart 2026: we beginnen om 08:00 uur en het werk eindigt om 10:00 uur. | 2026-03-01T10:00+01:00 | 2026-03-14T08:00+01:00 | 2026-03-14T10:00+01:00
      # DST nights: spring 2026 is 2 h of real time, autumn 2026 4 h
      In de nacht van zaterdag 28 op zondag 29 maart 2026 van 01:00 tot 04:00 uur | 2026-03-10T10:00+01:00 | 2026-03-29T01:00+01:00 | 2026-03-29T04:00+02:00
      In de nacht van zaterdag 24 op zondag 25 oktober 2026 van 01:00 tot 04:00 uur | 2026-10-01T10:00+02:00 | 2026-10-25T01:00+02:00 | 2026-10-25T04:00+01:00
      In de nacht van zaterdag 29 op zondag 30 maart 2025 van 23:00 tot 05:00 uur | 2025-03-10T10:00+01:00 | 2025-03-29T23:00+01:00 | 2025-03-30T05:00+02:00
      nacht van 25 op 26 oktober 2025 van 21:00 tot 07:30 | 2025-10-01T10:00+02:00 | 2025-10-25T21:00+02:00 | 2025-10-26T07:30+01:00
      Night from Saturday 28 to Sunday 29 March 2026 between 22:00 and 06:00 | 2026-03-10T10:00+01:00 | 2026-03-28T22:00+01:00 | 2026-03-29T06:00+02:00
      # 02:30 does not exist on 29 March 2026: ZonedDateTime.ofLocal moves it to 03:30 summer time
      In de nacht van 28 op 29 maart 2026 van 02:30 tot 05:00 | 2026-03-10T10:00+01:00 | 2026-03-29T03:30+02:00 | 2026-03-29T05:00+02:00
      # 02:30 exists twice on 25 October 2026: the earlier offset (summer time) is taken
      In de nacht van 24 op 25 oktober 2026 van 02:30 tot 04:00 | 2026-10-01T10:00+02:00 | 2026-10-25T02:30+02:00 | 2026-10-25T04:00+01:00
      In de nacht van 31 december 2025 op 1 januari 2026 van 23:00 tot 01:00 | 2025-12-01T10:00+01:00 | 2025-12-31T23:00+01:00 | 2026-01-01T01:00+01:00
      # a night's first date in figures: the range after it starts on that date, not the second's
      het onderhoud is vervroegd naar de nacht van do 19/3 op vr 20/3, 22.00 – 02.00 uur | 2026-03-10T15:00+01:00 | 2026-03-19T22:00+01:00 | 2026-03-20T02:00+01:00
      in de nacht van za 6/6 op zo 7/6, van 22:00 tot 02:00 uur | 2026-06-01T10:20+02:00 | 2026-06-06T22:00+02:00 | 2026-06-07T02:00+02:00
      In de nacht van 6-6-2026 op 7-6-2026 van 23:00 tot 01:00 uur | 2026-05-01T10:00+02:00 | 2026-06-06T23:00+02:00 | 2026-06-07T01:00+02:00
      # relative days
      Morgen tussen 07:00 en 09:00 uur is de API niet beschikbaar. | 2025-05-13T15:30+02:00 | 2025-05-14T07:00+02:00 | 2025-05-14T09:00+02:00
      Overmorgen van 06:00 tot 07:00 uur | 2025-05-13T15:30+02:00 | 2025-05-15T06:00+02:00 | 2025-05-15T07:00+02:00
      Vannacht van 23:00 tot 03:00 uur voeren wij onderhoud uit. | 2025-05-13T15:30+02:00 | 2025-05-13T23:00+02:00 | 2025-05-14T03:00+02:00
      Vannacht van 01:00 tot 04:00 uur voeren wij onderhoud uit. | 2025-05-13T00:30+02:00 | 2025-05-13T01:00+02:00 | 2025-05-13T04:00+02:00
      Vandaag van 12.00 tot 12.30 uur is de website traag. | 2025-05-13T09:00+02:00 | 2025-05-13T12:00+02:00 | 2025-05-13T12:30+02:00
      Tonight from 22:00 to 23:30 the API is unavailable. | 2025-11-13T09:00+01:00 | 2025-11-13T22:00+01:00 | 2025-11-13T23:30+01:00
      # "komende nacht" is the night ahead, even for its early hours; "volgende week" a day of next week
      Komende nacht tussen 01.00 en 03.00 uur voeren wij onderhoud uit. | 2025-09-09T16:00+02:00 | 2025-09-10T01:00+02:00 | 2025-09-10T03:00+02:00
      Aankomende nacht van 23.30 tot 02.00 uur is de API niet beschikbaar. | 2025-09-09T16:00+02:00 | 2025-09-09T23:30+02:00 | 2025-09-10T02:00+02:00
      Volgende week dinsdag (14/1) voeren wij 's avonds onderhoud uit van 22.00 tot 00.30 uur. | 2025-01-09T13:15+01:00 | 2025-01-14T22:00+01:00 | 2025-01-15T00:30+01:00
      Maintenance on Tuesday next week from 22:00 to 23:30 CET. | 2025-01-09T13:15+01:00 | 2025-01-14T22:00+01:00 | 2025-01-14T23:30+01:00
      Maintenance from 22:00 CET, 10 November 2026, to 02:00 CET, 11 November 2026. | 2026-10-30T16:45+01:00 | 2026-11-10T22:00+01:00 | 2026-11-11T02:00+01:00
      Volgende week maandag van 06.00 tot 07.00 uur is de API niet beschikbaar. | 2025-01-12T10:00+01:00 | 2025-01-13T06:00+01:00 | 2025-01-13T07:00+01:00
      # other forms
      Op vrijdag 14 november 2025 van 8:00 tot 9:30 uur | 2025-11-01T10:00+01:00 | 2025-11-14T08:00+01:00 | 2025-11-14T09:30+01:00
      Van 22:00 tot 23:00 uur op vrijdag 14 november 2025 is de dienst niet beschikbaar. | 2025-11-01T10:00+01:00 | 2025-11-14T22:00+01:00 | 2025-11-14T23:00+01:00
      Maintenance on Sun 20 Jul 2025 08:00-12:00. | 2025-07-01T09:00+02:00 | 2025-07-20T08:00+02:00 | 2025-07-20T12:00+02:00
      2026-03-14 van 08:00 tot 09:00 | 2026-03-01T10:00+01:00 | 2026-03-14T08:00+01:00 | 2026-03-14T09:00+01:00
      "Datum: zaterdag 18 oktober 2025
      Tijd: 07.00 - 11.00 uur" | 2025-10-01T10:00+02:00 | 2025-10-18T07:00+02:00 | 2025-10-18T11:00+02:00
      Gepubliceerd op 1 maart 2026. Op zaterdag 14 maart 2026 van 08:00 tot 12:00 uur is de API niet beschikbaar. | 2026-03-01T10:00+01:00 | 2026-03-14T08:00+01:00 | 2026-03-14T12:00+01:00
      # a night named by weekdays only, its first day named before ("komende zaterdag")
      Komende zaterdag werken wij aan de KVK API, in de nacht van zaterdag op zondag van 23:00 tot 03:00 uur. | 2026-03-04T10:00+01:00 | 2026-03-07T23:00+01:00 | 2026-03-08T03:00+01:00
      # "aanstaande nacht" is the night ahead, also with its weekdays after a comma (said on a Tuesday)
      Aanstaande nacht is de API tussen 01.00 en 05.00 uur niet beschikbaar. | 2026-06-09T15:30+02:00 | 2026-06-10T01:00+02:00 | 2026-06-10T05:00+02:00
      Aanstaande nacht, van dinsdag op woensdag, is de API tussen 01.00 en 05.00 uur niet beschikbaar. | 2026-06-09T15:30+02:00 | 2026-06-10T01:00+02:00 | 2026-06-10T05:00+02:00
      # a start whose end a later sentence opens with, up to two sentences on
      Urgent onderhoud op 14-04-2026 vanaf 9.15 uur aan de KVK API. De API blijft beschikbaar. Naar verwachting rond 10.15 uur klaar. | 2026-04-14T08:50+02:00 | 2026-04-14T09:15+02:00 | 2026-04-14T10:15+02:00
      Op 14-04-2026 vanaf 9.15 uur werken wij aan de KVK API. Het verslag is naar verwachting rond 10.15 uur klaar. | 2026-04-14T08:50+02:00 | 2026-04-14T09:15+02:00 |
      Op 14-04-2026 vanaf 9.15 uur werken wij aan de KVK API. Om 10.00 uur klaar met de eerste stap. | 2026-04-14T08:50+02:00 | 2026-04-14T09:15+02:00 |
      # each end a whole moment with its own day and zone, on the night the clocks go back
      New window: 24 Oct 2026, 21:00 CEST – 25 Oct 2026, 05:00 CET. | 2026-10-20T14:30+02:00 | 2026-10-24T21:00+02:00 | 2026-10-25T05:00+01:00
      Maintenance from 23:00 CEST on Saturday 24 October until 03:00 CET on Sunday 25 October. | 2026-10-06T14:30+02:00 | 2026-10-24T23:00+02:00 | 2026-10-25T03:00+01:00
      # UK time: London's wall clock (GMT in winter, BST in summer)
      Maintenance on Saturday 7 March from 7am to 9am UK time (08:00 to 10:00 Amsterdam time). | 2026-02-17T11:00+01:00 | 2026-03-07T08:00+01:00 | 2026-03-07T10:00+01:00
      Maintenance on Saturday 13 June from 22:00 to 23:00 BST. | 2026-05-17T11:00+02:00 | 2026-06-13T23:00+02:00 | 2026-06-14T00:00+02:00
      Onderhoud op zaterdag 13 juni van 7 tot 9 uur Britse tijd. | 2026-05-17T11:00+02:00 | 2026-06-13T08:00+02:00 | 2026-06-13T10:00+02:00
      # a night of weekdays in a week named by its ISO number, this year's or, once passed, next year's
      In week 12, in de nacht van dinsdag op woensdag, werken wij aan de Dataservice. Tussen 22.00 en 04.00 uur is die niet beschikbaar. | 2026-02-26T11:00+01:00 | 2026-03-17T22:00+01:00 | 2026-03-18T04:00+01:00
      In week 2 werken wij in de nacht van zaterdag op zondag van 23.00 tot 03.00 uur aan de API. | 2026-12-20T10:00+01:00 | 2027-01-16T23:00+01:00 | 2027-01-17T03:00+01:00
      # a duration behind "duur" and an approximation
      Woensdag 14 oktober start het onderhoud om 21:00 uur, duur ca. 2 uur. | 2026-10-01T10:00+02:00 | 2026-10-14T21:00+02:00 | 2026-10-14T23:00+02:00
      # an approximation after the range's first word
      Dinsdag 6 oktober werken wij tussen ca. 13.00 en 15.00 uur aan de Dataservice. | 2026-09-20T10:00+02:00 | 2026-10-06T13:00+02:00 | 2026-10-06T15:00+02:00
      Maintenance on Sunday 8 March 2026 between approximately 06:00 and 08:00 CET. | 2026-02-20T10:00+01:00 | 2026-03-08T06:00+01:00 | 2026-03-08T08:00+01:00
      """)
  void window(String text, String anchor, String start, String end) {
    Optional<Found<Window>> found = DateExpressions.window(text, at(anchor), AMS);
    assertThat(found).as(text).isPresent();
    assertThat(found.get().value()).isEqualTo(new Window(at(start), orNull(end)));
    assertThat(text).contains(found.get().evidence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Op zaterdag 18 oktober 2025 is de KVK API niet beschikbaar. | 2025-10-01T10:00+02:00
      Van 07:00 tot 11:00 uur is de KVK API niet beschikbaar. | 2025-10-01T10:00+02:00
      Op vrijdag 18 oktober 2025 tussen 07:00 en 11:00 uur is de KVK API niet beschikbaar. | 2025-10-01T10:00+02:00
      vrijdag 14 maart van 08:00 tot 12:00 | 2026-03-01T10:00+01:00
      Op zaterdag 31 februari 2026 van 07:00 tot 11:00 uur | 2026-02-01T10:00+01:00
      Op zaterdag 14 maart 2026 van 22:00 tot 25:00 uur | 2026-03-01T10:00+01:00
      Op zaterdag 14 maart 2026 van 08:00 tot 08:00 uur | 2026-03-01T10:00+01:00
      Binnenkort voeren wij onderhoud uit aan de KVK API. | 2025-10-01T10:00+02:00
      Later dit jaar vervangen wij de servers. | 2025-10-01T10:00+02:00
      Op termijn voegen wij een nieuw signaaltype toe. Wij informeren u later over de datum. | 2025-09-01T10:00+02:00
      Bel 088-5851585 van 08:00 tot 17:00 uur. | 2025-09-01T10:00+02:00
      Versie v1.2 van de API kost vanaf 1 juli € 12,50 per bevraging. | 2025-09-01T10:00+02:00
      Incidenten kunt u na 17:00 uur melden via het formulier op het Developers Portal. | 2025-08-15T10:00+02:00
      zaterdag 14 en zondag 15 maart 2026 van 08:00 tot 12:00 uur | 2026-03-01T10:00+01:00
      Onderhoud staat gepland op 15 maart, 21 juni, 18 oktober en 13 december 2025 van 07:00 tot 11:00 uur. | 2024-12-10T10:00+01:00
      In de nacht van maandag 2 op woensdag 3 december 2025 van 23:00 tot 03:00 uur | 2025-11-12T11:00+01:00
      In de nacht van do 19/4 op vr 20/3 van 22.00 tot 02.00 uur | 2026-03-10T15:00+01:00
      Op zaterdag 14 maart 2026 om 08:00 en 12:00 uur | 2026-03-01T10:00+01:00
      Maintenance on Saturday 14 March 2026 from 22:00 CET until 23:00 UTC. | 2026-03-01T10:00+01:00
      Maintenance tomorrow from 10:00 CET until 12:00 CEST. | 2026-06-06T14:30+02:00
      """)
  void noWindow(String text, String anchor) {
    assertThat(DateExpressions.window(text, at(anchor), AMS)).as(text).isEmpty();
  }

  @Test
  void windowEvidenceIsTheWordsRead() {
    assertThat(DateExpressions.window("Op zaterdag 18 oktober 2025 tussen 07:00 en 11:00 uur is "
        + "de KVK API niet beschikbaar.", at("2025-10-01T10:00+02:00"), AMS).orElseThrow()
        .evidence()).isEqualTo("zaterdag 18 oktober 2025 tussen 07:00 en 11:00 uur");
    assertThat(DateExpressions.window("Wij voeren vanavond van 19:00 tot 19:45 uur "
        + "spoedonderhoud uit.", at("2025-05-13T15:30+02:00"), AMS).orElseThrow().evidence())
        .isEqualTo("vanavond van 19:00 tot 19:45 uur");
  }

  // ------------------------------------------------------------------------ effective dates

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Versie 1 van de API Basisprofiel wordt per 1 februari 2026 uitgefaseerd en vervangen door versie 2. | 2025-01-15T10:00+01:00 | 2026-02-01 | per 1 februari 2026
      Vanaf 1 september 2025 is een nieuw PKIoverheid-certificaat verplicht voor de KVK Dataservice. | 2025-05-01T10:00+02:00 | 2025-09-01 | Vanaf 1 september 2025
      Met ingang van 5 mei 2025 geeft de API Zoeken ook het veld postcode terug. | 2025-02-03T10:00+01:00 | 2025-05-05 | Met ingang van 5 mei 2025
      Per 1 januari 2026 wijzigen de tarieven van de KVK Mutatieservice. | 2025-10-20T10:00+02:00 | 2026-01-01 | Per 1 januari 2026
      Vanaf 16 juni 2025 staat de documentatie van de KVK API op een nieuw adres. | 2025-06-10T10:00+02:00 | 2025-06-16 | Vanaf 16 juni 2025
      M.i.v. 1 juli 2026 vervalt versie 1. | 2025-06-10T10:00+02:00 | 2026-07-01 | M.i.v. 1 juli 2026
      From 1 July 2026 version 1 is retired. | 2025-06-10T10:00+02:00 | 2026-07-01 | From 1 July 2026
      As of 1 July 2026, version 1 is retired. | 2025-06-10T10:00+02:00 | 2026-07-01 | As of 1 July 2026
      As from 1 July 2026 version 1 is retired. | 2025-06-10T10:00+02:00 | 2026-07-01 | As from 1 July 2026
      Effective 1 July 2026 the tariffs change. | 2025-06-10T10:00+02:00 | 2026-07-01 | Effective 1 July 2026
      Starting 1 July 2026 the tariffs change. | 2025-06-10T10:00+02:00 | 2026-07-01 | Starting 1 July 2026
      De tarieven wijzigen per 1 juli. | 2025-09-01T10:00+02:00 | 2026-07-01 | per 1 juli
      De tarieven wijzigen per 1 juli. | 2025-05-01T10:00+02:00 | 2025-07-01 | per 1 juli
      Vanaf maandag 1 september 2025 geldt een nieuw certificaat. | 2025-05-01T10:00+02:00 | 2025-09-01 | Vanaf maandag 1 september 2025
      Per 1-7-2026 wijzigen de tarieven. | 2025-05-01T10:00+02:00 | 2026-07-01 | Per 1-7-2026
      On 1 July 2026 we will retire version 1. | 2025-06-10T10:00+02:00 | 2026-07-01 | On 1 July 2026
      Wij stellen de wijziging uit. De nieuwe ingangsdatum is 1 juni 2026. | 2025-12-08T10:00+01:00 | 2026-06-01 | nieuwe ingangsdatum is 1 juni 2026
      "Version 1 is switched off.
      Effective date: 1 July 2026." | 2026-03-02T15:00+01:00 | 2026-07-01 | Effective date: 1 July 2026
      Het veld rsin verdwijnt. Datum van ingang: 1 juli 2026. | 2026-03-02T15:00+01:00 | 2026-07-01 | Datum van ingang: 1 juli 2026
      Version 1 is retired. Migration date: 1 July 2026. | 2026-03-02T15:00+01:00 | 2026-07-01 | Migration date: 1 July 2026
      Het veld rsin verdwijnt. Datum inwerkingtreding: 1 juli 2026. | 2026-03-02T15:00+01:00 | 2026-07-01 | Datum inwerkingtreding: 1 juli 2026
      "Wat: het bestandsformaat wijzigt.
      Wanneer: 1 september 2026" | 2026-04-15T14:00+02:00 | 2026-09-01 | Wanneer: 1 september 2026
      Gewijzigde datum: de berichten gaan al op 1 september 2026 in, in plaats van op 1 oktober. | 2026-04-10T15:00+02:00 | 2026-09-01 | op 1 september 2026 in
      We move to OAuth. Cut-over date is 2 March 2027. | 2026-09-02T15:00+02:00 | 2027-03-02 | Cut-over date is 2 March 2027
      Wat verandert er? Een extra veld. Per wanneer? Maandag 30 november 2026. Impact: minimaal. | 2026-08-31T10:00+02:00 | 2026-11-30 | Per wanneer? Maandag 30 november 2026
      What changes? One more field. From when? Monday 30 November 2026. | 2026-08-31T10:00+02:00 | 2026-11-30 | From when? Monday 30 November 2026
      Based on your feedback we have postponed this change. The header becomes mandatory on 1 May 2026 instead of 1 March 2026. | 2025-12-01T10:00+01:00 | 2026-05-01 | becomes mandatory on 1 May 2026
      Op verzoek van afnemers stellen wij dit uit. De header wordt verplicht op 1 mei 2026. | 2025-12-01T10:00+01:00 | 2026-05-01 | verplicht op 1 mei 2026
      Gewijzigde datum: de nieuwe foutcodes gaan eerder in, namelijk op maandag 4 mei 2026. | 2026-03-20T15:00+01:00 | 2026-05-04 | gaan eerder in, namelijk op maandag 4 mei 2026
      Eerder meldden wij dat de wijzigingen per 1 april 2027 ingaan. De wijzigingen gaan eerder in, namelijk op 1 maart 2027. | 2026-10-14T10:00+02:00 | 2027-03-01 | gaan eerder in, namelijk op 1 maart 2027
      Based on your feedback we have postponed this change to 1 July 2026. | 2025-12-01T10:00+01:00 | 2026-07-01 | postponed this change to 1 July 2026
      Update: the switch-off has been brought forward to 1 April 2026. | 2025-07-01T09:30+02:00 | 2026-04-01 | brought forward to 1 April 2026
      Change of plan: the CSV export will be switched off earlier, on 31 March 2026. | 2025-09-15T14:00+02:00 | 2026-03-31 | switched off earlier, on 31 March 2026
      Update: go-live is postponed. Nieuwe datum: 4 mei 2026. | 2026-02-10T10:00+01:00 | 2026-05-04 | Nieuwe datum: 4 mei 2026
      De verhoging gaat later in: niet per 1 november maar per 1 december 2026. | 2026-10-01T10:00+02:00 | 2026-12-01 | per 1 december 2026
      Op 28 februari 2026 brengen wij een nieuwe versie in gebruik. | 2025-08-31T12:00+02:00 | 2026-02-28 | Op 28 februari 2026
      Correctie: KVK laat weten dat het nieuwe veld al op 1 april 2026 beschikbaar komt, niet op 1 mei. | 2026-03-02T09:30+01:00 | 2026-04-01 | op 1 april 2026 beschikbaar komt
      KVK brengt op maandag 8 juni een nieuwe versie uit. | 2026-06-04T15:30+02:00 | 2026-06-08 | op maandag 8 juni
      KVK brengt op  maandag 8 juni een nieuwe versie uit. | 2026-06-04T15:30+02:00 | 2026-06-08 | op  maandag 8 juni
      # a release on a weekday that says which (Thursday 4 June: next week's Monday is 8 June)
      KVK brengt begin volgende week (maandag) een nieuwe versie uit van het Basisprofiel. | 2026-06-04T15:30+02:00 | 2026-06-08 | begin volgende week (maandag)
      KVK brengt volgende week maandag een nieuwe versie uit. | 2026-06-04T15:30+02:00 | 2026-06-08 | volgende week maandag
      Komende dinsdag gaat de nieuwe versie live. | 2026-06-04T15:30+02:00 | 2026-06-09 | Komende dinsdag
      The new version goes live next Monday. | 2026-06-04T15:30+02:00 | 2026-06-08 | next Monday
      De nieuwe versie, die gevolgen heeft voor de zoekresultaten, gaat komende maandag live. | 2026-03-10T14:00+01:00 | 2026-03-16 | komende maandag
      De nieuwe versie wordt volgende week donderdag uitgebracht. | 2026-03-10T14:00+01:00 | 2026-03-19 | volgende week donderdag
      We will release a new version of the API on 16 March. | 2026-03-10T14:00+01:00 | 2026-03-16 | on 16 March
      KVK brengt op 16 maart een nieuwe versie van de API Zoeken uit. | 2026-03-10T14:00+01:00 | 2026-03-16 | op 16 maart
      Wij brengen op maandag 16 maart versie 2.3 uit. | 2026-03-10T14:00+01:00 | 2026-03-16 | op maandag 16 maart
      Komende dinsdag gaat de nieuwe versie van de API live. | 2026-03-10T14:00+01:00 | 2026-03-17 | Komende dinsdag
      De nieuwe versie komt op 1 april beschikbaar. | 2026-03-10T14:00+01:00 | 2026-04-01 | op 1 april
      # a release's date gives way to a cue's
      Wij brengen u op 12 maart op de hoogte van de nieuwe versie. Per 1 juni vervalt versie 1. | 2026-03-10T14:00+01:00 | 2026-06-01 | Per 1 juni
      We brengen op 12 maart een nieuwsbrief uit over de nieuwe versie, die per 1 juni ingaat. | 2026-03-10T14:00+01:00 | 2026-06-01 | per 1 juni
      De handleiding die op 1 april beschikbaar komt, beschrijft de wijziging. Per 1 juni gaat de wijziging in. | 2026-03-10T14:00+01:00 | 2026-06-01 | Per 1 juni
      """)
  void effectiveDate(String text, String anchor, String date, String evidence) {
    Optional<Found<LocalDate>> found = DateExpressions.effectiveDate(text, at(anchor), AMS);
    assertThat(found).as(text).contains(new Found<>(LocalDate.parse(date), evidence));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Vanaf 08:25 uur zijn de API Zoeken en de API Basisprofiel niet bereikbaar. | 2025-09-15T08:40+02:00
      Op termijn voegen wij een nieuw signaaltype toe aan de KVK Mutatieservice. Wij informeren u later over de datum. | 2025-09-01T10:00+02:00
      Wij rekenen € 12,50 per bevraging. | 2025-06-10T10:00+02:00
      De tarieven wijzigen per 31 februari 2026. | 2025-06-10T10:00+02:00
      Vanaf dinsdag 1 september 2025 geldt een nieuw certificaat. | 2025-05-01T10:00+02:00
      Binnenkort wijzigt de API. | 2025-05-01T10:00+02:00
      Later dit jaar komt er een nieuwe versie, v1.2. | 2025-05-01T10:00+02:00
      Vragen? Bel 088-5851585 vanaf 08:00 uur. | 2025-05-01T10:00+02:00
      # a release done, a weekday with no week, a weekday said of something else
      Vorige week maandag heeft KVK een nieuwe versie uitgebracht. | 2026-06-04T15:30+02:00
      Op 1 juni hebben wij een nieuwe versie uitgebracht. | 2026-06-04T15:30+02:00
      KVK brengt maandag een nieuwe versie uit. | 2026-06-04T15:30+02:00
      Komende maandag is de helpdesk gesloten. KVK brengt later een nieuwe versie uit. | 2026-06-04T15:30+02:00
      Komende maandag testen wij de nieuwe versie. | 2026-06-04T15:30+02:00
      We brengen u volgende week maandag op de hoogte van de precieze datum van de nieuwe versie. | 2026-03-10T14:00+01:00
      We will share more details about the new version next Monday. | 2026-03-10T14:00+01:00
      De nieuwe versie van de API komt later dit jaar. Volgende week maandag publiceren we de release notes. | 2026-03-10T14:00+01:00
      The fix will go live next Thursday. | 2026-03-10T14:00+01:00
      Volgende week donderdag organiseren we een webinar over de nieuwe versie van de API. | 2026-03-10T14:00+01:00
      Version 2.3, which we announced on 2 March, will be released in April. | 2026-03-10T14:00+01:00
      Following the incident on 2 March, we will release version 2.3.1 with a fix. | 2026-03-10T14:00+01:00
      Versie 2.3, die wij op 2 maart aankondigden, wordt in april uitgerold. | 2026-03-10T14:00+01:00
      """)
  void noEffectiveDate(String text, String anchor) {
    assertThat(DateExpressions.effectiveDate(text, at(anchor), AMS)).as(text).isEmpty();
  }

  // ---------------------------------------------------------------------------------- since

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Vanaf 08:25 uur zijn de API Zoeken en de API Basisprofiel niet bereikbaar. | 2025-09-15T08:40+02:00 | 2025-09-15T08:25+02:00
      Sinds 09:05 uur zijn er problemen. | 2025-09-15T09:30+02:00 | 2025-09-15T09:05+02:00
      Sinds vanochtend 07:10 is de Dataservice traag. | 2025-09-15T09:30+02:00 | 2025-09-15T07:10+02:00
      Since 09:05 the API returns errors. | 2025-09-15T09:30+02:00 | 2025-09-15T09:05+02:00
      Beginning 09:05 CEST, requests to Zoeken time out. | 2025-09-15T09:30+02:00 | 2025-09-15T09:05+02:00
      From 08:25 (CEST) all endpoints return errors. | 2025-06-02T09:00+02:00 | 2025-06-02T08:25+02:00
      From 06:25 UTC all endpoints return errors. | 2025-06-02T09:00+02:00 | 2025-06-02T06:25Z
      Sinds 23:50 uur is de API niet bereikbaar. | 2025-11-10T00:20+01:00 | 2025-11-09T23:50+01:00
      sinds maandag 15 september 08:25 | 2025-09-16T10:00+02:00 | 2025-09-15T08:25+02:00
      sinds 15 september 2025 om 08:25 uur | 2025-09-16T10:00+02:00 | 2025-09-15T08:25+02:00
      Sinds gisteravond 22:15 zijn er problemen. | 2025-09-16T08:00+02:00 | 2025-09-15T22:15+02:00
      sinds 8.05 uur | 2025-09-16T08:30+02:00 | 2025-09-16T08:05+02:00
      Sinds 01:30 uur is de API niet bereikbaar. | 2026-03-29T04:00+02:00 | 2026-03-29T01:30+01:00
      # a report after the fact: a range after the day it opens with, or after a weekday
      "Kenmerk: PF/2026-014 Geachte deelnemer, Op dinsdag 10 februari jl. was zoeken via de KVK API van 9.40 uur tot 11.25 uur niet mogelijk." | 2026-02-10T14:30+01:00 | 2026-02-10T09:40+01:00
      Op woensdag 1-7-2026 zijn van 8.05 uur tot 10.50 uur geen mutaties ontvangen. | 2026-07-01T15:20+02:00 | 2026-07-01T08:05+02:00
      Op maandag 9 februari was de API van 9.40 uur tot 11.25 uur niet beschikbaar. | 2026-02-10T14:30+01:00 | 2026-02-09T09:40+01:00
      Dinsdagochtend is Zoeken van kwart over negen tot half elf niet beschikbaar geweest. | 2026-04-14T12:05+02:00 | 2026-04-14T09:15+02:00
      Maandag was het portal van 13.30 uur tot 15.00 uur niet bereikbaar. | 2026-06-30T16:10+02:00 | 2026-06-29T13:30+02:00
      # a day and month with dots, its own dot before the time
      Since Monday 07.09. 10:00h messages about address changes are not delivered. | 2026-09-07T10:25+02:00 | 2026-09-07T10:00+02:00
      Vanaf een uur of twee vanmiddag is de KVK API niet bereikbaar. | 2026-06-06T16:00+02:00 | 2026-06-06T14:00+02:00
      # a day and month with dots that ends a sentence is not the next sentence's day
      Wij meldden eerder een storing op maandag 07.09. Van 07:00 tot 08:00 uur was de API opnieuw niet bereikbaar. | 2026-09-08T09:00+02:00 | 2026-09-08T07:00+02:00
      """)
  void since(String text, String anchor, String started) {
    Optional<Found<Instant>> found = DateExpressions.since(text, at(anchor), AMS);
    assertThat(found).as(text).isPresent();
    assertThat(found.get().value()).isEqualTo(at(started));
    assertThat(text).contains(found.get().evidence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Vanaf 1 september 2025 is een nieuw PKIoverheid-certificaat verplicht. | 2025-05-01T10:00+02:00
      Sinds 25:10 uur is de API niet bereikbaar. | 2025-09-15T09:30+02:00
      Vanaf 08:00 tot 12:00 uur voeren wij onderhoud uit. | 2025-09-15T07:30+02:00
      De verstoring is verholpen. | 2025-09-15T09:30+02:00
      sinds vrijdag 15 september 08:25 | 2025-09-16T10:00+02:00
      Sinds vanochtend 07:10 is de Dataservice traag. | 2025-09-15T06:00+02:00
      Bel 088-5851585 voor meer informatie. | 2025-09-15T09:30+02:00
      # a day still to come, a day more than a month back, a weekday in text that is not past
      Op dinsdag 17 februari is de API van 9.40 uur tot 11.25 uur niet beschikbaar. | 2026-02-10T14:30+01:00
      Op 10 januari 2025 was de API van 09:40 tot 11:25 niet beschikbaar. | 2026-02-10T14:30+01:00
      Dinsdag is het portal van 13.30 uur tot 15.00 uur niet bereikbaar. | 2026-06-30T16:10+02:00
      Wij hebben besloten het onderhoud te verplaatsen: dinsdag is het portal van 13.30 uur tot 15.00 uur niet bereikbaar. | 2026-06-29T10:00+02:00
      Na de storing van vrijdag was de KVK API van 8.30 uur tot 9.15 uur opnieuw niet bereikbaar. | 2026-06-29T10:00+02:00
      Naar aanleiding van de storing op 3 februari is de KVK API van 19.00 tot 21.00 uur niet beschikbaar voor herstelwerkzaamheden. | 2026-02-10T09:00+01:00
      """)
  void noSince(String text, String anchor) {
    assertThat(DateExpressions.since(text, at(anchor), AMS)).as(text).isEmpty();
  }

  @Test
  void sinceEvidence() {
    assertThat(DateExpressions.since("Vanaf 08:25 uur zijn de API Zoeken niet bereikbaar.",
        at("2025-09-15T08:40+02:00"), AMS).orElseThrow().evidence()).isEqualTo("Vanaf 08:25 uur");
  }

  // ---------------------------------------------------------------------------------- dates

  @Test
  void yearlyCalendarCarriesTheYearBack() {
    assertThat(DateExpressions.dates("De onderhoudskalender voor 2025 is gepubliceerd. Onderhoud "
        + "met onderbreking staat gepland op 15 maart, 21 juni, 18 oktober en 13 december 2025.",
        at("2024-12-10T10:00+01:00"), AMS)).containsExactly(LocalDate.of(2025, 3, 15),
        LocalDate.of(2025, 6, 21), LocalDate.of(2025, 10, 18), LocalDate.of(2025, 12, 13));
  }

  @Test
  void aListAcrossNewYearTakesTheYearBefore() {
    assertThat(DateExpressions.dates("op 15 december en 10 januari 2026",
        at("2025-06-10T10:00+02:00"), AMS))
        .containsExactly(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 10));
  }

  @Test
  void datesOfTwoDaysOfOneMonthWrittenAsAPair() {
    assertThat(DateExpressions.dates("In de nachten van 7/8 maart en 5/6 december, en op 13-14 "
        + "juni 2027.", at("2026-12-20T10:00+01:00"), AMS)).containsExactly(
        LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 12, 5),
        LocalDate.of(2027, 12, 6), LocalDate.of(2027, 6, 13), LocalDate.of(2027, 6, 14));
    assertThat(DateExpressions.dates("Versie 8/7 maart? Nee: 10-12 uur. Onderhoud op 1-31 maart.",
        at("2026-12-20T10:00+01:00"), AMS)).isEmpty();
  }

  @Test
  void datesOfANightAndImpossibleDatesLeftOut() {
    assertThat(DateExpressions.dates("In de nacht van 2 op 3 december 2025; niet op 31 februari "
        + "2026, wel op 1 maart 2026.", at("2025-06-10T10:00+02:00"), AMS))
        .containsExactly(LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 3),
            LocalDate.of(2026, 3, 1));
    assertThat(DateExpressions.dates("Geen datum hier: bel 088-5851585, betaal € 12,50, "
        + "gebruik v1.2, om 08.00 uur.", at("2025-06-10T10:00+02:00"), AMS)).isEmpty();
  }

  // ------------------------------------------------------------------ default zone, locale

  @Test
  void theJvmDefaultZoneAndLocaleChangeNothing() {
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
      Locale.setDefault(Locale.US);
      assertThat(DateExpressions.window("In de nacht van zaterdag 28 op zondag 29 maart 2026 van "
          + "01:00 tot 04:00 uur", at("2026-03-10T10:00+01:00"), AMS).orElseThrow().value())
          .isEqualTo(new Window(at("2026-03-29T01:00+01:00"), at("2026-03-29T04:00+02:00")));
      assertThat(DateExpressions.window("Wij voeren vanavond van 19:00 tot 19:45 uur "
          + "spoedonderhoud uit.", at("2025-05-13T15:30+02:00"), AMS).orElseThrow().value())
          .isEqualTo(new Window(at("2025-05-13T19:00+02:00"), at("2025-05-13T19:45+02:00")));
      assertThat(DateExpressions.since("Sinds 23:50 uur is de API niet bereikbaar.",
          at("2025-11-10T00:20+01:00"), AMS).orElseThrow().value())
          .isEqualTo(at("2025-11-09T23:50+01:00"));
      assertThat(DateExpressions.effectiveDate("De tarieven wijzigen per 1 juli.",
          at("2025-09-01T10:00+02:00"), AMS).orElseThrow().value())
          .isEqualTo(LocalDate.of(2026, 7, 1));
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR")); // dotless i in lower case
      assertThat(DateExpressions.effectiveDate("MET INGANG VAN 5 MEI 2025 WIJZIGT DE API.",
          at("2025-02-03T10:00+01:00"), AMS).orElseThrow().value())
          .isEqualTo(LocalDate.of(2025, 5, 5));
      assertThat(DateExpressions.dates("15 MAART, 21 JUNI EN 13 DECEMBER 2025",
          at("2024-12-10T10:00+01:00"), AMS)).hasSize(3);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void emptyTextGivesNothing() {
    Instant anchor = at("2025-06-10T10:00+02:00");
    assertThat(DateExpressions.window("", anchor, AMS)).isEmpty();
    assertThat(DateExpressions.effectiveDate("", anchor, AMS)).isEmpty();
    assertThat(DateExpressions.since("", anchor, AMS)).isEmpty();
    assertThat(DateExpressions.dates("", anchor, AMS)).isEqualTo(List.of());
  }
}
