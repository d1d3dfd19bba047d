package org.compact.signatory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierSchemeTest {

  @ParameterizedTest
  @CsvSource({
    "1123456,1123456",
    "202918,202918",
    "' 1 123 456 ',1123456",
    "GB-CHC-1123456,1123456"
  })
  void charityNumbersOfEnglandAndWalesHaveSixOrSevenDigits(String raw, String expected) {
    assertThat(IdentifierScheme.GB_CHC.normalise(raw)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "12345678", "SC012345", "11234a6", "", "   "})
  void anythingElseIsNotAnEnglishOrWelshCharityNumber(String raw) {
    assertThat(IdentifierScheme.GB_CHC.normalise(raw)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "SC012345,SC012345",
    "sc 012345,SC012345",
    "012345,SC012345",
    "gb-sc-SC012345,SC012345"
  })
  void scottishCharityNumbersAreScFollowedBySixDigits(String raw, String expected) {
    assertThat(IdentifierScheme.GB_SC.normalise(raw)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SC12345", "SC0123456", "NI012345", "SCABCDEF"})
  void scottishCharityNumbersWithOtherShapesAreRejected(String raw) {
    assertThat(IdentifierScheme.GB_SC.normalise(raw)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"100012,100012", "NIC100012,100012", "nic 100012,100012"})
  void northernIrishCharityNumbersAreSixDigitsWithoutTheNicPrefix(String raw, String expected) {
    assertThat(IdentifierScheme.GB_NIC.normalise(raw)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10001", "1000123", "NI100012", "XIC100012"})
  void northernIrishCharityNumbersWithOtherShapesAreRejected(String raw) {
    assertThat(IdentifierScheme.GB_NIC.normalise(raw)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "01234567,01234567",
    "1234567,01234567",
    "123,00000123",
    "SC123456,SC123456",
    "SC 1234,SC001234",
    "sc001234,SC001234",
    "NI012345,NI012345",
    "ni12345,NI012345",
    "OC301234,OC301234",
    "oc 30 12 34,OC301234",
    "SO300123,SO300123",
    "R123,R0000123",
    "GB-COH-1234567,01234567"
  })
  void companyNumbersAreNormalisedToEightCharactersKeepingTheirPrefix(String raw, String expected) {
    assertThat(IdentifierScheme.GB_COH.normalise(raw)).contains(expected);
    assertThat(expected).hasSize(8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"123456789", "XX123456", "SC1234567", "ABC", "S1234567", "R12345678", "-"})
  void companyNumbersThatCannotBeEightCharactersOrHaveAnUnknownPrefixAreRejected(String raw) {
    assertThat(IdentifierScheme.GB_COH.normalise(raw)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "GB-LAE,stf,STF",
    "GB-LAE,DERB,DERB",
    "GB-LAS,ABE,ABE",
    "GB-LAW,crf,CRF",
    "GB-LANI,BFS,BFS"
  })
  void localAuthorityCodesAreThreeOrFourLettersInCapitals(
      String scheme, String raw, String expected) {
    assertThat(IdentifierScheme.byCode(scheme).orElseThrow().normalise(raw)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ST", "STAFF", "ST1", "123"})
  void localAuthorityCodesOfOtherShapesAreRejected(String raw) {
    for (IdentifierScheme scheme :
        new IdentifierScheme[] {
          IdentifierScheme.GB_LAE,
          IdentifierScheme.GB_LAS,
          IdentifierScheme.GB_LAW,
          IdentifierScheme.GB_LANI
        }) {
      assertThat(scheme.normalise(raw)).as(scheme.code()).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({"RJE,RJE", "05g,05G", "M83001,M83001", "QNC,QNC"})
  void nhsCodesAreThreeToSixLettersAndDigits(String raw, String expected) {
    assertThat(IdentifierScheme.GB_NHS.normalise(raw)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"R1", "1234", "RJE1234", "R*E"})
  void nhsCodesOfOtherShapesOrWithoutALetterAreRejected(String raw) {
    assertThat(IdentifierScheme.GB_NHS.normalise(raw)).isEmpty();
  }

  @Test
  void schemesAreFoundByTheirOrgIdGuideCodeInAnyCase() {
    assertThat(IdentifierScheme.byCode("gb-coh")).contains(IdentifierScheme.GB_COH);
    assertThat(IdentifierScheme.byCode("GB-LANI")).contains(IdentifierScheme.GB_LANI);
    assertThat(IdentifierScheme.byCode("US-EIN")).isEmpty();
    assertThat(IdentifierScheme.byCode(null)).isEmpty();
    assertThat(IdentifierScheme.codes())
        .containsExactly(
            "GB-CHC", "GB-SC", "GB-NIC", "GB-COH", "GB-LAE", "GB-LAS", "GB-LAW", "GB-LANI",
            "GB-NHS");
  }

  @Test
  void aMissingValueIsNoIdentifier() {
    for (IdentifierScheme scheme : IdentifierScheme.values()) {
      assertThat(scheme.normalise(null)).as(scheme.code()).isEmpty();
    }
  }
}
