package org.compact.reporting.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.compact.platform.http.ETags;
import org.compact.platform.http.PageRequest;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.time.TimeSource;
import org.compact.reporting.domain.GoodPractice;
import org.compact.reporting.domain.GoodPracticeStatus;

/** Partners submit examples of the Compact working well; compact-admin approves or rejects them. */
@ApplicationScoped
public class GoodPracticeService {
  @Inject TimeSource time;

  /** Who asks: admins see everything, a partner its own and approved ones, others approved ones. */
  public record Viewer(boolean admin, UUID organisationId) {
    boolean sees(GoodPractice example) {
      return admin
          || example.status == GoodPracticeStatus.APPROVED
          || (organisationId != null && organisationId.equals(example.organisationId));
    }
  }

  @Transactional
  public GoodPractice submit(
      UUID organisationId, String title, String description, LocalDate occurredOn, String by) {
    if (occurredOn.isAfter(time.today())) {
      throw ProblemException.ruleViolation(
          "An example of good practice must have happened: occurredOn is in the future",
          List.of(new Problem.Violation("occurredOn", "must not be after " + time.today())));
    }
    GoodPractice example =
        GoodPractice.submitted(organisationId, title, description, occurredOn, by, time.now());
    example.persistAndFlush();
    return example;
  }

  @Transactional
  public Optional<GoodPractice> find(UUID id, Viewer viewer) {
    return GoodPractice.<GoodPractice>findByIdOptional(id).filter(viewer::sees);
  }

  @Transactional
  public org.compact.platform.http.Page<GoodPractice> list(
      Viewer viewer, GoodPracticeStatus status, PageRequest request) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (!viewer.admin()) {
      where.append(" and (status = :approved");
      params.put("approved", GoodPracticeStatus.APPROVED);
      if (viewer.organisationId() != null) {
        where.append(" or organisationId = :org");
        params.put("org", viewer.organisationId());
      }
      where.append(")");
    }
    if (status != null) {
      where.append(" and status = :status");
      params.put("status", status);
    }
    Sort sort =
        Sort.by(
            request.sortField(),
            request.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending);
    sort.and("id");
    PanacheQuery<GoodPractice> query = GoodPractice.find(where.toString(), sort, params);
    long total = query.count();
    List<GoodPractice> items = query.page(Page.of(request.page(), request.size())).list();
    return org.compact.platform.http.Page.of(items, request, total);
  }

  @Transactional
  public GoodPractice curate(
      UUID id, GoodPracticeStatus decision, String reason, String ifMatch, String by) {
    GoodPractice example =
        GoodPractice.<GoodPractice>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(() -> ProblemException.notFound("Good-practice example", id));
    ETags.requireIfMatch(ifMatch, example.version);
    if (decision == GoodPracticeStatus.REJECTED && (reason == null || reason.isBlank())) {
      throw ProblemException.ruleViolation(
          "A rejection needs a reason for the partner",
          List.of(new Problem.Violation("reason", "must not be blank when rejecting")));
    }
    if (!example.curate(decision, reason, by, time.now())) {
      throw ProblemException.conflict(
          "The example is already " + example.status,
          Map.of("exampleStatus", example.status.name()));
    }
    return example;
  }
}
