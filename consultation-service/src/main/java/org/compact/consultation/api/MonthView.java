package org.compact.consultation.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.consultation.domain.ConsultationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "MonthView",
    description = "The consultations running during one month, and the days they open or close")
public record MonthView(
    @Schema(example = "2026-11") String month,
    @Schema(example = "2026-11-01") LocalDate firstDay,
    @Schema(example = "2026-11-30") LocalDate lastDay,
    @Schema(example = "2026-10") String previousMonth,
    @Schema(example = "2026-12") String nextMonth,
    @Schema(example = "3") int total,
    List<Entry> consultations,
    List<Day> days) {

  @Schema(name = "MonthEntry")
  public record Entry(
      @Schema(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID id,
      @Schema(example = "Consultation on local priorities") String title,
      @Schema(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID ownerId,
      ConsultationStatus status,
      @Schema(example = "2026-11-02") LocalDate opensOn,
      @Schema(example = "2027-01-25") LocalDate closesOn,
      @Schema(example = "true") boolean opensThisMonth,
      @Schema(example = "false") boolean closesThisMonth,
      @Schema(example = "true") boolean leadInRuleMet) {}

  @Schema(name = "MonthDay", description = "A day on which consultations open or close")
  public record Day(
      @Schema(example = "2026-11-02") LocalDate date, List<UUID> opening, List<UUID> closing) {}
}
