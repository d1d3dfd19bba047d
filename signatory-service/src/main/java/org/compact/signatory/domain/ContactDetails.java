package org.compact.signatory.domain;

import java.util.Locale;

/** A contact's details, trimmed; blank optional fields become null, emails lower case. */
public record ContactDetails(
    String name,
    String role,
    String email,
    String phone,
    boolean receivesBriefings,
    boolean compactChampion,
    boolean showOnPublicRegister) {

  public static ContactDetails of(
      String name,
      String role,
      String email,
      String phone,
      Boolean receivesBriefings,
      Boolean compactChampion,
      Boolean showOnPublicRegister) {
    String trimmedEmail = OrganisationDetails.blankToNull(email);
    return new ContactDetails(
        name.trim(),
        OrganisationDetails.blankToNull(role),
        trimmedEmail == null ? null : trimmedEmail.toLowerCase(Locale.ROOT),
        OrganisationDetails.blankToNull(phone),
        Boolean.TRUE.equals(receivesBriefings),
        Boolean.TRUE.equals(compactChampion),
        Boolean.TRUE.equals(showOnPublicRegister));
  }
}
