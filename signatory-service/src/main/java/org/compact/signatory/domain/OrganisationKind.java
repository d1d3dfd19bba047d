package org.compact.signatory.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of body an organisation is. Stored and shown as its label; parsing accepts the label or
 * the constant name in any case, with spaces, dashes or underscores ("community-group").
 */
public enum OrganisationKind {
  CHARITY("charity"),
  CIO("CIO"),
  COMMUNITY_GROUP("community group"),
  FAITH_GROUP("faith group"),
  BME_GROUP("BME group"),
  COUNCIL("council"),
  NHS_BODY("NHS body"),
  POLICE("police"),
  HOUSING_ASSOCIATION("housing association"),
  SOCIAL_ENTERPRISE("social enterprise"),
  OTHER("other");

  private final String label;

  OrganisationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<OrganisationKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = key(text);
    return Arrays.stream(values())
        .filter(k -> key(k.label).equals(wanted) || key(k.name()).equals(wanted))
        .findFirst();
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(OrganisationKind::label).toList();
  }

  private static String key(String text) {
    return text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
  }
}
