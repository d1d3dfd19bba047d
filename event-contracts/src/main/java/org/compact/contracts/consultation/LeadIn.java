package org.compact.contracts.consultation;

/**
 * The 12-week lead-in rule on the dates: {@code days} = closesOn - opensOn, {@code ruleMet} when at
 * least the configured minimum, {@code shortReason} recorded when not.
 */
public record LeadIn(long days, int requiredDays, boolean ruleMet, String shortReason) {}
