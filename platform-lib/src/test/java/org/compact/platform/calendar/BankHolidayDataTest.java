package org.compact.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled England-and-Wales file: its coverage, the standing rules and the one-off changes. */
class BankHolidayDataTest {
  private final BankHolidays holidays = BankHolidayFile.bundled();

  private String title(String iso) {
    return holidays.on(LocalDate.parse(iso)).map(BankHoliday::title).orElse(null);
  }

  private boolean isHoliday(String iso) {
    return holidays.on(LocalDate.parse(iso)).isPresent();
  }

  @Test
  void theFileIsDatedAndNamesItsSource() {
    assertThat(holidays.source()).isEqualTo("https://www.gov.uk/bank-holidays.json");
    assertThat(holidays.published()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(holidays.validFrom()).isBeforeOrEqualTo(LocalDate.of(2008, 1, 1));
    assertThat(holidays.validUntil()).isAfterOrEqualTo(LocalDate.of(2030, 12, 31));
  }

  @Test
  void everyYearFrom2008To2030HasEightHolidaysPlusItsProclaimedExtras() {
    for (int year = 2008; year <= 2030; year++) {
      int expected =
          switch (year) {
            case 2011 -> 9; // royal wedding
            case 2012 -> 9; // Diamond Jubilee (spring holiday moved, one extra)
            case 2022 -> 10; // Platinum Jubilee extra, state funeral
            case 2023 -> 9; // coronation
            default -> 8;
          };
      List<BankHoliday> inYear =
          holidays.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      assertThat(inYear).as("holidays in %d", year).hasSize(expected);
      assertThat(inYear)
          .as("no holiday of %d falls on a weekend (substitute days)", year)
          .allSatisfy(
              h ->
                  assertThat(h.date().getDayOfWeek())
                      .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }
  }

  @Test
  void goodFridayAndEasterMondayFollowEaster() {
    assertThat(title("2008-03-21")).isEqualTo("Good Friday");
    assertThat(title("2008-03-24")).isEqualTo("Easter Monday");
    assertThat(title("2019-04-19")).isEqualTo("Good Friday");
    assertThat(title("2025-04-18")).isEqualTo("Good Friday");
    assertThat(title("2025-04-21")).isEqualTo("Easter Monday");
    assertThat(title("2030-04-19")).isEqualTo("Good Friday");
    assertThat(title("2030-04-22")).isEqualTo("Easter Monday");
  }

  @Test
  void royalWeddingWasAnExtraHolidayIn2011() {
    assertThat(isHoliday("2011-04-29")).isTrue();
  }

  @Test
  void diamondJubileeMovedTheSpringHolidayTo4JuneAndAdded5June2012() {
    assertThat(isHoliday("2012-05-28")).isFalse();
    assertThat(title("2012-06-04")).isEqualTo("Spring bank holiday");
    assertThat(title("2012-06-05")).isEqualTo("Queen’s Diamond Jubilee");
  }

  @Test
  void veDayMovedTheEarlyMayHolidayTo8May2020() {
    assertThat(isHoliday("2020-05-04")).isFalse();
    assertThat(title("2020-05-08")).isEqualTo("Early May bank holiday (VE day)");
  }

  @Test
  void platinumJubileeMovedTheSpringHolidayTo2JuneAndAdded3June2022() {
    assertThat(isHoliday("2022-05-30")).isFalse();
    assertThat(title("2022-06-02")).isEqualTo("Spring bank holiday");
    assertThat(title("2022-06-03")).isEqualTo("Platinum Jubilee bank holiday");
  }

  @Test
  void stateFuneralOfQueenElizabethWasAHolidayOn19September2022() {
    assertThat(title("2022-09-19"))
        .isEqualTo("Bank Holiday for the State Funeral of Queen Elizabeth II");
  }

  @Test
  void coronationOfKingCharlesWasAHolidayOn8May2023() {
    assertThat(title("2023-05-01")).isEqualTo("Early May bank holiday");
    assertThat(title("2023-05-08"))
        .isEqualTo("Bank holiday for the coronation of King Charles III");
  }

  @Test
  void substituteDayWhenChristmasFallsOnSaturday() {
    // 2021, 2010 and 2027: Christmas on Saturday, Boxing Day on Sunday -> Monday and Tuesday
    for (int year : new int[] {2010, 2021, 2027}) {
      assertThat(LocalDate.of(year, 12, 25).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
      assertThat(title(year + "-12-27")).isEqualTo("Christmas Day");
      assertThat(title(year + "-12-28")).isEqualTo("Boxing Day");
      assertThat(isHoliday(year + "-12-25")).isFalse();
    }
  }

  @Test
  void substituteDayWhenChristmasFallsOnSunday() {
    // 2011 and 2022: Boxing Day on Monday, Christmas substitute on Tuesday
    for (int year : new int[] {2011, 2022}) {
      assertThat(title(year + "-12-26")).isEqualTo("Boxing Day");
      assertThat(title(year + "-12-27")).isEqualTo("Christmas Day");
    }
  }

  @Test
  void substituteDayWhenBoxingDayFallsOnSaturday() {
    assertThat(title("2020-12-25")).isEqualTo("Christmas Day");
    assertThat(title("2020-12-28")).isEqualTo("Boxing Day");
    assertThat(title("2026-12-28")).isEqualTo("Boxing Day");
  }

  @Test
  void substituteDayWhenNewYearFallsOnAWeekend() {
    assertThat(title("2011-01-03")).isEqualTo("New Year’s Day"); // Saturday 1st
    assertThat(title("2012-01-02")).isEqualTo("New Year’s Day"); // Sunday 1st
    assertThat(title("2022-01-03")).isEqualTo("New Year’s Day"); // Saturday 1st
    assertThat(title("2028-01-03")).isEqualTo("New Year’s Day"); // Saturday 1st
    assertThat(holidays.on(LocalDate.parse("2028-01-03")).orElseThrow().notes())
        .isEqualTo("Substitute day");
  }

  @Test
  void mayAndAugustHolidaysAreMondays() {
    assertThat(title("2025-05-05")).isEqualTo("Early May bank holiday");
    assertThat(title("2025-05-26")).isEqualTo("Spring bank holiday");
    assertThat(title("2025-08-25")).isEqualTo("Summer bank holiday");
    assertThat(title("2029-08-27")).isEqualTo("Summer bank holiday");
  }
}
