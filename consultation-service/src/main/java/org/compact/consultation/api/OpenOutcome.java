package org.compact.consultation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.consultation.domain.Consultation;
import org.compact.consultation.domain.ConsultationResult;
import org.compact.consultation.domain.FeedbackRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What came of a consultation, as open data: its published results, the outcome ("you said, we
 * did") and the feedback given to those consulted. Who pushed or recorded them is left out.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "OpenDataOutcome", description = "Published results and outcome of a consultation")
public record OpenOutcome(
    @JsonProperty("consultation_id") @Schema(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d")
        UUID consultationId,
    @Schema(example = "Consultation on local priorities 2009") String title,
    @JsonProperty("owner_organisation_id") @Schema(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11")
        UUID ownerOrganisationId,
    @JsonProperty("closes_on") @Schema(example = "2009-08-24") LocalDate closesOn,
    @Schema(example = "OUTCOME_PUBLISHED") String status,
    @JsonProperty("results_published_on") @Schema(example = "2009-09-30")
        LocalDate resultsPublishedOn,
    List<Result> results,
    @Schema(description = "Null until the outcome is published") Outcome outcome,
    List<Feedback> feedback,
    @Schema(
            example =
                "https://compact.example.gov.uk/consultations/0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d")
        URI uri) {

  @Schema(name = "OpenDataResult")
  public record Result(
      @JsonProperty("external_ref") @Schema(example = "SDDC-C-2009-014") String externalRef,
      @JsonProperty("published_on") @Schema(example = "2009-09-30") LocalDate publishedOn,
      @Schema(example = "1,204 residents replied; community safety ranked first.") String summary,
      @JsonProperty("response_count") @Schema(example = "1204") int responseCount,
      @Schema(example = "[\"https://www.south-derbys.gov.uk/results.pdf\"]") List<String> documents,
      List<Breakdown> breakdown) {

    static Result of(ConsultationResult r) {
      return new Result(
          r.externalRef,
          r.publishedOn,
          r.summary,
          r.responseCount,
          List.copyOf(r.documents),
          r.breakdown.stream()
              .map(b -> new Breakdown(b.dimension(), b.group(), b.responses()))
              .toList());
    }
  }

  @Schema(name = "OpenDataBreakdown")
  public record Breakdown(
      @Schema(example = "age") String dimension,
      @Schema(example = "18-24") String group,
      @Schema(example = "35") int responses) {}

  @Schema(name = "OpenDataConsultationOutcome", description = "\"You said, we did\"")
  public record Outcome(
      @Schema(example = "Residents asked for cleaner streets") String heard,
      @Schema(example = "Street cleansing budget raised by 5%") String decided,
      @JsonProperty("how_participants_told")
          @Schema(example = "Letter to every Citizens' Panel member")
          String howParticipantsTold,
      @JsonProperty("published_on") @Schema(example = "2009-10-15") LocalDate publishedOn) {}

  @Schema(name = "OpenDataFeedback", description = "Feedback given to those consulted")
  public record Feedback(
      @JsonProperty("given_on") @Schema(example = "2009-10-20") LocalDate givenOn,
      @Schema(example = "CITIZENS_PANEL") String audience,
      @Schema(example = "Letter to panel members") String channel,
      @Schema(example = "Key results and what happens next") String summary,
      @Schema(description = "People or organisations reached, when known", example = "1000")
          Integer reached) {

    static Feedback of(FeedbackRecord f) {
      return new Feedback(f.givenOn, f.audience.name(), f.channel, f.summary, f.reached);
    }
  }

  static OpenOutcome of(
      Consultation c, List<ConsultationResult> results, List<FeedbackRecord> feedback, URI uri) {
    Outcome outcome =
        c.outcome == null || c.outcome.publishedOn == null
            ? null
            : new Outcome(
                c.outcome.heard,
                c.outcome.decided,
                c.outcome.howParticipantsTold,
                c.outcome.publishedOn);
    return new OpenOutcome(
        c.id,
        c.title,
        c.ownerId,
        c.closesOn,
        c.status.name(),
        c.resultsPublishedOn,
        results.stream().map(Result::of).toList(),
        outcome,
        feedback.stream().map(Feedback::of).toList(),
        uri);
  }
}
