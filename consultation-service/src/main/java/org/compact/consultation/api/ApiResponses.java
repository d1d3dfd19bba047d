package org.compact.consultation.api;

/** Response descriptions shared by the resources' OpenAPI annotations. */
final class ApiResponses {
  static final String BAD_REQUEST = "Malformed body, unknown field, bad parameter or invalid value";
  static final String UNAUTHORIZED =
      "Token missing (where required), expired, badly signed or from" + " another issuer";
  static final String NOT_FOUND =
      "No such consultation (or not one the caller's organisation owns)";
  static final String PRECONDITION_FAILED = "If-Match does not name the current version";
  static final String PRECONDITION_REQUIRED = "If-Match header missing";

  private ApiResponses() {}
}
