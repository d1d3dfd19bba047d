package org.compact.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import org.jboss.logging.Logger;

/** Bean Validation failures on input: 400 with one violation per field. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
  private static final Logger LOG = Logger.getLogger(ValidationExceptionMapper.class);

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    boolean onReturnValue =
        e.getConstraintViolations().stream()
            .anyMatch(
                v -> {
                  for (Path.Node node : v.getPropertyPath()) {
                    if (node.getKind() == ElementKind.RETURN_VALUE) {
                      return true;
                    }
                  }
                  return false;
                });
    if (onReturnValue) {
      LOG.error("response failed validation", e);
      return Problems.response(
          ProblemType.INTERNAL, "The server produced an invalid response", uriInfo, null, null);
    }
    List<Problem.Violation> violations =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.Violation::field))
            .toList();
    StringJoiner detail = new StringJoiner("; ");
    violations.forEach(v -> detail.add(v.field() + ": " + v.message()));
    return Problems.response(ProblemType.VALIDATION, detail.toString(), uriInfo, violations, null);
  }

  /**
   * "create.request.address.postcode" → "address.postcode"; a list element's property gets its
   * index on the list: "identifiers[0].scheme"; a query parameter keeps its name.
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE, PARAMETER -> {}
        default -> {
          if (node.isInIterable() && node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
          }
          String name = node.getName();
          if (name != null && !name.isEmpty()) {
            if (field.length() > 0) {
              field.append('.');
            }
            field.append(name);
          }
        }
      }
    }
    if (field.length() == 0) {
      for (Path.Node node : violation.getPropertyPath()) {
        if (node.getKind() == ElementKind.PARAMETER) {
          return node.getName();
        }
      }
    }
    return field.toString();
  }
}
