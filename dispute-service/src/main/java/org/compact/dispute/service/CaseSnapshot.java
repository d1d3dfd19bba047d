package org.compact.dispute.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.dispute.domain.Actor;
import org.compact.dispute.domain.ClockStop;
import org.compact.dispute.domain.DeclaredConflict;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.domain.Hearing;
import org.compact.dispute.domain.PanelMember;
import org.compact.dispute.domain.Procedure;
import org.compact.dispute.domain.RosterMember;
import org.compact.platform.calendar.BankHolidays;
import org.compact.platform.replica.SignatoryReplica;

/**
 * What one viewer may see of a case, loaded for them: panel members and declared conflicts are only
 * queried for the viewers allowed to see them (empty otherwise).
 */
public record CaseSnapshot(
    Dispute dispute,
    Set<Actor> viewer,
    Procedure procedure,
    Map<UUID, SignatoryReplica> organisations,
    List<PanelMember> panel,
    Map<UUID, RosterMember> rosterMembers,
    List<Hearing> hearings,
    LocalDate firstHearingHeldOn,
    List<DeclaredConflict> conflicts,
    Map<DeadlineKind, CaseDeadlines.CaseDeadline> deadlines,
    List<ClockStop> clockStops,
    BankHolidays bankHolidays,
    LocalDate today) {}
