package org.compact.signatory.api;

import org.compact.signatory.domain.Contact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicContact", description = "A contact who consented to be shown publicly")
public record PublicContactView(
    @Schema(example = "Alex Example") String name,
    @Schema(example = "Compact lead officer") String role,
    @Schema(example = "alex.example@example.org") String email,
    @Schema(example = "01785 000000") String phone,
    @Schema(example = "false") boolean compactChampion) {

  static PublicContactView of(Contact contact) {
    return new PublicContactView(
        contact.name, contact.role, contact.email, contact.phone, contact.compactChampion);
  }
}
