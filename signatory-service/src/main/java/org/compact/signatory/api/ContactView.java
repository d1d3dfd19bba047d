package org.compact.signatory.api;

import java.time.Instant;
import java.util.UUID;
import org.compact.signatory.domain.Contact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contact", description = "A contact person (personal data)")
public record ContactView(
    @Schema(example = "0c6f0a53-2b84-4a3f-9a64-7d3f51f2a0b1") UUID id,
    @Schema(example = "5b7f2c1e-8a4d-4f6b-9c3e-2d1a0b9e8f7c") UUID organisationId,
    @Schema(example = "Alex Example") String name,
    @Schema(example = "Compact lead officer") String role,
    @Schema(example = "alex.example@example.org") String email,
    @Schema(example = "01785 000000") String phone,
    @Schema(example = "true") boolean receivesBriefings,
    @Schema(example = "false") boolean compactChampion,
    @Schema(example = "true") boolean showOnPublicRegister,
    @Schema(example = "2026-01-12T10:15:00Z") Instant createdAt,
    @Schema(example = "2026-01-12T10:15:00Z") Instant updatedAt,
    @Schema(example = "0") long version) {

  static ContactView of(Contact contact) {
    return new ContactView(
        contact.id,
        contact.organisationId,
        contact.name,
        contact.role,
        contact.email,
        contact.phone,
        contact.receivesBriefings,
        contact.compactChampion,
        contact.showOnPublicRegister,
        contact.createdAt,
        contact.updatedAt,
        contact.version);
  }
}
