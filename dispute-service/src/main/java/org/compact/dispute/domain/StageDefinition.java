package org.compact.dispute.domain;

import java.util.List;
import java.util.Set;
import org.compact.contracts.dispute.DeadlineKind;

/**
 * One stage of a procedure, as data.
 *
 * @param name stable stage name stored on cases and sent in events
 * @param title what the stage is, for people
 * @param enteredBy who may move a case into this stage (empty for the first stage)
 * @param resolvedBy who may record that the case was resolved at this stage
 * @param panelSits whether a panel is appointed (compact-admin) and acts at this stage
 * @param decidesRelatedness whether the panel decides COMPACT_RELATED / NOT_COMPACT_RELATED here
 * @param hearings whether hearings and further meetings are held here
 * @param referralRequired entering needs a complete referral and the receipt date R
 * @param deadlines deadlines counted from R, stored on the case when R is recorded
 * @param letterMustNameCommitment a formal letter here must name the commitment(s) breached
 * @param unresolvedClose whether the case may end here unresolved
 * @param detailsVisibleToAdmin whether compact-admin handles the case here and so reads letters
 * @param confidentialToPanel whether the details are confidential to the panel (seed 003)
 */
public record StageDefinition(
    String name,
    String title,
    Set<Actor> enteredBy,
    Set<Actor> resolvedBy,
    boolean panelSits,
    boolean decidesRelatedness,
    boolean hearings,
    boolean referralRequired,
    List<DeadlineKind> deadlines,
    boolean letterMustNameCommitment,
    UnresolvedClose unresolvedClose,
    boolean detailsVisibleToAdmin,
    boolean confidentialToPanel) {

  public StageDefinition {
    enteredBy = Set.copyOf(enteredBy);
    resolvedBy = Set.copyOf(resolvedBy);
    deadlines = List.copyOf(deadlines);
  }
}
