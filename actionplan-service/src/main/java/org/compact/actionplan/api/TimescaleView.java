package org.compact.actionplan.api;

import java.time.LocalDate;
import java.util.List;
import org.compact.actionplan.domain.timescale.Recurrence;
import org.compact.actionplan.domain.timescale.Timescale;
import org.compact.actionplan.domain.timescale.TimescaleKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Timescale", description = "The timescale as written and as understood")
public record TimescaleView(
    @Schema(example = "Between June and October 2009", description = "Original text, verbatim")
        String text,
    @Schema(example = "RANGE") TimescaleKind kind,
    @Schema(description = "Absolute due dates, ascending", example = "[\"2009-10-31\"]")
        List<LocalDate> dueDates,
    @Schema(example = "2009-06-01", description = "First day of a range") LocalDate startsOn,
    @Schema(example = "[\"QUARTERLY\"]") List<Recurrence> recurrences,
    @Schema(example = "false") boolean ongoing,
    @Schema(example = "2010-03-31") LocalDate completedOn,
    @Schema(example = "P3M", description = "ISO-8601 period after the plan's adoption")
        String afterAdoption,
    @Schema(example = "as LSPs revise their Community Strategies") String remark,
    @Schema(
            example = "false",
            description = "True when the text could not be understood (kept, never rejected)")
        boolean unparsed) {

  static TimescaleView of(Timescale t) {
    return new TimescaleView(
        t.text(),
        t.kind(),
        t.dueDates(),
        t.startsOn(),
        t.recurrences(),
        t.ongoing(),
        t.completedOn(),
        t.afterAdoption() == null ? null : t.afterAdoption().toString(),
        t.remark(),
        t.isUnparsed());
  }
}
