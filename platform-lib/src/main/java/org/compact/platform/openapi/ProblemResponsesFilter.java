package org.compact.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation can return, so resources only annotate the ones
 * specific to them (404, 409, 412, 422, 428): 401 (an invalid token is rejected everywhere), 403 on
 * secured operations, 400 where there is input, 500 and 503. Every error response gets the
 * problem+json content with the {@code Problem} schema and an example.
 */
public class ProblemResponsesFilter implements OASFilter {
  static final String PROBLEM = "application/problem+json";
  static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    ensureProblemSchema(openAPI);
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
        document(entry.getValue(), item);
      }
    }
  }

  private void document(Operation operation, PathItem item) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    boolean hasInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty())
            || (item.getParameters() != null && !item.getParameters().isEmpty());
    if (hasInput) {
      addIfAbsent(responses, "400", "Malformed input (problem+json with violations)");
    }
    addIfAbsent(
        responses,
        "401",
        secured
            ? "No bearer token, or it is invalid or expired"
            : "The bearer token sent is invalid or expired");
    if (secured) {
      addIfAbsent(responses, "403", "The caller's role does not allow this operation");
    }
    addIfAbsent(responses, "500", "Unexpected error; the problem carries an errorId for support");
    addIfAbsent(responses, "503", "The service's database is unavailable; retry later");
    for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
      if (isError(response.getKey())) {
        withProblemContent(response.getValue());
      }
    }
  }

  private static boolean isError(String code) {
    return code.length() == 3 && (code.startsWith("4") || code.startsWith("5"));
  }

  private static void addIfAbsent(APIResponses responses, String code, String description) {
    if (!responses.hasAPIResponse(code)) {
      responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
    }
  }

  private static void withProblemContent(APIResponse response) {
    Content content = response.getContent();
    if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
      response.setContent(
          OASFactory.createContent()
              .addMediaType(
                  PROBLEM,
                  OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }
  }

  private static void ensureProblemSchema(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    if (schemas != null && schemas.containsKey("Problem")) {
      Schema existing = schemas.get("Problem");
      if (existing.getExample() == null) {
        existing.setExample(example());
      }
      return;
    }
    Schema violation =
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.OBJECT))
            .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
            .addProperty(
                "message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    openAPI
        .getComponents()
        .addSchema(
            "Problem",
            OASFactory.createSchema()
                .description("RFC 9457 problem details")
                .type(List.of(Schema.SchemaType.OBJECT))
                .addProperty(
                    "type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty(
                    "title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty(
                    "status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty(
                    "detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty(
                    "instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty(
                    "violations",
                    OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.ARRAY))
                        .items(violation))
                .example(example()));
  }

  /** Insertion-ordered, so the generated document is the same on every run. */
  private static Map<String, Object> example() {
    Map<String, Object> violation = new LinkedHashMap<>();
    violation.put("field", "name");
    violation.put("message", "must not be blank");
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", "https://compact.example/problems/validation");
    example.put("title", "Request is not valid");
    example.put("status", 400);
    example.put("detail", "name: must not be blank");
    example.put("instance", "/signatories");
    example.put("violations", List.of(violation));
    return example;
  }
}
