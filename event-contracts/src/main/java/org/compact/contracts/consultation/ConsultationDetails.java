package org.compact.contracts.consultation;

import java.time.LocalDate;
import java.util.List;

/** The public facts of a consultation that every consultation event repeats. */
public record ConsultationDetails(
    String title,
    List<String> audiences,
    List<String> methods,
    boolean representativeViews,
    boolean directViews,
    LocalDate opensOn,
    LocalDate closesOn,
    LocalDate plannedResultsOn) {}
