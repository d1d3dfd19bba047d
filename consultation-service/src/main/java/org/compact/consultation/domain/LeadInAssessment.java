package org.compact.consultation.domain;

/**
 * The lead-in rule applied to one pair of dates: {@code days} = closesOn − opensOn, met when at
 * least {@code requiredDays}; {@code shortReason} is kept only when the rule is not met.
 */
public record LeadInAssessment(long days, int requiredDays, boolean ruleMet, String shortReason) {}
