package org.compact.consultation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.compact.platform.calendar.DayCount;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A consultation on the public calendar, with its lead-in assessment and lifecycle. */
@Entity
@Table(name = "consultation")
public class Consultation extends PanacheEntityBase {
  @Id public UUID id;

  @Version public long version;

  /** iCalendar SEQUENCE: raised on every change so subscribed calendars replace the entry. */
  @Column(name = "ical_sequence", nullable = false)
  public int sequence;

  @Column(nullable = false)
  public String title;

  @Column(nullable = false)
  public String summary;

  @Column(name = "owner_id", nullable = false)
  public UUID ownerId;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public List<String> audiences;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public List<String> methods;

  @Column(name = "representative_views", nullable = false)
  public boolean representativeViews;

  @Column(name = "direct_views", nullable = false)
  public boolean directViews;

  @Column(name = "opens_on", nullable = false)
  public LocalDate opensOn;

  @Column(name = "closes_on", nullable = false)
  public LocalDate closesOn;

  @Column(name = "planned_results_on")
  public LocalDate plannedResultsOn;

  /** A role or shared mailbox (non-personal), e.g. consultation@south-derbys.gov.uk. */
  public String contact;

  @Convert(converter = JsonColumns.Links.class)
  @Column(nullable = false)
  public List<ConsultationLink> links;

  @Column(name = "lead_in_days", nullable = false)
  public long leadInDays;

  @Column(name = "lead_in_required_days", nullable = false)
  public int leadInRequiredDays;

  @Column(name = "lead_in_rule_met", nullable = false)
  public boolean leadInRuleMet;

  @Column(name = "short_lead_in_reason")
  public String shortLeadInReason;

  /** How the lead-in days were counted when the dates were last set. */
  @Enumerated(EnumType.STRING)
  @Column(name = "lead_in_day_count", nullable = false)
  public DayCount leadInDayCount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ConsultationStatus status;

  @Column(name = "opened_on")
  public LocalDate openedOn;

  @Column(name = "closed_on")
  public LocalDate closedOn;

  @Column(name = "results_published_on")
  public LocalDate resultsPublishedOn;

  @Column(name = "cancelled_on")
  public LocalDate cancelledOn;

  @Column(name = "cancellation_reason")
  public String cancellationReason;

  @Embedded public Outcome outcome;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** A new PLANNED consultation; 422 when the lead-in rule is broken without a reason. */
  public static Consultation schedule(
      UUID ownerId, ConsultationPlan plan, LeadInRule rule, String createdBy, Instant now) {
    Consultation consultation = new Consultation();
    consultation.id = UUID.randomUUID();
    consultation.ownerId = ownerId;
    consultation.status = ConsultationStatus.PLANNED;
    consultation.sequence = 0;
    consultation.createdBy = createdBy;
    consultation.createdAt = now;
    consultation.apply(plan, rule, now);
    return consultation;
  }

  /** New details and dates; only while PLANNED or OPEN, and an OPEN one keeps its opening date. */
  public void revise(ConsultationPlan plan, LeadInRule rule, Instant now) {
    if (!status.isUpcomingOrRunning()) {
      throw conflict("A " + status + " consultation can no longer be revised");
    }
    if (status == ConsultationStatus.OPEN && !plan.opensOn().equals(opensOn)) {
      throw conflict(
          "The consultation opened on " + opensOn + "; its opening date can no longer change");
    }
    apply(plan, rule, now);
  }

  private void apply(ConsultationPlan plan, LeadInRule rule, Instant now) {
    requireViewsSought(plan);
    if (plan.plannedResultsOn() != null && plan.plannedResultsOn().isBefore(plan.closesOn())) {
      throw ProblemException.ruleViolation(
          "plannedResultsOn " + plan.plannedResultsOn() + " is before closesOn " + plan.closesOn(),
          List.of(new Problem.Violation("plannedResultsOn", "must not be before closesOn")));
    }
    LeadInAssessment leadIn = rule.apply(plan.opensOn(), plan.closesOn(), plan.shortLeadInReason());
    title = plan.title().strip();
    summary = plan.summary().strip();
    audiences = names(plan.audiences());
    methods = names(plan.methods());
    representativeViews = plan.representativeViews();
    directViews = plan.directViews();
    opensOn = plan.opensOn();
    closesOn = plan.closesOn();
    plannedResultsOn = plan.plannedResultsOn();
    contact = blankToNull(plan.contact());
    links = plan.links() == null ? List.of() : List.copyOf(plan.links());
    leadInDays = leadIn.days();
    leadInRequiredDays = leadIn.requiredDays();
    leadInRuleMet = leadIn.ruleMet();
    shortLeadInReason = leadIn.shortReason();
    leadInDayCount = rule.dayCount();
    touch(now);
  }

  static void requireViewsSought(ConsultationPlan plan) {
    if (!plan.representativeViews() && !plan.directViews()) {
      throw ProblemException.ruleViolation(
          "Say whether representative views or views direct from service users are sought"
              + " (Code of Practice on consultation): at least one must be true",
          List.of(
              new Problem.Violation("representativeViews", "or directViews must be true"),
              new Problem.Violation("directViews", "or representativeViews must be true")));
    }
  }

  /**
   * Moves one step by the dates: PLANNED → OPEN from opensOn, OPEN → CLOSED after closesOn (the
   * closing day is still open, London time). Returns the status entered, if any.
   */
  public Optional<ConsultationStatus> advanceOneStepByDate(LocalDate today, Instant now) {
    if (status == ConsultationStatus.PLANNED && !today.isBefore(opensOn)) {
      status = ConsultationStatus.OPEN;
      openedOn = opensOn;
    } else if (status == ConsultationStatus.OPEN && today.isAfter(closesOn)) {
      status = ConsultationStatus.CLOSED;
      closedOn = closesOn;
    } else {
      return Optional.empty();
    }
    touch(now);
    return Optional.of(status);
  }

  public void cancel(String reason, LocalDate today, Instant now) {
    if (!status.isUpcomingOrRunning()) {
      throw conflict("A " + status + " consultation cannot be cancelled");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw ProblemException.ruleViolation(
          "A cancellation needs a reason",
          List.of(new Problem.Violation("reason", "must not be blank")));
    }
    status = ConsultationStatus.CANCELLED;
    cancelledOn = today;
    cancellationReason = why;
    touch(now);
  }

  /**
   * A result was added. The first one moves a CLOSED consultation to RESULTS_PUBLISHED; returns
   * whether it did.
   */
  public boolean resultAdded(LocalDate publishedOn, LocalDate today, Instant now) {
    requireClosed("Results");
    PublicationDates.require("publishedOn", publishedOn, this, today);
    boolean first = status == ConsultationStatus.CLOSED;
    if (first) {
      status = ConsultationStatus.RESULTS_PUBLISHED;
      resultsPublishedOn = publishedOn;
    }
    touch(now);
    return first;
  }

  /** "You said, we did"; publishedOn defaults to today. Only after results are published. */
  public void publishOutcome(Outcome published, LocalDate today, Instant now) {
    if (status != ConsultationStatus.RESULTS_PUBLISHED) {
      throw conflict(
          "The outcome is published once results are published (status RESULTS_PUBLISHED); this"
              + " consultation is "
              + status);
    }
    if (published.publishedOn == null) {
      published.publishedOn = today;
    }
    PublicationDates.require("publishedOn", published.publishedOn, this, today);
    outcome = published;
    status = ConsultationStatus.OUTCOME_PUBLISHED;
    touch(now);
  }

  /** 409 unless responses have closed (results and feedback come after closing). */
  public void requireClosed(String what) {
    if (!status.hasClosed()) {
      throw conflict(what + " can be recorded once the consultation has closed; it is " + status);
    }
  }

  public List<Audience> audienceList() {
    return audiences.stream().map(Audience::valueOf).toList();
  }

  public List<ConsultationMethod> methodList() {
    return methods.stream().map(ConsultationMethod::valueOf).toList();
  }

  public LeadInAssessment leadIn() {
    return new LeadInAssessment(leadInDays, leadInRequiredDays, leadInRuleMet, shortLeadInReason);
  }

  private void touch(Instant now) {
    if (updatedAt != null) {
      sequence++;
    }
    updatedAt = now;
  }

  private ProblemException conflict(String detail) {
    return ProblemException.conflict(detail, Map.of("consultationStatus", status.name()));
  }

  private static <E extends Enum<E>> List<String> names(List<E> values) {
    return new ArrayList<>(new LinkedHashSet<>(values).stream().map(Enum::name).toList());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
