package org.compact.consultation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.consultation.domain.Audience;
import org.compact.consultation.domain.Consultation;
import org.compact.consultation.domain.ConsultationMethod;
import org.compact.consultation.domain.ConsultationStatus;
import org.compact.consultation.domain.LeadInRule;
import org.compact.platform.calendar.DayCount;
import org.compact.platform.calendar.DeadlineBasis;
import org.compact.platform.calendar.DeadlineComputation;
import org.compact.platform.calendar.WorkingDayCalendar;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Consultation", description = "A consultation on the public calendar")
public record ConsultationView(
    @Schema(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID id,
    @Schema(example = "Consultation on local priorities 2009") String title,
    @Schema(example = "Which services matter most to you?") String summary,
    @Schema(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID ownerId,
    List<Audience> audiences,
    List<ConsultationMethod> methods,
    @Schema(example = "true") boolean representativeViews,
    @Schema(example = "true") boolean directViews,
    @Schema(example = "2009-06-01") LocalDate opensOn,
    @Schema(example = "2009-08-24") LocalDate closesOn,
    @Schema(example = "2009-10-01") LocalDate plannedResultsOn,
    @Schema(example = "consultation@south-derbys.gov.uk") String contact,
    List<LinkDto> links,
    LeadInView leadIn,
    ConsultationStatus status,
    @Schema(example = "2009-06-01") LocalDate openedOn,
    @Schema(example = "2009-08-24") LocalDate closedOn,
    @Schema(example = "2009-09-30") LocalDate resultsPublishedOn,
    OutcomeView outcome,
    CancellationView cancellation,
    @Schema(description = "iCalendar SEQUENCE, raised on every change", example = "2") int sequence,
    @Schema(description = "Also the ETag", example = "3") long version,
    Instant updatedAt) {

  @Schema(name = "LeadIn", description = "The 12-week lead-in rule applied to the dates")
  public record LeadInView(
      @Schema(description = "closesOn - opensOn, counted as dayCount says", example = "84")
          long days,
      @Schema(example = "84") int requiredDays,
      @Schema(example = "true") boolean ruleMet,
      @Schema(example = "Statutory deadline set by government") String shortReason,
      @Schema(
              example = "CALENDAR",
              description = "How the days were counted when the dates were set")
          DayCount dayCount,
      @Schema(example = "2009-08-24", description = "The earliest closesOn that meets the rule")
          LocalDate earliestClosesOn,
      @Schema(
              example =
                  "closesOn 2009-08-24 is 84 calendar days after opensOn 2009-06-01; the rule asks"
                      + " for 84: met (the earliest closesOn meeting it is 2009-08-24)")
          String explanation,
      @Schema(description = "How earliestClosesOn was computed") DeadlineBasis basis) {

    static LeadInView of(Consultation c, WorkingDayCalendar calendar) {
      DayCount dayCount = c.leadInDayCount == null ? DayCount.CALENDAR : c.leadInDayCount;
      DeadlineComputation earliest =
          LeadInRule.earliestClosing(calendar, c.opensOn, c.leadInRequiredDays, dayCount);
      String explanation =
          "closesOn "
              + c.closesOn
              + " is "
              + c.leadInDays
              + " "
              + dayCount.word()
              + (c.leadInDays == 1 ? " day" : " days")
              + " after opensOn "
              + c.opensOn
              + "; the rule asks for "
              + c.leadInRequiredDays
              + (c.leadInRuleMet ? ": met" : ": not met, reason recorded")
              + " (the earliest closesOn meeting it is "
              + earliest.dueOn()
              + ")";
      return new LeadInView(
          c.leadInDays,
          c.leadInRequiredDays,
          c.leadInRuleMet,
          c.shortLeadInReason,
          dayCount,
          earliest.dueOn(),
          explanation,
          DeadlineBasis.of(earliest, calendar.bankHolidays()));
    }
  }

  @Schema(name = "Cancellation")
  public record CancellationView(
      @Schema(example = "2009-05-20") LocalDate cancelledOn,
      @Schema(example = "Merged into the Place Survey") String reason) {}

  static ConsultationView of(Consultation c, WorkingDayCalendar calendar) {
    return new ConsultationView(
        c.id,
        c.title,
        c.summary,
        c.ownerId,
        c.audienceList(),
        c.methodList(),
        c.representativeViews,
        c.directViews,
        c.opensOn,
        c.closesOn,
        c.plannedResultsOn,
        c.contact,
        c.links.stream().map(LinkDto::of).toList(),
        LeadInView.of(c, calendar),
        c.status,
        c.openedOn,
        c.closedOn,
        c.resultsPublishedOn,
        c.outcome == null || c.outcome.publishedOn == null ? null : OutcomeView.of(c.outcome),
        c.cancelledOn == null ? null : new CancellationView(c.cancelledOn, c.cancellationReason),
        c.sequence,
        c.version,
        c.updatedAt);
  }
}
