package org.compact.signatory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.time.TimeSource;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.events.SignatoryEvents;

/** Register use cases: each state change and its event commit together. */
@ApplicationScoped
public class SignatoryService {
  @Inject CompactConfig compact;
  @Inject TimeSource time;
  @Inject SignatoryEvents events;

  @Transactional
  public Organisation register(String name, String sector, String kind, String area) {
    if (!compact.sectors().contains(sector)) {
      throw ProblemException.ruleViolation(
          "Sector '" + sector + "' is not one of this Compact's sectors " + compact.sectors(),
          List.of(new Problem.Violation("sector", "must be one of " + compact.sectors())));
    }
    Organisation organisation =
        Organisation.prospect(name, sector, kind, area, time.today(), time.now());
    organisation.persistAndFlush();
    events.registered(organisation);
    return organisation;
  }

  public Optional<Organisation> find(UUID id) {
    return Optional.ofNullable(Organisation.findById(id));
  }
}
