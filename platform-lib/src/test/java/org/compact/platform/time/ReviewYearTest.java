package org.compact.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class ReviewYearTest {
  private static final MonthDay APRIL_1 = MonthDay.of(4, 1);

  @Test
  void thirtyFirstMarchCountsInThePreviousReviewYearAndFirstAprilInTheNext() {
    assertThat(ReviewYear.containing(LocalDate.of(2025, 3, 31), APRIL_1).startYear())
        .isEqualTo(2024);
    assertThat(ReviewYear.containing(LocalDate.of(2025, 4, 1), APRIL_1).startYear())
        .isEqualTo(2025);
    ReviewYear year = new ReviewYear(2024, APRIL_1);
    assertThat(year.contains(LocalDate.of(2025, 3, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2025, 4, 1))).isFalse();
    assertThat(year.contains(LocalDate.of(2024, 4, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2024, 3, 31))).isFalse();
    assertThat(year.contains(null)).isFalse();
  }

  @Test
  void reviewYearRunsFromFirstAprilToThirtyFirstMarchAndIsLabelledWithBothYears() {
    ReviewYear year = new ReviewYear(2024, APRIL_1);
    assertThat(year.firstDay()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(year.label()).isEqualTo("2024-25");
    assertThat(year.previous()).isEqualTo(new ReviewYear(2023, APRIL_1));
    assertThat(new ReviewYear(1999, APRIL_1).label()).isEqualTo("1999-00");
    assertThat(year.byYearEnd(LocalDate.of(2025, 3, 31))).isTrue();
    assertThat(year.byYearEnd(LocalDate.of(2025, 4, 1))).isFalse();
  }

  @Test
  void startDayIsConfigurable() {
    ReviewYear calendar = ReviewYear.containing(LocalDate.of(2024, 12, 31), MonthDay.of(1, 1));
    assertThat(calendar.firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(calendar.lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(calendar.label()).isEqualTo("2024");
    ReviewYear march = new ReviewYear(2023, MonthDay.of(3, 1));
    assertThat(march.lastDay()).as("leap year").isEqualTo(LocalDate.of(2024, 2, 29));
    ReviewYear midMonth = ReviewYear.containing(LocalDate.of(2024, 9, 14), MonthDay.of(9, 15));
    assertThat(midMonth.startYear()).isEqualTo(2023);
    assertThat(midMonth.lastDay()).isEqualTo(LocalDate.of(2024, 9, 14));
  }

  @Test
  void anEventJustAfterMidnightBritishSummerTimeCountsOnTheLondonDate() {
    // BST began at 01:00 UTC on 31 March 2024: 23:30 UTC that day is 00:30 on 1 April in London
    LocalDate london =
        LocalDate.ofInstant(Instant.parse("2024-03-31T23:30:00Z"), TimeSource.LONDON);
    assertThat(ReviewYear.containing(london, APRIL_1)).isEqualTo(new ReviewYear(2024, APRIL_1));
    LocalDate before =
        LocalDate.ofInstant(Instant.parse("2024-03-31T22:59:00Z"), TimeSource.LONDON);
    assertThat(ReviewYear.containing(before, APRIL_1)).isEqualTo(new ReviewYear(2023, APRIL_1));
  }
}
