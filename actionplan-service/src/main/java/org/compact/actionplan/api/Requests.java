package org.compact.actionplan.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.actionplan.domain.PlanAction;
import org.compact.actionplan.domain.PlanPeriod;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.Priority;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the action plan API. */
public final class Requests {
  private Requests() {}

  @Schema(name = "PlanRequest", description = "A plan's own fields")
  public record PlanRequest(
      @NotBlank @Size(max = 300) @Schema(example = "Consultation Strategy Action Plan 2009-2010")
          String title,
      @Pattern(regexp = PlanPeriod.PATTERN, message = "must look like 2009-10, 2009/10 or 2009")
          @Schema(example = "2009-10")
          String period,
      @Schema(example = "2009-04-20") LocalDate adoptedOn) {}

  @Schema(name = "SectionRequest")
  public record SectionRequest(
      @NotBlank @Size(max = 300) @Schema(example = "Raise Awareness") String title) {}

  @Schema(name = "ObjectiveRequest")
  public record ObjectiveRequest(
      @NotBlank
          @Size(max = 2000)
          @Schema(example = "To raise awareness of the Compact and its future developments")
          String text) {}

  @Schema(
      name = "ActionRequest",
      description = "An action's editable fields (status changes go with progress notes)")
  public record ActionRequest(
      @NotBlank
          @Size(max = 4000)
          @Schema(example = "Report to the Partnership Forum to raise awareness")
          String description,
      @Schema(example = "MEDIUM_HIGH") Priority priority,
      @Size(max = 500)
          @Schema(
              example = "Between June and October 2009",
              description = "Free text; parsed, never rejected")
          String timescale,
      @Size(max = 1000) @Schema(example = "Policy Officer (Consultation)") String lead,
      @Size(max = 50) @Schema(example = "[\"6f1c2b9e-4a3d-4c55-9b1e-2f0a7d3c8e41\"]")
          List<@NotNull UUID> leadSignatoryIds,
      @Size(max = 2000) @Schema(example = "Officer time") String resources,
      @Size(max = 4000) @Schema(example = "Calendar on the Council's website")
          String measuresOfSuccess) {

    PlanAction.Content content() {
      return new PlanAction.Content(
          description,
          priority,
          timescale,
          lead,
          leadSignatoryIds == null ? List.of() : leadSignatoryIds,
          resources,
          measuresOfSuccess);
    }
  }

  @Schema(name = "ProgressRequest")
  public record ProgressRequest(
      @NotBlank
          @Size(max = 4000)
          @Schema(example = "Timetable agreed with Heads of Service; calendar published")
          String note,
      @Schema(example = "IN_PROGRESS", description = "Optional status change") ActionStatus status,
      @Schema(example = "2009-07-15", description = "Business date of the note; default today")
          LocalDate recordedOn) {}

  @Schema(name = "BulkProgressItem")
  public record BulkProgressItem(
      @NotNull @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID actionId,
      @NotBlank @Size(max = 4000) @Schema(example = "Done at the June meeting") String note,
      @Schema(example = "COMPLETED") ActionStatus status,
      @Schema(example = "2009-06-30") LocalDate recordedOn) {}

  @Schema(name = "BulkProgressRequest")
  public record BulkProgressRequest(
      @NotEmpty @Size(max = 200) List<@Valid @NotNull BulkProgressItem> items) {}
}
