package org.compact.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.compact.platform.config.DeadlinesConfig;
import org.junit.jupiter.api.Test;

class DeadlinePoliciesTest {
  private static DeadlinePolicies configured(DayCount dispute, DayCount consultation) {
    DeadlinePolicies policies = new DeadlinePolicies();
    policies.config =
        new DeadlinesConfig() {
          @Override
          public Area dispute() {
            return () -> dispute;
          }

          @Override
          public Area consultation() {
            return () -> consultation;
          }
        };
    return policies;
  }

  @Test
  void eachAreaUsesItsConfiguredDayCount() {
    DeadlinePolicies policies = configured(DayCount.CALENDAR, DayCount.WORKING);
    assertThat(policies.dayCount(DeadlineArea.DISPUTE)).isEqualTo(DayCount.CALENDAR);
    assertThat(policies.dayCount(DeadlineArea.CONSULTATION)).isEqualTo(DayCount.WORKING);
  }

  @Test
  void anOverrideSwitchesOneAreaUntilReset() {
    DeadlinePolicies policies = configured(DayCount.CALENDAR, DayCount.CALENDAR);
    policies.override(DeadlineArea.DISPUTE, DayCount.WORKING);
    assertThat(policies.dayCount(DeadlineArea.DISPUTE)).isEqualTo(DayCount.WORKING);
    assertThat(policies.dayCount(DeadlineArea.CONSULTATION)).isEqualTo(DayCount.CALENDAR);
    policies.reset();
    assertThat(policies.dayCount(DeadlineArea.DISPUTE)).isEqualTo(DayCount.CALENDAR);
  }
}
