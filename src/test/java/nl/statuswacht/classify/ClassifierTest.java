package nl.statuswacht.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import nl.statuswacht.config.VocabularyLoader;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.ImpactClass;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences in the style of a Dutch or English status page, and what must come out of them. */
class ClassifierTest {
  private static final Instant PUBLISHED = at("2026-03-10T14:00:00+01:00");
  private static final Classifier CLASSIFIER = classifier();

  private static Classifier classifier() {
    try {
      return new Classifier(VocabularyLoader.load(Path.of("conf/classify.yaml")));
    } catch (nl.statuswacht.config.ConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant at(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  private static Classification classify(String title, String text) {
    return classify(title, text, PlatformHints.NONE);
  }

  private static Classification classify(String title, String text, PlatformHints hints) {
    return CLASSIFIER.classify(new Post("p", title, null, PUBLISHED, PUBLISHED, text,
        List.of(new PostUpdate(PUBLISHED, "", text)), hints));
  }

  private static Post post(String title, PostUpdate... updates) {
    return new Post("p", title, null, PUBLISHED, PUBLISHED, "", List.of(updates),
        PlatformHints.NONE);
  }

  @Test
  void itAsksForItsVocabularyOnceAndOnlyWhenItClassifiesAPost() throws Exception {
    Vocabulary shipped = VocabularyLoader.load(Path.of("conf/classify.yaml"));
    AtomicInteger asked = new AtomicInteger();
    Classifier lazy = new Classifier(() -> {
      asked.incrementAndGet();
      return shipped;
    });

    assertThat(asked).hasValue(0);
    String text = "De API Zoeken is niet bereikbaar. Prioriteit 1.";
    Post post = new Post("p", "Storing KVK API", null, PUBLISHED, PUBLISHED, text,
        List.of(new PostUpdate(PUBLISHED, "", text)), PlatformHints.NONE);
    Classification first = lazy.classify(post);
    lazy.classify(post);
    lazy.cancelled(post);

    assertThat(asked).hasValue(1);
    assertThat(first.category()).isEqualTo(Category.INCIDENT);
    assertThat(first.priority()).isEqualTo(Priority.P1);
  }

  @ParameterizedTest(name = "{0} — {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Storing KVK API | De API Zoeken is niet bereikbaar. Prioriteit 1. | INCIDENT | P1
      Verstoring Dataservice | De dienstverlening is beperkt verstoord. | INCIDENT | P2
      Vertraging signalen | Signalen van de Mutatieservice komen later; minimaal verstoord. | INCIDENT | P3
      Partial outage KVK API | The KVK API is partially disrupted. | INCIDENT | P2
      Incident Basisprofiel | De API Basisprofiel geeft foutmeldingen (P2). | INCIDENT | P2
      Storing | Wij onderzoeken een probleem met inloggen. | INCIDENT | -
      Storing na upgrade naar HTTP1 | Wij onderzoeken de oorzaak. | INCIDENT | -
      Storing KVK Dataservice | Prioriteit 3: enkele bevragingen duren langer. | INCIDENT | P3
      Major outage KVK API | All requests fail. | INCIDENT | P1
      Trage KVK API | Dit is geen ernstige storing; wij noemen het beperkt verstoord. | INCIDENT | P2
      Vertraging Zoeken | Er is geen sprake van een ernstige verstoring, wel minimaal verstoord. | INCIDENT | P3
      Slow KVK API | This is not a severe disruption but a partial outage. | INCIDENT | P2
      Storing KVK API | De KVK API is niet beschikbaar door een ernstige storing. | INCIDENT | P1
      Storing KVK API | Er is nog geen oplossing voor deze ernstige storing. | INCIDENT | P1
      Outage KVK API | There is no workaround for this major outage. | INCIDENT | P1
      # a ticket's priority raised later: the highest stated
      INC0051209 Timeouts KVK Basisprofiel | Priority: 3 - Moderate. The issue is back, priority raised to 1 - Critical. | INCIDENT | P1
      Storing KVK API | Prioriteit 3. De storing is erger geworden; prioriteit verhoogd naar 2. | INCIDENT | P2
      # not a term or a lowering: no priority
      Trage KVK API | De KVK API is traag. Afhandeltermijn voor deze prioriteit aangepast naar 2 werkdagen. | INCIDENT | -
      KVK API errors | The KVK API returns errors. A workaround is available. Priority lowered to 3. | INCIDENT | -
      """)
  void incidentsAndTheirPriority(String title, String text, Category category, Priority priority) {
    Classification c = classify(title, text);

    assertThat(c.category()).isEqualTo(category);
    assertThat(c.priority()).isEqualTo(priority);
    assertThat(c.impactClass()).isNull();
    assertThat(c.window()).isNull();
  }

  @Test
  void withoutWordsThePlatformsImpactDecidesCategoryAndPriority() {
    Classification c = classify("Probleem met inloggen", "Er is iets mis.",
        new PlatformHints("major", null, List.of()));

    assertThat(c.category()).isEqualTo(Category.INCIDENT);
    assertThat(c.priority()).isEqualTo(Priority.P2);
    assertThat(c.evidence()).containsEntry("priority", "platform impact: major");
  }

  @Test
  void aPlatformThatCallsMaintenanceAnIncidentIsOverruledByTheText() {
    Classification c = classify("Onderhoud aan de Mutatieservice",
        "Tijdens het onderhoud blijft de KVK Mutatieservice beschikbaar.",
        new PlatformHints("minor", null, List.of()));

    assertThat(c.category()).isEqualTo(Category.PLANNED_MAINTENANCE);
    assertThat(c.downtime()).isFalse();
    assertThat(c.priority()).isNull();
  }

  @Test
  void emergencyMaintenanceTonightWithDowntime() {
    Classification c = classify("Spoedonderhoud KVK API",
        "Vanavond van 20:00 tot 21:00 uur is de KVK API niet beschikbaar.");

    assertThat(c.category()).isEqualTo(Category.EMERGENCY_MAINTENANCE);
    assertThat(c.downtime()).isTrue();
    assertThat(c.services()).containsExactly(Service.KVK_API);
    assertThat(c.window()).isEqualTo(new Window(at("2026-03-10T20:00:00+01:00"),
        at("2026-03-10T21:00:00+01:00")));
  }

  @Test
  void plannedMaintenanceWithoutDowntimeInEnglish() {
    Classification c = classify("Planned maintenance KVK Dataservice",
        "The KVK Dataservice remains available during the maintenance.");

    assertThat(c.category()).isEqualTo(Category.PLANNED_MAINTENANCE);
    assertThat(c.downtime()).isFalse();
    assertThat(c.evidence()).containsEntry("downtime", "\"remains available\"");
  }

  @Test
  void noMoreErrorsSinceAMomentIsItsEndNotItsStart() {
    Post post = new Post("p", "Storing KVK API", null, PUBLISHED, PUBLISHED, "", List.of(
        new PostUpdate(at("2026-06-02T09:20:00+02:00"), "Onderzoek",
            "De KVK API geeft foutmeldingen."),
        new PostUpdate(at("2026-06-02T11:05:00+02:00"), "Opgelost",
            "Sinds 10:40 uur zijn er geen fouten meer opgetreden. De storing is verholpen.")),
        PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.started()).isEqualTo(at("2026-06-02T09:20:00+02:00"));
    assertThat(c.resolved()).isEqualTo(at("2026-06-02T10:40:00+02:00"));
  }

  @Test
  void aLaterUpdateResolvedByItsStatusAtAStatedMomentOutweighsAnEarlierTextThatSaidHersteld() {
    Post post = post("Storing KVK Dataservice",
        new PostUpdate(at("2026-06-02T09:20:00+02:00"), "Onderzoek",
            "Sinds 09.00 uur is de KVK Dataservice niet beschikbaar."),
        new PostUpdate(at("2026-06-02T10:00:00+02:00"), "Update",
            "De stroomvoorziening is hersteld; de servers worden een voor een opgestart."),
        new PostUpdate(at("2026-06-02T11:30:00+02:00"), "Opgelost",
            "Om 11.15 uur is de laatste server gestart en is de storing verholpen."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-06-02T11:15:00+02:00"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Update | The issue has resurfaced. Downloads fail for some customers.
      Update | Downloads are failing again for some customers.
      Update | De storing treedt weer op: downloads mislukken.
      Update | Helaas komen er toch weer geen resultaten; de storing is dus teruggekeerd.
      Investigating | Downloads fail for some customers.
      Onderzoek | Downloads mislukken bij sommige klanten.
      Storing | Hmm, te vroeg gejuicht. Ongeveer 1 op de 3 downloads gaat mis. KVK kijkt opnieuw.
      Update | De downloads falen weer.
      Anomaly | The malfunction is present again, KVK is investigating.
      """)
  void anUpdateThatSaysTheTroubleIsBackReopensTheIncident(String status, String reopening) {
    Post post = post("KVK Dataservice downloads failing",
        new PostUpdate(at("2026-11-04T10:15:00+01:00"), "Investigating",
            "Since 10:00 CET downloads from the KVK Dataservice fail."),
        new PostUpdate(at("2026-11-04T11:35:00+01:00"), "Resolved", "Downloads are working."),
        new PostUpdate(at("2026-11-04T12:15:00+01:00"), status, reopening),
        new PostUpdate(at("2026-11-04T13:50:00+01:00"), "Resolved",
            "Services restored at 13:40 CET."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-11-04T13:40:00+01:00"));
  }

  /**
   * Trouble back in a sentence after one that says what is missing ("komen er toch weer geen
   * mutaties binnen. De storing is dus teruggekeerd") reopens it: a denial reaches no further back
   * than its sentence. A completion status ("Afgerond") leaves it to the words whether the
   * incident is resolved, at the time they state.
   */
  @Test
  void troubleBackAfterASentenceOfWhatIsMissingReopensAndAnAfgerondUpdateResolvesIt() {
    Post post = post("Mutatieservice KVK - ledenadministratie",
        new PostUpdate(at("2026-09-16T09:05:00+02:00"), "Melding",
            "Vanaf ongeveer 08.40 uur komen er geen mutaties meer binnen via de KVK"
                + " Mutatieservice."),
        new PostUpdate(at("2026-09-16T11:20:00+02:00"), "Opgelost",
            "De mutaties komen weer binnen, ook de gemiste van vanochtend."),
        new PostUpdate(at("2026-09-17T09:10:00+02:00"), "Nog steeds",
            "Helaas, sinds vannacht komen er toch weer geen mutaties binnen. De storing is dus"
                + " teruggekeerd."),
        new PostUpdate(at("2026-09-18T08:50:00+02:00"), "Afgerond",
            "KVK heeft het probleem nu structureel opgelost. Volgens hun bericht werkt de"
                + " Mutatieservice weer sinds 22.00 u. gisteravond."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-09-17T22:00:00+02:00"));
  }

  /** Words of trouble come back that are denied, warded off or told afterwards reopen nothing. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Update | Good news: the issue has not resurfaced.
      Postmortem | We have added monitoring to prevent the API from going down again.
      Postmortem | The problem briefly resurfaced at 09:40 before the fix was deployed.
      Update | We nemen maatregelen om te voorkomen dat de dienst weer verstoord raakt.
      Update | Om te voorkomen dat bijv. de KVK API opnieuw verstoord raakt, hebben we extra monitoring ingericht.
      Update | To prevent e.g. the KVK API from failing again, we added extra capacity.
      Nabericht | De fouten zijn terug te voeren op een verlopen certificaat.
      Update | Error rates are back at their usual level.
      Update | Follow-up: the historical trade names are present again for all records.
      """)
  void troubleBackThatIsDeniedOrWardedOffReopensNothing(String status, String text) {
    Post post = post("KVK API errors",
        new PostUpdate(at("2026-11-04T09:00:00+01:00"), "Investigating",
            "Since 08:50 CET the KVK API returns errors."),
        new PostUpdate(at("2026-11-04T10:00:00+01:00"), "Resolved", "The errors are gone."),
        new PostUpdate(at("2026-11-04T12:00:00+01:00"), status, text));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-11-04T10:00:00+01:00"));
  }

  @Test
  void anUpdateResolvedByItsStatusReopensNothingWhateverItsWords() {
    Post post = post("Verstoring KVK API",
        new PostUpdate(at("2026-02-10T09:12:00+01:00"), "Onderzoek",
            "Sinds 08:50 uur geeft Zoeken foutmeldingen."),
        new PostUpdate(at("2026-02-10T13:05:00+01:00"), "Opgelost",
            "De index is opnieuw opgebouwd en de storing is om 12.45 uur verholpen."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-02-10T12:45:00+01:00"));
  }

  @Test
  void aLaterResolvedStatusThatStatesNoMomentLeavesTheEarlierOne() {
    Post post = post("Storing KVK Dataservice",
        new PostUpdate(at("2026-06-02T09:20:00+02:00"), "Onderzoek",
            "Sinds 09.00 uur is de KVK Dataservice niet beschikbaar."),
        new PostUpdate(at("2026-06-02T10:00:00+02:00"), "Update",
            "Sinds 09.50 uur werkt alles weer. Wij houden de situatie in de gaten."),
        new PostUpdate(at("2026-06-02T11:30:00+02:00"), "Opgelost",
            "Wij sluiten deze melding."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-06-02T09:50:00+02:00"));
  }

  @Test
  void aWindowAroundTheHolidaysIsStillMaintenance() {
    Classification c = classify("KVK Dataservice niet beschikbaar rond de kerstdagen",
        "Wegens onderhoud is de KVK Dataservice op zaterdag 27 december 2025 van 08:00 tot"
            + " 12:00 uur niet beschikbaar.");

    assertThat(c.category()).isEqualTo(Category.PLANNED_MAINTENANCE);
  }

  @Test
  void aNoticeThatCitesTheAnnualScheduleIsNoCalendar() {
    Classification c = classify("Maintenance KVK API 14 March", "Reminder: as listed in our"
        + " annual maintenance schedule, the KVK API is unavailable on Saturday 14 March 2026 from"
        + " 07:00 to 13:00. The next windows are Saturday 13 June and Saturday 12 September.");

    assertThat(c.category()).isEqualTo(Category.PLANNED_MAINTENANCE);
    assertThat(c.window()).isEqualTo(new Window(at("2026-03-14T07:00:00+01:00"),
        at("2026-03-14T13:00:00+01:00")));
  }

  @Test
  void anEnglishAnnualMaintenanceScheduleIsACalendar() {
    Classification c = classify("[Notice] 2026 annual maintenance schedule of KVK API",
        "We inform you of the 2026 maintenance schedule announced by KVK.\n\u25A0Schedule"
            + " (Netherlands time)\n- 2026/03/14 (Sat) 07:00-13:00\n- 2026/06/13 (Sat)"
            + " 07:00-13:00\n- 2026/09/12 (Sat) 07:00-13:00\n- 2026/12/12 (Sat) 07:00-13:00");

    assertThat(c.category()).isEqualTo(Category.INFORMATION);
    assertThat(c.calendarYear()).isEqualTo(2026);
  }

  /**
   * Times without a zone in a post written on another clock, which the post makes plain: a local
   * time with Amsterdam's beside it (08:45 on the islands, UTC−4, is 13:45 in Amsterdam in
   * winter); not a Dutch post with a line for the islands' customers, whose times stay Amsterdam's.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Bon dia, wij berichten u dat sinds 08:45 uur lokale tijd (13:45 uur Nederlandse tijd) het zoeken via de KVK API niet werkt. | Sinds 12:10 uur werkt het zoeken via de KVK API weer normaal. | 2026-02-10T13:45:00+01:00 | 2026-02-10T17:10:00+01:00
      Sinds 14:00 uur is de KVK API niet bereikbaar (voor klanten op Curaçao is dat 09:00 uur lokale tijd). | Sinds 15:10 uur werkt de KVK API weer. | 2026-02-10T14:00:00+01:00 | 2026-02-10T15:10:00+01:00
      """)
  void timesWithoutAZoneAreOnTheClockThePostIsWrittenOn(String first, String last,
      String started, String resolved) {
    Post post = post("Storing KVK API",
        new PostUpdate(at("2026-02-10T14:20:00+01:00"), "Storing", first),
        new PostUpdate(at("2026-02-10T17:30:00+01:00"), "Opgelost", last));

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.started()).isEqualTo(at(started));
    assertThat(c.resolved()).isEqualTo(at(resolved));
  }

  @Test
  void aMaintenanceWindowOnTheIslandsClock() {
    Classification c = classify("Gepland onderhoud KVK API", "Op dinsdag 8-9-2026 is de KVK API"
        + " van 13:00 tot 17:00 uur (Bonaire-tijd) niet bereikbaar in verband met onderhoud.");

    assertThat(c.window()).isEqualTo(new Window(at("2026-09-08T19:00:00+02:00"),
        at("2026-09-08T23:00:00+02:00")));
  }

  /** A status or words that it is back: "Recovered", "accessible again", "returned to normal". */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Recovered | The Developer Portal works as before.
      Update | The Developer Portal is accessible again.
      Update | Response times returned to normal.
      """)
  void recoveredAndAccessibleAgainResolve(String status, String text) {
    assertThat(resolvedAfterPortalDown("2026-04-21T16:05:00+02:00", status, text))
        .isEqualTo(at("2026-04-21T16:05:00+02:00"));
  }

  /** Those words in another sense, for a part or for a while: the incident goes on. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      We recovered the lost messages from the backup; the Mutatieservice still does not deliver new messages.
      The database was recovered from backup, but errors continue.
      The portal is accessible again for some users; others still get errors.
      Response times briefly returned to normal, but the slowness came back at 10:50.
      """)
  void recoveryWordsInAnotherSenseDoNotResolve(String text) {
    assertThat(resolvedAfterPortalDown("2026-04-21T11:00:00+02:00", "Update", text)).isNull();
  }

  /** When the Developer Portal's outage ended, by a later update at {@code when}. */
  private static Instant resolvedAfterPortalDown(String when, String status, String text) {
    return CLASSIFIER.classify(post("KVK Developer Portal unavailable",
        new PostUpdate(at("2026-04-21T10:30:00+02:00"), "Investigating",
            "The KVK Developer Portal cannot be accessed."),
        new PostUpdate(at(when), status, text))).resolved();
  }

  @Test
  void aYearlyCalendarAffectsOnlyTheServicesItGivesWindows() {
    Classification c = classify("Onderhoudskalender 2027", "In 2027 onderhouden wij de KVK"
        + " Dataservice op zaterdag 6 maart en zaterdag 4 september, telkens van 07:00 tot 09:00"
        + " uur. De KVK API en de Mutatieservice hebben in 2027 geen vast onderhoudsvenster.");

    assertThat(c.calendarYear()).isEqualTo(2027);
    assertThat(c.services()).containsExactly(Service.KVK_DATASERVICE);
  }

  @Test
  void aQuarterlyAvailabilityReportIsInformation() {
    Classification c = classify("Beschikbaarheid tweede kwartaal 2026", "De KVK API was in het"
        + " tweede kwartaal 99,95% van de tijd beschikbaar en de KVK Dataservice 99,98%.");

    assertThat(c.category()).isEqualTo(Category.INFORMATION);
  }

  @Test
  void aPostThatNamesNothingLeavesItsServicesUnknown() {
    Classification c = classify("Verstoring", "We onderzoeken een melding. Meer informatie volgt.");

    assertThat(c.category()).isEqualTo(Category.INCIDENT);
    assertThat(c.services()).isNull();
  }

  @Test
  void withoutElsewhereInTheVocabularyAPostThatNamesNothingAffectsOther() throws Exception {
    Vocabulary shipped = VocabularyLoader.load(Path.of("conf/classify.yaml"));
    Vocabulary without = new Vocabulary(shipped.calendar(), shipped.categories(),
        shipped.statuses(), shipped.unavailable(), shipped.available(), shipped.priorities(),
        shipped.platformPriorities(), shipped.impacts(), shipped.services(), List.of(),
        shipped.alternative(), shipped.unaffected(), shipped.unaffectedBefore(),
        shipped.resolved(), shipped.reopened(), shipped.cancelled());
    Post post = new Post("p", "Verstoring", null, PUBLISHED, PUBLISHED, "", List.of(
        new PostUpdate(PUBLISHED, "", "We onderzoeken een melding.")), PlatformHints.NONE);

    assertThat(new Classifier(without).classify(post).services()).containsExactly(Service.OTHER);
  }

  @Test
  void aServiceListedAsStillAvailableIsNotAffected() {
    Classification c = classify("Onderhoud Zoeken", "Op dinsdag 14 april 2026 van 19:00 tot"
        + " 21:00 uur onderhouden wij de KVK API.\nNiet beschikbaar: Zoeken-API\nWel beschikbaar:"
        + " Basisprofiel en de Dataservice");

    assertThat(c.services()).containsExactly(Service.KVK_API);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      De KVK API is wel beschikbaar, maar de Mutatieservice levert mutaties met vertraging.
      Wel beschikbaar: Zoeken-API<br>Niet beschikbaar: de KVK Mutatieservice
      """)
  void wordsOfStillAvailableBeforeATurnLeaveTheNextServiceAffected(String text) {
    Classification c = classify("Verstoring", text.replace("<br>", "\n"));

    assertThat(c.services()).contains(Service.KVK_MUTATIESERVICE);
  }

  @Test
  void aServiceNameWithASlipOfTheKeyboardIsTheService() {
    Classification c = classify("Verkeerde tijdstempel", "Minimale verstoring bij KVK Dataservice"
        + " en KVK Mutatieservcie: de kopregel van de bestanden heeft een verkeerde tijd.");

    assertThat(c.services()).containsExactly(Service.KVK_DATASERVICE, Service.KVK_MUTATIESERVICE);
    assertThat(c.evidence().get("services")).as("the words as written")
        .contains("Mutatieservcie");
  }

  @Test
  void downtimeInAMaintenanceNoticeIsTheServiceDownAndNoDowntimeIsNot() {
    Classification down = classify("Gepland onderhoud KVK API", "Op dinsdag 8 december hebben"
        + " we downtime van 10:00 tot 12:00 CET op de KVK API ivm een upgrade.");
    Classification up = classify("Gepland onderhoud KVK API", "Op dinsdag 8 december voeren we"
        + " van 10:00 tot 12:00 CET onderhoud uit aan de KVK API, zonder downtime.");

    assertThat(down.downtime()).isTrue();
    assertThat(up.downtime()).isFalse();
    assertThat(classify("Maintenance KVK API", "On Saturday 14 March from 22:00 to 23:00 CET we"
        + " update the KVK API. We do not expect any downtime.").downtime()).isFalse();
  }

  @Test
  void aDeskThatIsHardToReachIsAnIncident() {
    Classification c = classify("Servicedesk slecht bereikbaar", "Door een storing bij onze"
        + " leverancier is de servicedesk telefonisch slecht bereikbaar. Mail ons zo nodig.");

    assertThat(c.category()).isEqualTo(Category.INCIDENT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Testbericht | Dit is een testbericht; u kunt het negeren.
      Let op: nep-mails uit naam van KVK | Er gaan e-mails rond die van KVK lijken te komen. Klik niet op de link.
      No planned releases over the holidays | Between 14 December and 4 January we won't release any changes or carry out planned maintenance.
      Test | Test – please ignore.
      Test notification | This is a test of our notification system. No action is required. Please disregard.
      Proef | Dit is een test. Negeer dit bericht.
      Fijne feestdagen | Wij wensen u fijne feestdagen en een goed nieuwjaar.
      Season's greetings | Thank you for your trust this year. We wish you peaceful holidays.
      Zomer | Het hele team wenst jullie een fijne zomer. Tot na de vakantie!
      Gebruikersonderzoek | Deze week ontvangt u een uitnodiging voor ons jaarlijkse gebruikersonderzoek. Het onderzoek sluit op vrijdag 20 november.
      Beste wensen | Het team wenst u een mooi 2027. We kijken ernaar uit om volgend jaar weer samen te werken.
      New documentation on the KVK Developer Portal | We have published updated documentation, including a new page on error codes and rate limits. No action is required.
      Nieuwe documentatie KVK API | Op het Developer Portal staat nieuwe documentatie over foutcodes. U hoeft niets te doen.
      Test | This is a test message. No action is required.
      Statuspagina | Dit is een testbericht. U hoeft niets aan te passen.
      Bericht aan ketenpartners | Hierbij informeren wij u over [tekst volgt]. Dit bericht is per abuis verstuurd. U kunt het als niet verzonden beschouwen.
      Planned maintenance KVK API | This notice was sent in error. Please ignore it.
      Warning: fake KVK emails | Customers forward us emails asking them to confirm their API key via a link. These are not genuine.
      Let op: valse KVK e-mails | Er gaan valse KVK e-mails rond. Klik niet op de link.
      Zomerupdate | Even een kort berichtje tussendoor: op dit moment zijn er geen bijzonderheden te melden. Geniet van de zomer!
      Happy Diwali! | Wishing all our customers and partners a very happy and prosperous Diwali! Thank you for your continued trust and support.
      Company holidays | Please note that our office in Graz is closed from 24.12.2026 until 06.01.2027. From 07.01.2027 we are at your disposal again as usual.
      """)
  void aTestPostGreetingScamWarningOrReleaseFreezeIsInformation(String title, String text) {
    assertThat(classify(title, text).category()).isEqualTo(Category.INFORMATION);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Webhook test messages fail | Since 09:10 CET the test message of the KVK Mutatieservice fails with an error. | INCIDENT
      KVK API | Please ignore the earlier test notification. The Zoeken API is not reachable since 09:40, we are looking into it. | INCIDENT
      Test | test notification pls ignore | INFORMATION
      KVK API Zoeken | De API Zoeken is niet bereikbaar. Wij onderzoeken de oorzaak. Dit bericht is per abuis verstuurd. De API Zoeken is nog steeds niet bereikbaar. | INCIDENT
      Nieuwe testomgeving KVK API | Per 1 maart 2027 vervangen wij de testomgeving van de KVK API; stuur een testbericht om uw koppeling te controleren. | CHANGE
      Failover test KVK API | On Saturday 14 March 2026 from 08:00 to 10:00 CET we switch the KVK API to our second data centre. This is a test of our disaster recovery; the KVK API will be unavailable for up to 15 minutes. | PLANNED_MAINTENANCE
      Controlebericht KVK Mutatieservice | Per 1 maart 2027 stuurt de KVK Mutatieservice elk uur een controlebericht. Dit is een testbericht waarop uw endpoint met HTTP 200 moet antwoorden. | CHANGE
      """)
  void aPostAboutTestMessagesIsNoTestPost(String title, String text, Category category) {
    assertThat(classify(title, text).category()).isEqualTo(category);
  }

  /** A fix said to go live on a day is no change: no version is released. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Search API | Since this morning some queries fail with an error. We found the cause. The fix will go live next Thursday. | INCIDENT
      Search API | Some queries return incorrect results. We are working on a fix, which goes live next Thursday. | INCIDENT
      """)
  void aFixThatGoesLiveOnADayIsNoRelease(String title, String text, Category category) {
    assertThat(classify(title, text).category()).isEqualTo(category);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Drukte rond de jaarwisseling | Het verwerken van inschrijvingen kan enkele dagen langer duren. Dit heeft geen gevolgen voor de KVK API. | INFORMATION
      Drukte bij deponeren jaarrekening | Rond de deponeringsdeadline van 30 juni verwachten wij veel drukte bij het deponeren van jaarrekeningen. Deponeer op tijd. | INFORMATION
      Developer Q&A session next Tuesday | Next Tuesday, 20 May, from 15:00 to 16:00 CEST our developer relations team hosts an online Q&A session. | INFORMATION
      Zoeken API: veld type | Het veld type in de Zoeken API wordt uitgefaseerd. Gebruik voortaan het veld soort. Meer informatie vindt u in de documentatie en in onze Q&A. | CHANGE
      Online vragenuur KVK API | Op dinsdag 20 mei van 15.00 tot 16.00 uur houden wij een online vragenuur over de KVK API. | INFORMATION
      Vertraging door drukte | Signalen van de Mutatieservice komen sinds 09:10 later binnen. | INCIDENT
      Busy period: slower KVK API responses | Due to a busy period, the KVK API responds slowly. | INCIDENT
      KVK API | Since 09:10 clients of the KVK API receive errors. Our customer service is aware; opening hours are unchanged. | INCIDENT
      Drukte bij de KVK API | Door grote drukte geeft de KVK API sinds 08:30 uur time-outs. | INCIDENT
      """)
  void aBusyPeriodIsInformationUnlessSomethingIsLate(String title, String text,
      Category category) {
    assertThat(classify(title, text).category()).isEqualTo(category);
  }

  @Test
  void aSecurityReminderIsInformation() {
    assertThat(classify("Let op: deel uw API-sleutel niet", "Een herinnering voor ontwikkelaars:"
        + " API-sleutels die u via het Developer Portal aanvraagt, zijn voor uw eigen organisatie.")
        .category()).isEqualTo(Category.INFORMATION);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Op 14 november 2026 van 22.00 tot 23.00 uur werken wij aan de KVK API. Over de duur kunnen er geen uitspraken worden gedaan.
      Op 14 november 2026 van 22.00 tot 23.00 uur werken wij aan de KVK API. Vragen kunt u gewoon stellen via de servicedesk.
      """)
  void maintenanceThatSaysNothingOfItsDowntime(String text) {
    assertThat(classify("Onderhoud KVK API", text).downtime()).isNull();
  }

  @Test
  void aNoticeOfHowMaintenanceIsAnnouncedIsInformation() {
    assertThat(classify("How we announce planned maintenance", "From now on we publish planned"
        + " maintenance on this page ten business days in advance, and we send subscribers a"
        + " reminder the day before.").category()).isEqualTo(Category.INFORMATION);
  }



  /** Notices of a portal, a phone line, where to ask, or fake mails: information. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Developer Portal | From today the Developer Portal has a new sign-in page. Your API keys keep working.
      Phone line closed on Monday | Our telephone line will be closed on Monday 27 April 2026. You can call us again from Tuesday 28 April at 08:00.
      Questions about your API key | Reminder: send questions about your API key through the contact form; our support team answers on working days.
      Beware | Fraudulent e-mails in KVK's name ask you to pay for your registration. Do not pay.
      Test | test test, graag negeren
      test | test test, kan iemand zien of dit bericht aankomt? groetjes Wim
      Tip: volg KVK-storingen via RSS | Tip van de week: wil je meteen weten als er iets is bij KVK? Abonneer je op de RSS-feed van de KVK-statuspagina. Dan krijg je storingen en gepland onderhoud direct binnen.
      """)
  void aNoticeOfThisKindIsInformation(String title, String text) {
    assertThat(classify(title, text).category()).isEqualTo(Category.INFORMATION);
  }

  @Test
  void aDesksHolidayHoursAreInformation() {
    assertThat(classify("Customer service phone line: holiday opening hours", "On 24 and 31"
        + " December you can reach us until 16:00. We are closed on 25 and 26 December.")
        .category()).isEqualTo(Category.INFORMATION);
  }

  @Test
  void thePlatformsScheduledWindowComesFirst() {
    Window scheduled = new Window(at("2026-03-14T21:00:00+01:00"), at("2026-03-15T01:00:00+01:00"));
    Classification c = classify("Gepland onderhoud KVK API",
        "Op zaterdag 14 maart 2026 is de KVK API niet beschikbaar.",
        new PlatformHints("maintenance", scheduled, List.of()));

    assertThat(c.window()).isEqualTo(scheduled);
    assertThat(c.evidence()).containsEntry("window", "platform: scheduled_for/scheduled_until");
  }

  @Test
  void aLaterUpdateThatMovesOnlyTheEndKeepsTheDayAndStartOfTheWindow() {
    Post post = post("Geplande werken KVK Dataservice – zondag 22/02/2026",
        new PostUpdate(at("2026-02-02T10:15:00+01:00"), "Gepland", "De KVK Dataservice is op"
            + " zondag 22/02/2026 van 6u tot 10u niet beschikbaar."),
        new PostUpdate(at("2026-02-17T16:20:00+01:00"), "Update", "Correctie: de werken lopen"
            + " tot 11u in plaats van tot 10u. Het begintijdstip (6u) blijft ongewijzigd."),
        new PostUpdate(at("2026-02-22T11:04:00+01:00"), "Voltooid", "De werken zijn afgerond."));

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.window()).isEqualTo(new Window(at("2026-02-22T06:00:00+01:00"),
        at("2026-02-22T11:00:00+01:00")));
    assertThat(c.evidence().get("window")).isEqualTo(
        "\"zondag 22/02/2026 van 6u tot 10u\", then \"lopen tot 11u\"");
  }

  @Test
  void wholeDaysInALaterUpdateDoNotReplaceAWindowWithTimes() {
    Post post = post("Onderhoud KVK Mutatieservice",
        new PostUpdate(at("2026-03-02T10:00:00+01:00"), "Gepland", "Op zaterdag 14 maart 2026 is"
            + " de KVK Mutatieservice van 22.00 tot 02.00 uur niet beschikbaar."),
        new PostUpdate(at("2026-03-15T02:10:00+01:00"), "Voltooid", "Het onderhoud is afgerond."
            + " Signalen die tijdens het onderhoud zijn aangemaakt, worden zondag 15 maart de hele"
            + " dag nagestuurd."));

    assertThat(CLASSIFIER.classify(post).window()).isEqualTo(new Window(
        at("2026-03-14T22:00:00+01:00"), at("2026-03-15T02:00:00+01:00")));
  }

  /** A later update that names another day: a move of the maintenance, or of something else. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      De werkzaamheden van 25 juli gaan niet door. Ze zijn verplaatst naar zaterdag 1 augustus, zelfde tijden. | 2026-08-01T06:00:00+02:00 | 2026-08-01T10:00:00+02:00
      De werkzaamheden gaan door. De levering van het maandbestand is uitgesteld tot maandag 27 juli. | 2026-07-25T06:00:00+02:00 | 2026-07-25T10:00:00+02:00
      De werkzaamheden gaan door zoals gepland. De volgende update is verplaatst naar maandag 27 juli. | 2026-07-25T06:00:00+02:00 | 2026-07-25T10:00:00+02:00
      The works go ahead. The deadline for migrating to the new API is postponed until Monday 31 August. | 2026-07-25T06:00:00+02:00 | 2026-07-25T10:00:00+02:00
      Het onderhoud wordt vervroegd naar de nacht van do. 23 op vr. 24 juli. De tijden blijven gelijk. | 2026-07-24T06:00:00+02:00 | 2026-07-24T10:00:00+02:00
      The works take longer than planned. We are extending the window by one hour: it now runs from 06:00 to 11:00. | 2026-07-25T06:00:00+02:00 | 2026-07-25T11:00:00+02:00
      Het onderhoudsvenster wordt ingekort: het loopt nu van 06.00 tot 08.00 uur. | 2026-07-25T06:00:00+02:00 | 2026-07-25T08:00:00+02:00
      Update: the work will now end at 09:00 CEST instead of 10:00 CEST. The start time is unchanged. | 2026-07-25T06:00:00+02:00 | 2026-07-25T09:00:00+02:00
      Het onderhoud eindigt nu al om 08.30 uur. | 2026-07-25T06:00:00+02:00 | 2026-07-25T08:30:00+02:00
      Correction: the work will start at 07:00, not 06:00 as stated before. The expected duration is still about four hours. | 2026-07-25T07:00:00+02:00 | 2026-07-25T11:00:00+02:00
      Het onderhoud begint nu om 07.00 uur. | 2026-07-25T07:00:00+02:00 | 2026-07-25T10:00:00+02:00
      Change of plan: the work will start at 07:00, not 06:00, and the end time stays 10:00. The switch-over itself takes about 15 minutes. | 2026-07-25T07:00:00+02:00 | 2026-07-25T10:00:00+02:00
      Update: the work will now end at approximately 09:00 CEST. | 2026-07-25T06:00:00+02:00 | 2026-07-25T09:00:00+02:00
      Het onderhoud duurt langer, tot uiterlijk 10.30 uur. | 2026-07-25T06:00:00+02:00 | 2026-07-25T10:30:00+02:00
      We are extending the window until 11:30 CEST. | 2026-07-25T06:00:00+02:00 | 2026-07-25T11:30:00+02:00
      Aanvulling: het onderhoud op zaterdag 25 juli duurt een uur langer, tot 11.00 uur. | 2026-07-25T06:00:00+02:00 | 2026-07-25T11:00:00+02:00
      Werkzaamheden lopen uit. Verwachte eindtijd nu za 25/7 11:15 uur i.p.v. 10:00. | 2026-07-25T06:00:00+02:00 | 2026-07-25T11:15:00+02:00
      Het werk duurt langer. Het tijdvak van zaterdag loopt nu van 06:00 tot uiterlijk 10:45 uur. | 2026-07-25T06:00:00+02:00 | 2026-07-25T10:45:00+02:00
      """)
  void aLaterUpdateMovesTheWindowOnlyWhenItMovesTheMaintenance(String later, String start,
      String end) {
    Post post = post("Werkzaamheden KVK API",
        new PostUpdate(at("2026-07-01T10:00:00+02:00"), "Gepland", "Zaterdag 25 juli 06.00–10.00"
            + " uur: werkzaamheden aan de KVK API. De API is in die tijd niet beschikbaar."),
        new PostUpdate(at("2026-07-23T12:15:00+02:00"), "Update", later));

    assertThat(CLASSIFIER.classify(post).window()).isEqualTo(new Window(at(start), at(end)));
  }

  @Test
  void aNewEndSaidOnTheWindowsSecondDayNamingItsFirstMovesTheEnd() {
    Post post = post("Maintenance KVK Dataservice",
        new PostUpdate(at("2026-11-02T10:00:00+01:00"), "Scheduled", "The KVK Dataservice is"
            + " unavailable from Friday 20 November 23:00 CET until Saturday 21 November 04:00"
            + " CET."),
        new PostUpdate(at("2026-11-21T03:40:00+01:00"), "Extended", "The maintenance that began"
            + " on Friday 20 November at 23:00 CET is now expected to be completed by 06:15 CET."));

    assertThat(CLASSIFIER.classify(post).window()).isEqualTo(new Window(
        at("2026-11-20T23:00:00+01:00"), at("2026-11-21T06:15:00+01:00")));
  }

  /** A correction that names when what went wrong was first seen moves the start. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Correction: our monitoring shows the first failures at 07:50 CEST, not 08:50 as we stated earlier. | 2025-07-15T07:50:00+02:00
      Correction: monitoring shows the first failed deliveries at 07:17 CEST, not 08:50. | 2025-07-15T07:17:00+02:00
      Correctie: uit de logging blijken de eerste foutmeldingen om 07.50 uur, niet om 08.50 uur. | 2025-07-15T07:50:00+02:00
      """)
  void aCorrectionOfWhatWentWrongFirstMovesTheStart(String correction, String started) {
    Post post = post("KVK API severely disrupted",
        new PostUpdate(at("2025-07-15T09:05:00+02:00"), "Investigating", "Requests to the KVK"
            + " API are failing since 08:50 CEST."),
        new PostUpdate(at("2025-07-15T09:45:00+02:00"), "Update", correction));

    assertThat(CLASSIFIER.classify(post).started()).isEqualTo(at(started));
  }

  /**
   * "The first failed deliveries at 05:45" moves nothing outside a correction: such words tell
   * of something else there ("The first batch of failed deliveries at 05:45 UTC was resent").
   */
  @Test
  void whatWentWrongFirstOutsideACorrectionIsNoStart() {
    Post resent = post("Delayed mutation messages",
        new PostUpdate(at("2026-05-20T11:00:00+02:00"), "Resolved", "Between 02:10 and 05:30"
            + " UTC, mutation messages of the KVK Mutatieservice were delayed. The first batch of"
            + " failed deliveries at 05:45 UTC was resent successfully; all messages have now"
            + " been delivered."));

    Classification r = CLASSIFIER.classify(resent);
    assertThat(r.started()).isEqualTo(at("2026-05-20T02:10:00Z"));
    assertThat(r.resolved()).isEqualTo(at("2026-05-20T05:30:00Z"));
  }

  /**
   * A later update that corrects the resolution time moves it: to the time it gives, also when it
   * denies the one stated and comes a day later ("niet om 09.50 uur maar pas om 10.35 uur").
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-11-03T11:40:00+01:00 | Correctie op ons vorige bericht: de levering was om 09.30 uur hersteld, niet om 09.50 uur. | 2026-11-03T09:30:00+01:00
      2026-11-04T08:45:00+01:00 | Correctie: de bestanden stonden niet om 09.50 uur maar pas om 10.35 uur klaar. | 2026-11-03T10:35:00+01:00
      """)
  void aLaterCorrectionOfTheResolutionTimeCounts(String posted, String text, String resolved) {
    Post post = post("Vertraagde levering KVK Dataservice",
        new PostUpdate(at("2026-10-29T11:20:00+01:00"), "Onderzoek", "Vanaf 11.00 uur worden"
            + " bestellingen in de KVK Dataservice vertraagd geleverd."),
        new PostUpdate(at("2026-11-03T10:05:00+01:00"), "Opgelost", "De levering is om 09.50 uur"
            + " hersteld."),
        new PostUpdate(at(posted), "Update", text));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at(resolved));
  }

  @Test
  void aClosedTicketResolvesAtTheTimeItStates() {
    Post post = post("Basisprofiel: error 500 on some requests",
        new PostUpdate(at("2026-04-14T10:20:00+02:00"), "Investigation ongoing", "The Basisprofiel"
            + " of the KVK API gives error 500 since 10:15h. We are investigating."),
        new PostUpdate(at("2026-04-14T11:02:00+02:00"), "Closed", "The problem is solved at"
            + " 10:50h. Cause was a faulty deployment."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-04-14T10:50:00+02:00"));
    Post open = post("Storing KVK API",
        new PostUpdate(at("2026-04-14T10:20:00+02:00"), "", "Sinds 10.15 uur geeft de KVK API"
            + " foutmeldingen."),
        new PostUpdate(at("2026-04-14T11:02:00+02:00"), "", "Let op: onze servicedesk is vandaag"
            + " gesloten. Wij werken nog aan de storing."));
    assertThat(CLASSIFIER.classify(open).resolved()).as("a closed service desk").isNull();
  }

  /**
   * A correction of a resolution stated at 15:30 CEST on 21 May: read on the day it corrects when
   * posted a day later (also after the time it gives), never after it is posted, at the time it
   * gives rather than the one it denies or a moment of something else.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-05-22T09:15:00+02:00 | Correction to yesterday's post: the backlog was only fully cleared at 16:10 CEST, not at 15:30 as we wrote earlier. | 2026-05-21T16:10:00+02:00
      2026-05-22T17:00:00+02:00 | Correction to yesterday's post: the backlog was only fully cleared at 16:10 CEST, not at 15:30 as we wrote earlier. | 2026-05-21T16:10:00+02:00
      2026-05-22T09:15:00+02:00 | Correction to yesterday's post: the backlog was only fully cleared at 14:10 UTC, not at 13:30 UTC as we wrote earlier. | 2026-05-21T16:10:00+02:00
      2026-05-22T09:15:00+02:00 | Correctie op ons bericht van gisteren: de storing werd om 14:20 uur door ons opgemerkt en was niet om 15:30 uur maar om 16:10 uur voorbij. | 2026-05-21T16:10:00+02:00
      2026-05-21T17:30:00+02:00 | Correction: the messages were restored not at 15:30 but at 16:10. | 2026-05-21T16:10:00+02:00
      2026-05-21T16:50:00+02:00 | Correctie op ons vorige bericht: de leveringen worden om 18.00 uur hersteld aangeleverd. | 2026-05-21T15:30:00+02:00
      """)
  void aCorrectionOfTheResolutionTimeGivesTheTimeItMeans(String posted, String text,
      String resolved) {
    Post post = post("Delayed mutation messages - KVK Mutatieservice",
        new PostUpdate(at("2026-05-21T16:40:00+02:00"), "Resolved", "Between 13:05 and 15:30"
            + " CEST today, messages of the KVK Mutatieservice arrived late. The issue has been"
            + " resolved."),
        new PostUpdate(at(posted), "Resolved", text));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at(resolved));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Rechtzetting: het incident werd om 08.25 uur door ons opgemerkt, niet om 08.10 uur.
      Correction to our previous update: the backlog was only fully cleared at 13:15, not at 12:30.
      Correction to our previous update: the backlog was cleared at 13:15.
      """)
  void aLaterCorrectionOfSomethingElseMovesNoResolution(String text) {
    Post post = post("Storing KVK Dataservice",
        new PostUpdate(at("2026-03-10T08:20:00+01:00"), "Onderzoek", "Sinds 08.10 uur is de KVK"
            + " Dataservice niet bereikbaar."),
        new PostUpdate(at("2026-03-10T10:00:00+01:00"), "Opgelost", "De storing is om 09.50 uur"
            + " verholpen."),
        new PostUpdate(at("2026-03-10T14:00:00+01:00"), "Update", text));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-03-10T09:50:00+01:00"));
  }

  @Test
  void aCauseThatIsPartlyToBlameTakesNoRecoveryBack() {
    Post post = post("Storing KVK API",
        new PostUpdate(at("2026-03-10T09:20:00+01:00"), "Onderzoek", "De KVK API faalt."),
        new PostUpdate(at("2026-03-10T10:00:00+01:00"), "Update", "De API is weer beschikbaar,"
            + " deels door een omleiding via de uitwijklocatie."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-03-10T10:00:00+01:00"));
  }

  @Test
  void aYearlyCalendarIsInformationWithoutAWindowThoughItListsDates() {
    Classification c = classify("Maintenance calendar 2027",
        "Maintenance with downtime is planned on 13 March, 19 June and 16 October 2027.");

    assertThat(c.category()).isEqualTo(Category.INFORMATION);
    assertThat(c.window()).isNull();
    assertThat(c.downtime()).isNull();
  }

  @Test
  void aReportWhoseOnlyUpdateResolvesReadsItsRangeAndItsLog() {
    Post report = post("Post-incident report: failed downloads", new PostUpdate(
        at("2026-03-05T10:00:00+01:00"), "Resolved", "Summary On 3 March, between 22:10 and 23:40"
            + " UTC, downloads from the KVK Dataservice failed. Timeline (all times UTC) 22:10 -"
            + " Failures begin 22:31 - Engineers engaged 23:05 - Certificate rolled back 23:40 -"
            + " Incident resolved Root cause A certificate expired at 22:09 UTC."));

    Classification c = CLASSIFIER.classify(report);

    assertThat(c.started()).isEqualTo(at("2026-03-03T22:10:00Z"));
    assertThat(c.resolved()).isEqualTo(at("2026-03-03T23:40:00Z"));
  }

  @Test
  void aSearchIndexRebuildIsMaintenanceNotATariff() {
    Classification c = classify("Zoeken index rebuild - Sat 21 Feb", "Planned maintenance: on"
        + " Saturday 21 Feb, 07:00-11:00 CET, we will rebuild the search index of KVK API Zoeken."
        + " Zoeken will be unavailable during the window.");

    assertThat(c.category()).isEqualTo(Category.PLANNED_MAINTENANCE);
    assertThat(c.impactClass()).isNull();
  }

  @Test
  void aNoticeOfOneWindowThatMentionsTheCalendarInPassingIsMaintenance() {
    Classification english = classify("Scheduled maintenance - KVK API",
        "Start: 2027-02-13 06:00 UTC. End: 2027-02-13 10:00 UTC. The KVK API is unavailable "
            + "during the window. It is the second window of our 2027 maintenance calendar.");
    Classification dutch = classify("Spoedonderhoud KVK Mutatieservice",
        "Vanavond tussen 20.00 en 21.00 uur patchen wij de KVK Mutatieservice. Dit kan niet "
            + "wachten tot het volgende onderhoudsvenster. De dienst blijft beschikbaar.");

    assertThat(english.category()).isEqualTo(Category.PLANNED_MAINTENANCE);
    assertThat(english.downtime()).isTrue();
    assertThat(english.window()).isEqualTo(new Window(at("2027-02-13T06:00:00Z"),
        at("2027-02-13T10:00:00Z")));
    assertThat(dutch.category()).isEqualTo(Category.EMERGENCY_MAINTENANCE);
    assertThat(dutch.downtime()).isFalse();
  }

  @Test
  void calendarWordsInTheTextAloneMakeACalendarWhenTheTextListsItsDays() {
    Classification c = classify("Onderhoud KVK Dataservice 2027",
        "Voor 2027 staan de volgende onderhoudsvensters gepland, telkens in de nacht van zaterdag "
            + "op zondag van 22.00 tot 02.00 uur: 13/14 februari, 8/9 mei en 11/12 september.");

    assertThat(c.category()).isEqualTo(Category.INFORMATION);
    assertThat(c.calendarYear()).isEqualTo(2027);
  }

  @ParameterizedTest(name = "{0} — {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Wijziging documentatie KVK API | Deze wijziging heeft geen impact. | NONE | -
      Wijziging veldnamen API Zoeken | Per 1 juli 2026 wijzigt een veldnaam. Dit heeft uiterst minimale impact. | NONE | 2026-07-01
      Nieuwe tarieven KVK API | Per 1 januari 2027 gelden nieuwe tarieven. | TARIFF | 2027-01-01
      Jaarlijkse indexering | Per 1 januari 2027 geldt de jaarlijkse indexering van 2,4%. | TARIFF | 2027-01-01
      End of life: KVK API v1 | KVK API v1 reaches end of life (EOL) on 30 June 2027; v2 replaces it. | PHASE_OUT | 2027-06-30
      KVK API v1 deprecated | Version 1 will be phased out as of 1 June 2027. | PHASE_OUT | 2027-06-01
      Change to the KVK Dataservice | From 1 March 2027 a new certificate is required. This change has major impact. | MAJOR | 2027-03-01
      Wijziging API Naamgeving | Met ingang van 1 mei 2026 verandert de volgorde van de namen; minimale impact. | MINOR | 2026-05-01
      Change to the Vestigingsprofiel sort order | From 1 May 2026 the main activity comes first. Small impact: only clients that rely on the current order need to adjust. | MINOR | 2026-05-01
      Change to Naamgeving | From 1 May 2026 trade names are sorted by date. Limited impact for most clients. | MINOR | 2026-05-01
      Wijziging in de Mutatieservice | Wij voegen binnenkort een signaal toe. | - | -
      Nieuw veld in Vestigingsprofiel | Vanaf 16 februari 2026 bevat het Vestigingsprofiel een extra veld. Het gaat om een wijziging met minimale impact. Koppelingen die onbekende velden negeren, hoeven niets aan te passen. | MINOR | 2026-02-16
      Vestigingsprofiel: extra veld | Per wanneer? 30 november 2026. Impact: minimale impact. Negeert uw software onbekende velden, dan hoeft u niets te doen. | MINOR | 2026-11-30
      Wijziging API Zoeken | Per 1 juli 2026 wijzigt de sortering van de resultaten. U hoeft niets aan te passen. | NONE | 2026-07-01
      Wijziging API Zoeken | Per 1 juli 2026 wijzigt de sortering; uiterst minimale impact. U hoeft niets aan te passen. | NONE | 2026-07-01
      Nieuw veld Basisprofiel | Per 1 juli 2026 voegen wij een veld toe aan het Basisprofiel. Deze wijziging heeft geen grote impact; u hoeft niets aan te passen. | NONE | 2026-07-01
      Wijziging foutmeldingen KVK API | Per 1 augustus 2025 krijgen de foutmeldingen een vaste foutcode. Dit heeft een kleine impact; alleen als uw software de tekst uitleest, moet u die aanpassen. | MINOR | 2025-08-01
      Wijziging foutmeldingen KVK API | Per 1 augustus 2025 krijgen de foutmeldingen een vaste foutcode. Leest uw software de tekst uit, dan moet u die aanpassen. | MAJOR | 2025-08-01
      Wijziging authenticatie KVK API | Per 1 juli 2027 wijzigt de authenticatie. Wij streven naar een minimale impact voor afnemers, maar alle afnemers moeten hun koppeling aanpassen. | MAJOR | 2027-07-01
      Wijziging authenticatie KVK API | Per 1 juli 2027 wijzigt de authenticatie. Na de vorige wijziging, die een kleine impact had, is dit een breaking change: u moet uw koppeling aanpassen. | MAJOR | 2027-07-01
      New field in Basisprofiel | From 1 July 2026 the Basisprofiel has one more field. No action required. We have assessed the impact on small integrations. | NONE | 2026-07-01
      Wijziging KVK API Zoeken | Per 1 juli 2026 sorteert Zoeken anders; geen impact. Gewijzigde datum: 1 september 2026. | NONE | 2026-09-01
      Change to Naamgeving | From 1 July 2026 the field handelsnamen is a list. If you use it you must adapt your integration; otherwise you do not need to change anything. | MAJOR | 2026-07-01
      # a degree of impact denied states no class
      Wijziging KVK API | Per 1 september 2026 wijzigt het veld naam in de KVK API. Dit heeft geen grote impact. | - | 2026-09-01
      Change to the KVK API | From 1 September 2026 the field name in the KVK API changes. This has no major impact on most clients. | - | 2026-09-01
      Tarieven KVK API 2027 | Per 1 januari 2027 worden de tarieven van de KVK API geïndexeerd met 3,1%. Er zijn geen aanpassingen nodig in uw koppeling. | TARIFF | 2027-01-01
      Change to Zoeken | From 1 July 2026 Zoeken sorts by relevance. You do not need to adapt your software. | NONE | 2026-07-01
      Wijziging Naamgeving | Per 1 april 2026 is het veld een getal. Deze wijziging heeft minimale impact; alleen wie het veld als tekst verwerkt, moet een kleine aanpassing doen. | MINOR | 2026-04-01
      Extra kolom in Dataservice-bestand | Per 1 februari 2026 voegen wij een kolom toe. De impact is minimaal: alleen als uw software kolommen op positie inleest, moet u dit aanpassen. | MINOR | 2026-02-01
      New date format | From 1 March 2027 dates carry a time zone. The impact is small: only if you parse dates yourself do you need to adapt your code. | MINOR | 2027-03-01
      Wijziging Basisprofiel | Het veld naam wordt een lijst; u moet uw koppeling aanpassen. Wijzigingsdatum: 2 maart 2026. Datum van ingang: 1 juli 2026. | MAJOR | 2026-07-01
      Wijziging KVK API Zoeken | Zoeken sorteert anders; geen impact. De wijziging gaat pas in op 1 september 2026. | NONE | 2026-09-01
      New field in Naamgeving | From 1 July 2026 the Naamgeving response gains an optional field. You don't need to change anything in your integration. | NONE | 2026-07-01
      Nieuw veld in Naamgeving | Per 1 juli 2026 krijgt het antwoord van Naamgeving een extra veld. Er zijn geen aanpassingen nodig aan uw koppeling. | NONE | 2026-07-01
      # "w.e.f." is "with effect from", as Indian English writes it
      Basisprofiel v1 | Version 1 of the Basisprofiel endpoint of the KVK API will be switched off w.e.f. 1st July 2026 and replaced by v2. | PHASE_OUT | 2026-07-01
      Dataservice tariffs | The tariffs for KVK Dataservice bulk subscriptions will be revised w.e.f. 1st January 2027. | TARIFF | 2027-01-01
      Revision of KVK API usage fees | The KVK will revise the fees of the KVK API as of 2027/01/01 (Fri): EUR 0.02 -> EUR 0.03 per request. | TARIFF | 2027-01-01
      # a fee in another sense is no tariff
      New optional field | From 1 June 2026 the KVK API gets a new optional field, at no extra fee. You do not need to modify your integration. | NONE | 2026-06-01
      Vestigingsprofiel address block | With effect from 1 July 2027 the address block of the Vestigingsprofiel changes. This is a major change and consumers will need to modify their integration. | MAJOR | 2027-07-01
      # "need to modify" denied, or said of some clients under a stated degree
      New optional field | On 1 June 2026 the KVK API gets a new optional field. You do not need to modify your integration. | NONE | 2026-06-01
      New optional field | On 1 June 2026 the KVK API gets a new optional field. Minor impact: only if you parse the address you need to modify your parser. | MINOR | 2026-06-01
      """)
  void changesTheirImpactClassAndEffectiveDate(String title, String text, ImpactClass impact,
      LocalDate effective) {
    Classification c = classify(title, text);

    assertThat(c.category()).isEqualTo(Category.CHANGE);
    assertThat(c.impactClass()).isEqualTo(impact);
    assertThat(c.effectiveDate()).isEqualTo(effective);
    assertThat(c.priority()).isNull();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Onderhoud KVK Dataservice | Op 12 september 2026 van 09:00 tot 11:00 uur vervangen wij servers. Wij verwachten geen onderbreking van de levering. | false
      Onderhoud KVK Dataservice | Op 12 september 2026 van 09:00 tot 11:00 uur is er een onderbreking van de levering. | true
      Onderhoud KVK Dataservice | Op 12 september 2026 van 09:00 tot 11:00 uur werken wij eraan. Wij verwachten geen enkele onderbreking van de levering. | false
      Onderhoud KVK Dataservice | Op 12 september 2026 van 09:00 tot 11:00 uur is er zonder enige onderbreking van de dienst gewerkt aan de servers. | false
      Onderhoud KVK Dataservice | On 12 September 2026 from 09:00 to 11:00 we work on the servers. No service interruption is expected. | false
      Onderhoud KVK Dataservice | Wanneer: 12 september 2026 van 09:00 tot 11:00 uur. Impact: geen enkele onderbreking van de dienst. | false
      Onderhoud KVK API | Op 14 april 2026 van 19:00 tot 21:00 uur. Actie nodig: geen<br>Niet beschikbaar: Zoeken-API | true
      Onderhoud KVK Dataservice | Op 12 september 2026 voeren wij onderhoud uit. De Dataservice blijft tot 14:00 uur niet beschikbaar. | true
      Onderhoud KVK API | Op 14 april 2026 van 19:00 tot 21:00 uur: geen enkele onderbreking voor Zoeken, maar Naamgeving is niet beschikbaar. | true
      Onderhoud KVK API afgerond | Op 14 april 2026 van 19:00 tot 21:00 uur onderhielden wij de KVK API. Er is geen onderbreking van de dienst meer: de KVK API is niet langer onbereikbaar. | true
      Onderhoud KVK API | Wanneer: 16 juni 2026 van 22.00 tot 02.00 uur. Wat merkt u: al uw verzoeken aan de KVK API worden in die uren geweigerd. | true
      Maintenance KVK API | On 16 June 2026 from 22:00 to 02:00 all requests to the KVK API will be refused. | true
      Onderhoud KVK API | Op 14 maart 2026 van 08.00 tot 12.00 uur voeren wij onderhoud uit. Tijdens het onderhoud worden geen verzoeken geweigerd; wel kunnen antwoorden trager zijn. | false
      Onderhoud KVK API | Op 14 maart 2026 van 08.00 tot 12.00 uur voeren wij onderhoud uit. Verzoeken worden tijdens het onderhoud niet geweigerd. | false
      Onderhoud KVK API | Op 21 april 2026 van 22.00 tot 02.00 uur kunnen er geen bevragingen worden gedaan. | true
      Onderhoud KVK Dataservice | Op 16 oktober 2025 van 18.00 tot 22.00 uur kunnen er geen bestanden worden gedownload. | true
      Werkzaamheden KVK Mutatieservice | Op 16 september 2026 van 06.00 tot 09.00 uur kunt u in die periode geen mutatieberichten ophalen. | true
      Onderhoud KVK Dataservice | Wanneer: dinsdag 19 mei 2026, 19.00 – 22.00 uur. Gevolgen voor u: geen. U kunt tijdens het onderhoud gewoon bestanden downloaden. | false
      Onderhoud KVK API | Op 14 november 2026 van 22.00 tot 23.00 uur werken wij aan de KVK API. Er is geen onderbreking. Op deze pagina kunt u volgen of er geen verstoringen zijn. | false
      Onderhoud KVK API | Op 21 april 2026 van 22.00 tot 02.00 uur vervangen wij de database. Verzoeken in die periode krijgen een foutmelding. | true
      Onderhoud KVK API | Op 14 maart 2026 van 08.00 tot 12.00 uur worden niet alleen zoekvragen maar ook profielvragen geweigerd. | true
      Onderhoud KVK API | Op 14 maart 2026 van 08.00 tot 12.00 uur worden verzoeken niet verwerkt maar geweigerd. | true
      Onderhoud KVK Mutatieservice | Op 14 maart 2026 van 08.00 tot 12.00 uur migreren wij de Mutatieservice. De Mutatieservice blijft beschikbaar. Tijdens de migratie kunnen er geen signalen verloren gaan. | false
      Update KVK Dataservice | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur werken we aan de Dataservice; die ligt er dan een uurtje uit. | true
      Update KVK API | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur vernieuwen we de servers. De API ligt in die tijd plat. | true
      Update KVK API | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur vernieuwen we de servers. De API ligt er niet uit: u merkt niets. | false
      Onderhoud KVK Mutatieservice | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur werken we aan de Mutatieservice. De levering ligt in die tijd stil. | true
      Onderhoud KVK Dataservice | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur werken we aan de Dataservice. Je kunt dan geen bestanden ophalen. | true
      Onderhoud KVK Mutatieservice | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur kan uw systeem geen verbinding maken met de Mutatieservice. | true
      Werkzaamheden KVK Mutatieservice | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur verhuizen wij de Mutatieservice. In die tijd ontvangt u geen signalen. | true
      Onderhoud KVK Dataservice | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur werken we aan de Dataservice. Downloaden lukt dan even niet. | true
      Onderhoud KVK Dataservice | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur werken we aan de Dataservice. In dit tijdvak kunnen geen bestanden worden gedownload. | true
      Onderhoud KVK API | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur werken we aan de KVK API. De API blijft beschikbaar. Kun je na afloop geen verbinding maken? Bel dan de servicedesk. | false
      Onderhoud KVK Dataservice | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur werken we aan de Dataservice. Er is geen onderbreking. Je kunt dit bericht negeren als je geen abonnement hebt. | false
      Onderhoud KVK API | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur vernieuwen wij de servers. De servers gaan een voor een plat, de KVK API blijft beschikbaar. | false
      Maintenance KVK API | On Saturday 14 March 2026 from 08:00 to 10:00 CET we replace servers. The KVK API will remain fully available throughout. | false
      Maintenance KVK Mutatieservice | On Saturday 14 March 2026 from 08:00 to 10:00 CET we replace servers. Delivery of signals will not be interrupted. | false
      Onderhoud KVK API | In de nacht van vrijdag 5 op zaterdag 6 juni 2026 van 23.00 tot 03.00 uur werken wij aan de KVK API. U kunt in deze periode geen gebruikmaken van het Basisprofiel. | true
      Onderhoud KVK Mutatieservice | In de nacht van zondag 7 op maandag 8 juni 2026 van 23.00 tot 02.00 uur werken wij aan de Mutatieservice. Geen verbinding mogelijk. | true
      Onderhoud KVK Mutatieservice | Zaterdag 23 mei 2026 van 07.00 tot 09.00 uur werken wij aan de KVK Mutatieservice. Tijdens het onderhoud worden geen mutatieberichten verstuurd. Berichten die in die periode ontstaan, worden daarna gewoon afgeleverd. | true
      Onderhoud Zoeken | Op donderdag 2 juli 2026 starten wij om 22:00 uur met onderhoud aan de KVK API. Aanroepen naar Zoeken worden in die periode niet verwerkt. | true
      Onderhoud KVK API | Zondag 1-2-2026 vanaf 08:00 uur voeren wij onderhoud uit aan de KVK API. Bevragingen die u in die tijd doet, leveren een foutmelding op. | true
      Maintenance KVK Dataservice | On Saturday 12 December 2026 from 07:00 CET maintenance will be performed on the KVK Dataservice. Bulk files cannot be ordered or downloaded during the maintenance. | true
      Emergency maintenance KVK Mutatieservice | Today from 12:30 CEST we replace a failing disk of the KVK Mutatieservice. Notifications continue to be delivered during the work. | false
      Onderhoud KVK Mutatieservice | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur vervangen wij een server. Uw mutatieberichten worden in die tijd gewoon afgeleverd. | false
      Onderhoud KVK API | Op zaterdag 14 maart 2026 van 08.00 tot 12.00 uur werken wij aan de KVK API. Wat merkt u ervan? - Zoeken: niet beschikbaar - Basisprofiel: niet beschikbaar Wat moet u doen? Plan in die uren geen bevragingen. | true
      Maintenance KVK API Naamgeving | Tuesday 16-06-2026, 19:30 – 22:30 CEST. Expected impact: full outage of Naamgeving. Zoeken, Basisprofiel and Vestigingsprofiel stay available. | true
      Maintenance KVK API Zoeken | Saturday 12-09-2026, 06:00–09:00 CEST. Expected impact: full outage of Zoeken. The other KVK API endpoints keep working. | true
      Maintenance KVK API and KVK Dataservice | Wednesday 13 May 2026 from 20:00 to 23:00 UTC. Expected impact: full outage of both services during the window. | true
      Onderhoud KVK Dataservice | Zaterdag 14 maart 2026 van 08.00 tot 10.00 uur. Verwachte impact: volledige onderbreking van de Dataservice; de KVK API blijft gewoon beschikbaar. | true
      Maintenance KVK API | Saturday 14 March 2026 from 08:00 to 10:00 CET. There will be no full outage: the KVK API stays available with somewhat slower responses. | false
      Onderhoud KVK API | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur vervangen wij de loadbalancers van de KVK API. Dit doen we om volledige uitval in de toekomst te voorkomen. De KVK API blijft tijdens het onderhoud beschikbaar. | false
      Maintenance KVK API | On Saturday 14 March 2026 from 08:00 to 10:00 CET we add a second data centre to reduce the risk of a full outage. The KVK API remains available. | false
      Planned Maintenance KVK API | A planned maintenance activity is scheduled on 22nd November from 05:00 hrs to 09:00 hrs SGT. The KVK API will not be accessible during this time. | true
      Onderhoud KVK API | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur werken wij aan de KVK API. De API is dan niet toegankelijk. | true
      Intervention Dataservice | Short notice: an intervention on the KVK Dataservice will happen on Saturday 22 August 2026 from 22h00 to 23h30. The Dataservice will be out of service during this time slot. | true
      Onderhoud KVK Dataservice | Op zaterdag 14 maart 2026 van 08.00 tot 10.00 uur is de KVK Dataservice dan buiten dienst. | true
      Onderhoud KVK API | Op zaterdag 14 maart 2026 van 08.00 tot 12.00 uur werken wij aan de KVK API. Tijdens het onderhoud nemen we de oude servers buiten dienst. De KVK API blijft beschikbaar. | false
      Maintenance KVK API | On Saturday 14 March 2026 from 08:00 to 12:00 CET we work on the KVK API. One of the two load balancers will be out of service; the KVK API remains available. | false
      Maintenance KVK API | On Saturday 14 March 2026 from 08:00 to 10:00 CET we replace servers. The KVK API will remain accessible throughout. | false
      Maintenance KVK API | On Saturday 14 March 2026 from 08:00 to 10:00 CET we migrate the database. No data will be inaccessible or lost; the API stays available. | false
      # a question that names a page of questions is still a question
      Onderhoud KVK API | Op vrijdag 25 december 2026 van 10:00 tot 14:00 voeren wij onderhoud uit aan de KVK API. Is de KVK API tijdens het onderhoud niet beschikbaar (zie Veelgestelde Vragen)? Nee, de KVK API blijft beschikbaar met iets tragere responstijden. | false
      # a list's last line asks for questions; the line above it is no question
      Onderhoud KVK API | We maken gebruik van de rustige kerstdagen.<br>- Vr 25-12-2026 van 10:00u tot 14:00u<br>- KVK API niet beschikbaar (Zoeken en Basisprofiel)<br>- Vragen? Mail de servicedesk | true
      # sellers' words: what stops working for them
      Gepland onderhoud KVK API za 7/3 | KVK doet onderhoud aan de KVK API op zaterdag 7 maart 2026 van 08:00 tot 12:00. In die tijd werkt de KVK-check bij het aanmelden niet. | true
      Gepland onderhoud | KVK voert op do 14 mei 2026 onderhoud uit aan de KVK API, van 9 tot 13 uur. Zoeken en profielen opvragen werkt dan niet. | true
      Onderhoud KVK-koppeling | Op zaterdag 12 december 2026 vanaf 6u gaat KVK aan de slag met de KVK API. Duurt zo'n 4 uur. In die tijd kunnen we geen nieuwe verkopers checken. | true
      Mutatieservice wo 16 dec avond eruit | Noteer even: wo 16 december 2026 van 18:00 tot 22:00 is de KVK Mutatieservice eruit vanwege onderhoud bij KVK. | true
      Maintenance KVK Mutatieservice | KVK announces a maintenance of the Mutatieservice on Saturday 24 October 2026 from 23hs until 04hs. The Mutatieservice will be interrupted. | true
      Maintenance KVK API | We would like to inform you that the KVK API will be closed for maintenance on Saturday 07.11.2026 from 11:00 until 15:00 TRT. | true
      Maintenance | Our support desk will be closed for maintenance of the phone system on Friday 13 June 2025 from 10:00 to 12:00. The KVK API remains available. | false
      Onderhoud KVK API | Op zaterdag 13 juni 2026 van 08.00 tot 12.00 uur werken wij aan de KVK API. De API blijft beschikbaar; alleen historische UBO-gegevens zijn tijdens het onderhoud niet op te vragen. | false
      Maintenance KVK API | On Saturday 13 June 2026 from 08:00 to 12:00 CEST we work on the KVK API. The API itself stays available, but our support phone line will not be reachable. | false
      Onderhoud KVK API | KVK gaat volgende week woensdag 15-04 van 17u00 tot 22u00 onderhoud doen aan de KVK API. Basisprofielen zijn in die tijd niet op te vragen. | true
      Maintenance KVK API | KVK will undertake maintenance on the KVK Basisprofiel API on Monday 27th April 2026 from 11am to 3pm EAT. The API will not be reachable during this time. | true
      Onderhoud klantportaal | Op 14 juni 2026 van 22:00 tot 23:00 onderhoud aan het klantportaal. De KVK API blijft beschikbaar; het portaal kan dan niet worden gebruikt. | false
      Maintenance KVK Mutatieservice | KVK announces a maintenance of the Mutatieservice on Saturday 24 October 2026 from 23hs until 04hs. Deliveries won't be interrupted. | false
      # a request that may be cut off says nothing of the service
      Planned maintenance KVK API | On Sunday 22 February 2026 between 08:00 and 12:00 CET we roll out updates node by node and the API stays available throughout. In rare cases a long-running request may be interrupted: simply retry it. | false
      # people at work, a thing taken out, a session cut off, a check we cannot make: no downtime
      Onderhoud KVK API | Op zaterdag 14 maart 2026 van 08.00 tot 12.00 uur werken wij aan de KVK API. De API blijft beschikbaar. Tijdens het onderhoud werken we niet met een wachtrij. | false
      Onderhoud KVK API | Op zaterdag 14 maart 2026 van 08.00 tot 12.00 uur werken wij aan de KVK API. De API blijft beschikbaar. De verouderde velden zijn eruit gehaald. | false
      Maintenance KVK API | On Saturday 14 March 2026 from 08:00 to 12:00 CET we work on the KVK API. The API stays available, but active sessions in the developer portal will be interrupted. | false
      Onderhoud KVK API | Op zaterdag 14 maart 2026 van 08.00 tot 12.00 uur werken wij aan de KVK API. De API blijft beschikbaar. Tijdens het onderhoud kunnen we geen nieuwe aanvragen voor API-sleutels controleren. | false
      Onderhoud KVK API | Op zaterdag 14 maart 2026 van 08.00 tot 12.00 uur werken wij aan de KVK API. De API blijft beschikbaar. De nieuwe versie werkt niet alleen sneller, maar ook zuiniger. | false
      """)
  void downtimeAsTheWordsSayIt(String title, String text, boolean downtime) {
    assertThat(classify(title, text.replace("<br>", "\n")).downtime()).isEqualTo(downtime);
  }

  @Test
  void twoHoursInABracketAfterWordsOfALengthAreALengthNotAWindow() {
    Classification c = classify("Onderhoud KVK API", "Zaterdag 13 juni voeren we onderhoud uit."
        + " Dit duurt naar verwachting enkele uren (2 tot 3 uur). De KVK API is dan niet"
        + " bereikbaar.");
    assertThat(c.window()).isNull();
    assertThat(c.downtime()).isTrue();
  }

  @Test
  void aSentenceQuotedEndsAtItsClosingQuoteSoTheQuestionAfterItAsksNothingOfIt() {
    String text = "KVK meldt: 'Op maandag 27 april is de KVK Dataservice tussen 10:00 en 12:00 uur"
        + " niet beschikbaar wegens gepland onderhoud.' De meesten zijn dan vrij, maar werk je"
        + " door?";
    assertThat(classify("Onderhoud Dataservice op Koningsdag", text).downtime()).isTrue();
    assertThat(classify("Onderhoud Dataservice op Koningsdag", text.replace('\'', '\u2019'))
        .downtime()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Storing KVK API en KVK Dataservice | Beide diensten zijn niet bereikbaar. | KVK_API,KVK_DATASERVICE
      API Vestigingsprofiel traag | Bevragingen duren langer dan normaal. | KVK_API
      Verstoring Mutatieservice | Ook de API Naamgeving is geraakt. | KVK_API,KVK_MUTATIESERVICE
      Website KVK traag | De website kvk.nl reageert traag. | OTHER
      Storing inloggen Developers Portal | Inloggen lukt niet. | OTHER
      Verstoring | Wijzigingen op mutatieabonnementen komen sinds 08:10 uur niet binnen. | KVK_MUTATIESERVICE
      Verstoring | Inloggen op Mijn KVK lukt op dit moment niet. | OTHER
      Storing inloggen Mijn KVK | Inloggen mislukt sinds 10:05 uur. De KVK API, de Dataservice en de Mutatieservice zijn niet getroffen. | OTHER
      Developer Portal unavailable | The Developer Portal was unavailable. The KVK API, KVK Dataservice and KVK Mutatieservice kept working as normal. | OTHER
      Developer Portal unavailable | The Developer Portal was unavailable. The KVK Mutatieservice kept working as normal and existing API keys were not affected. | OTHER
      Onderhoud Mijn KVK | Op 12 april 2026 is Mijn KVK van 07:00 tot 12:00 uur niet beschikbaar. De KVK Dataservice blijft gewoon werken. | OTHER
      Onderhoud | Op 18 april 2026 van 08:00 tot 10:00 uur werken wij aan de servers. De KVK API blijft tijdens het onderhoud beschikbaar. Zie developers.kvk.nl. | KVK_API
      Onderhoud | Op 18 april 2026 van 08:00 tot 10:00 uur is de KVK API niet beschikbaar en geeft geen antwoord binnen het onderhoudsvenster. | KVK_API
      Bereikbaarheid Klantcontact | Rond de feestdagen is ons telefoonnummer beperkt bereikbaar. | OTHER
      Holiday hours | Our telephone line has adjusted opening hours over the holidays. | OTHER
      Onderhoud Mijn KVK | Op zaterdag 18 april van 08.00 tot 14.00 uur kun je niet inloggen op Mijn KVK. De KVK API werkt in die tijd gewoon. | OTHER
      Onderhoud deponeren | Op 10 juni 2026 is deponeren via kvk.nl van 21.00 tot 23.00 uur niet mogelijk. De KVK Dataservice is niet bij dit onderhoud betrokken. | OTHER
      Storing Mijn KVK | Inloggen op Mijn KVK lukt niet. The KVK API is available as normal. | OTHER
      Storing kvk.nl | De zoekfunctie op kvk.nl geeft foutmeldingen. Afnemers kunnen de KVK API gewoon blijven gebruiken. | OTHER
      Storing kvk.nl | De zoekfunctie op kvk.nl is verstoord. Wij halen de gegevens via de KVK API en die doet het gewoon. | OTHER
      Storing KVK Dataservice | De KVK Dataservice is niet bereikbaar. De KVK API (Zoeken, Basisprofiel etc.) werkt gewoon. | KVK_DATASERVICE
      Uitfasering versie 1 | Versie 1 wordt uitgefaseerd. Na 1 juli 2026 kunt u de KVK API versie 1 niet gewoon blijven gebruiken. | KVK_API
      Version 1 retired | On 1 July 2026 we retire version 1. The KVK API v1 works as usual until then. | KVK_API
      Onderhoud KVK API | Op 14 maart 2026 van 08:00 tot 12:00 werken wij aan de KVK API. De KVK Dataservice gebruikt dit onderdeel niet en werkt gewoon door. | KVK_API
      Storing | Sinds 09:10 werkt de Mutatieservice niet. Getroffen: [KVK Mutatieservice]<br>De KVK API werkt normaal. | KVK_MUTATIESERVICE
      Onderhoud Mijn KVK | Op zondag 8 februari 2026 van 07:00 tot 09:00 uur is Mijn KVK niet beschikbaar. De KVK Dataservice wordt niet door dit onderhoud geraakt. | OTHER
      Errors on Mutatieservice | We see failed deliveries.<br>Affected: KVK Mutatieservice (Major outage)<br>Other components: KVK API (Operational), KVK Dataservice (Operational) | KVK_MUTATIESERVICE
      Storing opgelost | De storing van vanochtend is voorbij. De KVK Dataservice werkt weer normaal. | KVK_DATASERVICE
      Vertraging KVK Mutatieservice | Mutatieberichten komen vertraagd binnen. Heeft u de gegevens nu nodig? Haal het Vestigingsprofiel dan op via de KVK API. | KVK_MUTATIESERVICE
      Storing | Sinds 09.10 uur kunt u geen Basisprofiel opvragen via de KVK API. | KVK_API
      Storing | Vraagt u een Vestigingsprofiel op via de KVK API, dan krijgt u sinds 09:10 uur een foutmelding. | KVK_API
      Storing | Since 09:10 CET you can retrieve the Basisprofiel via the KVK API only with long delays. | KVK_API
      Onderhoud KVK API | Op 14 maart 2026 van 08.00 tot 12.00 uur is de KVK API niet beschikbaar. KVK Dataservice en KVK Mutatieservice: geen impact. | KVK_API
      Maintenance [KVK API] | On 14 March 2026 from 08:00 to 12:00 [KVK API] is unavailable. [KVK Dataservice] and [KVK Mutatieservice] are not affected. | KVK_API
      Vertraging levering mutatieberichten | Wij zien vertraging in de levering van berichten via de Mutatie-service. | KVK_MUTATIESERVICE
      Changed message format | From 1 September 2026 the KVK Mutation Service sends its messages in a changed format. | KVK_MUTATIESERVICE
      """)
  void services(String title, String text, String services) {
    List<Service> expected = List.of(services.split(",")).stream().map(Service::valueOf).toList();

    assertThat(classify(title, text.replace("<br>", "\n")).services()).isEqualTo(expected);
  }

  @Test
  void aNoticeIsInformation() {
    Classification c = classify("Mededeling: Developers Portal vernieuwd",
        "Het Developers Portal heeft een nieuwe vormgeving.");

    assertThat(c.category()).isEqualTo(Category.INFORMATION);
    assertThat(c.services()).containsExactly(Service.OTHER);
  }

  @Test
  void wordsInsideLongerWordsDoNotCount() {
    Classification c = classify("Nieuwe werkwijze incidentmeldingen",
        "U kunt incidentmeldingen voortaan online doen.");

    assertThat(c.category()).as("never a guess").isNull();
    assertThat(c.evidence()).doesNotContainKey("category");
  }

  @Test
  void aPostThatSaysNothingGetsNothing() {
    Classification c = classify("Bericht", "Zie de bijlage.");

    assertThat(c.category()).isNull();
    assertThat(c.downtime()).isNull();
    assertThat(c.priority()).isNull();
    assertThat(c.window()).isNull();
    assertThat(c.started()).isNull();
  }

  @Test
  void theUpdatesLifecycleOutweighsATitleThatSaysNothing() {
    Post post = new Post("p", "KVK API", null, PUBLISHED, PUBLISHED, "", List.of(
        new PostUpdate(at("2026-03-10T09:20:00+01:00"), "Onderzoek",
            "Afnemers melden dat bevragingen niet lukken."),
        new PostUpdate(at("2026-03-10T10:00:00+01:00"), "Opgelost", "Alles werkt weer.")),
        PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.category()).isEqualTo(Category.INCIDENT);
    assertThat(c.evidence().get("category"))
        .startsWith("status words \"Onderzoek\", \"Opgelost\" +3");
  }

  @Test
  void aDateSomethingTakesEffectOnMakesAChangeOfATitleThatSoundsLikeAnIncident() {
    // title: INCIDENT 4; text: CHANGE "wijziging" 1, "uiterst minimale impact" 1; the date: 3
    Classification c = classify("Vertraging bij grote bevragingen KVK API",
        "Per 10 juni 2026 worden bevragingen van meer dan 1.000 resultaten in delen geleverd."
            + " Deze wijziging heeft een uiterst minimale impact.");

    assertThat(c.category()).isEqualTo(Category.CHANGE);
    assertThat(c.evidence().get("category"))
        .contains("a date it takes effect \"Per 10 juni 2026\" +3");
    assertThat(c.impactClass()).isEqualTo(ImpactClass.NONE);
    assertThat(c.effectiveDate()).isEqualTo(LocalDate.of(2026, 6, 10));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Storing KVK Dataservice | Heeft u gegevens nodig, haal ze zo nodig op via de KVK API. | KVK_DATASERVICE
      Storing KVK-app | Inloggen op de app mislukt. De KVK API en de KVK Dataservice hebben geen last van deze storing. | OTHER
      Onderhoud Dataservice | Wij werken aan de opslag van de Dataservice. De KVK API blijft gewoon beschikbaar. | KVK_DATASERVICE
      Onderhoud | Tijdens het onderhoud blijft de KVK Mutatieservice beschikbaar. | KVK_MUTATIESERVICE
      Vertraging Dataservice | Actuele wijzigingen kunt u in de tussentijd via de KVK Mutatieservice ontvangen. | KVK_DATASERVICE
      Werkzaamheden KVK Dataservice | Die avond kunt u geen bestanden downloaden. Mutaties blijft u gewoon ontvangen via de KVK Mutatieservice. | KVK_DATASERVICE
      Delayed Dataservice deliveries | Deliveries of the KVK Dataservice are delayed. If you urgently need company records, you can retrieve them through the KVK API in the meantime. | KVK_DATASERVICE
      Errors in the KVK API | Since 09:10 you cannot retrieve company records through the KVK API. | KVK_API
      Storing KVK API | De KVK API geeft foutmeldingen. U kunt de KVK Dataservice als workaround gebruiken. | KVK_API
      Onderhoud KVK Dataservice | Op 25 mei is de Dataservice niet beschikbaar. De KVK API en de Mutatieservice draaien tijdens het onderhoud gewoon door. | KVK_DATASERVICE
      Onderhoud | Op 5 december zijn de KVK API en de KVK Dataservice niet beschikbaar. KVK Mutatieservice blijft in de lucht. | KVK_API,KVK_DATASERVICE
      Vestigingsprofiel onvolledig | In Vestigingsprofiel ontbreken gegevens. Tot die tijd kunt u de gegevens eventueel halen uit de bestanden van de KVK Dataservice. | KVK_API
      Storing KVK Dataservice | Sinds 09:10 kunnen afnemers geen bestanden halen uit de KVK Dataservice. | KVK_DATASERVICE
      Outage KVK API | The KVK API fails. Customers can use the KVK Dataservice as a workaround. | KVK_API
      Degraded search | Lookups fail in the KVK Zoeken API. As a workaround, customers on the bulk plan can fall back on last night's KVK Dataservice extract. | KVK_API
      Storing Zoeken-API | Zoeken geeft geen resultaten. Heeft u ook een abonnement op de KVK Dataservice? Dan kunt u die in de tussentijd gebruiken. | KVK_API
      Outage Mijn KVK | Logging in to Mijn KVK fails. Do you have a KVK API subscription? Then you can request company data there. | OTHER
      Storing | Heeft u last van foutmeldingen van de KVK API? Wij onderzoeken het. | KVK_API
      Storing | Gebruikt u de KVK Dataservice? Dan merkt u dat de bestanden later komen. | KVK_DATASERVICE
      Onderhoud | Op 14 maart is de API niet beschikbaar. Gebruikt u de KVK API? Dan kunt u in die periode geen bedrijfsgegevens opvragen. | KVK_API
      Vertraging | Maakt u gebruik van de KVK Dataservice? Dan kunt u de bestanden van vandaag pas later downloaden. | KVK_DATASERVICE
      Delays | Do you use the KVK Dataservice? Then you can expect your files a few hours later. | KVK_DATASERVICE
      Storing Mijn KVK | U kunt niet inloggen op Mijn KVK. Gebruikt u de KVK API of de KVK Dataservice? Die werken normaal; deze storing heeft daar geen invloed op. | OTHER
      Storing | Sinds 08:30 uur geeft het zoeken foutmeldingen. Gebruikt u de KVK API? Dan kunt u in de tussentijd de KVK Dataservice gebruiken. | KVK_API
      Naamgeving incomplete | Naamgeving in the KVK API misses trade names. If you need them urgently, the daily file of the KVK Dataservice does contain them and can be used in the meantime. | KVK_API
      New KVK Dataservice prices | From 1 January 2026 a KVK Dataservice subscription costs more. Prices for the KVK API and the KVK Mutatieservice stay the same. | KVK_DATASERVICE
      Nieuwe tarieven KVK Dataservice | Per 1 januari 2026 wordt het abonnement op de KVK Dataservice duurder. De tarieven van de KVK API blijven hetzelfde. | KVK_DATASERVICE
      Storing Naamgeving | Naamgeving in de KVK API mist handelsnamen. Het dagbestand van de KVK Dataservice kunt u in de tussentijd gebruiken. | KVK_API
      Storing | Sinds 08:00 uur worden er geen mutaties geleverd. Heeft u een abonnement op de KVK Mutatieservice? Dan kunt u de gemiste mutaties na het herstel alsnog ophalen. | KVK_MUTATIESERVICE
      Storing Mijn KVK | Inloggen op Mijn KVK lukt niet. Gebruikt u de KVK API? Die werkt normaal zodra de storing is verholpen. | KVK_API
      Scheduled maintenance: KVK Dataservice | During this window the Dataservice will be unavailable. The KVK API and the KVK Mutatieservice are not impacted. | KVK_DATASERVICE
      Timeouts | Some clients still receive timeouts from the KVK API Zoeken. | KVK_API
      Storing | Afnemers blijven foutmeldingen ontvangen via de KVK API. | KVK_API
      Degraded performance | Customers who retrieve company data via the KVK API see slower responses. | KVK_API
      Missing address changes | Some address changes are missing from the messages of the KVK Mutatieservice. Workaround: until this is fixed you can pick up the missing changes from the daily delta file of the KVK Dataservice. | KVK_MUTATIESERVICE
      Storing Vestigingsprofiel | Vestigingsprofiel in de KVK API geeft foutmeldingen. Tijdelijke oplossing: haal de vestigingsgegevens tot het herstel uit het dagbestand van de KVK Dataservice. | KVK_API
      Vertraging | Mutaties van de KVK Mutatieservice komen later binnen. Tijdelijke oplossing: er is er geen, want ook de KVK Dataservice ligt eruit. | KVK_DATASERVICE,KVK_MUTATIESERVICE
      Storing | Sinds 09:10 uur mislukt een deel van de aanvragen met een HTTP 503. Tijdelijke oplossing: probeer uw aanvraag aan de KVK API na enkele seconden opnieuw. | KVK_API
      Storing | De KVK API geeft foutmeldingen voor afnemers die niet betrokken zijn bij de pilot. | KVK_API
      Works on the KVK Dataservice | That evening you cannot download files. You will continue to receive changes through the KVK Mutatieservice. | KVK_DATASERVICE
      Spoedonderhoud deponeren | Vanavond kunt u tussen 18.00 en 19.00 uur geen jaarrekening deponeren. De KVK API, Dataservice en Mutatieservice zijn hier niet bij betrokken. | OTHER
      Emergency maintenance filing | Tonight you cannot file annual accounts between 18:00 and 19:00. The KVK API and the Dataservice are not involved. | OTHER
      Login perturbation Mijn KVK | Since 9h15 some users cannot log in on Mijn KVK with eHerkenning. The KVK API, the Dataservice and the Mutatieservice are not concerned. | OTHER
      Onderhoud KVK API | In deze periode kunt u via de KVK API geen gegevens opvragen. Heeft u in die tijd toch bedrijfsgegevens nodig, dan kunt u de KVK Dataservice gebruiken. | KVK_API
      Storing | Sinds 09.40 uur mislukken downloads van bestanden. We hebben meer tijd nodig om de KVK Dataservice te herstellen. | KVK_DATASERVICE
      Storing | Sinds 09.40 uur geven bevragingen foutmeldingen. Krijgt u een foutmelding, dan kunt u het Basisprofiel over een half uur opnieuw bevragen. | KVK_API
      Disruption | Since 09:40 UTC we are seeing problems with file generation. The KVK Dataservice cannot be used in the meantime. | KVK_DATASERVICE
      Inloggen Developer Portal lukt niet | Inloggen op het KVK Developer Portal lukt niet. Bestaande API-keys blijven werken: bevragingen van de KVK API worden gewoon verwerkt. | OTHER
      Nieuwe statuscodes Dataservice | Per 1 maart 2027 wijzigen de statuscodes van de KVK Dataservice, zodat ze aansluiten op die van de KVK API. | KVK_DATASERVICE
      Mutatieservice error messages | From 1 June 2027 the error messages of the KVK Mutatieservice change to be in line with those of the KVK API. | KVK_MUTATIESERVICE
      Storing KVK API | 'Dienst: KVK API | Status: beperkt verstoord. Dienst: KVK Dataservice | Status: geen storing' | KVK_API
      Nieuw veld | In de loop van februari voegen wij aan de respons van Zoeken een optioneel veld toe. | KVK_API
      Nieuwe tarieven | Per 1 januari 2027 wijzigen de tarieven van de KVK Dataservice. Voor de KVK API en de KVK Mutatieservice blijven de tarieven gelijk. | KVK_DATASERVICE
      # words that open a sentence as a way round, however far the service stands from them
      Ernstige storing KVK API | Sinds 07:50 uur is de KVK API niet bereikbaar. Als tijdelijke oplossing raadplegen wij de gegevens uit het meest recente bestand van de KVK Dataservice. | KVK_API
      KVK API down | Since 07:50 the KVK API cannot be reached. As a workaround, our KYC checks read the company data from the most recent daily file of the KVK Dataservice. | KVK_API
      # not when that sentence says the other service is in trouble too
      Ernstige storing KVK API | Sinds 07:50 uur is de KVK API niet bereikbaar. Als tijdelijke oplossing wilden wij de gegevens uit de KVK Dataservice halen, maar die is ook niet bereikbaar. | KVK_API,KVK_DATASERVICE
      # nor when it tells of a step taken on the service rather than its use
      Storing | Since 07:50 the KVK API cannot be reached. As a temporary fix, KVK has paused the KVK Mutatieservice to reduce the load. | KVK_API,KVK_MUTATIESERVICE
      Storing | Sinds 07:50 uur is de KVK API niet bereikbaar. Als tijdelijke oplossing hebben wij de KVK Mutatieservice stilgezet om de belasting te verlagen. | KVK_API,KVK_MUTATIESERVICE
      # a way round that could not be taken is none
      Disruption company data | Company lookups are failing. Our system could not fall back on the KVK API because the KVK API itself returns errors. | KVK_API
      KVK Developer Portal plat | Het KVK Developer Portal is niet bereikbaar, dus een nieuwe API-key aanvragen lukt nu even niet. De KVK API zelf draait gewoon, bestaande koppelingen werken dus prima. | OTHER
      Incident Mijn KVK login | Our clients report that login into Mijn KVK is not possible. Our integration with KVK API works normal. | OTHER
      Mijn KVK login issues | Some of our clients are unable to log in to Mijn KVK with eHerkenning since 0845 GMT. This affects the filing of changes only; our KVK API integrations are running fine. | OTHER
      # another cause, urgent cases, errors that go on: said of the service in trouble
      Incident | The KVK API returns errors since 09:40, the cause is not related to the release of yesterday. | KVK_API
      Verstoring | Bij spoedeisende zaken: let op, de KVK API is sinds 09:40 niet beschikbaar. | KVK_API
      Storing | Sinds 10:00 komen er onverminderd via de KVK API foutmeldingen terug. | KVK_API
      """)
  void aServiceNamedAsAWorkaroundOrAsUnaffectedIsNotAffected(String title, String text,
      String services) {
    assertThat(classify(title, text).services())
        .containsExactlyElementsOf(List.of(services.split(",")).stream().map(Service::valueOf)
            .toList());
  }

  /**
   * A list under a label that says its items work, or stay available, names them unaffected; so
   * does a table of components with their states ({@code <bar>} is a table's bar).
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Onderhoud KVK API | Op donderdag 22 januari 2026 van 22:00 tot 02:00 uur voeren wij onderhoud uit aan de KVK API.<br><br>Niet beschikbaar:<br>- Zoeken<br>- Basisprofiel<br><br>Wel beschikbaar:<br>- KVK Dataservice<br>- KVK Mutatieservice | KVK_API
      Verstoring KVK-diensten | Wij schalen op naar prioriteit 1.<br><br>Wat werkt niet:<br>- KVK API: Basisprofiel geeft foutcode 500<br>- KVK Dataservice: bestellingen blijven hangen<br><br>Wat werkt wel:<br>- KVK Mutatieservice<br>- Zoeken in de KVK API | KVK_API,KVK_DATASERVICE
      Maintenance KVK Dataservice | On Saturday 14 March 2026 from 08:00 to 12:00 CET the KVK Dataservice is unavailable.<br><br>Still available:<br>- KVK API<br>- KVK Mutatieservice | KVK_DATASERVICE
      Storingsmelding | Dienst <bar> Status<br>KVK API – Basisprofiel <bar> Beperkt verstoord<br>KVK Dataservice <bar> Operationeel<br>KVK Mutatieservice <bar> Operationeel | KVK_API
      Elevated error rates | Affected components:<br>KVK API – Zoeken: Partial outage<br>KVK Dataservice: Operational<br>KVK Mutatieservice: Operational | KVK_API
      Onderhoud berichteninfrastructuur | Dienst <bar> Impact<br>KVK Mutatieservice <bar> Geen verbinding mogelijk<br>KVK API <bar> Geen impact<br>KVK Dataservice <bar> Geen impact | KVK_MUTATIESERVICE
      Storing | Sinds 09.40 uur is er een storing.<br>Wat werkt wel:<br>- Zoeken<br>- Naamgeving<br>Wat werkt niet<br>- Basisprofiel<br>- KVK Dataservice | KVK_API,KVK_DATASERVICE
      Partial outage | We are investigating failed requests.<br><br>Not yet available:<br>- KVK Dataservice<br><br>Still available:<br>- KVK API<br>- KVK Mutatieservice | KVK_DATASERVICE
      Verstoring | Sinds 09.40 uur is er een verstoring.<br>KVK Mutatieservice: normaal bereikbaar, maar mutatieberichten komen met ruim een uur vertraging binnen.<br>KVK API: geen verstoring. | KVK_MUTATIESERVICE
      Elevated errors | We are investigating elevated error rates.<br><br>KVK API: Operational → Partial outage | KVK_API
      Onderhoud | Op zaterdag 14 maart 2026 onderhoud.<br>Dienst: KVK Dataservice <bar> Tijd: 09:00 – 12:00 uur <bar> Impact: niet beschikbaar<br>Dienst: KVK API <bar> Impact: geen, blijft beschikbaar | KVK_DATASERVICE
      Onderhoud | Op zaterdag 14 maart 2026 onderhoud.<br>KVK Mutatieservice <bar> Impact: niet beschikbaar<br>KVK API <bar> Impact: blijft beschikbaar | KVK_MUTATIESERVICE
      Storing | Sinds 09.40 uur is er een storing.<br>KVK API <bar> Impact: geen toegang tot de gegevens<br>KVK Dataservice <bar> Impact: geen | KVK_API
      Onderhoud | Op zaterdag 14 maart 2026 onderhoud.<br>KVK API: beschikbaar na afloop van het onderhoud | KVK_API
      """)
  void servicesListedUnderAWorkingLabelAreNotAffected(String title, String text,
      String services) {
    assertThat(classify(title, text.replace("<br>", "\n").replace("<bar>", "|")).services())
        .containsExactlyElementsOf(List.of(services.split(",")).stream().map(Service::valueOf)
            .toList());
  }

  @Test
  void aPriorityCodeAndTheLifecycleOutweighAMisleadingTitle() {
    // title: CHANGE 4 ("change notifications"), text "change" 1; INCIDENT: text "incident" 1,
    // the code 3, status words 3
    Post post = new Post("p", "No change notifications sent", null, PUBLISHED, PUBLISHED, "",
        List.of(new PostUpdate(at("2026-08-20T13:55:00+02:00"), "Investigating",
                "We have declared a P1 incident for KVK Mutatieservice. Since 11:40 UTC no"
                    + " change notifications are being sent to subscribers."),
            new PostUpdate(at("2026-08-20T15:20:00+02:00"), "Resolved",
                "Notifications are flowing again.")), PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.category()).isEqualTo(Category.INCIDENT);
    assertThat(c.evidence().get("category")).contains("a priority \"P1\" +3")
        .contains("(against CHANGE 5");
    assertThat(c.priority()).isEqualTo(Priority.P1);
  }

  @Test
  void aServiceSaidToStayAvailableIsNotTheOneAnIncidentAffects() {
    Classification c = classify("Storing KVK-app",
        "Inloggen op de app mislukt. De KVK API blijft beschikbaar.");

    assertThat(c.category()).isEqualTo(Category.INCIDENT);
    assertThat(c.services()).containsExactly(Service.OTHER);
  }

  @Test
  void aPriorityRepeatedIsNoChangeOfPriority() {
    Post post = new Post("p", "Storing KVK API (P2)", null, PUBLISHED, PUBLISHED, "", List.of(
        new PostUpdate(at("2026-03-10T09:20:00+01:00"), "Onderzoek", "P2: bevragingen mislukken."),
        new PostUpdate(at("2026-03-10T10:00:00+01:00"), "Opgelost", "De P2-storing is opgelost.")),
        PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.priority()).isEqualTo(Priority.P2);
    assertThat(c.evidence().get("priority")).isEqualTo("\"P2\"");
  }

  @Test
  void twoPhrasesOnTheSameWordsCountOnce() {
    Classification c = classify("KVK API",
        "Planned maintenance on the KVK API. The API stays available.");

    assertThat(c.evidence().get("category")).contains("text \"planned maintenance\" +1")
        .doesNotContain("text \"maintenance\"");
  }

  @Test
  void aLastWordWithoutADayDoesNotMoveAWindowThatHadOne() {
    Post post = new Post("p", "Gepland onderhoud KVK API", null, PUBLISHED, PUBLISHED, "", List.of(
        new PostUpdate(at("2026-02-20T10:00:00+01:00"), "Gepland",
            "Op zaterdag 14 maart 2026 van 22:00 tot 02:00 uur is de KVK API niet beschikbaar."),
        new PostUpdate(at("2026-03-15T02:10:00+01:00"), "Voltooid",
            "Het onderhoud van 22:00 tot 02:00 uur is afgerond.")), PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.window()).isEqualTo(new Window(at("2026-03-14T22:00:00+01:00"),
        at("2026-03-15T02:00:00+01:00")));
  }

  @Test
  void aTitlesEffectiveDateCountsForAPostWithoutUpdates() {
    Classification c = CLASSIFIER.classify(new Post("p",
        "Tarieven KVK API wijzigen per 1 juli 2026", null, PUBLISHED, PUBLISHED, "De nieuwe tarieven staan op de website.", List.of(),
        PlatformHints.NONE));

    assertThat(c.category()).isEqualTo(Category.CHANGE);
    assertThat(c.effectiveDate()).isEqualTo(LocalDate.of(2026, 7, 1));
  }

  @Test
  void anUpdateThatSaysItIsNotYetResolvedDoesNotResolve() {
    Post post = new Post("p", "Storing", null, PUBLISHED, PUBLISHED, "", List.of(
        new PostUpdate(at("2025-06-13T16:10:00+02:00"), "Onderzoek",
            "Het opvragen van vestigingsprofielen is niet mogelijk. Een ernstige storing."),
        new PostUpdate(at("2025-06-14T11:00:00+02:00"), "Update",
            "De storing is nog niet verholpen. Onze leverancier onderzoekt de opslag."),
        new PostUpdate(at("2025-06-16T10:05:00+02:00"), "Opgelost",
            "De storing is vanochtend om 09.45 uur verholpen.")), PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.resolved()).isEqualTo(at("2025-06-16T09:45:00+02:00"));
  }

  /** Words of fixing, checking or working on it in a slow incident say nothing is down. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Alles werkt weer normaal, u hoeft niets te doen.
      Op dit moment kunnen we nog niet controleren of alle afnemers hier last van hebben.
      De fout is eruit gehaald en de antwoorden zijn weer snel.
      Wij werken aan een oplossing, maar weten nog niet hoe lang het duurt.
      """)
  void anIncidentOfSlownessHasNoDowntimeInWordsOfFixingIt(String text) {
    Post post = post("Storing KVK API",
        new PostUpdate(at("2026-03-10T10:00:00+01:00"), "Onderzoek",
            "Sinds 09:30 reageert de KVK API traag."),
        new PostUpdate(at("2026-03-10T11:00:00+01:00"), "Update", text));

    assertThat(CLASSIFIER.classify(post).downtime()).isNull();
  }

  /** "Technical works", "Planned works", as Polish and Czech vendors write it: maintenance. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Planned works KVK API 10.12 | Works are planned on 10.12 (Thursday) from 18:00 till 22:00 CET. KVK API will be unavailable for all endpoints.
      KVK Dataservice | KVK plans technical works on KVK Dataservice in the night from Saturday to Sunday 14/15.03.2026 from 22:00 till 02:00 (CET).
      """)
  void worksAsSecondLanguageWritersSayItAreMaintenance(String title, String text) {
    assertThat(classify(title, text).category()).isEqualTo(Category.PLANNED_MAINTENANCE);
  }

  /** Automatic mails to ignore in an incident make no test post of it. */
  @Test
  void mailsToIgnoreInAnIncidentMakeNoInformation() {
    Classification c = classify("KVK Mutatieservice", "Sinds 11:15 ontvangt u geen mutaties van de"
        + " KVK Mutatieservice. Automatische foutmails graag negeren, wij zijn ermee bezig.");

    assertThat(c.category()).isNotEqualTo(Category.INFORMATION);
    assertThat(c.services()).containsExactly(Service.KVK_MUTATIESERVICE);
  }

  /** A tip or a fix's time in an incident leaves it an incident. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      KVK API | Sinds 09:30 is de KVK API erg traag. Tip: probeer het later opnieuw of bel de helpdesk.
      KVK-koppeling | Sinds 9 uur geeft de KVK-koppeling een fout bij het aanmelden. Vandaag rond 14:00 zet onze ontwikkelaar een fix live, duurt ongeveer een kwartier.
      KVK Mutatieservice | Since 08:00 mutations of the KVK Mutatieservice arrive with big delay because of emergency technical works at our datacenter.
      KVK Mutatieservice | Since 09:30 there is a problem: the KVK Mutatieservice delivers duplicate mutations. We will remove the duplicates on 11 June.
      """)
  void aTipOrAFixsTimeLeavesAnIncidentAnIncident(String title, String text) {
    Classification c = classify(title, text);

    assertThat(c.category()).isEqualTo(Category.INCIDENT);
    assertThat(c.window()).isNull();
  }

  /**
   * "Solved", as Spanish writers put it, resolves, as a status or said of the trouble; "hasn't
   * solved the problem", "get it solved", "can be solved by …" do not.
   */
  @Test
  void solvedResolvesButHasntSolvedDoesNot() {
    Post solved = post("Incidence under investigation",
        new PostUpdate(at("2026-03-03T11:14:00+01:00"), "Investigating",
            "We are investigating an incidence with the KVK API reported by some clients."),
        new PostUpdate(at("2026-03-03T12:02:00+01:00"), "Solved",
            "The incidence has been solved. Thanks for your patience."));
    Post notSolved = post("KVK Mutatieservice: some notifications not delivered",
        new PostUpdate(at("2026-11-24T10:20:00+01:00"), "Investigating",
            "Since around 9:50am some subscribers to the KVK Mutatieservice haven't been"
                + " receiving notifications."),
        new PostUpdate(at("2026-11-26T17:30:00+01:00"), "Update",
            "The fix we put live this afternoon hasn't solved the problem. Notifications will"
                + " stay delayed until further notice."));

    Post workingOnIt = post("KVK API errors",
        new PostUpdate(at("2026-03-10T10:00:00+01:00"), "",
            "Since 9.30hs the KVK API is giving errors. We are working to get it solved asap."
                + " This can be solved by requesting a new API key."));
    Post notFully = post("KVK API errors",
        new PostUpdate(at("2026-03-10T10:00:00+01:00"), "Investigating",
            "Since 9.30hs the KVK API is giving errors."),
        new PostUpdate(at("2026-03-10T11:00:00+01:00"), "",
            "The issue hasn't been fully resolved yet."));

    assertThat(CLASSIFIER.classify(solved).resolved()).isEqualTo(at("2026-03-03T12:02:00+01:00"));
    assertThat(CLASSIFIER.classify(notSolved).resolved()).isNull();
    assertThat(CLASSIFIER.classify(workingOnIt).resolved()).isNull();
    assertThat(CLASSIFIER.classify(workingOnIt).started())
        .isEqualTo(at("2026-03-10T09:30:00+01:00"));
    assertThat(CLASSIFIER.classify(notFully).resolved()).isNull();
  }

  @Test
  void aWindowOnlyTheTitleStatesIsTheWindow() {
    Post post = new Post("p", "KVK API maintenance – Sat 10 Oct 2026, 08:00–12:00 CEST", null,
        PUBLISHED, PUBLISHED, "", List.of(new PostUpdate(at("2026-09-14T10:00:00+02:00"),
            "Scheduled", "The KVK API will be unavailable during this window.")),
        PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.window()).isEqualTo(new Window(at("2026-10-10T08:00:00+02:00"),
        at("2026-10-10T12:00:00+02:00")));
    assertThat(c.evidence().get("window")).endsWith("in the title");
  }

  @Test
  void aWeekdayInTheTextTakesItsDateFromTheTitle() {
    Post post = new Post("p", "Onderhoud KVK Dataservice za 8-3", null, PUBLISHED, PUBLISHED, "",
        List.of(new PostUpdate(at("2025-02-14T11:20:00+01:00"), "Gepland",
            "Wegens werkzaamheden is de KVK Dataservice zaterdag tussen 08.00 en 12.00 uur niet"
                + " beschikbaar.")), PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    // Saturday 8 March 2025, not the Saturday right after the post (15 February)
    assertThat(c.window()).isEqualTo(new Window(at("2025-03-08T08:00:00+01:00"),
        at("2025-03-08T12:00:00+01:00")));
    assertThat(c.evidence().get("window")).endsWith("on the title's day");
  }

  @Test
  void aWeekdayAloneThatNoDateNamesIsTheNextOneAndALaterUpdateStillMovesItsEnd() {
    Post post = post("Planned maintenance: KVK API this weekend",
            new PostUpdate(at("2026-07-06T10:00:00+02:00"), "Scheduled",
                "KVK will upgrade the platform behind the KVK API between 10pm Saturday and 2am"
                    + " Sunday (CEST). The API will be unavailable for the duration."),
            new PostUpdate(at("2026-07-12T01:45:00+02:00"), "In progress",
                "KVK has extended the window: the work will now run until 04:00 CEST at the"
                    + " latest."));

    Classification c = CLASSIFIER.classify(post);

    // Monday 6 July: Saturday 11 July 22:00, to Sunday 04:00 as the second update moves it
    assertThat(c.window()).isEqualTo(new Window(at("2026-07-11T22:00:00+02:00"),
        at("2026-07-12T04:00:00+02:00")));
  }

  @Test
  void aWeekdayAloneIsTheNextOneFromTheNoticeNotFromAnUpdateWrittenInTheNight() {
    Post post = post("Gepland onderhoud KVK API",
            new PostUpdate(at("2026-03-09T10:00:00+01:00"), "Gepland",
                "Op zaterdag voeren wij tussen 22:00 en 02:00 uur onderhoud uit aan de KVK API."
                    + " Tijdens het onderhoud is de KVK API niet beschikbaar."),
            new PostUpdate(at("2026-03-15T01:30:00+01:00"), "In uitvoering",
                "Het onderhoud van zaterdag 22.00 uur tot zondag 02.00 uur loopt uit tot 03.00"
                    + " uur."),
            new PostUpdate(at("2026-03-15T03:10:00+01:00"), "Voltooid",
                "Het onderhoud van zaterdag is afgerond. De KVK API is weer beschikbaar."));

    // Monday 9 March: Saturday the 14th, to 03:00 on the 15th as the night's update says; not
    // the Saturday after the Sunday the later updates were written on
    assertThat(CLASSIFIER.classify(post).window()).isEqualTo(new Window(
        at("2026-03-14T22:00:00+01:00"), at("2026-03-15T03:00:00+01:00")));
  }

  @Test
  void aResolutionSinceATimeTheNextDayIsNoStartTheDayBefore() {
    Post post = post("Elevated error rates on KVK API",
            new PostUpdate(at("2026-06-03T13:20:00+02:00"), "Investigating",
                "We are investigating increased error rates on the KVK API."),
            new PostUpdate(at("2026-06-03T15:10:00+02:00"), "Monitoring",
                "Error rates are back to normal for most clients."),
            new PostUpdate(at("2026-06-04T09:30:00+02:00"), "Resolved",
                "All KVK API endpoints have been operating normally since 08:45 CEST."));

    Classification c = CLASSIFIER.classify(post);

    // 08:45 is when it ended on the 4th, not a start on the 3rd
    assertThat(c.started()).isEqualTo(at("2026-06-03T13:20:00+02:00"));
    assertThat(c.resolved()).isEqualTo(at("2026-06-04T08:45:00+02:00"));
  }

  @Test
  void dataMadeAvailableAgainFromTheStartIsNoEnd() {
    Post post = post("Storing KVK Mutatieservice",
            new PostUpdate(at("2026-06-02T09:00:00+02:00"), "Onderzoek",
                "Sinds 08:00 uur levert de KVK Mutatieservice geen mutaties. Wij onderzoeken het."),
            new PostUpdate(at("2026-06-02T12:30:00+02:00"), "Update",
                "De storing is verholpen. Alle gemiste mutaties zijn weer beschikbaar vanaf"
                    + " 08:00."));

    Classification c = CLASSIFIER.classify(post);

    // 08:00 is where the data picks up again, the incident's start: it ended when it was said
    assertThat(c.started()).isEqualTo(at("2026-06-02T08:00:00+02:00"));
    assertThat(c.resolved()).isEqualTo(at("2026-06-02T12:30:00+02:00"));
  }

  @Test
  void aRecoveryTakenBackInPartDoesNotResolve() {
    Post post = new Post("p", "KVK API onbereikbaar", null, PUBLISHED, PUBLISHED, "", List.of(
        new PostUpdate(at("2026-08-11T08:40:00+02:00"), "Onderzoek",
            "Sinds 08.20 uur is de KVK API onbereikbaar. Prio 1."),
        new PostUpdate(at("2026-08-11T09:15:00+02:00"), "Update",
            "De API is weer bereikbaar, maar Naamgeving geeft nog af en toe foutmeldingen."),
        new PostUpdate(at("2026-08-11T10:30:00+02:00"), "Opgelost",
            "Ook Naamgeving werkt weer foutloos.")), PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.resolved()).isEqualTo(at("2026-08-11T10:30:00+02:00"));
  }

  @Test
  void aResolutionWordInAConditionDoesNotResolve() {
    Post post = new Post("p", "Storing Basisprofiel KVK API", null, PUBLISHED, PUBLISHED, "",
        List.of(new PostUpdate(at("2025-10-03T16:34:00+02:00"), "Onderzoek",
                "Sinds 16.20 uur is het Basisprofiel van de KVK API niet beschikbaar."),
            new PostUpdate(at("2025-10-04T11:00:00+02:00"), "Update",
                "Wanneer het Basisprofiel weer beschikbaar is, kunnen wij nog niet zeggen."),
            new PostUpdate(at("2025-10-06T09:00:00+02:00"), "Update", "Heeft u gegevens in"
                + " bulk nodig? Dan kunt u tijdelijk de KVK Dataservice gebruiken.")),
        PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.resolved()).as("still open").isNull();
    assertThat(c.services()).as("the Dataservice is the workaround")
        .containsExactly(Service.KVK_API);
  }

  @Test
  void servicesThatNoticeNothingOfMaintenanceAreNotAffected() {
    Classification c = classify("Onderhoud webwinkel uittreksels", "Op zaterdag 11 juli 2026"
        + " werken wij aan de webwinkel op kvk.nl. De KVK API, de KVK Dataservice en de KVK"
        + " Mutatieservice merken niets van dit onderhoud.");

    assertThat(c.services()).containsExactly(Service.OTHER);
  }

  @Test
  void partsOfTheApiThatCannotBeQueriedAreDowntime() {
    Classification c = classify("Onderhoud Basisprofiel en Vestigingsprofiel", "In de nacht van"
        + " woensdag 1 op donderdag 2 juli 2026 van 23.00 tot 05.00 uur kunnen het Basisprofiel en"
        + " het Vestigingsprofiel van de KVK API niet worden opgevraagd. Zoeken en Naamgeving"
        + " blijven beschikbaar.");

    assertThat(c.downtime()).isTrue();
  }

  @Test
  void naamgevingIsPartOfTheKvkApi() {
    Classification c = classify("Naamgeving: ontbrekende handelsnamen", "Vanaf 13:00 uur"
        + " ontbreken bij een klein deel van de bevragingen op Naamgeving de handelsnamen.");

    assertThat(c.services()).containsExactly(Service.KVK_API);
  }

  @Test
  void aLettersOwnDateIsNoDayOfTheWindow() {
    Classification c = CLASSIFIER.classify(post("Gepland onderhoud KVK API",
        new PostUpdate(at("2026-02-20T11:00:00+01:00"), "Gepland", "Kenmerk: ONH/2026/009\n"
            + "Datum: 20 februari 2026\n\nGeachte afnemer,\n\nOp zaterdag 7 maart 2026 werken wij"
            + " aan de KVK API. Het werk vindt plaats tussen 09.00 en 11.00 uur; de API is dan"
            + " niet beschikbaar.")));

    assertThat(c.window()).isEqualTo(new Window(at("2026-03-07T09:00:00+01:00"),
        at("2026-03-07T11:00:00+01:00")));
  }

  @Test
  void aCorrectedStartKeepsTheDurationTheCorrectionRestates() {
    Classification c = CLASSIFIER.classify(post("Onderhoud KVK Dataservice",
        new PostUpdate(at("2026-10-29T10:00:00+01:00"), "Gepland", "Op donderdag 19 november"
            + " 2026 starten wij om 22:00 uur met onderhoud aan de KVK Dataservice. Het onderhoud"
            + " duurt twee uur; de Dataservice is dan niet beschikbaar."),
        new PostUpdate(at("2026-11-02T09:15:00+01:00"), "Update", "Correctie: het onderhoud op"
            + " donderdag 19 november start om 23:00 uur. De duur blijft twee uur.")));

    assertThat(c.window()).isEqualTo(new Window(at("2026-11-19T23:00:00+01:00"),
        at("2026-11-20T01:00:00+01:00")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      KVK API v1 endpoint will be closed on 1 July 2026 | On 1 July 2026 the v1 endpoint of the KVK API will be closed. Please migrate to v2. | CHANGE
      KVK API maintenance on King's Day | On Monday 27 April 2026 from 08:00 to 12:00 CEST the KVK API is unavailable for an upgrade. | PLANNED_MAINTENANCE
      Fraudulent requests on KVK API | Since 09:15 CET the KVK API responds slowly. | INCIDENT
      """)
  void aClosingADayOffOrFraudInTheTitleDoesNotMakeInformation(String title, String text,
      Category category) {
    assertThat(classify(title, text).category()).isEqualTo(category);
  }

  @Test
  void aLaterUpdateThatMovesTheTimesOfTonightsMaintenanceMovesTheWindow() {
    Classification c = CLASSIFIER.classify(post("Spoedonderhoud KVK API",
        new PostUpdate(at("2026-07-08T15:10:00+02:00"), "Spoedonderhoud", "Vanavond voeren wij"
            + " spoedonderhoud uit aan de KVK API, van 19.00 tot 19.30 uur."),
        new PostUpdate(at("2026-07-08T18:20:00+02:00"), "Update", "Het spoedonderhoud begint"
            + " later: van 20.15 tot 20.45 uur.")));

    assertThat(c.window()).isEqualTo(new Window(at("2026-07-08T20:15:00+02:00"),
        at("2026-07-08T20:45:00+02:00")));
  }

  @Test
  void anUpdateThatResolvesWhileNotAllDetailsAreKnownResolves() {
    Classification c = CLASSIFIER.classify(post("Storing KVK Dataservice",
        new PostUpdate(at("2026-03-09T10:00:00+01:00"), "Onderzoek", "Sinds 08:30 worden er geen"
            + " bestanden klaargezet in de KVK Dataservice."),
        new PostUpdate(at("2026-03-09T12:00:00+01:00"), "", "De storing is om 11:40 verholpen."
            + " We weten nog niet alle details van de oorzaak.")));

    assertThat(c.resolved()).isEqualTo(at("2026-03-09T11:40:00+01:00"));
  }

  @Test
  void aReminderOfMaintenanceIsMaintenance() {
    Classification c = classify("Reminder: KVK Dataservice unavailable on Saturday", "On Saturday"
        + " 14 March 2026 from 08:00 to 10:00 CET the KVK Dataservice is unavailable because of"
        + " maintenance.");

    assertThat(c.category()).isEqualTo(Category.PLANNED_MAINTENANCE);
  }

  @Test
  void anIncidentTheSupportTeamHeardOfIsAnIncident() {
    Classification c = classify("KVK Dataservice files delayed", "The daily files of the KVK"
        + " Dataservice are delayed. Our support team is looking into it. If you have questions,"
        + " use the contact form.");

    assertThat(c.category()).isEqualTo(Category.INCIDENT);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Monitoring | A fix was deployed. Beginning 10:20 CET error rates returned to normal; we keep monitoring.
      Identified | The cause is a faulty certificate. Beginning 10:45 CET we will replace it; this takes 15 minutes.
      Identified | The cause is a faulty certificate. Since 10:20 CET we are replacing it.
      """)
  void aTimeInALaterUpdateAfterTheFirstIsNoStart(String status, String text) {
    Classification c = CLASSIFIER.classify(post("Errors in KVK API",
        new PostUpdate(at("2026-03-10T09:30:00+01:00"), "Investigating",
            "We are investigating errors in the KVK API."),
        new PostUpdate(at("2026-03-10T10:30:00+01:00"), status, text)));

    assertThat(c.started()).isEqualTo(at("2026-03-10T09:30:00+01:00"));
  }



  @Test
  void aWarningAboutPhishingMailsIsInformation() {
    assertThat(classify("Let op: phishingmails uit naam van KVK", "Er worden e-mails verstuurd"
        + " die van KVK lijken te komen.").category()).isEqualTo(Category.INFORMATION);
  }

  @Test
  void aMomentSomethingFellAwayIsTheStartAndADurationAfterItTheEnd() {
    Post post = new Post("p", "Verbinding KVK Dataservice onderbroken", null, PUBLISHED,
        PUBLISHED, "", List.of(new PostUpdate(at("2026-04-15T15:30:00+02:00"), "Opgelost",
            "Om 14.10 uur viel de verbinding met de KVK Dataservice weg. De dienst was beperkt"
                + " verstoord. Na 45 minuten was alles hersteld.")), PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.started()).isEqualTo(at("2026-04-15T14:10:00+02:00"));
    assertThat(c.resolved()).isEqualTo(at("2026-04-15T14:55:00+02:00"));
  }

  @Test
  void aDurationAfterTheStartOfTheTroubleIsTheEnd() {
    Post post = post("Storing 17 juni",
        new PostUpdate(at("2026-06-17T13:45:00+02:00"), "Onderzoek",
            "Rond 13.20 uur is een storing ontstaan in de KVK Mutatieservice."),
        new PostUpdate(at("2026-06-17T16:10:00+02:00"), "Opgelost",
            "Anderhalf uur na het begin van de storing was alles weer normaal."));

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.started()).isEqualTo(at("2026-06-17T13:20:00+02:00"));
    assertThat(c.resolved()).isEqualTo(at("2026-06-17T14:50:00+02:00"));
  }

  /** A middle update that says only part is back, or that work goes on, resolves nothing. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      Verouderde gegevens in Zoeken | Sinds 09:00 uur toont Zoeken verouderde gegevens. Zoeken is beperkt verstoord. | Zoeken werkt voor de meeste klanten weer goed. | Zoeken werkt weer.
      Ernstige storing KVK API | Vanaf 09.00 uur is de KVK API niet bereikbaar. | Het herstel duurt langer. We werken door en melden ons morgenochtend weer. | De KVK API is weer bereikbaar.
      Verstoring KVK API en KVK Dataservice | De KVK API en de KVK Dataservice zijn beperkt verstoord. | De KVK API werkt weer normaal. Bij de Dataservice zijn nog niet alle bestanden geleverd. | Ook de Dataservice werkt weer normaal.
      Storing Mijn KVK | Sinds 09.00 uur kunt u niet inloggen op Mijn KVK en niet deponeren. | Inloggen werkt weer. Deponeren geeft nog een foutmelding. | Ook deponeren werkt weer.
      KVK API unavailable | Since 09:00 all KVK API endpoints return errors. | Zoeken is available again. Basisprofiel and Naamgeving remain unavailable. | All endpoints are available again.
      Storing KVK API | Sinds 09.00 uur is de KVK API niet bereikbaar. | Zoeken is weer beschikbaar. Basisprofiel en Naamgeving blijven onbereikbaar. | De KVK API is weer volledig beschikbaar.
      Deponeren niet mogelijk | Sinds 07.50 uur is deponeren niet mogelijk. | Deponeren via het portaal werkt weer. Deponeren via SBR lukt nog niet. | Ook deponeren via SBR werkt weer.
      Storing KVK Mutatieservice | Sinds 09.30 uur komen berichten niet aan. | We werken nog aan een oplossing. We laten het weten als alles weer normaal werkt. | De storing is opgelost.
      Verstoring dataservice | Sinds 10:05 uur zijn de dagbestanden van de KVK Dataservice onvolledig. | Tot nu toe gedaan: een herstelde levering wordt klaargezet. | De herstelde levering is aangeboden; de storing is opgelost.
      Uittreksels bestellen lukt niet | Sinds 08.20 uur kunt u geen uittreksels bestellen. | Bestellen via de webwinkel werkt inmiddels weer. Bestellen via de app is nog niet mogelijk. | Ook via de app kunt u weer bestellen; de storing is verholpen.
      """)
  void aMiddleUpdateThatOnlyPartlyRecoversIsNoResolution(String title, String first,
      String middle, String last) {
    Classification c = CLASSIFIER.classify(post(title,
        new PostUpdate(at("2026-07-21T09:12:00+02:00"), "Onderzoek", first),
        new PostUpdate(at("2026-07-21T10:05:00+02:00"), "Update", middle),
        new PostUpdate(at("2026-07-21T12:47:00+02:00"), "Opgelost", last)));

    assertThat(c.resolved()).isEqualTo(at("2026-07-21T12:47:00+02:00"));
  }

  @Test
  void anUpdateThatSaysItIsOnlyPartlyBackDoesNotResolve() {
    Post post = new Post("p", "Ernstige storing KVK API", null, PUBLISHED, PUBLISHED, "", List.of(
        new PostUpdate(at("2026-11-27T17:02:00+01:00"), "Onderzoek",
            "Vanaf 16:40 uur is de KVK API niet bereikbaar. Prioriteit: 1."),
        new PostUpdate(at("2026-11-27T19:30:00+01:00"), "Update",
            "Wij werken door tot de storing is opgelost."),
        new PostUpdate(at("2026-11-28T09:15:00+01:00"), "Update", "Gedeeltelijk hersteld:"
            + " Zoeken en Naamgeving werken weer. De storing is nog niet volledig opgelost."),
        new PostUpdate(at("2026-11-28T10:15:00+01:00"), "Update",
            "Part of the service is available again.")), PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.resolved()).isNull();
    assertThat(c.priority()).as("\"Prioriteit: 1\"").isEqualTo(Priority.P1);
  }

  /** A recovery expected, right before its words or far back in its sentence, is none. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Vanaf 14.10 uur is de KVK Dataservice niet bereikbaar. | De storing duurt voort; wij verwachten de dienst maandag weer beschikbaar te hebben.
      Sinds 14.45 uur komen er geen mutatieberichten binnen. | Wij verwachten inmiddels dat de berichten van vanmiddag pas morgenochtend na de nachtelijke verwerking weer normaal binnenkomen.
      """)
  void aRecoveryExpectedIsNoRecovery(String first, String later) {
    Post post = post("Storing",
        new PostUpdate(at("2026-11-27T14:25:00+01:00"), "Onderzoek", first),
        new PostUpdate(at("2026-11-27T18:05:00+01:00"), "Update", later));

    assertThat(CLASSIFIER.classify(post).resolved()).isNull();
  }

  @Test
  void deliveryThatStopsIsAPhaseOut() {
    Classification c = classify("Einde levering via FTP - KVK Dataservice", "Vanaf 1 september"
        + " 2026 leveren wij bestanden van de KVK Dataservice niet meer via FTP.");

    assertThat(c.impactClass()).isEqualTo(ImpactClass.PHASE_OUT);
  }

  @Test
  void holidayHoursAreInformationThoughTheyTellWhereToReportAnOutage() {
    Classification c = classify("Bereikbaarheid tijdens de feestdagen", "Op 25 en 26 december"
        + " en op 1 januari zijn wij gesloten. Een storing meldt u altijd via het"
        + " storingsnummer.");

    assertThat(c.category()).isEqualTo(Category.INFORMATION);
  }

  @Test
  void aStartStatedInALaterUpdateInThePerfectTenseIsTheStart() {
    Post post = new Post("p", "Vertraging KVK Mutatieservice", null, PUBLISHED, PUBLISHED, "",
        List.of(new PostUpdate(at("2025-10-07T09:20:00+02:00"), "Onderzoek",
                "Signalen van de KVK Mutatieservice komen later binnen dan normaal."),
            new PostUpdate(at("2025-10-07T10:05:00+02:00"), "Update",
                "De vertraging is vanochtend om 07.35 uur ontstaan bij een wachtrij.")),
        PlatformHints.NONE);

    assertThat(CLASSIFIER.classify(post).started())
        .isEqualTo(at("2025-10-07T07:35:00+02:00"));
  }

  @Test
  void aCustomerSurveyIsInformation() {
    assertThat(classify("Resultaten klanttevredenheidsonderzoek 2025", "Bedankt aan alle"
        + " afnemers die meededen. U gaf ons gemiddeld een 7,6.").category())
        .isEqualTo(Category.INFORMATION);
  }

  @Test
  void anUrgentSecurityPatchIsEmergencyMaintenance() {
    Post post = new Post("p", "Urgent security patching tonight", null, PUBLISHED, PUBLISHED, "",
        List.of(new PostUpdate(at("2026-06-16T17:30:00+02:00"), "Scheduled",
            "We will apply an urgent security patch to the KVK API tonight. Between 22:00 and"
                + " 22:15 CEST the API will be unavailable.")), PlatformHints.NONE);

    assertThat(CLASSIFIER.classify(post).category())
        .isEqualTo(Category.EMERGENCY_MAINTENANCE);
  }

  @Test
  void anAvailabilityReportIsInformation() {
    Classification c = classify("Beschikbaarheid derde kwartaal", "Over het derde kwartaal van"
        + " 2025 was de KVK API 99,95% beschikbaar. Het volledige rapport staat in het"
        + " klantportaal.");

    assertThat(c.category()).isEqualTo(Category.INFORMATION);
    assertThat(c.services()).containsExactly(Service.OTHER);
  }

  @Test
  void informationAffectsNoService() {
    Classification c = classify("Webinar KVK Mutatieservice",
        "Op dinsdag 10 maart organiseren wij een webinar over de KVK Mutatieservice.");

    assertThat(c.category()).isEqualTo(Category.INFORMATION);
    assertThat(c.services()).containsExactly(Service.OTHER);
  }
  @Test
  void informationThatNamesNothingAtAllGivesNoSignalWhichServices() {
    Classification greeting = classify("Fijne feestdagen", "Wij wensen u fijne feestdagen en"
        + " een gezond nieuwjaar.");
    Classification feed = classify("Nieuw adres voor de RSS-feed", "De RSS-feed van deze"
        + " statuspagina heeft een nieuw adres. Ter informatie: het oude adres werkt nog.");

    assertThat(greeting.category()).isEqualTo(Category.INFORMATION);
    assertThat(greeting.services()).isNull();
    assertThat(feed.category()).isEqualTo(Category.INFORMATION);
    assertThat(feed.services()).containsExactly(Service.OTHER);
  }

  @Test
  void aWordAboutTheStatusPageItselfIsInformation() {
    Classification c = classify("Welkom", "Welkom op onze nieuwe statuspagina.");

    assertThat(c.category()).isEqualTo(Category.INFORMATION);
    assertThat(c.evidence().get("category")).contains("\"statuspagina\"");
  }

  @Test
  void anIncidentIsResolvedByTheFirstUpdateThatSaysSoAndStartsWhenItSays() {
    Post post = new Post("p", "Storing KVK Dataservice", null, PUBLISHED, PUBLISHED, "", List.of(
        new PostUpdate(at("2026-03-10T09:20:00+01:00"), "Onderzoek",
            "Sinds 09:05 uur mislukken bevragingen op de KVK Dataservice."),
        new PostUpdate(at("2026-03-10T10:00:00+01:00"), "Update",
            "De storing is verholpen; wij blijven monitoren."),
        new PostUpdate(at("2026-03-10T11:00:00+01:00"), "Opgelost", "Alles werkt weer.")),
        PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.started()).isEqualTo(at("2026-03-10T09:05:00+01:00"));
    assertThat(c.resolved()).isEqualTo(at("2026-03-10T10:00:00+01:00"));
    assertThat(c.evidence()).containsEntry("resolved", "the update \"verholpen\"");
  }

  @Test
  void anOpenIncidentHasNoResolutionAndStartsAtItsFirstUpdate() {
    Post post = new Post("p", "Storing KVK API", null, PUBLISHED, PUBLISHED, "", List.of(
        new PostUpdate(at("2026-03-10T09:20:00+01:00"), "Onderzoek", "Wij onderzoeken het."),
        new PostUpdate(at("2026-03-10T10:00:00+01:00"), "Monitoring", "Wij houden het in de gaten.")),
        PlatformHints.NONE);

    Classification c = CLASSIFIER.classify(post);

    assertThat(c.started()).isEqualTo(at("2026-03-10T09:20:00+01:00"));
    assertThat(c.evidence()).containsEntry("started", "its first update");
    assertThat(c.resolved()).isNull();
  }

  @Test
  void aRecoveryOnANamedPartOfADayIsResolvedThen() {
    Post post = post("Storing KVK Dataservice",
        new PostUpdate(at("2026-03-06T16:10:00+01:00"), "Onderzoek",
            "Bestellingen bij de KVK Dataservice blijven hangen."),
        new PostUpdate(at("2026-03-10T11:45:00+01:00"), "Opgelost",
            "De wachtrij is geleegd. Sinds maandagochtend 08:30 worden bestellingen weer"
                + " verwerkt.")); // written on Tuesday: Monday 9 March

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-03-09T08:30:00+01:00"));
  }

  /** A completion status with words of one step done ("werkt weer") resolves nothing. */
  @Test
  void anAfgerondUpdateThatTellsOfOneStepDoneIsNoResolution() {
    Post post = post("Storing KVK",
        new PostUpdate(at("2026-09-16T09:05:00+02:00"), "Onderzoek",
            "Sinds 08:40 geven Basisprofiel en de Mutatieservice foutmeldingen."),
        new PostUpdate(at("2026-09-16T11:00:00+02:00"), "Afgerond",
            "Eerste deel van het herstel afgerond: Basisprofiel werkt weer. De Mutatieservice"
                + " levert nog niets."));

    assertThat(CLASSIFIER.classify(post).resolved()).isNull();
  }

  /** A resolution said to be possible later ("kan het zijn dat … wordt opgelost") is none. */
  @Test
  void aResolutionThatMayComeLaterIsNoneAndLeavesTheStatedStart() {
    Post post = post("Dataservice KVK - geen bestand ontvangen",
        new PostUpdate(at("2025-12-23T11:20:00+01:00"), "Melding",
            "Sinds 11.00u vanochtend lukt het ophalen van het bestand van de KVK Dataservice"
                + " niet. Ivm de feestdagen kan het zijn dat het pas na kerst wordt opgelost."),
        new PostUpdate(at("2025-12-24T10:00:00+01:00"), "Nog steeds", "Nog geen oplossing."));

    Classification c = CLASSIFIER.classify(post);
    assertThat(c.resolved()).isNull();
    assertThat(c.started()).isEqualTo(at("2025-12-23T11:00:00+01:00"));
  }

  @Test
  void backButSlowIsNotResolved() {
    Post post = post("Storing KVK API",
        new PostUpdate(at("2026-03-10T08:05:00+01:00"), "Onderzoek",
            "De KVK API geeft foutmeldingen."),
        new PostUpdate(at("2026-03-10T09:40:00+01:00"), "Update",
            "Zoeken is weer bereikbaar, maar reageert erg traag."),
        new PostUpdate(at("2026-03-10T10:20:00+01:00"), "Update",
            "The API is available again but responds slowly."));

    assertThat(CLASSIFIER.classify(post).resolved()).isNull();
  }

  /** Part of it back, in words that are no status: "Partial file sets", "not been restored". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Partial file sets are available again but full delivery has not been restored yet.
      Gedeeltelijke levering is weer beschikbaar.
      Downloads are available again, but the full delivery is not fully restored.
      """)
  void aRecoveryOfAPartInItsWordsIsNoResolution(String later) {
    assertThat(resolvedAfterDownloadsFailed(later)).isNull();
  }

  /** A partial outage or disruption that is over is a resolution. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The partial outage is resolved and all downloads are available again.
      De gedeeltelijke storing is verholpen.
      The partial outages are resolved and all downloads are available again.
      The partial API outage has been resolved.
      De gedeeltelijke storingen zijn verholpen.
      The issue where Zoeken returned partial results has been resolved.
      Na een gedeeltelijke herstart van de servers zijn alle bestanden weer beschikbaar.
      # a "not" about something else than the recovery
      The KVK API is available again, but sessions are not restored: please log in again.
      Alles werkt weer, maar u hoeft niet terug te schakelen naar de oude koppeling.
      """)
  void aPartialOutageOverIsAResolution(String later) {
    assertThat(resolvedAfterDownloadsFailed(later)).isEqualTo(at("2026-11-27T16:20:00+01:00"));
  }

  /** When a Dataservice outage ended, by the words of a later "Update" at 2026-11-27 16:20. */
  private static Instant resolvedAfterDownloadsFailed(String later) {
    return CLASSIFIER.classify(post("KVK Dataservice downloads failing",
        new PostUpdate(at("2026-11-25T09:32:00+01:00"), "Investigating",
            "KVK Dataservice bulk file downloads are failing since 08:10 GMT."),
        new PostUpdate(at("2026-11-27T16:20:00+01:00"), "Update", later))).resolved();
  }

  @Test
  void aPartialRecoveryInTheStatusWordIsNoResolution() {
    Post post = post("Time-outs KVK API Zoeken en Basisprofiel",
        new PostUpdate(at("2026-10-08T10:02:00+02:00"), "Onderzoek",
            "Vanaf 09:45 uur geven Zoeken en Basisprofiel bij een deel van de verzoeken een"
                + " time-out."),
        new PostUpdate(at("2026-10-08T12:15:00+02:00"), "Gedeeltelijk hersteld",
            "Zoeken werkt weer. Basisprofiel geeft nog steeds time-outs; wij werken daaraan."),
        new PostUpdate(at("2026-10-08T13:40:00+02:00"), "Opgelost",
            "Ook Basisprofiel is sinds 13:25 uur hersteld. De storing is opgelost."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-10-08T13:25:00+02:00"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Naamgeving werkt weer zoals verwacht. Bij Vestigingsprofiel treden de fouten nog steeds op.
      Naamgeving works again. Vestigingsprofiel is still returning some errors.
      Partial recovery: Zoeken response times are back to normal. Vestigingsprofiel is still slower than usual.
      De KVK Dataservice werkt weer gedeeltelijk; de KVK API reageert nog niet.
      """)
  void aPartWorkingAgainWhileTheRestStillFailsIsNoResolution(String text) {
    Post post = post("Foutmeldingen Vestigingsprofiel en Naamgeving",
        new PostUpdate(at("2025-11-14T16:30:00+01:00"), "Onderzoek",
            "Vestigingsprofiel en Naamgeving geven foutmeldingen."),
        new PostUpdate(at("2025-11-14T19:45:00+01:00"), "Update", text));

    assertThat(CLASSIFIER.classify(post).resolved()).isNull();
  }

  @Test
  void aStatusWordThatNamesAPartialOutageStillResolves() {
    Post post = post("Storing KVK API",
        new PostUpdate(at("2026-10-14T09:50:00+02:00"), "Onderzoek", "De KVK API geeft fouten."),
        new PostUpdate(at("2026-10-14T10:30:00+02:00"), "Resolved - Partial outage",
            "De storing bij de KVK API is verholpen. Alle diensten werken weer normaal."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-10-14T10:30:00+02:00"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      De storing is verholpen. Wij zien nog steeds geen fouten meer in onze monitoring.
      De storing is verholpen. Mocht u nog steeds foutmeldingen zien, neem dan contact op met de servicedesk.
      De storing is verholpen. De oorzaak van de problemen wordt nog steeds onderzocht.
      The issue has been resolved. If you still receive errors, please contact support.
      """)
  void wordsOfStillThatSayNothingIsStillDownResolve(String text) {
    Post post = post("Storing KVK API",
        new PostUpdate(at("2026-10-14T09:50:00+02:00"), "Onderzoek", "De KVK API geeft fouten."),
        new PostUpdate(at("2026-10-14T10:30:00+02:00"), "Update", text));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-10-14T10:30:00+02:00"));
  }

  @Test
  void unavailableInFlemishWordsIsDowntime() {
    Classification c = classify("Gepland onderhoud KVK Dataservice", "Door een interventie aan"
        + " de opslag is de KVK Dataservice op zaterdag 14 maart onbeschikbaar van 7u tot 11u.");

    assertThat(c.downtime()).isTrue();
    assertThat(c.window()).isEqualTo(new Window(at("2026-03-14T07:00:00+01:00"),
        at("2026-03-14T11:00:00+01:00")));
  }

  @Test
  void servicesNamedTogetherAreNotAffectedWhenTheClauseSaysSoOfBoth() {
    Classification c = classify("Storing inloggen Mijn KVK", "Inloggen bij Mijn KVK lukt"
        + " sinds 13:10 niet. De KVK Dataservice en de KVK Mutatieservice gebruiken een eigen"
        + " certificaat en zijn hierdoor niet geraakt.");

    assertThat(c.services()).containsExactly(Service.OTHER);
  }

  @Test
  void aServiceToRequestDataThroughInTheMeantimeIsAnAlternative() {
    Classification c = classify("Vertraging KVK Mutatieservice", "Mutatieberichten komen"
        + " met vertraging binnen. Vraag een actueel profiel zo lang op via het Basisprofiel.");

    assertThat(c.services()).containsExactly(Service.KVK_MUTATIESERVICE);
  }

  @Test
  void timesWithNoDayAtAllAreOnTheTitlesDay() {
    Classification c = classify("Onderhoud KVK Dataservice zo 22-3", "Wegens het vervangen van"
        + " een opslagsysteem is de KVK Dataservice van 07.00 tot 10.30 uur niet beschikbaar.");

    assertThat(c.window()).isEqualTo(new Window(at("2026-03-22T07:00:00+01:00"),
        at("2026-03-22T10:30:00+01:00")));
  }

  @Test
  void aServiceInBracketsAfterAnAlternativeIsAnAlternativeToo() {
    Classification c = classify("Vertraging KVK Mutatieservice", "Mutatieberichten komen"
        + " vertraagd binnen. Gebruik dan tijdelijk voor het opvragen van actuele gegevens de KVK"
        + " API (Basisprofiel).");

    assertThat(c.services()).containsExactly(Service.KVK_MUTATIESERVICE);
  }

  @Test
  void aServiceLabelledWithNoConsequencesIsNotAffected() {
    Classification c = classify("Verhuizing KVK Dataservice", "Op zaterdag 14 maart 2026 van"
        + " 08:00 tot 16:00 uur verhuizen wij de KVK Dataservice.\n- Gevolg: bestellen is niet"
        + " mogelijk\n- KVK API en Mutatieservice: geen gevolgen");

    assertThat(c.services()).containsExactly(Service.KVK_DATASERVICE);
  }

  @Test
  void noConsequencesForServicesNamedAfterTheWordsLeaveThemUnaffected() {
    Classification c = classify("Storing bij bestellingen", "Sinds 09:10 mislukken bestellingen"
        + " in de KVK Dataservice. Deze storing heeft geen gevolgen voor de KVK Mutatieservice en"
        + " de KVK API.");

    assertThat(c.services()).containsExactly(Service.KVK_DATASERVICE);
  }

  @Test
  void wordsOfNoConsequenceAreSaidOnlyOfWhatTheyName() {
    // a comma that starts a clause joins nothing
    assertThat(classify("Storing", "De storing heeft geen gevolgen voor de KVK API, de KVK"
        + " Dataservice is wel onbereikbaar.").services())
        .containsExactly(Service.KVK_DATASERVICE);
    // a list that "of" closes shares them
    assertThat(classify("Drukte rond de jaarwisseling", "Inschrijvingen duren langer. Dit heeft"
        + " geen gevolgen voor de beschikbaarheid van de KVK API, de Dataservice of de"
        + " Mutatieservice.").services()).containsExactly(Service.OTHER);
    // "wel voor", "only", "behalve voor", "except for" turn them
    assertThat(classify("Onderhoud", "Het onderhoud heeft geen gevolgen voor Mijn KVK, wel voor"
        + " de KVK Dataservice: die is van 08:00 tot 12:00 uur niet beschikbaar.").services())
        .containsExactly(Service.KVK_DATASERVICE);
    assertThat(classify("Incident", "There is no impact on Mijn KVK, except for the KVK API,"
        + " which returns errors.").services()).containsExactly(Service.KVK_API);
    // said of the service between, or of the one after the preposition, not of the first
    assertThat(classify("Storing", "De storing in de KVK API heeft voor de Mutatieservice geen"
        + " gevolgen.").services()).containsExactly(Service.KVK_API);
    assertThat(classify("Storing", "De storing in de KVK API heeft geen gevolgen gehad voor de"
        + " KVK Dataservice.").services()).containsExactly(Service.KVK_API);
    // a preposition with no service after it takes nothing away
    assertThat(classify("Onderhoud Mijn KVK", "Mijn KVK is op zaterdag 14 maart van 08:00 tot"
        + " 12:00 uur niet beschikbaar. De KVK API werkt normaal op die dag.").services())
        .containsExactly(Service.OTHER);
  }

  @Test
  void noConsequencesForAServiceAfterAnotherAreNotSaidOfTheOther() {
    Classification c = classify("Onderhoud op zaterdag 14 maart", "Het onderhoud aan de KVK"
        + " Dataservice heeft geen gevolgen voor de KVK API.");

    assertThat(c.services()).containsExactly(Service.KVK_DATASERVICE);
  }

  @Test
  void aLaterUpdateThatCorrectsTheStartGivesTheStart() {
    Post dutch = post("Storing KVK Dataservice",
        new PostUpdate(at("2026-03-10T14:30:00+01:00"), "Onderzoek",
            "Sinds 14:05 mislukken bestellingen in de KVK Dataservice."),
        new PostUpdate(at("2026-03-10T15:10:00+01:00"), "Update",
            "Correctie: de storing begon niet om 14:05 maar om 13:40 uur."));
    Post english = post("KVK API errors",
        new PostUpdate(at("2026-03-10T14:30:00+01:00"), "Investigating",
            "Since 14:05 CET some KVK API requests fail."),
        new PostUpdate(at("2026-03-10T15:10:00+01:00"), "Identified",
            "Correction: the errors started at 13:50 CET, earlier than reported."));

    Post flemish = post("Vertraging levering KVK Dataservice",
        new PostUpdate(at("2025-03-20T13:15:00+01:00"), "Onderzoek",
            "Sinds 13u00 is er een beperkte verstoring op de KVK Dataservice."),
        new PostUpdate(at("2025-03-20T14:05:00+01:00"), "Update",
            "Rechtzetting: de verstoring is om 12u35 begonnen, niet om 13u00 zoals eerder gemeld."));

    assertThat(CLASSIFIER.classify(dutch).started()).isEqualTo(at("2026-03-10T13:40:00+01:00"));
    assertThat(CLASSIFIER.classify(english).started())
        .isEqualTo(at("2026-03-10T13:50:00+01:00"));
    assertThat(CLASSIFIER.classify(flemish).started())
        .isEqualTo(at("2025-03-20T12:35:00+01:00"));
  }

  @Test
  void maintenanceDuringWhichRequestsAreRefusedHasDowntime() {
    Classification dutch = classify("Gepland onderhoud KVK Mutatieservice", "Op zondag 15 maart"
        + " 2026 kunt u van 07.00 tot 09.00 uur geen gebruik maken van de KVK Mutatieservice.");
    Classification english = classify("Planned maintenance KVK API", "On Sunday 15 March 2026"
        + " from 07:00 to 09:00 CET all Zoeken requests will be rejected with HTTP 503.");

    assertThat(dutch.downtime()).isTrue();
    assertThat(english.downtime()).isTrue();
  }

  @Test
  void anUpdateThatSaysPartIsStillDownDoesNotResolve() {
    Post post = post("Storing KVK API",
        new PostUpdate(at("2026-03-10T08:05:00+01:00"), "Onderzoek",
            "Zoeken en Vestigingsprofiel geven geen antwoord."),
        new PostUpdate(at("2026-03-10T09:40:00+01:00"), "Update",
            "Zoeken werkt weer. Vestigingsprofiel is nog steeds niet bereikbaar."),
        new PostUpdate(at("2026-03-10T10:20:00+01:00"), "Update",
            "Most endpoints are available again; Vestigingsprofiel requests still fail."));

    assertThat(CLASSIFIER.classify(post).resolved()).isNull();
  }

  @Test
  void aServiceToLookThingsUpThroughUntilThenIsAnAlternative() {
    Classification c = classify("Ontbrekende gegevens in KVK Dataservice", "In de levering"
        + " ontbreken adressen. Tot die tijd kunt u ontbrekende adressen opzoeken via de KVK API.");

    assertThat(c.services()).containsExactly(Service.KVK_DATASERVICE);
  }

  @Test
  void aLabelledMinorImpactIsMinor() {
    Classification c = classify("Change to the Mutatieservice message format", "From 1 October"
        + " 2026 the KVK Mutatieservice adds a field to each message.\nImpact: minor.");

    assertThat(c.impactClass()).isEqualTo(ImpactClass.MINOR);
  }

  @Test
  void noticesAboutTheContactCentreAndMailAlertsAndAFreezeAreInformation() {
    assertThat(classify("Contactcentrum gesloten op Tweede Kerstdag", "Op 26 december is ons"
        + " contactcentrum gesloten.").category()).isEqualTo(Category.INFORMATION);
    assertThat(classify("Nieuw: meldingen per e-mail", "U kunt zich nu abonneren op berichten"
        + " over storingen en gepland onderhoud.").category()).isEqualTo(Category.INFORMATION);
    assertThat(classify("Change freeze in december", "Van 21 december tot en met 4 januari"
        + " brengen wij niets in productie.").category()).isEqualTo(Category.INFORMATION);
  }

  @Test
  void anApologyForTheDelayAfterTheFixDoesNotTakeItBack() {
    Post post = post("Storing KVK API",
        new PostUpdate(at("2026-03-10T09:00:00+01:00"), "Onderzoek", "De KVK API geeft fouten."),
        new PostUpdate(at("2026-03-10T10:00:00+01:00"), "Update", "De storing is om 09:30 uur"
            + " verholpen, maar onze excuses voor de vertraging bij uw bevragingen."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-03-10T09:30:00+01:00"));
  }

  @Test
  void dataThatWasCorrectedIsNoCorrectionOfTheReport() {
    Post post = post("Onjuiste adressen in de KVK API", new PostUpdate(at("2026-03-10T08:00:00+01:00"), "Onderzoek",
                "Sinds 02:10 uur bevat het Basisprofiel in de KVK API onjuiste adressen."),
            new PostUpdate(at("2026-03-10T09:30:00+01:00"), "Update", "De onjuiste adressen zijn"
                + " gecorrigeerd. Sinds 07:45 levert de KVK API weer juiste gegevens."));

    assertThat(CLASSIFIER.classify(post).started()).isEqualTo(at("2026-03-10T02:10:00+01:00"));
  }

  @Test
  void theDateOfSomethingIsNotTheDayOfATimeAfterIt() {
    Post post = post("Fouten Basisprofiel",
        new PostUpdate(at("2026-06-04T08:30:00+02:00"), "Onderzoek",
            "De KVK API geeft foutmeldingen bij het Basisprofiel."),
        new PostUpdate(at("2026-06-04T10:30:00+02:00"), "Update",
            "De fout uit de release van 2 juni is om 10:20 uur verholpen."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-06-04T10:20:00+02:00"));
  }

  @Test
  void aStatedTimeBeforeTheStartIsNoResolution() {
    Post post = post("Storing bestellen Dataservice", new PostUpdate(at("2026-03-13T11:00:00+01:00"), "Onderzoek",
                "Bestellen in de KVK Dataservice lukt niet."),
            new PostUpdate(at("2026-03-13T15:40:00+01:00"), "Opgelost", "Bestellen werkt weer."
                + " Vanaf maandag 08:00 uur worden de gemiste bestellingen verwerkt."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-03-13T15:40:00+01:00"));
  }

  @Test
  void theStatusPageInAnIncidentsBoilerplateNamesNothing() {
    assertThat(classify("Verstoring", "We onderzoeken een melding. Via deze statuspagina houden"
        + " wij u op de hoogte.").services()).isNull();
  }

  @Test
  void wrongDataIsAnIncident() {
    assertThat(classify("Onjuiste adressen in Basisprofiel", "Sinds 02:10 uur bevat het"
        + " Basisprofiel bij een deel van de vestigingen een onjuist adres.").category())
        .isEqualTo(Category.INCIDENT);
    assertThat(classify("Incorrect addresses in Basisprofiel", "Since 02:10 CET some Basisprofiel"
        + " responses contain an incorrect address.").category()).isEqualTo(Category.INCIDENT);
  }

  @Test
  void aResolutionByATimeIsThen() {
    Post post = post("KVK Mutatieservice notifications delayed",
            new PostUpdate(at("2026-03-10T09:00:00+01:00"), "Investigating",
                "Since 08:40 CET notifications are delayed."),
            new PostUpdate(at("2026-03-10T12:30:00+01:00"), "Resolved", "All queued"
                + " notifications had been delivered by 12:05 CET. This incident is resolved."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-03-10T12:05:00+01:00"));
  }

  @Test
  void anAbbreviationEndsNoSentence() {
    Classification c = classify("Onderhoud KVK Dataservice za 14 maart", "Zaterdag 14 maart 2026"
        + " van 08.00 tot 12.00 uur voeren wij onderhoud uit. De KVK Dataservice blijft o.a. via"
        + " een tweede omgeving beschikbaar.");

    assertThat(c.downtime()).isFalse();
  }

  @Test
  void requestsNotAnsweredMeanDowntime() {
    assertThat(classify("Onderhoud KVK API", "Op zondag 15 maart 2026 van 07.00 tot 09.00 uur"
        + " voeren wij onderhoud uit. Verzoeken aan de KVK API worden niet beantwoord.")
        .downtime()).isTrue();
  }

  @Test
  void servicesListedAfterAnUnaffectedLabelAreNotAffected() {
    Classification c = classify("Planned maintenance – KVK Dataservice", "Maintenance window:"
        + " Saturday 14 March 2026, 08:00 – 12:00 CET\nAffected: KVK Dataservice\nUnaffected:"
        + " KVK API, KVK Mutatieservice\nQuestions: contact the service desk.");

    assertThat(c.services()).containsExactly(Service.KVK_DATASERVICE);
  }

  @Test
  void servicesSaidToStayAsTheyAreAreNotAffected() {
    assertThat(classify("Nieuwe tarieven KVK Dataservice per 1 juli 2026", "Met ingang van"
        + " 1 juli 2026 wijzigen de tarieven van de KVK Dataservice. De tarieven van de KVK API"
        + " blijven ongewijzigd.").services()).containsExactly(Service.KVK_DATASERVICE);
    Classification portal = classify("Storing: Developer Portal laadt niet", "Het Developer"
        + " Portal laadt niet. De KVK API zelf en de KVK Dataservice zijn gewoon bereikbaar.");
    assertThat(portal.category()).isEqualTo(Category.INCIDENT);
    assertThat(portal.services()).containsExactly(Service.OTHER);
  }

  @Test
  void aServiceTheTitleOffersAsAnAlternativeIsNotAffected() {
    Classification c = classify("Storing Zoeken-API – gebruik tijdelijk de Dataservice",
        "De Zoeken-API geeft geen resultaten.");

    assertThat(c.services()).containsExactly(Service.KVK_API);
  }

  @Test
  void serviceDeskHoursAPhishingWarningAndSignInProblemsAreReadForWhatTheyAre() {
    assertThat(classify("Service desk closed on 25 and 26 December", "From Monday 29 December"
        + " you can reach us again.").category()).isEqualTo(Category.INFORMATION);
    assertThat(classify("Let op: nepmails uit naam van KVK", "Klik niet op de link in deze"
        + " mails.").category()).isEqualTo(Category.INFORMATION);
    assertThat(classify("Developer Portal: sign-in problems", "Some users cannot sign in to the"
        + " KVK Developer Portal.").category()).isEqualTo(Category.INCIDENT);
  }

  @Test
  void aFullStopAfterAnAbbreviationEndsASentenceWhenACapitalFollows() {
    assertThat(classify("Elevated error rates", "We are seeing errors on the KVK API since 9:10"
        + " a.m. Other services are not affected.").services()).containsExactly(Service.KVK_API);
    assertThat(classify("Storing", "Sinds 09.10 uur is de KVK Mutatieservice niet beschikbaar"
        + " voor u. Overige diensten werken normaal.").services())
        .containsExactly(Service.KVK_MUTATIESERVICE);
  }

  @Test
  void aStatusListIsReadLineByLineThoughItsBreaksAreFolded() {
    Classification c = classify("Storing KVK API", "Status per dienst:\nKVK Dataservice: werkt"
        + " normaal\nKVK API: storing\nKVK Mutatieservice: werkt normaal");

    assertThat(c.services()).containsExactly(Service.KVK_API);
  }

  @Test
  void customersNotAffectedByAServiceLeaveItAffected() {
    assertThat(classify("Storing opgelost", "De storing is opgelost. Bent u niet getroffen door"
        + " de storing in de KVK API, dan hoeft u niets te doen.").services())
        .containsExactly(Service.KVK_API);
  }

  @Test
  void aTitleThatSaysToMigrateToAServiceNamesItsSubject() {
    assertThat(classify("Migrate to the new KVK API authentication before 1 October 2026",
        "Please update your clients.").services()).containsExactly(Service.KVK_API);
  }

  @Test
  void byATimeIsAResolutionOnlyAfterWhatWasDone() {
    Post post = post("KVK Mutatieservice delays",
        new PostUpdate(at("2026-03-10T14:00:00+01:00"), "Investigating", "Notifications are"
            + " delayed."),
        new PostUpdate(at("2026-03-10T15:30:00+01:00"), "Resolved", "The issue was fixed by the"
            + " supplier. Notifications queued by 15:00 were delivered twice."));

    assertThat(CLASSIFIER.classify(post).resolved()).isEqualTo(at("2026-03-10T15:30:00+01:00"));
  }

  @Test
  void questionsNotAnsweredAreNoDowntime() {
    assertThat(classify("Onderhoud KVK API", "Op zondag 15 maart 2026 van 07.00 tot 09.00 uur"
        + " voeren wij onderhoud uit. De KVK API blijft beschikbaar. Vragen aan de servicedesk"
        + " worden die ochtend niet beantwoord.").downtime()).isFalse();
  }

  @Test
  void anOutageOfTheServiceDeskIsAnIncident() {
    assertThat(classify("Service desk unreachable", "Since 09:00 our service desk cannot be"
        + " reached by phone. We are working on a fix.").category()).isEqualTo(Category.INCIDENT);
  }

  @Test
  void unchangedThatGoesOnToSayItIsStillDownIsNoUnaffected() {
    assertThat(classify("Storing", "The status of the KVK Dataservice remains unchanged: files"
        + " cannot be downloaded yet.").services()).containsExactly(Service.KVK_DATASERVICE);
  }

  @Test
  void maintenanceDuringWhichAServiceCannotBeAskedHasDowntime() {
    assertThat(classify("Onderhoud KVK Mutatieservice", "In de nacht van vrijdag 13 op zaterdag"
        + " 14 maart van 23.00 tot 03.00 uur voeren wij onderhoud uit. U kunt de KVK"
        + " Mutatieservice in die uren niet bevragen.").downtime()).isTrue();
    assertThat(classify("Gepland onderhoud KVK API", "Datum: zaterdag 14 maart 2026\nTijd: 09:00"
        + " - 13:00 uur\nGevolgen: in dit tijdvak kunt u via de KVK API geen gegevens opvragen.")
        .downtime()).isTrue();
  }

  @Test
  void anUpdateSayingTheOtherServiceStillFailsDoesNotResolve() {
    Post post = post("Storing KVK Dataservice en KVK Mutatieservice",
        new PostUpdate(at("2026-03-10T14:30:00+01:00"), "Onderzoek", "Verzoeken aan de KVK"
            + " Dataservice en de KVK Mutatieservice mislukken. De diensten zijn beperkt verstoord."),
        new PostUpdate(at("2026-03-10T20:15:00+01:00"), "Update", "De KVK Mutatieservice is"
            + " hersteld. De KVK Dataservice is nog beperkt verstoord."),
        new PostUpdate(at("2026-03-11T09:20:00+01:00"), "Update", "Zoeken werkt sinds 09:05 uur"
            + " weer. Basisprofiel geeft nog steeds foutmeldingen."));

    assertThat(CLASSIFIER.classify(post).resolved()).isNull();
  }

  @Test
  void servicesThatStillWorkOrDoNotChangeAreNotAffected() {
    assertThat(classify("Ernstige storing KVK Dataservice", "De KVK Dataservice is niet"
        + " bereikbaar. De KVK API werkt wel.").services())
        .containsExactly(Service.KVK_DATASERVICE);
    assertThat(classify("New prices for the KVK Dataservice from 1 July 2026", "The prices of the"
        + " KVK API and the KVK Mutatieservice do not change.").services())
        .containsExactly(Service.KVK_DATASERVICE);
    // what the clause goes on to deny after a turn is said of another service
    assertThat(classify("Storing", "De KVK API werkt normaal, maar de KVK Dataservice is niet"
        + " bereikbaar.").services()).containsExactly(Service.KVK_DATASERVICE);
  }

  @Test
  void closedOnKingsDayIsInformation() {
    assertThat(classify("Bereikbaarheid KVK op Koningsdag", "Op maandag 27 april zijn onze"
        + " vestigingen gesloten.").category()).isEqualTo(Category.INFORMATION);
  }

  @Test
  void servicesThatCannotBeAskedThroughAreAffectedNotAlternatives() {
    Classification c = classify("Onderhoud aan onze systemen", "In de nacht van zaterdag 14 op"
        + " zondag 15 maart voeren wij onderhoud uit. Van 23.00 tot 05.00 uur kunt u geen gegevens"
        + " opvragen via de KVK API en de KVK Dataservice.");

    assertThat(c.services()).containsExactly(Service.KVK_API, Service.KVK_DATASERVICE);
    assertThat(c.downtime()).isTrue();
  }

  @Test
  void theMayRoundsWordsAreRead() {
    assertThat(classify("KVK Mutatieservice: new message format", "Later this year the message"
        + " structure changes, so clients will have to adapt their software.").impactClass())
        .isEqualTo(ImpactClass.MAJOR);
    assertThat(classify("Scheduled maintenance: KVK API Zoeken", "Scheduled maintenance window:"
        + " Saturday 2026-03-14, 06:00–10:00 UTC. During this window, calls to the Zoeken endpoint"
        + " will fail.").downtime()).isTrue();
    assertThat(classify("Developer Portal: aanvragen API-sleutel lukt niet", "Via het Developer"
        + " Portal kunt u geen nieuwe API-sleutels aanvragen; de KVK API zelf is niet verstoord."
        + " Dit is een beperkte verstoring.").services()).containsExactly(Service.OTHER);
    Post post = post("Vertraging KVK Mutatieservice en KVK Dataservice",
        new PostUpdate(at("2026-03-10T10:20:00+01:00"), "Onderzoek", "Wijzigingen worden"
            + " vertraagd doorgegeven door de KVK Mutatieservice en de KVK Dataservice."),
        new PostUpdate(at("2026-03-12T11:30:00+01:00"), "Update", "De KVK Dataservice is"
            + " hersteld. De Mutatieservice levert nog met vertraging."));
    assertThat(CLASSIFIER.classify(post).resolved()).isNull();
  }

  @Test
  void theSameResultsWhateverTheDefaultZoneAndLocale() {
    Classification expected = classify("Spoedonderhoud KVK API",
        "Vanavond van 20:00 tot 21:00 uur is de KVK API niet beschikbaar.");
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(classify("Spoedonderhoud KVK API",
          "Vanavond van 20:00 tot 21:00 uur is de KVK API niet beschikbaar.")).isEqualTo(expected);
      assertThat(classify("STORING KVK API", "PRIORITEIT 1").priority()).isEqualTo(Priority.P1);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }
}
