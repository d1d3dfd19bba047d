package org.compact.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Unparseable JSON, wrong types and unknown fields are 400. Registered for the specific Jackson
 * types too, so these win over the framework's own mappers.
 */
public class JsonExceptionMappers {

  @ServerExceptionMapper(priority = 1)
  public Response unknownField(UnrecognizedPropertyException e, UriInfo uriInfo) {
    String field = path(e);
    return Problems.response(
        ProblemType.MALFORMED_REQUEST,
        "Unknown field '" + field + "'",
        uriInfo,
        List.of(new Problem.Violation(field, "unknown field")),
        null);
  }

  @ServerExceptionMapper(priority = 1)
  public Response mismatchedInput(MismatchedInputException e, UriInfo uriInfo) {
    String field = path(e);
    String expected =
        e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName();
    String message = field.isEmpty() ? "body has the wrong shape" : "expected " + expected;
    return Problems.response(
        ProblemType.MALFORMED_REQUEST,
        field.isEmpty() ? message : "Field '" + field + "': " + message,
        uriInfo,
        field.isEmpty() ? null : List.of(new Problem.Violation(field, message)),
        null);
  }

  @ServerExceptionMapper(priority = 1)
  public Response unparseable(JsonParseException e, UriInfo uriInfo) {
    return Problems.response(
        ProblemType.MALFORMED_REQUEST, "Body is not valid JSON", uriInfo, null, null);
  }

  @ServerExceptionMapper(priority = 1)
  public Response mapping(JsonMappingException e, UriInfo uriInfo) {
    String field = path(e);
    return Problems.response(
        ProblemType.MALFORMED_REQUEST,
        field.isEmpty() ? "Body cannot be read" : "Field '" + field + "' cannot be read",
        uriInfo,
        field.isEmpty() ? null : List.of(new Problem.Violation(field, "invalid value")),
        null);
  }

  @ServerExceptionMapper(priority = 2)
  public Response other(JsonProcessingException e, UriInfo uriInfo) {
    return Problems.response(
        ProblemType.MALFORMED_REQUEST, "Body is not valid JSON", uriInfo, null, null);
  }

  static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
