package org.compact.signatory.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The register as an open dataset: metadata (licence, publisher, URLs) and the organisations. */
@Schema(name = "OrganisationsDataset")
public record OrganisationsDataset(
    OpenDataMetadata metadata,
    @Schema(description = "Open Referral UK spelling of the table name")
        List<OpenOrganisation> organizations) {}
