package org.compact.signatory.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compact.signatory.domain.ContactDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A contact person at the organisation (personal data; flags default false)")
public record ContactRequest(
    @NotBlank @Size(max = 200) @Schema(example = "Alex Example") String name,
    @Size(max = 200) @Schema(example = "Compact lead officer") String role,
    @Email @Size(max = 254) @Schema(example = "alex.example@example.org") String email,
    @Size(max = 40)
        @Pattern(regexp = "\\+?[0-9 ()\\-]{6,}", message = "must be a phone number")
        @Schema(example = "01785 000000")
        String phone,
    @Schema(
            example = "true",
            description = "Receives the briefing note after each steering group meeting")
        Boolean receivesBriefings,
    @Schema(example = "false", description = "The organisation's Compact Champion")
        Boolean compactChampion,
    @Schema(example = "true", description = "Consents to being shown on the public register")
        Boolean showOnPublicRegister) {

  ContactDetails toDetails() {
    return ContactDetails.of(
        name, role, email, phone, receivesBriefings, compactChampion, showOnPublicRegister);
  }
}
