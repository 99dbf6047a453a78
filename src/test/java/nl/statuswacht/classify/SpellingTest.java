package nl.statuswacht.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Long names written with one slip of the keyboard, read as the name. */
class SpellingTest {
  private static final Spelling SERVICES = Spelling.of(Map.of(
      "mutatieservice", List.of(Phrase.of("kvk mutatieservice")),
      "dataservice", List.of(Phrase.of("dataservice")),
      "api", List.of(Phrase.of("basisprofiel"), Phrase.of("naamgeving"),
          Phrase.of("naamgevingen"), Phrase.of("kvk api"))));

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      mutatieservcie | mutatieservice
      dataserivce | dataservice
      dataservise | dataservice
      datasevice | dataservice
      basisprofeil | basisprofiel
      basisprofieel | basisprofiel
      mutatieservice | mutatieservice
      naamgevingen | naamgevingen
      """)
  void aWordOneSlipFromALongNameIsReadAsTheName(String word, String read) {
    assertThat(SERVICES.read(word)).isEqualTo(read);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      api
      kvk
      dienst
      matatieservise
      xataservice
      beschikbaar
      """)
  void otherWordsAndShortNamesStayAsWritten(String word) {
    assertThat(SERVICES.read(word)).isEqualTo(word);
  }

  @Test
  void aWordNearNamesOfTwoServicesIsNeither() {
    Spelling twins = Spelling.of(Map.of("one", List.of(Phrase.of("abcdefghij")),
        "two", List.of(Phrase.of("abcdefghik"))));

    assertThat(twins.read("abcdefghix")).isEqualTo("abcdefghix");
  }

  @Test
  void aWordNearTwoNamesOfOneServiceIsTheShorter() {
    Spelling one = Spelling.of(Map.of("api", List.of(Phrase.of("naamgeving"),
        Phrase.of("naamgevingen"))));

    assertThat(one.read("naamgevingn")).isEqualTo("naamgeving");
  }

  @Test
  void oneSlipIsOneLetterChangedAddedDroppedOrTwoNeighboursSwapped() {
    assertThat(Spelling.oneSlipApart("abcdef", "abcxef")).isTrue();
    assertThat(Spelling.oneSlipApart("abcdef", "abcdeff")).isTrue();
    assertThat(Spelling.oneSlipApart("abcdef", "abdef")).isTrue();
    assertThat(Spelling.oneSlipApart("abcdef", "abdcef")).isTrue();
    assertThat(Spelling.oneSlipApart("abcdef", "abcdef")).as("the same word").isFalse();
    assertThat(Spelling.oneSlipApart("abcdef", "badcef")).as("two swaps").isFalse();
    assertThat(Spelling.oneSlipApart("abcdef", "abcd")).as("two dropped").isFalse();
    assertThat(Spelling.oneSlipApart("abcdef", "axcdey")).as("two changed").isFalse();
  }
}
