package org.compact.signatory.service;

import org.compact.signatory.domain.SignatoryStatus;

/**
 * Search filters: {@code name} and {@code area} match case-insensitively anywhere in the text,
 * {@code sector} and {@code kind} exactly (kind as its label), {@code status} exactly. Nulls do not
 * filter.
 */
public record RegisterFilter(
    String name, String sector, String area, String kind, SignatoryStatus status) {

  public RegisterFilter withStatus(SignatoryStatus newStatus) {
    return new RegisterFilter(name, sector, area, kind, newStatus);
  }
}
