package org.compact.consultation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.compact.consultation.config.ConsultationConfig;
import org.compact.consultation.service.ResultService;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk result pushes: every item in its own transaction, so one bad item does not undo the others.
 * Idempotent through each item's externalRef (no Idempotency-Key needed).
 */
@Path("/results/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
public class BulkResultResource {
  @Inject ResultService results;
  @Inject ConsultationAccess access;
  @Inject Validator validator;
  @Inject ConsultationConfig config;

  @POST
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.COUNCIL_SYSTEM})
  @Operation(
      summary = "Push many results at once",
      description =
          "Each item is handled like a single push (same rules, same idempotency by externalRef)"
              + " and reported with the status a single push would have had: 201 CREATED, 200"
              + " UNCHANGED, or REJECTED with its problem (400, 404, 409, 422). A council system"
              + " sees 404 for consultations its organisation does not own.")
  @APIResponse(
      responseCode = "200",
      description = "Every item processed; see each item's status",
      content = @Content(schema = @Schema(implementation = BulkResultResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed body, no items, or more than 100 items")
  @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = "Neither council-system nor compact-admin")
  public BulkResultResponse push(@Valid @NotNull BulkResultRequest request) {
    if (request.items().size() > config.maxBulkResults()) {
      throw ProblemException.badRequest(
          "At most " + config.maxBulkResults() + " results per request",
          List.of(new Problem.Violation("items", "at most " + config.maxBulkResults())));
    }
    List<BulkResultResponse.ItemOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < request.items().size(); i++) {
      outcomes.add(pushOne(i, request.items().get(i)));
    }
    return BulkResultResponse.of(outcomes);
  }

  private BulkResultResponse.ItemOutcome pushOne(int index, BulkResultRequest.Item item) {
    String ref = item == null || item.result() == null ? null : item.result().externalRef();
    if (item == null) {
      return rejected(index, null, null, ProblemType.VALIDATION, "item is null", List.of());
    }
    Set<ConstraintViolation<BulkResultRequest.Item>> invalid = validator.validate(item);
    if (!invalid.isEmpty()) {
      List<Problem.Violation> violations =
          invalid.stream()
              .map(v -> new Problem.Violation(v.getPropertyPath().toString(), v.getMessage()))
              .sorted(Comparator.comparing(Problem.Violation::field))
              .toList();
      return rejected(
          index,
          item.consultationId(),
          ref,
          ProblemType.VALIDATION,
          "Item is not valid",
          violations);
    }
    try {
      ResultService.Pushed pushed =
          results.push(
              item.consultationId(),
              ref,
              item.result().content(),
              access.subject(),
              access.pushResults());
      return new BulkResultResponse.ItemOutcome(
          index,
          item.consultationId(),
          pushed.result().externalRef,
          pushed.created() ? 201 : 200,
          pushed.created()
              ? BulkResultResponse.Outcome.CREATED
              : BulkResultResponse.Outcome.UNCHANGED,
          ResultView.of(pushed.result()),
          null);
    } catch (ProblemException e) {
      return new BulkResultResponse.ItemOutcome(
          index,
          item.consultationId(),
          ref,
          e.type().status(),
          BulkResultResponse.Outcome.REJECTED,
          null,
          problem(e.type(), e.getMessage(), e.violations(), e.extensions()));
    } catch (PersistenceException e) {
      // a concurrent push of the same externalRef won the unique constraint
      return rejected(
          index,
          item.consultationId(),
          ref,
          ProblemType.CONFLICT,
          "Result '" + ref + "' was stored by a concurrent request; push it again to compare",
          List.of());
    }
  }

  private static BulkResultResponse.ItemOutcome rejected(
      int index,
      java.util.UUID consultationId,
      String ref,
      ProblemType type,
      String detail,
      List<Problem.Violation> violations) {
    return new BulkResultResponse.ItemOutcome(
        index,
        consultationId,
        ref,
        type.status(),
        BulkResultResponse.Outcome.REJECTED,
        null,
        problem(type, detail, violations, null));
  }

  private static Problem problem(
      ProblemType type,
      String detail,
      List<Problem.Violation> violations,
      java.util.Map<String, Object> extensions) {
    return new Problem(
        type.uri(), type.title(), type.status(), detail, null, violations, extensions);
  }
}
