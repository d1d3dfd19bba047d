package org.compact.consultation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.compact.consultation.domain.BreakdownEntry;
import org.compact.consultation.domain.ResultContent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ResultRequest",
    description =
        "A result pushed by the owner's council system. Idempotent by externalRef: the same body"
            + " again returns the stored result; another body under the same ref is 409.")
public record ResultRequest(
    @NotBlank
        @Size(max = 200)
        @Schema(
            description = "The council system's own id of this result",
            example = "SDDC-C-2009-014")
        String externalRef,
    @NotNull @Schema(example = "2009-09-30") LocalDate publishedOn,
    @NotBlank
        @Size(max = 10000)
        @Schema(example = "1,204 residents replied; community safety ranked first.")
        String summary,
    @NotNull @Min(0) @Schema(example = "1204") Integer responseCount,
    @Size(max = 50)
        @Schema(example = "[\"https://www.south-derbys.gov.uk/results/local-priorities-2009.pdf\"]")
        List<
                @NotBlank @Size(max = 2000)
                @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String>
            documents,
    @Size(max = 500) List<@Valid @NotNull BreakdownDto> breakdown) {

  ResultContent content() {
    return new ResultContent(
        publishedOn,
        summary,
        responseCount,
        documents,
        breakdown == null ? null : breakdown.stream().map(BreakdownDto::toDomain).toList());
  }

  @Schema(name = "BreakdownEntry", description = "Responses of one group")
  public record BreakdownDto(
      @NotBlank @Size(max = 100) @Schema(example = "age") String dimension,
      @NotBlank @Size(max = 200) @Schema(example = "18-24") String group,
      @NotNull @Min(0) @Schema(example = "96") Integer responses) {

    BreakdownEntry toDomain() {
      return new BreakdownEntry(dimension.strip(), group.strip(), responses);
    }

    static BreakdownDto of(BreakdownEntry entry) {
      return new BreakdownDto(entry.dimension(), entry.group(), entry.responses());
    }
  }
}
