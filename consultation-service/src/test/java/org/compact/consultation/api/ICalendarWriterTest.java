package org.compact.consultation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 5545 section 3.3.11 (TEXT) and 3.1 (content lines), on the writer alone. */
class ICalendarWriterTest {

  @Test
  void textEscapesBackslashSemicolonCommaAndLineBreaks() {
    assertThat(ICalendarWriter.escapeText("a\\b;c,d\ne\r\nf\rg"))
        .isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  }

  @Test
  void textKeepsColonsQuotesAndTabsButDropsOtherControls() {
    assertThat(ICalendarWriter.escapeText("Time: \"9:30\"\tend\u0007"))
        .isEqualTo("Time: \"9:30\"\tend");
  }

  @Test
  void shortLinesAreNotFolded() {
    String line = "SUMMARY:" + "x".repeat(67);
    assertThat(line.getBytes(StandardCharsets.UTF_8)).hasSize(75);
    assertThat(ICalendarWriter.fold(line)).isEqualTo(line + "\r\n");
  }

  @Test
  void longLinesFoldAtSeventyFiveOctetsWithALeadingSpace() {
    String line = "DESCRIPTION:" + "abcdefghij".repeat(20);
    String folded = ICalendarWriter.fold(line);
    ParsedFeed.assertRawLinesAreValid(folded.getBytes(StandardCharsets.UTF_8));
    String[] physical = folded.split("\r\n");
    assertThat(physical[0]).hasSize(75);
    assertThat(physical[1]).startsWith(" ").hasSize(75);
    assertThat(folded.replace("\r\n ", "").replace("\r\n", "")).isEqualTo(line);
  }

  @Test
  void foldingNeverSplitsAMultiByteCharacterWhereverTheBoundaryFalls() {
    // é is 2 octets, € 3, 😀 4 (a surrogate pair in Java): shift them across every boundary
    for (int shift = 0; shift < 8; shift++) {
      String line = "DESCRIPTION:" + "x".repeat(shift) + "é€😀".repeat(40);
      String folded = ICalendarWriter.fold(line);
      ParsedFeed.assertRawLinesAreValid(folded.getBytes(StandardCharsets.UTF_8));
      assertThat(folded.replace("\r\n ", "").replace("\r\n", "")).isEqualTo(line);
    }
  }

  @Test
  void unpairedSurrogatesBecomeReplacementCharacters() {
    String folded = new ICalendarWriter().text("SUMMARY", "bad \uD83D end").toString();
    assertThat(folded).isEqualTo("SUMMARY:bad \uFFFD end\r\n");
  }
}
