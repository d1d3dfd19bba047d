package org.compact.consultation.service;

import org.compact.consultation.domain.Consultation;

/**
 * Who may act on a loaded consultation; runs inside the use case's transaction, after loading and
 * before any change. Throws 403/404 problems.
 */
@FunctionalInterface
public interface AccessCheck {
  AccessCheck ANYONE = consultation -> {};

  void check(Consultation consultation);
}
