package org.compact.consultation.api;

import java.time.LocalDate;
import java.util.List;
import org.compact.consultation.domain.Audience;
import org.compact.consultation.domain.ConsultationMethod;
import org.compact.consultation.domain.ConsultationPlan;

final class ConsultationPlans {
  private ConsultationPlans() {}

  static ConsultationPlan of(
      String title,
      String summary,
      List<Audience> audiences,
      List<ConsultationMethod> methods,
      Boolean representativeViews,
      Boolean directViews,
      LocalDate opensOn,
      LocalDate closesOn,
      LocalDate plannedResultsOn,
      String contact,
      List<LinkDto> links,
      String shortLeadInReason) {
    return new ConsultationPlan(
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
        links == null ? List.of() : links.stream().map(LinkDto::toDomain).toList(),
        shortLeadInReason);
  }
}
