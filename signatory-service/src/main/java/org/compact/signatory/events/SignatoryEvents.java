package org.compact.signatory.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.platform.outbox.Outbox;
import org.compact.signatory.domain.Organisation;

/** Turns register changes into outbox events; never includes personal contact data. */
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
            List.of()));
  }
}
