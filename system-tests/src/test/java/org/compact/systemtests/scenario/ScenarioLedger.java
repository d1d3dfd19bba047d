package org.compact.systemtests.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the scenario did, written down as it does it: the source of the expected report figures
 * ({@link ExpectedReport}). Only the scenario's own data is here; everything else in the stack is
 * in the baseline report read before the scenario started.
 */
public final class ScenarioLedger {
  /** An organisation that asked to sign up; {@code signedOn} null while it is a PROSPECT. */
  public record Organisation(
      UUID id,
      String name,
      String sector,
      LocalDate signedOn,
      LocalDate withdrawnOn,
      LocalDate championSince) {}

  /**
   * An action of a published plan as the scenario left it: status at the end of the scenario (none
   * is changed later), completion date, priority, lead sectors, and its due date.
   */
  public record Action(
      UUID id,
      LocalDate createdOn,
      String status,
      LocalDate completedOn,
      String priority,
      List<String> leadSectors,
      LocalDate dueOn,
      LocalDate planFrom,
      LocalDate planTo,
      LocalDate planAdoptedOn) {}

  public record Consultation(
      UUID id,
      String title,
      String ownerSector,
      LocalDate opensOn,
      LocalDate closesOn,
      int requiredLeadInDays,
      String shortLeadInReason,
      LocalDate firstResultsOn,
      LocalDate outcomeOn) {
    public long leadInDays() {
      return java.time.temporal.ChronoUnit.DAYS.between(opensOn, closesOn);
    }

    public boolean meetsLeadIn() {
      return leadInDays() >= requiredLeadInDays;
    }
  }

  /** A deadline as DOMAIN.md defines it: due on a day, met when done on or before it. */
  public record Deadline(String kind, LocalDate dueOn, boolean met) {}

  public record Dispute(
      UUID id,
      LocalDate openedOn,
      String stageReached,
      LocalDate receivedOn,
      LocalDate closedOn,
      String outcome,
      List<Deadline> deadlines) {}

  public record Summary(
      LocalDate publishedOn,
      String outcome,
      String summary,
      String lessonsLearned,
      List<String> recommendations) {}

  public final List<Organisation> organisations = new ArrayList<>();
  public final List<Action> actions = new ArrayList<>();
  public final List<Consultation> consultations = new ArrayList<>();
  public final List<Dispute> disputes = new ArrayList<>();
  public final List<Summary> summaries = new ArrayList<>();

  public Organisation organisation(String name) {
    return organisations.stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no organisation " + name + " in the ledger"));
  }

  public void replace(Organisation updated) {
    organisations.replaceAll(o -> o.id().equals(updated.id()) ? updated : o);
  }

  public Map<UUID, String> sectors() {
    Map<UUID, String> sectors = new java.util.HashMap<>();
    organisations.forEach(o -> sectors.put(o.id(), o.sector()));
    return sectors;
  }
}
