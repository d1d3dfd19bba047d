package org.compact.signatory.api;

import org.compact.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every 4xx/5xx response of this service is RFC 9457 problem+json. Operations document each status
 * they can return with its meaning; this filter gives those responses their problem+json content,
 * so the annotations stay short.
 */
public class ProblemResponsesFilter implements OASFilter {
  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations()
                    .values()
                    .forEach(
                        operation -> {
                          if (operation.getResponses() != null
                              && operation.getResponses().getAPIResponses() != null) {
                            operation.getResponses().getAPIResponses().forEach(this::addProblem);
                          }
                        }));
  }

  private void addProblem(String status, APIResponse response) {
    boolean error = status.startsWith("4") || status.startsWith("5");
    boolean empty =
        response.getContent() == null
            || response.getContent().getMediaTypes() == null
            || response.getContent().getMediaTypes().isEmpty();
    if (error && empty && response.getRef() == null) {
      response.setContent(
          OASFactory.createContent()
              .addMediaType(
                  Problem.MEDIA_TYPE,
                  OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
  }
}
