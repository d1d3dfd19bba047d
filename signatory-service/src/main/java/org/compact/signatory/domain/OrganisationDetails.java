package org.compact.signatory.domain;

import java.util.ArrayList;
import java.util.List;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;

/**
 * The editable details of an organisation, checked against the register's rules: the sector is one
 * of the Compact's configured sectors, the kind one of {@link OrganisationKind}, identifiers valid
 * and normalised ({@link OrgIdentifier#normaliseAll}). Every broken rule is reported at once (422).
 */
public record OrganisationDetails(
    String name,
    String sector,
    String kind,
    String address,
    String area,
    String website,
    List<OrgIdentifier> identifiers) {

  public static OrganisationDetails validated(
      String name,
      String sector,
      String kind,
      String address,
      String area,
      String website,
      List<OrgIdentifier.Raw> identifiers,
      List<String> configuredSectors) {
    List<Problem.Violation> violations = new ArrayList<>();
    if (!configuredSectors.contains(sector)) {
      violations.add(new Problem.Violation("sector", "must be one of " + configuredSectors));
    }
    var parsedKind = OrganisationKind.parse(kind);
    if (parsedKind.isEmpty()) {
      violations.add(new Problem.Violation("kind", "must be one of " + OrganisationKind.labels()));
    }
    List<OrgIdentifier> normalised = List.of();
    try {
      normalised = OrgIdentifier.normaliseAll(identifiers);
    } catch (ProblemException e) {
      violations.addAll(e.violations());
    }
    if (!violations.isEmpty()) {
      StringBuilder detail = new StringBuilder("The organisation breaks register rules: ");
      if (!configuredSectors.contains(sector)) {
        detail
            .append("sector '")
            .append(sector)
            .append("' is not one of this Compact's sectors ")
            .append(configuredSectors)
            .append("; ");
      }
      violations.forEach(
          v -> detail.append(v.field()).append(' ').append(v.message()).append("; "));
      throw ProblemException.ruleViolation(
          detail.substring(0, detail.length() - 2), List.copyOf(violations));
    }
    return new OrganisationDetails(
        name.trim(),
        sector,
        parsedKind.get().label(),
        blankToNull(address),
        blankToNull(area),
        blankToNull(website),
        normalised);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
