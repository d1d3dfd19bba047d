package org.compact.actionplan.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.Priority;

/**
 * Filters of action lists; null or empty means "any". {@code lead} matches a lead signatory id when
 * it is a UUID, else the lead text (case-insensitive, contained). Due dates are each action's
 * current due date.
 */
public record ActionFilter(
    UUID planId,
    List<ActionStatus> statuses,
    List<Priority> priorities,
    String lead,
    Boolean overdue,
    LocalDate dueBefore,
    LocalDate dueAfter) {}
