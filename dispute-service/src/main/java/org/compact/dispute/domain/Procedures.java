package org.compact.dispute.domain;

import static org.compact.dispute.domain.Actor.COMPACT_ADMIN;
import static org.compact.dispute.domain.Actor.PANEL;
import static org.compact.dispute.domain.Actor.PARTY;

import java.util.List;
import java.util.Set;
import org.compact.contracts.dispute.DeadlineKind;

/** The procedures of the seeds, as data. */
public final class Procedures {
  private Procedures() {}

  public static Procedure of(ProcedureName name) {
    return switch (name) {
      case STAFFORD -> stafford();
      case RICHMOND -> richmond();
    };
  }

  /**
   * Seed 003: informal dialogue, a formal letter, referral to the steering group and a CCRG panel
   * (convened within 2 weeks of receipt, hearing within 8 weeks), then signposting. Details are
   * confidential to the CCRG from stage 2 on.
   */
  public static Procedure stafford() {
    return new Procedure(
        ProcedureName.STAFFORD,
        "Stafford Borough Compact: resolving differences",
        List.of(
            new StageDefinition(
                "INFORMAL",
                "Open dialogue between the organisations",
                Set.of(),
                Set.of(PARTY, COMPACT_ADMIN),
                false,
                false,
                false,
                false,
                List.of(),
                false,
                UnresolvedClose.NOT_HERE,
                false,
                false),
            new StageDefinition(
                "STAGE_1",
                "Formal letter naming the commitment breached; the respondent follows its"
                    + " internal complaints procedure",
                Set.of(PARTY),
                Set.of(PARTY, COMPACT_ADMIN),
                false,
                false,
                false,
                false,
                List.of(),
                true,
                UnresolvedClose.NOT_HERE,
                false,
                false),
            new StageDefinition(
                "STAGE_2",
                "Referral to the Joint Compact Steering Group; a Compact Conflict Resolution Group"
                    + " panel decides relatedness, hears both parties and mediates",
                Set.of(COMPACT_ADMIN),
                Set.of(PANEL),
                true,
                true,
                true,
                true,
                List.of(DeadlineKind.PANEL_CONVENED, DeadlineKind.HEARING_HELD),
                false,
                UnresolvedClose.NOT_HERE,
                false,
                true),
            new StageDefinition(
                "STAGE_3",
                "The CCRG signposts both parties to national advocacy and mediation resources",
                Set.of(PANEL),
                Set.of(PANEL),
                true,
                false,
                false,
                false,
                List.of(),
                false,
                UnresolvedClose.AFTER_SIGNPOSTING,
                false,
                true)),
        true);
  }

  /**
   * Seed 002: open discussion, then Richmond CVS (compact-admin) follows it up and documents the
   * learning, then the Compact Review Board (ccrg-members) with no fixed deadlines. Learning is
   * shared with the stakeholders.
   */
  public static Procedure richmond() {
    return new Procedure(
        ProcedureName.RICHMOND,
        "Richmond upon Thames Compact: resolution process",
        List.of(
            new StageDefinition(
                "STEP_1",
                "Open discussion between the affected parties",
                Set.of(),
                Set.of(PARTY, COMPACT_ADMIN),
                false,
                false,
                false,
                false,
                List.of(),
                false,
                UnresolvedClose.NOT_HERE,
                false,
                false),
            new StageDefinition(
                "STEP_2",
                "Raised with the CVS, which follows it up with the agencies and documents the"
                    + " learning",
                Set.of(PARTY, COMPACT_ADMIN),
                Set.of(COMPACT_ADMIN),
                false,
                false,
                false,
                false,
                List.of(),
                false,
                UnresolvedClose.NOT_HERE,
                true,
                false),
            new StageDefinition(
                "STEP_3",
                "Considered by the Compact Review Board",
                Set.of(PARTY, COMPACT_ADMIN),
                Set.of(PANEL),
                true,
                false,
                true,
                false,
                List.of(),
                false,
                UnresolvedClose.ALLOWED,
                false,
                true)),
        false);
  }
}
