package org.compact.consultation.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A calendar query: values within one filter are alternatives, filters combine. {@code from}/{@code
 * to} select consultations whose period [opensOn, closesOn] overlaps the range.
 */
public record CalendarFilter(
    Set<UUID> organisations,
    Set<Audience> audiences,
    Set<ConsultationMethod> methods,
    Set<ConsultationStatus> statuses,
    LocalDate from,
    LocalDate to) {

  public static CalendarFilter everything() {
    return new CalendarFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null);
  }

  public CalendarFilter within(LocalDate rangeFrom, LocalDate rangeTo) {
    return new CalendarFilter(organisations, audiences, methods, statuses, rangeFrom, rangeTo);
  }

  /** Same test as the database query, for checks in plain code. */
  public boolean matches(Consultation c) {
    return (organisations.isEmpty() || organisations.contains(c.ownerId))
        && (audiences.isEmpty() || c.audienceList().stream().anyMatch(audiences::contains))
        && (methods.isEmpty() || c.methodList().stream().anyMatch(methods::contains))
        && (statuses.isEmpty() || statuses.contains(c.status))
        && (from == null || !c.closesOn.isBefore(from))
        && (to == null || !c.opensOn.isAfter(to));
  }
}
