package org.compact.consultation.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.compact.consultation.config.ConsultationConfig;
import org.junit.jupiter.api.Test;

/** The production default of the status job (tests switch the cron off and call it directly). */
class StatusCronTest {
  @Test
  void defaultScheduleRunsHourlySoAMissedMidnightIsCaughtUpWithinTheHour() throws Exception {
    String cron =
        ConsultationConfig.class.getMethod("statusCron").getAnnotation(WithDefault.class).value();
    var parser = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));
    ExecutionTime schedule = ExecutionTime.forCron(parser.parse(cron));
    ZoneId london = ZoneId.of("Europe/London");
    ZonedDateTime midnight = ZonedDateTime.of(2026, 11, 24, 0, 0, 0, 0, london);
    assertThat(schedule.nextExecution(midnight)).contains(midnight.plusMinutes(1));
    assertThat(schedule.nextExecution(midnight.plusMinutes(1)))
        .contains(midnight.plusHours(1).plusMinutes(1));
  }

  @Test
  void leadInDefaultIsTwelveWeeks() throws Exception {
    assertThat(
            ConsultationConfig.class
                .getMethod("leadInDays")
                .getAnnotation(WithDefault.class)
                .value())
        .isEqualTo("84");
  }
}
