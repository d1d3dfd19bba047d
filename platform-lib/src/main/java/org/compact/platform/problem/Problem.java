package org.compact.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details; {@code extensions} are rendered as top-level members. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
    @Schema(example = "https://compact.example/problems/validation", format = "uri") URI type,
    @Schema(example = "Request is not valid") String title,
    @Schema(example = "400") int status,
    @Schema(example = "name: must not be blank") String detail,
    @Schema(example = "/signatories", format = "uri-reference") URI instance,
    List<Violation> violations,
    @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** Members an extension may not use: it would overwrite (or repeat) a standard member. */
  public static final java.util.Set<String> RESERVED_MEMBERS =
      java.util.Set.of("type", "title", "status", "detail", "instance", "violations");

  public Problem {
    if (extensions != null) {
      List<String> clashing =
          extensions.keySet().stream().filter(RESERVED_MEMBERS::contains).sorted().toList();
      if (!clashing.isEmpty()) {
        throw new IllegalArgumentException("Problem extensions may not be named " + clashing);
      }
    }
  }

  @JsonAnyGetter
  Map<String, Object> extensionMembers() {
    return extensions == null ? Map.of() : extensions;
  }

  /** One invalid field and what is wrong with it. */
  @Schema(name = "Violation")
  public record Violation(
      @Schema(example = "name") String field,
      @Schema(example = "must not be blank") String message) {}
}
