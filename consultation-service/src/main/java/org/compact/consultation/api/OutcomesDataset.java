package org.compact.consultation.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Published results and outcomes as an open dataset. */
@Schema(name = "OutcomesDataset")
public record OutcomesDataset(OpenDataMetadata metadata, List<OpenOutcome> outcomes) {}
