package org.compact.actionplan.domain.timescale;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A timescale as written in the plan ({@code text}, kept verbatim) and what it was understood to
 * mean. {@code dueDates} are absolute dates in ascending order (a month is its last day, a range
 * its last month's last day, an ongoing action's end date); {@code recurrences} are most frequent
 * first; {@code afterAdoption} is the offset of a RELATIVE timescale; {@code remark} is any text
 * beside the recognised parts ("as LSPs revise their Community Strategies").
 */
public record Timescale(
    String text,
    TimescaleKind kind,
    List<LocalDate> dueDates,
    LocalDate startsOn,
    List<Recurrence> recurrences,
    boolean ongoing,
    LocalDate completedOn,
    Period afterAdoption,
    String remark) {

  public Timescale {
    dueDates = dueDates == null ? List.of() : List.copyOf(dueDates);
    recurrences = recurrences == null ? List.of() : List.copyOf(recurrences);
  }

  public static Timescale none() {
    return new Timescale(
        "", TimescaleKind.NONE, List.of(), null, List.of(), false, null, null, null);
  }

  public boolean isUnparsed() {
    return kind == TimescaleKind.UNPARSED;
  }
}
