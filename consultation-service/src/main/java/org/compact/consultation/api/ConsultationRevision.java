package org.compact.consultation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.compact.consultation.domain.Audience;
import org.compact.consultation.domain.ConsultationMethod;
import org.compact.consultation.domain.ConsultationPlan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ConsultationRevision",
    description =
        "Replaces the details and dates of a PLANNED or OPEN consultation (an OPEN one keeps its"
            + " opensOn); the lead-in rule is checked again.")
public record ConsultationRevision(
    @NotBlank @Size(max = 300) @Schema(example = "Consultation on local priorities 2009")
        String title,
    @NotBlank
        @Size(max = 5000)
        @Schema(example = "Which services matter most to you? Extended to reach more groups.")
        String summary,
    @NotEmpty @Schema(example = "[\"RESIDENTS\", \"CITIZENS_PANEL\"]")
        List<@NotNull Audience> audiences,
    @NotEmpty @Schema(example = "[\"SURVEY\"]") List<@NotNull ConsultationMethod> methods,
    @NotNull @Schema(example = "true") Boolean representativeViews,
    @NotNull @Schema(example = "true") Boolean directViews,
    @NotNull @Schema(example = "2009-06-01") LocalDate opensOn,
    @NotNull @Schema(example = "2009-09-07") LocalDate closesOn,
    @Schema(example = "2009-10-15") LocalDate plannedResultsOn,
    @Size(max = 200) @Schema(example = "consultation@south-derbys.gov.uk") String contact,
    @Size(max = 20) List<@Valid @NotNull LinkDto> links,
    @Size(max = 2000) @Schema(example = "Statutory deadline set by government")
        String shortLeadInReason) {

  ConsultationPlan toPlan() {
    return ConsultationPlans.of(
        title,
        summary,
        audiences,
        methods,
        representativeViews,
        directViews,
        opensOn,
        closesOn,
        plannedResultsOn,
        contact,
        links,
        shortLeadInReason);
  }
}
