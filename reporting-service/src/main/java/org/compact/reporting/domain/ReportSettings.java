package org.compact.reporting.domain;

import java.util.List;

/** What the figures depend on besides the facts: the Compact's sectors and its public sector. */
public record ReportSettings(List<String> sectors, String publicSector) {}
