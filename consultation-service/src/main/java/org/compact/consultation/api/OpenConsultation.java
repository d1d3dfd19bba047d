package org.compact.consultation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.consultation.domain.Consultation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A consultation on the public calendar as open data. Left out: the contact (a mailbox that may
 * name a person; the record's uri leads to it) and who recorded what (token subjects). Every key is
 * always present (null when not set).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "OpenDataConsultation", description = "A consultation on the public calendar")
public record OpenConsultation(
    @Schema(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID id,
    @Schema(example = "Consultation on local priorities 2009") String title,
    @Schema(example = "Which services matter most to you?") String summary,
    @JsonProperty("owner_organisation_id")
        @Schema(
            description = "The owner's signatory id (signatory-service /signatories/{id})",
            example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11")
        UUID ownerOrganisationId,
    @Schema(example = "[\"RESIDENTS\",\"CITIZENS_PANEL\"]") List<String> audiences,
    @Schema(example = "[\"SURVEY\"]") List<String> methods,
    @JsonProperty("representative_views") @Schema(example = "true") boolean representativeViews,
    @JsonProperty("direct_views") @Schema(example = "true") boolean directViews,
    @JsonProperty("opens_on") @Schema(example = "2009-06-01") LocalDate opensOn,
    @JsonProperty("closes_on") @Schema(example = "2009-08-24") LocalDate closesOn,
    @JsonProperty("planned_results_on") @Schema(example = "2009-10-01") LocalDate plannedResultsOn,
    @Schema(example = "OPEN") String status,
    @JsonProperty("lead_in_days") @Schema(description = "closes_on - opens_on", example = "84")
        long leadInDays,
    @JsonProperty("lead_in_required_days") @Schema(example = "84") int leadInRequiredDays,
    @JsonProperty("lead_in_rule_met") @Schema(example = "true") boolean leadInRuleMet,
    @JsonProperty("short_lead_in_reason") @Schema(example = "Statutory deadline set by government")
        String shortLeadInReason,
    @JsonProperty("results_published_on") @Schema(example = "2009-09-30")
        LocalDate resultsPublishedOn,
    @JsonProperty("outcome_published_on") @Schema(example = "2009-10-15")
        LocalDate outcomePublishedOn,
    @JsonProperty("cancelled_on") @Schema(example = "2009-05-20") LocalDate cancelledOn,
    @JsonProperty("cancellation_reason") @Schema(example = "Merged into the Place Survey")
        String cancellationReason,
    List<LinkDto> links,
    @Schema(
            description = "Persistent URL of the record in the consultation API",
            example =
                "https://compact.example.gov.uk/consultations/0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d")
        URI uri) {

  static OpenConsultation of(Consultation c, URI uri) {
    return new OpenConsultation(
        c.id,
        c.title,
        c.summary,
        c.ownerId,
        List.copyOf(c.audiences),
        List.copyOf(c.methods),
        c.representativeViews,
        c.directViews,
        c.opensOn,
        c.closesOn,
        c.plannedResultsOn,
        c.status.name(),
        c.leadInDays,
        c.leadInRequiredDays,
        c.leadInRuleMet,
        c.shortLeadInReason,
        c.resultsPublishedOn,
        c.outcome == null ? null : c.outcome.publishedOn,
        c.cancelledOn,
        c.cancellationReason,
        c.links.stream().map(LinkDto::of).toList(),
        uri);
  }
}
