package org.compact.consultation.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compact.consultation.domain.Consultation;
import org.compact.consultation.domain.ConsultationResult;
import org.compact.consultation.domain.FeedbackRecord;

/** Read side of the open-data feed: the whole calendar, results and feedback, in a stable order. */
@ApplicationScoped
public class OpenDataQueries {

  /** Every consultation on the public calendar (all are public, PLANNED and CANCELLED too). */
  public List<Consultation> calendar() {
    return Consultation.listAll(Sort.by("opensOn").and("id"));
  }

  /** Published results by consultation, oldest first. */
  public Map<UUID, List<ConsultationResult>> resultsByConsultation() {
    List<ConsultationResult> results =
        ConsultationResult.listAll(Sort.by("publishedOn").and("createdAt").and("id"));
    return results.stream().collect(Collectors.groupingBy(r -> r.consultationId));
  }

  /** Feedback given to those consulted, by consultation, oldest first. */
  public Map<UUID, List<FeedbackRecord>> feedbackByConsultation() {
    List<FeedbackRecord> feedback =
        FeedbackRecord.listAll(Sort.by("givenOn").and("createdAt").and("id"));
    return feedback.stream().collect(Collectors.groupingBy(f -> f.consultationId));
  }
}
