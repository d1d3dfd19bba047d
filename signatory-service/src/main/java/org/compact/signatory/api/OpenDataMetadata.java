package org.compact.signatory.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What every open-data download says about itself: licence, publisher, time and stable URLs. */
@Schema(name = "OpenDataMetadata", description = "Licence, publisher and stable URLs of a dataset")
public record OpenDataMetadata(
    @Schema(example = "Signatories of the Stafford Borough Compact") String title,
    @Schema(example = "Organisations that have signed the Compact and not withdrawn.")
        String description,
    @Schema(
            description = "The stable URL of this download",
            example = "https://compact.example.gov.uk/open-data/organisations.json")
        URI url,
    Licence license,
    @Schema(
            example =
                "Contains information from the Stafford Borough Compact, licensed under the Open"
                    + " Government Licence v3.0.")
        String attribution,
    Publisher publisher,
    @JsonProperty("generated_at")
        @Schema(description = "When this download was generated", example = "2026-05-04T09:30:00Z")
        Instant generatedAt,
    @JsonProperty("record_count") @Schema(example = "42") int recordCount,
    @JsonProperty("conforms_to")
        @Schema(
            description = "Standards the records follow",
            example = "[\"https://openreferraluk.org\",\"https://org-id.guide\"]")
        List<URI> conformsTo,
    @Schema(description = "Every format of this dataset") List<Distribution> distributions,
    @Schema(
            description = "The catalogue of this service's open datasets",
            example = "https://compact.example.gov.uk/open-data")
        URI catalogue) {

  /** The Open Government Licence v3.0, which every dataset here is published under. */
  public static final Licence OGL =
      new Licence(
          "OGL-UK-3.0",
          "Open Government Licence v3.0",
          URI.create("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"));

  @Schema(name = "OpenDataLicence")
  public record Licence(
      @Schema(description = "SPDX identifier", example = "OGL-UK-3.0") String id,
      @Schema(example = "Open Government Licence v3.0") String name,
      @Schema(
              example =
                  "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
          URI url) {}

  @Schema(name = "OpenDataPublisher")
  public record Publisher(
      @Schema(example = "Stafford Borough Compact") String name,
      @Schema(example = "https://www.staffordbc.gov.uk/compact") URI url) {}

  @Schema(name = "OpenDataDistribution", description = "One format of a dataset")
  public record Distribution(
      @Schema(example = "CSV") String format,
      @JsonProperty("media_type") @Schema(example = "text/csv") String mediaType,
      @Schema(example = "https://compact.example.gov.uk/open-data/organisations.csv") URI url) {}
}
