package org.compact.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compact.consultation.domain.Audience;
import org.compact.consultation.domain.Consultation;
import org.compact.consultation.domain.ConsultationResult;
import org.compact.consultation.domain.FeedbackRecord;
import org.compact.consultation.domain.PublicationDates;
import org.compact.consultation.domain.ResultContent;
import org.compact.consultation.events.ConsultationEvents;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.time.TimeSource;

/** Results pushed by council systems, and feedback given to those consulted. */
@ApplicationScoped
public class ResultService {
  @Inject ConsultationService consultations;
  @Inject ConsultationEvents events;
  @Inject TimeSource time;
  @Inject EntityManager em;

  /** The stored result and whether this push created it (false: an identical replay). */
  public record Pushed(ConsultationResult result, boolean created) {}

  /**
   * Records a result once per (consultation, externalRef). The same content again returns the
   * stored result and changes nothing; other content under the same ref is a 409.
   */
  @Transactional
  public Pushed push(
      UUID consultationId,
      String externalRef,
      ResultContent content,
      String by,
      AccessCheck access) {
    Consultation consultation = consultations.load(consultationId, access);
    var existing = ConsultationResult.findByRef(consultationId, externalRef);
    if (existing.isPresent()) {
      ConsultationResult stored = existing.get();
      if (stored.content().equals(content)) {
        return new Pushed(stored, false);
      }
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("externalRef", stored.externalRef);
      extensions.put("resultId", stored.id.toString());
      throw ProblemException.conflict(
          "Result '"
              + stored.externalRef
              + "' of this consultation was already pushed with different content; push it"
              + " under a new externalRef",
          extensions);
    }
    boolean first = consultation.resultAdded(content.publishedOn(), time.today(), time.now());
    ConsultationResult result =
        ConsultationResult.of(consultationId, externalRef, content, first, by, time.now());
    result.persist();
    em.flush();
    events.resultsPublished(consultation, result);
    return new Pushed(result, true);
  }

  public List<ConsultationResult> results(UUID consultationId) {
    return ConsultationResult.ofConsultation(consultationId);
  }

  /** Feedback to those consulted: an append, allowed once responses have closed. */
  @Transactional
  public FeedbackRecord recordFeedback(
      UUID consultationId,
      java.time.LocalDate givenOn,
      Audience audience,
      String channel,
      String summary,
      Integer reached,
      String by,
      AccessCheck access) {
    Consultation consultation = consultations.load(consultationId, access);
    consultation.requireClosed("Feedback");
    java.time.LocalDate on = givenOn == null ? time.today() : givenOn;
    PublicationDates.require("givenOn", on, consultation, time.today());
    FeedbackRecord feedback = new FeedbackRecord();
    feedback.id = UUID.randomUUID();
    feedback.consultationId = consultationId;
    feedback.givenOn = on;
    feedback.audience = audience;
    feedback.channel = channel.strip();
    feedback.summary = summary.strip();
    feedback.reached = reached;
    feedback.recordedBy = by;
    feedback.createdAt = time.now();
    feedback.persist();
    return feedback;
  }

  public List<FeedbackRecord> feedback(UUID consultationId) {
    return FeedbackRecord.list("consultationId = ?1 order by givenOn, createdAt", consultationId);
  }
}
