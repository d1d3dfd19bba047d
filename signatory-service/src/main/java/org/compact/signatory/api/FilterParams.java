package org.compact.signatory.api;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.signatory.domain.OrganisationKind;
import org.compact.signatory.domain.SignatoryStatus;
import org.compact.signatory.service.RegisterFilter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Search filters as query parameters; an unknown sector, kind or status is a 400. */
public class FilterParams {
  @QueryParam("name")
  @Parameter(description = "Part of the name, any case", example = "voluntary")
  public String name;

  @QueryParam("sector")
  @Parameter(description = "One of the Compact's sectors", example = "VCS")
  public String sector;

  @QueryParam("area")
  @Parameter(description = "Part of the area, any case", example = "Stafford")
  public String area;

  @QueryParam("kind")
  @Parameter(description = "An organisation kind, e.g. charity or 'NHS body'", example = "charity")
  public String kind;

  RegisterFilter toFilter(List<String> sectors, String status) {
    List<Problem.Violation> violations = new ArrayList<>();
    if (present(sector) && !sectors.contains(sector.trim())) {
      violations.add(new Problem.Violation("sector", "must be one of " + sectors));
    }
    var parsedKind = OrganisationKind.parse(kind);
    if (present(kind) && parsedKind.isEmpty()) {
      violations.add(new Problem.Violation("kind", "must be one of " + OrganisationKind.labels()));
    }
    SignatoryStatus parsedStatus = null;
    if (present(status)) {
      try {
        parsedStatus = SignatoryStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add(
            new Problem.Violation(
                "status", "must be one of " + Arrays.toString(SignatoryStatus.values())));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.badRequest("Invalid search parameters", violations);
    }
    return new RegisterFilter(
        present(name) ? name.trim() : null,
        present(sector) ? sector.trim() : null,
        present(area) ? area.trim() : null,
        parsedKind.map(OrganisationKind::label).orElse(null),
        parsedStatus);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
