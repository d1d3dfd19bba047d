package org.compact.signatory.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.compact.contracts.signatory.Identifier;
import org.compact.contracts.signatory.SignatoryChampionChanged;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatoryResigned;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryUpdated;
import org.compact.contracts.signatory.SignatoryWithdrawn;
import org.compact.platform.outbox.Outbox;
import org.compact.signatory.domain.Organisation;

/**
 * Turns register changes into outbox events, in the use case's transaction. Never includes personal
 * data: no contacts, no {@code signedBy}, no requester. Call after a flush so the aggregate version
 * is the one the change produced.
 */
@ApplicationScoped
public class SignatoryEvents {
  @Inject Outbox outbox;

  public void registered(Organisation organisation) {
    outbox.record(
        organisation.version,
        new SignatoryRegistered(
            organisation.id,
            organisation.name,
            organisation.sector,
            organisation.kind,
            organisation.area,
            organisation.status.name(),
            organisation.registeredOn,
            identifiers(organisation)));
  }

  public void updated(Organisation organisation, LocalDate updatedOn) {
    outbox.record(
        organisation.version,
        new SignatoryUpdated(
            organisation.id,
            organisation.name,
            organisation.sector,
            organisation.kind,
            organisation.area,
            updatedOn,
            identifiers(organisation)));
  }

  public void signed(Organisation organisation) {
    outbox.record(
        organisation.version,
        new SignatorySigned(
            organisation.id,
            organisation.name,
            organisation.sector,
            organisation.kind,
            organisation.signedOn,
            List.copyOf(organisation.codesOfPractice)));
  }

  public void resigned(Organisation organisation) {
    outbox.record(
        organisation.version,
        new SignatoryResigned(
            organisation.id,
            organisation.sector,
            organisation.signedOn,
            List.copyOf(organisation.codesOfPractice)));
  }

  public void withdrawn(Organisation organisation) {
    outbox.record(
        organisation.version,
        new SignatoryWithdrawn(
            organisation.id,
            organisation.sector,
            organisation.withdrawnOn,
            organisation.withdrawalReason));
  }

  public void championChanged(Organisation organisation, LocalDate changedOn) {
    outbox.record(
        organisation.version,
        new SignatoryChampionChanged(
            organisation.id, organisation.sector, organisation.hasChampion, changedOn));
  }

  private static List<Identifier> identifiers(Organisation organisation) {
    return organisation.sortedIdentifiers().stream()
        .map(i -> new Identifier(i.scheme(), i.value()))
        .toList();
  }
}
