package org.compact.platform.replica;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of the local signatory replica. */
@ApplicationScoped
public class SignatoryReplicas {
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
