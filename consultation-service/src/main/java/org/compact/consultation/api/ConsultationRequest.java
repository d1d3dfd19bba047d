package org.compact.consultation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.consultation.domain.Audience;
import org.compact.consultation.domain.ConsultationMethod;
import org.compact.consultation.domain.ConsultationPlan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ConsultationRequest",
    description =
        "A consultation for the public calendar. closesOn - opensOn should be at least the"
            + " configured lead-in (84 days, 12 weeks); a shorter one needs shortLeadInReason.")
public record ConsultationRequest(
    @NotNull
        @Schema(
            description = "Signatory id of the owning organisation",
            example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11")
        UUID ownerId,
    @NotBlank @Size(max = 300) @Schema(example = "Consultation on local priorities 2009")
        String title,
    @NotBlank
        @Size(max = 5000)
        @Schema(example = "Which services matter most to you? Tell us before we set the budget.")
        String summary,
    @NotEmpty @Schema(example = "[\"RESIDENTS\", \"CITIZENS_PANEL\", \"HARD_TO_REACH_GROUPS\"]")
        List<@NotNull Audience> audiences,
    @NotEmpty @Schema(example = "[\"SURVEY\", \"FOCUS_GROUP\"]")
        List<@NotNull ConsultationMethod> methods,
    @NotNull
        @Schema(
            description = "Representative views are sought (e.g. from organisations)",
            example = "true")
        Boolean representativeViews,
    @NotNull @Schema(description = "Views direct from service users are sought", example = "true")
        Boolean directViews,
    @NotNull @Schema(example = "2009-06-01") LocalDate opensOn,
    @NotNull @Schema(example = "2009-08-24") LocalDate closesOn,
    @Schema(example = "2009-10-01") LocalDate plannedResultsOn,
    @Size(max = 200)
        @Schema(
            description = "A role or shared mailbox, never a person",
            example = "consultation@south-derbys.gov.uk")
        String contact,
    @Size(max = 20) List<@Valid @NotNull LinkDto> links,
    @Size(max = 2000)
        @Schema(
            description = "Why the lead-in is shorter than the rule asks; required then",
            example = "Statutory deadline set by government")
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
