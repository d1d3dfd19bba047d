package org.compact.systemtests.matrix;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of a committed OpenAPI document.
 *
 * @param roles the roles of its {@code security} requirement, or empty when it declares none
 *     (public)
 * @param requestBody media type → schema, in document order; empty without a body
 */
public record ApiOperation(
    String service,
    String method,
    String path,
    String summary,
    List<ApiParameter> parameters,
    Map<String, Map<String, Object>> requestBody,
    boolean bodyRequired,
    List<String> roles,
    Map<String, List<String>> responseMediaTypes,
    SchemaSet schemas) {

  public String id() {
    return service + " " + method + " " + path;
  }

  public boolean isRead() {
    return method.equals("GET");
  }

  public boolean isPublic() {
    return roles.isEmpty();
  }

  public List<ApiParameter> parameters(String in) {
    return parameters.stream().filter(p -> p.in().equals(in)).toList();
  }

  public Optional<ApiParameter> header(String name) {
    return parameters("header").stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
  }

  public boolean hasJsonBody() {
    return requestBody.containsKey("application/json");
  }

  /** The media types of its 2xx responses. */
  public List<String> successMediaTypes() {
    return responseMediaTypes.entrySet().stream()
        .filter(e -> e.getKey().startsWith("2"))
        .flatMap(e -> e.getValue().stream())
        .distinct()
        .toList();
  }
}
