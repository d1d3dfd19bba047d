package org.compact.consultation.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The open datasets this service publishes, with their licence and stable URLs. */
@Schema(name = "OpenDataCatalogue")
public record OpenDataCatalogue(
    @Schema(example = "Stafford Borough Compact open data") String title,
    @Schema(example = "https://compact.example.gov.uk/open-data") URI url,
    OpenDataMetadata.Licence license,
    OpenDataMetadata.Publisher publisher,
    List<Dataset> datasets) {

  @Schema(name = "OpenDataset", description = "A dataset and its formats")
  public record Dataset(
      @Schema(example = "consultations") String id,
      @Schema(example = "Consultation calendar of the Stafford Borough Compact") String title,
      @Schema(example = "Every consultation on the public calendar.") String description,
      OpenDataMetadata.Licence license,
      @JsonProperty("conforms_to")
          @Schema(
              description = "Standards the records follow",
              example = "[\"https://www.rfc-editor.org/rfc/rfc4180\"]")
          List<URI> conformsTo,
      List<OpenDataMetadata.Distribution> distributions) {}
}
