package org.compact.consultation.domain;

/** One line of a result breakdown, e.g. dimension "age", group "18-24", responses 35. */
public record BreakdownEntry(String dimension, String group, int responses) {}
