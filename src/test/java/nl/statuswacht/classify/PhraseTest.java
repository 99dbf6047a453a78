package nl.statuswacht.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A vocabulary word matches its inflected forms through the stemmers, in the text's own
 * language, as whole words; gaps stay within a sentence.
 */
class PhraseTest {

  /** The forms issue 12 names, and more, each matched by the plain word in the vocabulary. */
  @ParameterizedTest(name = "{0} finds \"{2}\" in: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      storing | Er zijn storingen bij de KVK API. | storingen
      verstoord | De verstoorde levering van signalen is hersteld. | verstoorde
      mislukken | Bevragingen mislukten vanochtend. | mislukten
      mislukken | Het ophalen van bestanden is mislukt. | mislukt
      falen | De koppeling faalt sinds 09.00 uur. | faalt
      fail | Requests to the API fail intermittently. | fail
      fail | Some requests fails for large registrations. | fails
      error | We see elevated errors on Basisprofiel. | errors
      wijziging | De wijzigingen gaan per 1 juli in. | wijzigingen
      wijzigen | De volgorde van de velden wijzigt. | wijzigt
      opgelost | De storing is inmiddels opgelost. | opgelost
      *storing | Er is een netwerkstoring bij onze leverancier. | netwerkstoring
      *storing | Er zijn netwerkstoringen bij onze leverancier. | netwerkstoringen
      *formulier | Vul de aanvraagformulieren opnieuw in. | aanvraagformulieren
      *update | We applied two security updates tonight. | updates
      *werkzaamheden | Er zijn onderhoudswerkzaamheden gepland. | onderhoudswerkzaamheden
      uitfaser* | De uitfasering van versie 1 begint. | uitfasering
      blijft … beschikbaar | De KVK API blijft tijdens het onderhoud gewoon beschikbaar. | blijft tijdens het onderhoud gewoon beschikbaar
      wordt … vervangen door | Per 1 maart wordt het maandelijkse Handelsregister-extract in KVK Dataservice vervangen door een dagbestand. | wordt het maandelijkse Handelsregister-extract in KVK Dataservice vervangen door
      kvk api | Storing in de KVK-API's. | KVK-API
      Zoeken | Per 1 mei geeft Zoeken standaard 20 resultaten. | Zoeken
      Zoeken | De wijziging in Zoeken komt eerder. | Zoeken
      """)
  void aWordFindsItsForms(String phrase, String text, String words) {
    assertThat(Phrase.of(phrase).find(text)).contains(words);
  }

  @ParameterizedTest(name = "{0} not in: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      storing | The data is stored in two data centres.
      opgelost | Wij werken aan een oplossing.
      incident | U kunt incidentmeldingen voortaan online doen.
      niet beschikbaar | De API is nietbeschikbaar geweest.
      blijft … beschikbaar | De API blijft niet lang. Daarna is alles beschikbaar.
      *storing | Wij doen een test.
      *op | De dienst stop nu.
      Zoeken | U kunt zoeken op naam.
      Zoeken | Zoeken op naam lukt niet.
      Zoeken | Het lukt niet. Zoeken op naam evenmin.
      Zoeken | Let op: Zoeken op naam lukt niet.
      Zoeken | Getroffen onderdelen - Zoeken en Basisprofiel.
      """)
  void aWordDoesNotFindWhatMerelyLooksLikeIt(String phrase, String text) {
    assertThat(Phrase.of(phrase).find(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Er is een storing bij de KVK API en wij onderzoeken de oorzaak. | DUTCH
      We are investigating errors on the KVK API and will update this page. | ENGLISH
      KVK API | BOTH
      """)
  void aTextsLanguageIsToldByItsLittleWords(String text, Stems.Language language) {
    assertThat(Phrase.Text.of(text).language()).isEqualTo(language);
  }
}
