package org.compact.dispute.api;

import jakarta.ws.rs.core.Application;
import org.compact.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The JAX-RS application (all resources, root path) carrying the problem responses every operation
 * references by name from {@code @APIResponse(ref)}.
 */
@OpenAPIDefinition(
    info = @Info(title = "Dispute service", version = "1.0.0"),
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = ProblemResponses.BAD_REQUEST,
                  responseCode = "400",
                  description =
                      "Malformed request: unparseable JSON, wrong types, unknown fields, bad parameters",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ProblemResponses.UNAUTHORIZED,
                  responseCode = "401",
                  description = "No valid token (an invalid token is 401 even on public reads)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ProblemResponses.FORBIDDEN,
                  responseCode = "403",
                  description = "The caller's role may not do this (at this stage)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ProblemResponses.NOT_FOUND,
                  responseCode = "404",
                  description = "Not found, or a case the caller may not know of",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ProblemResponses.CONFLICT,
                  responseCode = "409",
                  description =
                      "Conflicts with the case's state (e.g. skipping a stage: allowedNextSteps lists what may happen next)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ProblemResponses.PRECONDITION_FAILED,
                  responseCode = "412",
                  description = "If-Match names an older version",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ProblemResponses.RULE_VIOLATION,
                  responseCode = "422",
                  description = "Well-formed but breaks a rule; violations lists each item",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ProblemResponses.PRECONDITION_REQUIRED,
                  responseCode = "428",
                  description = "If-Match is required for this change",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class)))
            }))
public class ProblemResponses extends Application {

  public static final String BAD_REQUEST = "BadRequest";
  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String FORBIDDEN = "Forbidden";
  public static final String NOT_FOUND = "NotFound";
  public static final String CONFLICT = "Conflict";
  public static final String PRECONDITION_FAILED = "PreconditionFailed";
  public static final String RULE_VIOLATION = "RuleViolation";
  public static final String PRECONDITION_REQUIRED = "PreconditionRequired";

  static final String IF_MATCH_DESCRIPTION = "The case's current ETag (its version)";
}
