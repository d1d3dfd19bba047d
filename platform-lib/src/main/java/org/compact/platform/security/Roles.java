package org.compact.platform.security;

/** The four roles of DOMAIN.md, as found in the token's {@code groups} claim. */
public final class Roles {
  public static final String COMPACT_ADMIN = "compact-admin";
  public static final String CCRG_MEMBER = "ccrg-member";
  public static final String PARTNER = "partner";
  public static final String COUNCIL_SYSTEM = "council-system";

  private Roles() {}
}
