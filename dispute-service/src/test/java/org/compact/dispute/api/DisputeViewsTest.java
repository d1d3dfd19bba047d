package org.compact.dispute.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.dispute.domain.Actor.COMPACT_ADMIN;
import static org.compact.dispute.domain.Actor.PANEL;
import static org.compact.dispute.domain.Actor.PARTY;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.dispute.domain.Actor;
import org.compact.dispute.domain.Breach;
import org.compact.dispute.domain.ClockStop;
import org.compact.dispute.domain.DeclaredConflict;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.domain.DisputeStatus;
import org.compact.dispute.domain.Hearing;
import org.compact.dispute.domain.HearingKind;
import org.compact.dispute.domain.NominatedRepresentative;
import org.compact.dispute.domain.PanelMember;
import org.compact.dispute.domain.Party;
import org.compact.dispute.domain.PartyRole;
import org.compact.dispute.domain.ProcedureName;
import org.compact.dispute.domain.Procedures;
import org.compact.dispute.domain.Relatedness;
import org.compact.dispute.domain.Representative;
import org.compact.dispute.domain.RosterMember;
import org.compact.dispute.service.CaseDeadlines;
import org.compact.dispute.service.CaseSnapshot;
import org.compact.platform.calendar.DayCount;
import org.compact.platform.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * The case view, built for each viewer from a case with every field filled: each confidential field
 * is present for its readers and absent (not blank) for everyone else.
 */
class DisputeViewsTest {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  /** JSON pointer of each confidential part → [panel, party, admin] may read it. */
  private static final Map<String, boolean[]> FIELDS =
      Map.ofEntries(
          Map.entry("/stageHistory", new boolean[] {true, true, true}),
          Map.entry("/complainant/sector", new boolean[] {true, true, true}),
          Map.entry("/natureOfDifference", new boolean[] {true, true, true}),
          Map.entry("/referral/letter", new boolean[] {true, true, true}),
          Map.entry("/deadlines", new boolean[] {true, true, true}),
          Map.entry("/deadlines/1/basis/explanation", new boolean[] {true, true, true}),
          Map.entry("/clock/stops/0/reason", new boolean[] {true, true, true}),
          Map.entry("/relatedness", new boolean[] {true, true, true}),
          Map.entry("/breach", new boolean[] {true, true, true}),
          Map.entry("/panel/convenedOn", new boolean[] {true, true, true}),
          Map.entry("/panel/members", new boolean[] {true, false, true}),
          Map.entry("/panel/chairMemberId", new boolean[] {true, false, true}),
          Map.entry("/hearings/0/hearingOn", new boolean[] {true, true, true}),
          Map.entry("/hearings/0/lateReason", new boolean[] {true, false, true}),
          Map.entry("/hearings/0/representatives", new boolean[] {true, true, false}),
          Map.entry("/declaredConflicts", new boolean[] {true, false, true}),
          Map.entry("/allowedNextSteps", new boolean[] {true, true, true}));

  @Test
  void eachViewerGetsEachFieldOnlyIfItsTierMayReadIt() throws Exception {
    List<Set<Actor>> viewers =
        List.of(EnumSet.of(PANEL), EnumSet.of(PARTY), EnumSet.of(COMPACT_ADMIN));
    for (int v = 0; v < viewers.size(); v++) {
      JsonNode json = JSON.valueToTree(DisputeViews.of(snapshot(viewers.get(v))));
      for (var field : FIELDS.entrySet()) {
        assertThat(json.at(field.getKey()).isMissingNode())
            .as(viewers.get(v) + " reads " + field.getKey())
            .isEqualTo(!field.getValue()[v]);
      }
      String text = JSON.writeValueAsString(json);
      if (v == 1) {
        assertThat(text).doesNotContain("ccrg-secret-member", "Conflicted because", "Late because");
      }
      if (v == 2) {
        assertThat(text).doesNotContain("Secret Representative");
      }
    }
  }

  @Test
  void everyDeadlineSaysHowItWasComputedAndTheStoppedClockMovesTheOpenOne() {
    JsonNode json = JSON.valueToTree(DisputeViews.of(snapshot(EnumSet.of(COMPACT_ADMIN))));
    // the panel was convened on 10 May, before the clock stopped on 13 May: unchanged
    assertThat(json.at("/deadlines/0/kind").asText()).isEqualTo("PANEL_CONVENED");
    assertThat(json.at("/deadlines/0/dueOn").asText()).isEqualTo("2025-05-15");
    assertThat(json.at("/deadlines/0/state").asText()).isEqualTo("MET");
    assertThat(json.at("/deadlines/0/basis/explanation").asText())
        .isEqualTo("14 calendar days after receivedOn 2025-05-01");
    // the hearing deadline: stopped 13..20 May (8 days so far), so 26 June + 8 days
    assertThat(json.at("/deadlines/1/dueOn").asText()).isEqualTo("2025-07-04");
    assertThat(json.at("/deadlines/1/clockStopped").asBoolean()).isTrue();
    assertThat(json.at("/deadlines/1/basis/pausedDays").asLong()).isEqualTo(8);
    assertThat(json.at("/deadlines/1/basis/explanation").asText())
        .isEqualTo(
            "56 calendar days after receivedOn 2025-05-01, skipping 2025-05-13..20 clock stopped");
    assertThat(json.at("/clock/stopped").asBoolean()).isTrue();
    assertThat(json.at("/clock/stoppedSince").asText()).isEqualTo("2025-05-13");
    assertThat(json.at("/clock/stoppedDays").asLong()).isEqualTo(8);
  }

  @Test
  void aViewerCombiningTiersGetsTheUnion() {
    JsonNode json = JSON.valueToTree(DisputeViews.of(snapshot(EnumSet.of(PARTY, COMPACT_ADMIN))));
    assertThat(json.at("/hearings/0/representatives").isMissingNode()).isFalse();
    assertThat(json.at("/panel/members").isMissingNode()).isFalse();
  }

  private static CaseSnapshot snapshot(Set<Actor> viewer) {
    UUID complainant = UUID.randomUUID();
    UUID respondent = UUID.randomUUID();
    Dispute d = new Dispute();
    d.id = UUID.randomUUID();
    d.procedure = ProcedureName.STAFFORD;
    d.status = DisputeStatus.OPEN;
    d.complainantId = complainant;
    d.parties.add(new Party(complainant, PartyRole.COMPLAINANT, "VCS"));
    d.parties.add(new Party(respondent, PartyRole.RESPONDENT, "PUBLIC"));
    d.commitments.add("CONSULTATION");
    d.natureOfDifference = "Too short";
    d.breach = Breach.HAPPENED;
    d.openedOn = LocalDate.of(2025, 3, 3);
    d.enterStage("INFORMAL", d.openedOn);
    d.enterStage("STAGE_1", d.openedOn);
    d.enterStage("STAGE_2", LocalDate.of(2025, 5, 1));
    d.referralSubmittedOn = LocalDate.of(2025, 4, 28);
    d.referralLetter = "Dear Chair";
    d.referralOrganisations.addAll(List.of(complainant, respondent));
    d.receivedOn = LocalDate.of(2025, 5, 1);
    d.deadlineDayCount = DayCount.CALENDAR;
    d.storeDeadline(DeadlineKind.PANEL_CONVENED, 14, LocalDate.of(2025, 5, 15));
    d.storeDeadline(DeadlineKind.HEARING_HELD, 56, LocalDate.of(2025, 6, 26));
    d.rosterYear = 2025;
    d.panelConvenedOn = LocalDate.of(2025, 5, 10);
    UUID memberId = UUID.randomUUID();
    d.chairMemberId = memberId;
    d.relatedness = Relatedness.COMPACT_RELATED;
    d.relatednessDecidedOn = LocalDate.of(2025, 5, 12);
    d.createdAt = Instant.parse("2025-03-03T10:00:00Z");
    d.updatedAt = d.createdAt;

    PanelMember member = new PanelMember();
    member.rosterMemberId = memberId;
    member.subject = "ccrg-secret-member";
    member.sector = "VCS";
    RosterMember roster = new RosterMember();
    roster.id = memberId;
    roster.name = "Member Name";
    Hearing hearing = new Hearing();
    hearing.id = UUID.randomUUID();
    hearing.kind = HearingKind.HEARING;
    hearing.hearingOn = LocalDate.of(2025, 6, 30);
    hearing.scheduledOn = LocalDate.of(2025, 5, 20);
    hearing.lateReason = "Late because the venue closed";
    hearing.representatives.add(
        new NominatedRepresentative(
            complainant, new Representative("Secret Representative", "CVS", true)));
    DeclaredConflict conflict = new DeclaredConflict();
    conflict.id = UUID.randomUUID();
    conflict.rosterMemberId = UUID.randomUUID();
    conflict.reason = "Conflicted because trustee";
    conflict.declaredOn = LocalDate.of(2025, 5, 2);

    ClockStop stop = new ClockStop();
    stop.id = UUID.randomUUID();
    stop.disputeId = d.id;
    stop.stoppedOn = LocalDate.of(2025, 5, 13);
    stop.stoppedByRole = PANEL;
    stop.reason = "Waiting for the respondent's board";
    LocalDate today = LocalDate.of(2025, 5, 20);
    boolean seesMembers = viewer.contains(PANEL) || viewer.contains(COMPACT_ADMIN);
    return new CaseSnapshot(
        d,
        viewer,
        Procedures.stafford(),
        Map.of(),
        seesMembers ? List.of(member) : List.of(),
        seesMembers ? Map.of(memberId, roster) : Map.of(),
        List.of(hearing),
        null,
        seesMembers ? List.of(conflict) : List.of(),
        CaseDeadlines.compute(WorkingDayCalendar.bundled(), d, List.of(stop), null, today),
        List.of(stop),
        WorkingDayCalendar.bundled().bankHolidays(),
        today);
  }
}
