package org.compact.systemtests.matrix;

/**
 * The columns of the matrix. "Own" means the organisation that owns the fixture resource (the
 * complainant of the dispute, the owner of the consultation, the lead of the action, …); "other" a
 * signed organisation with no part in it.
 */
public enum CallerKind {
  ANONYMOUS("anonymous", "no token", false),
  EXPIRED("expired", "compact-admin token that expired an hour ago", true),
  OTHER_KEY("other-key", "compact-admin token signed by a key the services do not trust", true),
  WRONG_ISSUER("wrong-issuer", "compact-admin token from another issuer", true),
  ADMIN("compact-admin", "compact-admin", false),
  PARTNER("partner", "partner of the owning organisation", false),
  PARTNER_OTHER("partner-other", "partner of another signed organisation", false),
  COUNCIL("council-system", "council-system of the owning organisation", false),
  COUNCIL_OTHER("council-other", "council-system of another organisation", false),
  CCRG("ccrg-member", "ccrg-member on the roster but not on the case's panel", false),
  CCRG_PANEL("ccrg-panel", "ccrg-member who chairs the case's panel", false);

  private final String column;
  private final String description;
  private final boolean invalidToken;

  CallerKind(String column, String description, boolean invalidToken) {
    this.column = column;
    this.description = description;
    this.invalidToken = invalidToken;
  }

  public String column() {
    return column;
  }

  public String description() {
    return description;
  }

  public boolean invalidToken() {
    return invalidToken;
  }

  public static CallerKind byColumn(String column) {
    for (CallerKind kind : values()) {
      if (kind.column.equals(column)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Unknown caller " + column);
  }
}
