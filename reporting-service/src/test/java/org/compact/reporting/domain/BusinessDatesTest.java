package org.compact.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import org.compact.platform.time.ReviewYear;
import org.junit.jupiter.api.Test;

/** Which review year a fact counts in (the year arithmetic itself: platform-lib ReviewYearTest). */
class BusinessDatesTest {
  private static final MonthDay APRIL_1 = MonthDay.of(4, 1);

  @Test
  void anEventJustAfterMidnightBritishSummerTimeCountsOnTheLondonDate() {
    // BST began at 01:00 UTC on 31 March 2024: 23:30 UTC that day is 00:30 on 1 April in London
    Instant lateOnThirtyFirstUtc = Instant.parse("2024-03-31T23:30:00Z");
    assertThat(BusinessDates.londonDate(lateOnThirtyFirstUtc)).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(ReviewYear.containing(BusinessDates.londonDate(lateOnThirtyFirstUtc), APRIL_1))
        .isEqualTo(new ReviewYear(2024, APRIL_1));
    // one minute before London midnight is still 31 March: the previous review year
    Instant beforeLondonMidnight = Instant.parse("2024-03-31T22:59:00Z");
    assertThat(ReviewYear.containing(BusinessDates.londonDate(beforeLondonMidnight), APRIL_1))
        .isEqualTo(new ReviewYear(2023, APRIL_1));
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
