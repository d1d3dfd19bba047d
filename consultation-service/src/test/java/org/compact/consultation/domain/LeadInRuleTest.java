package org.compact.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.compact.platform.calendar.DayCount;
import org.compact.platform.calendar.DeadlineComputation;
import org.compact.platform.calendar.WorkingDayCalendar;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Code of Practice on consultation: allow where possible 12 weeks; otherwise give reasons. */
class LeadInRuleTest {
  private final LeadInRule rule = new LeadInRule(84);

  @Test
  void eightyFourDaysMeetsTheTwelveWeekRule() {
    LeadInAssessment leadIn = rule.apply(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 30), null);
    assertThat(leadIn).isEqualTo(new LeadInAssessment(84, 84, true, null));
  }

  @Test
  void eightyFiveDaysMeetsTheRule() {
    assertThat(rule.apply(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31), null))
        .isEqualTo(new LeadInAssessment(85, 84, true, null));
  }

  @Test
  void eightyThreeDaysWithoutAReasonIs422NamingTheRuleAndTheDays() {
    assertThatThrownBy(() -> rule.apply(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 29), " "))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
              assertThat(e.getMessage()).contains(LeadInRule.RULE).contains("83 days");
              assertThat(e.extensions())
                  .containsEntry("rule", LeadInRule.RULE)
                  .containsEntry("days", 83L)
                  .containsEntry("requiredDays", 84);
              assertThat(e.violations())
                  .extracting(v -> v.field())
                  .containsExactly("shortLeadInReason");
            });
  }

  @Test
  void eightyThreeDaysWithARecordedReasonIsAcceptedAsNotMet() {
    assertThat(
            rule.apply(
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 29), "  Statutory deadline  "))
        .isEqualTo(new LeadInAssessment(83, 84, false, "Statutory deadline"));
  }

  @Test
  void aReasonIsNotKeptWhenTheRuleIsMet() {
    assertThat(rule.apply(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 30), "not needed"))
        .extracting(LeadInAssessment::shortReason)
        .isNull();
  }

  @ParameterizedTest(name = "{0} to {1}: {2} days")
  @CsvSource({
    // across month ends, a leap February and the clock change (dates, not hours)
    "2026-12-01, 2027-02-23, 84",
    "2026-11-30, 2027-02-22, 84",
    "2027-12-31, 2028-03-24, 84", // 2028 is a leap year
    "2027-12-31, 2028-03-23, 83",
    "2026-12-31, 2027-03-25, 84", // 2027 is not
    "2026-01-31, 2026-04-25, 84",
    "2026-03-01, 2026-05-24, 84", // 29 March 2026: British Summer Time starts
    "2026-08-31, 2026-11-23, 84", // 25 October 2026: back to GMT
    "2026-08-31, 2026-11-24, 85",
    "2026-08-31, 2026-11-22, 83"
  })
  void daysAreCountedOnCalendarDatesAcrossMonthEnds(
      LocalDate opensOn, LocalDate closesOn, long days) {
    if (days >= 84) {
      LeadInAssessment leadIn = rule.apply(opensOn, closesOn, null);
      assertThat(leadIn.days()).isEqualTo(days);
      assertThat(leadIn.ruleMet()).isTrue();
    } else {
      assertThatThrownBy(() -> rule.apply(opensOn, closesOn, null))
          .isInstanceOf(ProblemException.class)
          .hasMessageContaining(days + " days");
      assertThat(rule.apply(opensOn, closesOn, "reason").days()).isEqualTo(days);
    }
  }

  @Test
  void historicDatesAreJudgedOnTheirOwnDatesNotOnToday() {
    assertThat(rule.apply(LocalDate.of(2009, 6, 1), LocalDate.of(2009, 8, 24), null).ruleMet())
        .isTrue();
  }

  @Test
  void closingBeforeOpeningIs422() {
    assertThatThrownBy(() -> rule.apply(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), "x"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.violations()).extracting(v -> v.field()).contains("closesOn"));
  }

  @Test
  void aOneDayEventHasZeroDaysAndNeedsAReason() {
    LocalDate day = LocalDate.of(2026, 5, 2);
    assertThatThrownBy(() -> rule.apply(day, day, null)).hasMessageContaining("0 days");
    assertThat(rule.apply(day, day, "Drop-in session").days()).isZero();
  }

  @Test
  void theRequiredDaysAreConfigurable() {
    LeadInRule sixWeeks = new LeadInRule(42);
    assertThat(sixWeeks.apply(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 12), null).ruleMet())
        .isTrue();
  }

  @Test
  void workingDayLeadInDoesNotCountWeekendsOrBankHolidays() {
    LeadInRule working = new LeadInRule(60, DayCount.WORKING, WorkingDayCalendar.bundled());
    // 2 March to 25 May 2026 is twelve weeks, but Good Friday, Easter Monday, the early May and
    // spring bank holidays leave 56 working days
    assertThat(working.apply(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 25), "Budget"))
        .isEqualTo(new LeadInAssessment(56, 60, false, "Budget"));
    assertThat(working.apply(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 29), null))
        .isEqualTo(new LeadInAssessment(60, 60, true, null));
  }

  @Test
  void workingDayShortLeadInNamesTheWorkingDaysAndTheEarliestClosingDate() {
    LeadInRule working = new LeadInRule(60, DayCount.WORKING, WorkingDayCalendar.bundled());
    assertThatThrownBy(
            () -> working.apply(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 25), null))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.getMessage())
                  .contains("56 working days")
                  .contains("60 working days")
                  .contains("closesOn 2026-05-29 or later");
              assertThat(e.extensions())
                  .containsEntry("dayCount", "WORKING")
                  .containsEntry("earliestClosesOn", "2026-05-29")
                  .containsEntry("days", 56L);
            });
  }

  @Test
  void theEarliestClosingDateSaysHowItWasComputed() {
    DeadlineComputation calendar =
        LeadInRule.earliestClosing(
            WorkingDayCalendar.bundled(), LocalDate.of(2026, 1, 5), 84, DayCount.CALENDAR);
    assertThat(calendar.dueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(calendar.explanation()).isEqualTo("84 calendar days after opensOn 2026-01-05");
    DeadlineComputation working =
        LeadInRule.earliestClosing(
            WorkingDayCalendar.bundled(), LocalDate.of(2026, 3, 2), 60, DayCount.WORKING);
    assertThat(working.dueOn()).isEqualTo(LocalDate.of(2026, 5, 29));
    assertThat(working.explanation())
        .startsWith("60 working days after opensOn 2026-03-02, skipping 2026-03-07..08 weekend")
        .contains("2026-04-03 Good Friday")
        .contains("2026-04-06 Easter Monday")
        .contains("2026-05-04 Early May bank holiday")
        .contains("2026-05-25 Spring bank holiday");
  }
}
