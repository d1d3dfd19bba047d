package org.compact.signatory.api;

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
      @Schema(example = "organisations") String id,
      @Schema(example = "Signatories of the Stafford Borough Compact") String title,
      @Schema(example = "Organisations that have signed the Compact and not withdrawn.")
          String description,
      OpenDataMetadata.Licence license,
      @JsonProperty("conforms_to")
          @Schema(
              description = "Standards the records follow",
              example = "[\"https://openreferraluk.org\",\"https://org-id.guide\"]")
          List<URI> conformsTo,
      List<OpenDataMetadata.Distribution> distributions) {}
}
