package org.compact.consultation.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The consultation calendar as an open dataset. */
@Schema(name = "ConsultationsDataset")
public record ConsultationsDataset(
    OpenDataMetadata metadata, List<OpenConsultation> consultations) {}
