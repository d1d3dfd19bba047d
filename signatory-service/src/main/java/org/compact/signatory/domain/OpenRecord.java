package org.compact.signatory.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * How a signed organisation is described in the open-data export (Open Referral UK {@code
 * organization} fields): its primary org-id.guide identifier, a legal status where the register can
 * tell it, and a plain-words description. Pure functions of the register's own fields.
 */
public final class OpenRecord {
  private static final Set<String> CHARITY_SCHEMES =
      Set.of(
          IdentifierScheme.GB_CHC.code(),
          IdentifierScheme.GB_SC.code(),
          IdentifierScheme.GB_NIC.code());

  private OpenRecord() {}

  /**
   * The identifier that names the organisation first, in the order of {@link IdentifierScheme}:
   * charity registers, then Companies House, local authority registers, NHS ODS codes.
   */
  public static Optional<String> primaryOrgId(Collection<OrgIdentifier> identifiers) {
    return identifiers.stream()
        .min(
            Comparator.comparingInt(
                    (OrgIdentifier i) ->
                        IdentifierScheme.byCode(i.scheme())
                            .map(Enum::ordinal)
                            .orElse(Integer.MAX_VALUE))
                .thenComparing(OrgIdentifier::value))
        .map(OrgIdentifier::orgId);
  }

  /**
   * The legal status where the kind or a register entry says it; empty for unincorporated kinds
   * (community, faith, BME groups, other) without a company number.
   */
  public static Optional<String> legalStatus(String kind, Collection<OrgIdentifier> identifiers) {
    boolean registeredCharity =
        identifiers.stream().anyMatch(i -> CHARITY_SCHEMES.contains(i.scheme()));
    boolean company =
        identifiers.stream().anyMatch(i -> i.scheme().equals(IdentifierScheme.GB_COH.code()));
    OrganisationKind parsed = OrganisationKind.parse(kind).orElse(OrganisationKind.OTHER);
    return Optional.ofNullable(
        switch (parsed) {
          case CHARITY -> registeredCharity ? "Registered charity" : "Charity";
          case CIO -> "Charitable incorporated organisation";
          case COUNCIL -> "Local authority";
          case NHS_BODY -> "NHS body";
          case POLICE -> "Police body";
          case HOUSING_ASSOCIATION -> "Housing association";
          case SOCIAL_ENTERPRISE, COMMUNITY_GROUP, FAITH_GROUP, BME_GROUP, OTHER ->
              company ? "Registered company" : registeredCharity ? "Registered charity" : null;
        });
  }

  /** e.g. "VCS charity in Stafford; signed the Stafford Borough Compact on 2009-04-01." */
  public static String description(Organisation organisation, String compactName) {
    StringBuilder text =
        new StringBuilder(organisation.sector).append(' ').append(organisation.kind);
    if (organisation.area != null && !organisation.area.isBlank()) {
      text.append(" in ").append(organisation.area.strip());
    }
    text.append("; signed the ").append(compactName);
    if (organisation.signedOn != null) {
      text.append(" on ").append(organisation.signedOn);
    }
    return text.append('.').toString();
  }
}
