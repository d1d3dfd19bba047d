package org.compact.actionplan.domain.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compact.contracts.actionplan.Priority;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadersAndPrioritiesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "OBJECTIVE|OBJECTIVE",
        "Aim|OBJECTIVE",
        "ACTION|ACTION",
        "Action(s)|ACTION",
        "Actions|ACTION",
        "Key Tasks and Actions|ACTION",
        "PRIORITY|PRIORITY",
        "TIMESCALE/ PROGRESS|TIMESCALE",
        "Timescale|TIMESCALE",
        "Deadline|TIMESCALE",
        "RESPONSIBILITY|LEAD",
        "Lead|LEAD",
        "Resources|RESOURCES",
        "Key measures of success|MEASURES",
        "Theme|THEME",
        "Status|STATUS",
        "Lead signatory ids|LEAD_SIGNATORY_IDS"
      })
  void headerSynonymsOfTheSeedsAndUsersAreRecognised(String header, ColumnRole role) {
    assertThat(ColumnRole.ofHeader(header)).contains(role);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "High|HIGH",
        "Medium/High|MEDIUM_HIGH",
        "medium / high|MEDIUM_HIGH",
        "Medium|MEDIUM",
        "Low|LOW",
        "MEDIUM_HIGH|MEDIUM_HIGH"
      })
  void priorityCellsReadAsTheFourPriorities(String cell, Priority priority) {
    assertThat(PriorityText.read(cell)).containsExactly(priority);
    assertThat(PriorityText.read(PriorityText.write(priority))).containsExactly(priority);
  }

  @org.junit.jupiter.api.Test
  void repeatedOrUnknownPriorities() {
    assertThat(PriorityText.read("Medium Medium"))
        .containsExactly(Priority.MEDIUM, Priority.MEDIUM);
    assertThat(PriorityText.highest(List.of(Priority.LOW, Priority.HIGH))).contains(Priority.HIGH);
    assertThat(PriorityText.read("Urgent")).isEmpty();
    assertThat(PriorityText.read("")).isEmpty();
  }
}
