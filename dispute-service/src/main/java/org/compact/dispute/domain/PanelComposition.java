package org.compact.dispute.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;

/**
 * Seed 003: "This panel will consist of 2 members from each sector ... The panel should not include
 * anyone directly connected with the dispute." A member who may not sit is a 409 naming the rule
 * and the member; a wrong number per sector is a 422.
 */
public record PanelComposition(List<String> sectors, int membersPerSector) {

  public record Exclusion(PanelRule rule, UUID memberId, String subject, String detail) {}

  /** Members who may not sit on this case, each with the rule that excludes them. */
  public List<Exclusion> exclusions(
      List<PanelCandidate> candidates,
      int requiredRosterYear,
      Set<UUID> partyOrganisations,
      Set<UUID> conflictedMembers) {
    List<Exclusion> exclusions = new ArrayList<>();
    for (PanelCandidate c : candidates) {
      if (c.rosterYear() != requiredRosterYear) {
        exclusions.add(
            new Exclusion(
                PanelRule.ROSTER_OF_REVIEW_YEAR,
                c.memberId(),
                c.subject(),
                "is on the roster of review year "
                    + c.rosterYear()
                    + ", not "
                    + requiredRosterYear));
      }
      if (partyOrganisations.contains(c.organisationId())) {
        exclusions.add(
            new Exclusion(
                PanelRule.NOT_FROM_A_PARTY_ORGANISATION,
                c.memberId(),
                c.subject(),
                "belongs to party organisation " + c.organisationId()));
      }
      if (conflictedMembers.contains(c.memberId())) {
        exclusions.add(
            new Exclusion(
                PanelRule.NO_DECLARED_CONFLICT,
                c.memberId(),
                c.subject(),
                "has declared a conflict of interest in this case"));
      } else if (c.declaredInterests().stream().anyMatch(partyOrganisations::contains)) {
        exclusions.add(
            new Exclusion(
                PanelRule.NO_DECLARED_CONFLICT,
                c.memberId(),
                c.subject(),
                "has declared an interest in a party organisation"));
      }
      if (c.sector() == null) {
        exclusions.add(
            new Exclusion(
                PanelRule.SECTOR_KNOWN,
                c.memberId(),
                c.subject(),
                "belongs to organisation "
                    + c.organisationId()
                    + ", unknown to the signatory register"));
      }
    }
    return exclusions;
  }

  /** Members per sector as proposed; problems when it is not exactly the rule. */
  public List<Problem.Violation> compositionProblems(List<PanelCandidate> candidates) {
    List<Problem.Violation> problems = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (PanelCandidate c : candidates) {
      if (!seen.add(c.memberId())) {
        problems.add(new Problem.Violation("memberIds", c.memberId() + " is listed twice"));
      }
    }
    Map<String, Long> counts = countsBySector(candidates);
    for (String sector : sectors) {
      long count = counts.getOrDefault(sector, 0L);
      if (count != membersPerSector) {
        problems.add(
            new Problem.Violation(
                "memberIds",
                "needs exactly " + membersPerSector + " from " + sector + ", has " + count));
      }
    }
    counts.keySet().stream()
        .filter(s -> !sectors.contains(s))
        .forEach(
            s ->
                problems.add(
                    new Problem.Violation("memberIds", s + " is not a panel sector " + sectors)));
    return problems;
  }

  public Map<String, Long> countsBySector(List<PanelCandidate> candidates) {
    Map<String, Long> counts = new LinkedHashMap<>();
    candidates.stream()
        .filter(c -> c.sector() != null)
        .forEach(c -> counts.merge(c.sector(), 1L, Long::sum));
    return counts;
  }

  /** Throws 409 for the first excluded members, then 422 for a wrong composition. */
  public void check(
      List<PanelCandidate> candidates,
      int requiredRosterYear,
      Set<UUID> partyOrganisations,
      Set<UUID> conflictedMembers) {
    List<Exclusion> exclusions =
        exclusions(candidates, requiredRosterYear, partyOrganisations, conflictedMembers);
    if (!exclusions.isEmpty()) {
      Exclusion first = exclusions.get(0);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("rule", first.rule().name());
      body.put("member", Map.of("id", first.memberId().toString(), "subject", first.subject()));
      body.put(
          "exclusions",
          exclusions.stream()
              .map(
                  e ->
                      Map.of(
                          "rule", e.rule().name(),
                          "memberId", e.memberId().toString(),
                          "subject", e.subject(),
                          "detail", e.detail()))
              .toList());
      throw ProblemException.conflict(
          "Member " + first.subject() + " may not sit (" + first.rule() + "): " + first.detail(),
          body);
    }
    List<Problem.Violation> problems = compositionProblems(candidates);
    if (!problems.isEmpty()) {
      throw ProblemException.ruleViolation(
          "A panel has exactly "
              + membersPerSector
              + " members from each sector "
              + sectors
              + " ("
              + PanelRule.MEMBERS_PER_SECTOR
              + ")",
          problems);
    }
  }
}
