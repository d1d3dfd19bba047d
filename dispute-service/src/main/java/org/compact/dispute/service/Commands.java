package org.compact.dispute.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.dispute.domain.Breach;
import org.compact.dispute.domain.Outcome;
import org.compact.dispute.domain.RecordKind;
import org.compact.dispute.domain.Referral;
import org.compact.dispute.domain.Relatedness;
import org.compact.dispute.domain.Representative;

/** What the use cases take, independent of the HTTP shapes. */
public final class Commands {
  private Commands() {}

  public record Complaint(
      UUID complainantId,
      List<UUID> respondentIds,
      List<String> commitments,
      String commitmentDetails,
      String natureOfDifference,
      String whatHasBeenDone,
      Breach breach) {}

  public record InternalResolution(Complaint complaint, LocalDate resolvedOn, String report) {}

  public record Advance(String toStage, LocalDate receivedOn, Referral referral) {}

  public record Close(
      Outcome outcome, LocalDate closedOn, String report, List<String> resourcesOffered) {}

  public record Entry(RecordKind kind, String text, List<String> commitments, UUID hearingId) {}

  public record Appoint(List<UUID> memberIds, LocalDate convenedOn) {}

  public record Decide(Relatedness decision, LocalDate decidedOn, String report) {}

  public record Schedule(LocalDate hearingOn, String lateReason) {}

  public record Nominate(UUID signatoryId, List<Representative> representatives) {}

  public record Summary(String summary, String lessonsLearned, List<String> recommendations) {}

  public record NewRosterMember(
      String subject, UUID organisationId, String name, List<UUID> declaredInterests) {}
}
