package org.compact.dispute.domain;

import static org.compact.dispute.domain.Actor.COMPACT_ADMIN;
import static org.compact.dispute.domain.Actor.PANEL;
import static org.compact.dispute.domain.Actor.PARTY;

import java.util.EnumSet;
import java.util.Set;

/**
 * The confidentiality tiers of DOMAIN.md. Panel members of the case see everything; the parties see
 * their case's submissions, letters between them, dates, hearing dates and outcome, not panel
 * notes; compact-admin sees the referral, status, dates, deadlines, outcome and the chair's
 * reports, not hearing notes, representatives or deliberation. Everyone else sees nothing of a
 * case.
 */
public final class Visibility {
  private Visibility() {}

  /** Parts of the case view and who may read each. */
  public enum CaseField {
    STATUS_AND_DATES(PARTY, COMPACT_ADMIN, PANEL),
    PARTIES(PARTY, COMPACT_ADMIN, PANEL),
    COMPLAINT(PARTY, COMPACT_ADMIN, PANEL),
    REFERRAL(PARTY, COMPACT_ADMIN, PANEL),
    DEADLINES(PARTY, COMPACT_ADMIN, PANEL),
    RELATEDNESS(PARTY, COMPACT_ADMIN, PANEL),
    OUTCOME(PARTY, COMPACT_ADMIN, PANEL),
    HEARING_DATES(PARTY, COMPACT_ADMIN, PANEL),
    /** Why a hearing is after its deadline: part of the deadline record. */
    HEARING_LATE_REASON(COMPACT_ADMIN, PANEL),
    REPRESENTATIVES(PARTY, PANEL),
    /** compact-admin appointed them; the parties are not told who deliberates. */
    PANEL_MEMBERS(COMPACT_ADMIN, PANEL),
    DECLARED_CONFLICTS(COMPACT_ADMIN, PANEL),
    ALLOWED_NEXT_STEPS(PARTY, COMPACT_ADMIN, PANEL);

    private final Set<Actor> readers;

    CaseField(Actor... readers) {
      this.readers = Set.of(readers);
    }

    public boolean visibleTo(Set<Actor> viewer) {
      return viewer.stream().anyMatch(readers::contains);
    }

    public Set<Actor> readers() {
      return readers;
    }
  }

  /** Who may read a case-file entry of {@code kind} written at {@code stage}. */
  public static Set<Actor> readersOf(RecordKind kind, StageDefinition stage) {
    return switch (kind) {
      case LETTER, SUBMISSION ->
          stage.detailsVisibleToAdmin()
              ? EnumSet.of(PARTY, PANEL, COMPACT_ADMIN)
              : EnumSet.of(PARTY, PANEL);
      case PANEL_NOTE, HEARING_NOTE -> EnumSet.of(PANEL);
      case CCRG_REPORT -> EnumSet.of(PANEL, COMPACT_ADMIN);
      case RESOLUTION_REPORT, UPDATE -> EnumSet.of(PARTY, PANEL, COMPACT_ADMIN);
    };
  }

  /** Who may read the chair's summary before compact-admin approves it. */
  public static Set<Actor> summaryReaders(Procedure procedure) {
    return procedure.learningConfidential()
        ? EnumSet.of(PANEL, COMPACT_ADMIN)
        : EnumSet.of(PANEL, COMPACT_ADMIN, PARTY);
  }
}
