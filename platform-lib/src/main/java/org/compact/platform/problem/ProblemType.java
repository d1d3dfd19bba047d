package org.compact.platform.problem;

import java.net.URI;

/** Stable problem type URIs, one per kind of error, documented in the README. */
public enum ProblemType {
  MALFORMED_REQUEST(400, "Malformed request"),
  VALIDATION(400, "Request is not valid"),
  UNAUTHORIZED(401, "Authentication required"),
  FORBIDDEN(403, "Not allowed"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  CONFLICT(409, "Conflict"),
  PRECONDITION_FAILED(412, "Precondition failed"),
  PAYLOAD_TOO_LARGE(413, "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  RULE_VIOLATION(422, "Business rule violated"),
  IDEMPOTENCY_KEY_REUSED(422, "Idempotency-Key reused with a different request"),
  ORGANISATION_WITHDRAWN(422, "The caller's organisation has withdrawn from the Compact"),
  PRECONDITION_REQUIRED(428, "Precondition required"),
  SERVICE_UNAVAILABLE(503, "Service unavailable"),
  INTERNAL(500, "Internal error");

  private static final String BASE = "https://compact.example/problems/";

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public URI uri() {
    return URI.create(BASE + name().toLowerCase().replace('_', '-'));
  }

  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status
          && type != VALIDATION
          && type != IDEMPOTENCY_KEY_REUSED
          && type != ORGANISATION_WITHDRAWN) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
  }
}
