package org.compact.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+441785", "-2+3", "@SUM(A1)", "\tx", "\rx"})
  void cellsThatASpreadsheetWouldEvaluateArePrefixedWithAQuote(String text) {
    assertThat(Csv.protect(text)).isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Stafford", "a=b", "1+1", "", "'already"})
  void otherCellsAreLeftAlone(String text) {
    assertThat(Csv.protect(text)).isEqualTo(text);
  }

  @Test
  void rowsQuoteCommasQuotesAndLineBreaksAndEndWithCrLf() {
    assertThat(Csv.row(Arrays.asList("a,b", "say \"hi\"", "two\nlines", null, 3, true)))
        .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,3,true\r\n");
  }

  @Test
  void protectionHappensBeforeQuoting() {
    assertThat(Csv.row(List.of("=1,2"))).isEqualTo("\"'=1,2\"\r\n");
  }
}
