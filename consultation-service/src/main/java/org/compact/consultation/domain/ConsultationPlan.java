package org.compact.consultation.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the owner plans: the editable facts of a consultation, already checked for shape by the API.
 * {@code representativeViews}/{@code directViews}: the Code of Practice asks to "make it clear
 * whether you are seeking representative views or views direct from service users".
 */
public record ConsultationPlan(
    String title,
    String summary,
    List<Audience> audiences,
    List<ConsultationMethod> methods,
    boolean representativeViews,
    boolean directViews,
    LocalDate opensOn,
    LocalDate closesOn,
    LocalDate plannedResultsOn,
    String contact,
    List<ConsultationLink> links,
    String shortLeadInReason) {}
