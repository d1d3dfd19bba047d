package org.compact.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configured bank holiday file is trusted only when complete and consistent. */
class BankHolidayFileTest {
  private static final String EVENTS =
      """
      "england-and-wales": {"division": "england-and-wales", "events": [
        {"title": "New Year’s Day", "date": "2031-01-01", "notes": "", "bunting": true},
        {"title": "Good Friday", "date": "2031-04-11", "notes": "", "bunting": false}
      ]},
      "scotland": {"division": "scotland", "events": [{"title": "St Andrew’s Day", "date": "2031-12-01"}]}
      """;

  private static BankHolidays read(String json) {
    return BankHolidayFile.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void govUkFormatWithPublishedAndValidUntilIsAccepted() {
    BankHolidays h =
        read(
            "{\"source\": \"https://www.gov.uk/bank-holidays.json\", \"published\": \"2030-06-01\","
                + " \"validUntil\": \"2031-12-31\", "
                + EVENTS
                + "}");
    assertThat(h.size()).isEqualTo(2); // scotland ignored
    assertThat(h.published()).isEqualTo(LocalDate.of(2030, 6, 1));
    assertThat(h.validFrom()).isEqualTo(LocalDate.of(2031, 1, 1));
    assertThat(h.on(LocalDate.of(2031, 4, 11))).map(BankHoliday::title).contains("Good Friday");
    assertThat(h.on(LocalDate.of(2031, 12, 1))).isEmpty();
  }

  @Test
  void fileWithoutPublishedDateIsRejected() {
    assertThatThrownBy(() -> read("{\"validUntil\": \"2031-12-31\", " + EVENTS + "}"))
        .isInstanceOf(InvalidBankHolidayFileException.class)
        .hasMessageContaining("test.json")
        .hasMessageContaining("\"published\" is missing");
  }

  @Test
  void fileWithoutValidUntilIsRejected() {
    assertThatThrownBy(() -> read("{\"published\": \"2030-06-01\", " + EVENTS + "}"))
        .isInstanceOf(InvalidBankHolidayFileException.class)
        .hasMessageContaining("\"validUntil\" is missing");
  }

  @Test
  void publishedDateInAnotherFormatIsRejected() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"published\": \"01/06/2030\", \"validUntil\": \"2031-12-31\", "
                        + EVENTS
                        + "}"))
        .isInstanceOf(InvalidBankHolidayFileException.class)
        .hasMessageContaining("not a date as yyyy-MM-dd: \"01/06/2030\"");
  }

  @Test
  void fileThatIsNotJsonIsRejected() {
    assertThatThrownBy(() -> read("published: 2030-06-01"))
        .isInstanceOf(InvalidBankHolidayFileException.class)
        .hasMessageContaining("is not JSON");
  }

  @Test
  void fileWithoutTheEnglandAndWalesDivisionIsRejected() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"published\": \"2030-06-01\", \"validUntil\": \"2031-12-31\", \"scotland\":"
                        + " {\"events\": [{\"title\": \"x\", \"date\": \"2031-01-01\"}]}}"))
        .isInstanceOf(InvalidBankHolidayFileException.class)
        .hasMessageContaining("no \"england-and-wales\" division");
  }

  @Test
  void eventWithoutDateOrTitleIsRejected() {
    String head = "{\"published\": \"2030-06-01\", \"validUntil\": \"2031-12-31\",";
    assertThatThrownBy(
            () ->
                read(head + "\"england-and-wales\": {\"events\": [{\"title\": \"Good Friday\"}]}}"))
        .hasMessageContaining("event 0 has no date");
    assertThatThrownBy(
            () -> read(head + "\"england-and-wales\": {\"events\": [{\"date\": \"2031-04-11\"}]}}"))
        .hasMessageContaining("event 0 (2031-04-11) has no title");
  }

  @Test
  void dateListedTwiceIsRejected() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"published\": \"2030-06-01\", \"validUntil\": \"2031-12-31\","
                        + " \"england-and-wales\": {\"events\": [{\"title\": \"a\", \"date\":"
                        + " \"2031-01-01\"}, {\"title\": \"b\", \"date\": \"2031-01-01\"}]}}"))
        .hasMessageContaining("2031-01-01 is listed twice");
  }

  @Test
  void eventsOutsideTheCoveredDaysAreRejected() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"published\": \"2030-06-01\", \"validUntil\": \"2031-03-31\", "
                        + EVENTS
                        + "}"))
        .hasMessageContaining("lie outside the days it says it covers");
  }

  @Test
  void configuredFileIsUsedInsteadOfTheBundledOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bank-holidays.json");
    Files.writeString(
        file, "{\"published\": \"2030-06-01\", \"validUntil\": \"2031-12-31\", " + EVENTS + "}");
    WorkingDayCalendar calendar = Calendars.load(Optional.of(file.toString()));
    assertThat(calendar.bankHolidays().origin()).isEqualTo(file.toString());
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 4, 11))).isFalse();
    assertThat(Calendars.load(Optional.empty()).bankHolidays().origin())
        .isEqualTo("classpath:" + BankHolidayFile.BUNDLED);
  }

  @Test
  void malformedConfiguredFileStopsTheServiceWithAClearMessage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bank-holidays.json");
    Files.writeString(file, "{\"validUntil\": \"2031-12-31\", " + EVENTS + "}");
    assertThatThrownBy(() -> Calendars.load(Optional.of(file.toString())))
        .isInstanceOf(InvalidBankHolidayFileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("\"published\" is missing")
        .hasMessageContaining("compact.calendar.bank-holidays-file")
        .hasMessageContaining("does not start");
    assertThatThrownBy(() -> Calendars.load(Optional.of(dir.resolve("absent.json").toString())))
        .hasMessageContaining("does not exist");
  }
}
