package org.compact.reporting.domain;

/** What a report shows (and what agreeing freezes): the year and the year before it. */
public record ReportContent(YearFigures current, YearFigures previous) {}
