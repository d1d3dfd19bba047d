package org.compact.consultation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compact.consultation.domain.ConsultationLink;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Link", description = "A published link about the consultation")
public record LinkDto(
    @NotBlank @Size(max = 200) @Schema(example = "Take part in the survey") String title,
    @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(example = "https://www.south-derbys.gov.uk/consultations/place-survey")
        String url) {

  ConsultationLink toDomain() {
    return new ConsultationLink(title.strip(), url.strip());
  }

  static LinkDto of(ConsultationLink link) {
    return new LinkDto(link.title(), link.url());
  }
}
