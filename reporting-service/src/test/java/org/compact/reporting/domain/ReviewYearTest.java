package org.compact.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewYearTest {
  private static final int APRIL = 4;

  @Test
  void thirtyFirstMarchCountsInThePreviousReviewYearAndFirstAprilInTheNext() {
    assertThat(ReviewYear.containing(LocalDate.of(2025, 3, 31), APRIL).startYear()).isEqualTo(2024);
    assertThat(ReviewYear.containing(LocalDate.of(2025, 4, 1), APRIL).startYear()).isEqualTo(2025);
    ReviewYear year = new ReviewYear(2024, APRIL);
    assertThat(year.contains(LocalDate.of(2025, 3, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2025, 4, 1))).isFalse();
    assertThat(year.contains(LocalDate.of(2024, 4, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2024, 3, 31))).isFalse();
  }

  @Test
  void reviewYearRunsFromFirstAprilToThirtyFirstMarchAndIsLabelledWithBothYears() {
    ReviewYear year = new ReviewYear(2024, APRIL);
    assertThat(year.firstDay()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(year.label()).isEqualTo("2024-25");
    assertThat(year.previous()).isEqualTo(new ReviewYear(2023, APRIL));
    assertThat(new ReviewYear(1999, APRIL).label()).isEqualTo("1999-00");
  }

  @Test
  void startMonthIsConfigurable() {
    ReviewYear calendar = ReviewYear.containing(LocalDate.of(2024, 12, 31), 1);
    assertThat(calendar.firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(calendar.lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(calendar.label()).isEqualTo("2024");
    ReviewYear march = new ReviewYear(2023, 3);
    assertThat(march.lastDay()).as("leap year").isEqualTo(LocalDate.of(2024, 2, 29));
    assertThatThrownBy(() -> new ReviewYear(2024, 13)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEventJustAfterMidnightBritishSummerTimeCountsOnTheLondonDate() {
    // BST began at 01:00 UTC on 31 March 2024: 23:30 UTC that day is 00:30 on 1 April in London
    Instant lateOnThirtyFirstUtc = Instant.parse("2024-03-31T23:30:00Z");
    assertThat(BusinessDates.londonDate(lateOnThirtyFirstUtc)).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(ReviewYear.containing(BusinessDates.londonDate(lateOnThirtyFirstUtc), APRIL))
        .isEqualTo(new ReviewYear(2024, APRIL));
    // one minute before London midnight is still 31 March: the previous review year
    Instant beforeLondonMidnight = Instant.parse("2024-03-31T22:59:00Z");
    assertThat(ReviewYear.containing(BusinessDates.londonDate(beforeLondonMidnight), APRIL))
        .isEqualTo(new ReviewYear(2023, APRIL));
    // in GMT (before the clocks change) UTC and London agree
    assertThat(BusinessDates.londonDate(Instant.parse("2024-03-30T23:30:00Z")))
        .isEqualTo(LocalDate.of(2024, 3, 30));
  }

  @Test
  void thePayloadsBusinessDateWinsOverTheTimeTheEventOccurred() {
    LocalDate signedOn = LocalDate.of(2024, 3, 31);
    Instant recordedLater = Instant.parse("2024-04-02T09:00:00Z");
    assertThat(BusinessDates.orOccurred(signedOn, recordedLater)).isEqualTo(signedOn);
    assertThat(BusinessDates.orOccurred(null, recordedLater)).isEqualTo(LocalDate.of(2024, 4, 2));
  }
}
