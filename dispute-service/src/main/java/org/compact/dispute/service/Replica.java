package org.compact.dispute.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compact.dispute.domain.SignatoryReplica;

/** Reads of the local signatory replica. */
@ApplicationScoped
public class Replica {
  public Optional<SignatoryReplica> find(UUID id) {
    return Optional.ofNullable(SignatoryReplica.findById(id));
  }

  public Map<UUID, SignatoryReplica> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<SignatoryReplica> found = SignatoryReplica.list("id in ?1", ids);
    return found.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
  }
}
