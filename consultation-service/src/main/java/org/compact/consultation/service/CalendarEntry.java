package org.compact.consultation.service;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.consultation.domain.ConsultationStatus;

/**
 * What the month view shows of a consultation, read as a projection: no entity, no dirty-checking
 * snapshot, none of the other columns (links JSON, arrays) converted.
 */
public record CalendarEntry(
    UUID id,
    String title,
    UUID ownerId,
    ConsultationStatus status,
    LocalDate opensOn,
    LocalDate closesOn,
    boolean leadInRuleMet) {}
