package org.compact.reporting.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A curated good-practice example, as the report uses it. */
public record ApprovedExample(
    UUID organisationId, LocalDate occurredOn, String title, String description) {}
