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
import org.hibernate.jpa.HibernateHints;

/**
 * Read side of the open-data feed: the whole calendar, results and feedback, in a stable order.
 * Read-only: Hibernate keeps no dirty-checking snapshot of what is only serialised.
 */
@ApplicationScoped
public class OpenDataQueries {

  /** Every consultation on the public calendar (all are public, PLANNED and CANCELLED too). */
  public List<Consultation> calendar() {
    return Consultation.<Consultation>findAll(Sort.by("opensOn").and("id"))
        .withHint(HibernateHints.HINT_READ_ONLY, true)
        .list();
  }

  /** Published results by consultation, oldest first. */
  public Map<UUID, List<ConsultationResult>> resultsByConsultation() {
    List<ConsultationResult> results =
        ConsultationResult.<ConsultationResult>findAll(
                Sort.by("publishedOn").and("createdAt").and("id"))
            .withHint(HibernateHints.HINT_READ_ONLY, true)
            .list();
    return results.stream().collect(Collectors.groupingBy(r -> r.consultationId));
  }

  /** Feedback given to those consulted, by consultation, oldest first. */
  public Map<UUID, List<FeedbackRecord>> feedbackByConsultation() {
    List<FeedbackRecord> feedback =
        FeedbackRecord.<FeedbackRecord>findAll(Sort.by("givenOn").and("createdAt").and("id"))
            .withHint(HibernateHints.HINT_READ_ONLY, true)
            .list();
    return feedback.stream().collect(Collectors.groupingBy(f -> f.consultationId));
  }
}
