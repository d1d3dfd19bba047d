package org.compact.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

class PanelCompositionTest {
  private static final int YEAR = 2025;
  private final PanelComposition rule = new PanelComposition(List.of("VCS", "PUBLIC"), 2);
  private final UUID complainant = UUID.randomUUID();
  private final UUID respondent = UUID.randomUUID();
  private final Set<UUID> parties = Set.of(complainant, respondent);

  private static PanelCandidate member(String subject, String sector) {
    return new PanelCandidate(
        UUID.randomUUID(), subject, UUID.randomUUID(), sector, YEAR, Set.of());
  }

  private List<PanelCandidate> validPanel() {
    return new ArrayList<>(
        List.of(
            member("vcs-1", "VCS"),
            member("vcs-2", "VCS"),
            member("pub-1", "PUBLIC"),
            member("pub-2", "PUBLIC")));
  }

  @Test
  void twoMembersFromEachSectorMakeAPanelOfFour() {
    rule.check(validPanel(), YEAR, parties, Set.of());
    assertThat(rule.countsBySector(validPanel())).isEqualTo(Map.of("VCS", 2L, "PUBLIC", 2L));
  }

  @Test
  void panelNeedsExactlyTwoMembersPerSector() {
    List<PanelCandidate> threeVcs = validPanel();
    threeVcs.set(3, member("vcs-3", "VCS"));
    assertThatThrownBy(() -> rule.check(threeVcs, YEAR, parties, Set.of()))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
              assertThat(e.getMessage()).contains("MEMBERS_PER_SECTOR");
              assertThat(e.violations())
                  .extracting("message")
                  .contains(
                      "needs exactly 2 from VCS, has 3", "needs exactly 2 from PUBLIC, has 1");
            });
    List<PanelCandidate> three = validPanel().subList(0, 3);
    assertThatThrownBy(() -> rule.check(three, YEAR, parties, Set.of()))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void aMemberFromAnotherSectorDoesNotCount() {
    List<PanelCandidate> withPrivate = validPanel();
    withPrivate.add(member("priv-1", "PRIVATE"));
    assertThatThrownBy(() -> rule.check(withPrivate, YEAR, parties, Set.of()))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.violations())
                    .extracting("message")
                    .anyMatch(m -> m.toString().contains("PRIVATE")));
  }

  @Test
  void theSameMemberTwiceIsRejected() {
    List<PanelCandidate> twice = validPanel();
    twice.set(1, twice.get(0));
    assertThatThrownBy(() -> rule.check(twice, YEAR, parties, Set.of()))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.violations())
                    .extracting("message")
                    .anyMatch(m -> m.toString().contains("twice")));
  }

  @Test
  void memberFromEitherPartysOrganisationIsAConflictNamingRuleAndMember() {
    List<PanelCandidate> panel = validPanel();
    PanelCandidate fromRespondent =
        new PanelCandidate(
            UUID.randomUUID(), "pub-from-respondent", respondent, "PUBLIC", YEAR, Set.of());
    panel.set(3, fromRespondent);
    assertThatThrownBy(() -> rule.check(panel, YEAR, parties, Set.of()))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
              assertThat(e.extensions().get("rule")).isEqualTo("NOT_FROM_A_PARTY_ORGANISATION");
              assertThat(e.extensions().get("member"))
                  .isEqualTo(
                      Map.of(
                          "id",
                          fromRespondent.memberId().toString(),
                          "subject",
                          "pub-from-respondent"));
              assertThat(e.getMessage()).contains("pub-from-respondent");
            });
  }

  @Test
  void memberWithADeclaredConflictMayNotSit() {
    List<PanelCandidate> panel = validPanel();
    UUID conflicted = panel.get(0).memberId();
    assertThatThrownBy(() -> rule.check(panel, YEAR, parties, Set.of(conflicted)))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
              assertThat(e.extensions().get("rule")).isEqualTo("NO_DECLARED_CONFLICT");
            });
  }

  @Test
  void memberWithADeclaredInterestInAPartyMayNotSit() {
    List<PanelCandidate> panel = validPanel();
    panel.set(
        0,
        new PanelCandidate(
            UUID.randomUUID(), "vcs-trustee", UUID.randomUUID(), "VCS", YEAR, Set.of(complainant)));
    assertThatThrownBy(() -> rule.check(panel, YEAR, parties, Set.of()))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.extensions().get("rule")).isEqualTo("NO_DECLARED_CONFLICT"));
  }

  @Test
  void panelIsDrawnFromTheRosterOfTheReviewYearContainingR() {
    List<PanelCandidate> panel = validPanel();
    panel.set(
        2,
        new PanelCandidate(
            UUID.randomUUID(), "pub-last-year", UUID.randomUUID(), "PUBLIC", YEAR - 1, Set.of()));
    assertThatThrownBy(() -> rule.check(panel, YEAR, parties, Set.of()))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.extensions().get("rule")).isEqualTo("ROSTER_OF_REVIEW_YEAR"));
  }

  @Test
  void memberWhoseOrganisationIsUnknownHasNoSectorAndMayNotSit() {
    List<PanelCandidate> panel = validPanel();
    panel.set(0, member("vcs-unknown-org", null));
    assertThatThrownBy(() -> rule.check(panel, YEAR, parties, Set.of()))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.extensions().get("rule")).isEqualTo("SECTOR_KNOWN"));
  }

  @Test
  void everyExcludedMemberIsListed() {
    List<PanelCandidate> panel = validPanel();
    List<PanelComposition.Exclusion> exclusions =
        rule.exclusions(
            panel,
            YEAR,
            Set.of(panel.get(0).organisationId(), panel.get(1).organisationId()),
            Set.of());
    assertThat(exclusions)
        .extracting(PanelComposition.Exclusion::subject)
        .containsExactly("vcs-1", "vcs-2");
  }
}
