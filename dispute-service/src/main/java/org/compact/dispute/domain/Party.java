package org.compact.dispute.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.UUID;

/** A party organisation of a dispute; {@code sector} as it was when the dispute was opened. */
@Embeddable
public class Party {
  @Column(name = "signatory_id", nullable = false)
  public UUID signatoryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PartyRole role;

  public String sector;

  public Party() {}

  public Party(UUID signatoryId, PartyRole role, String sector) {
    this.signatoryId = signatoryId;
    this.role = role;
    this.sector = sector;
  }

  /**
   * Value equality: without it Hibernate cannot match the loaded set against its snapshot, so every
   * flush of a transaction that read a case rewrote its parties and raised its version (a GET
   * changed the ETag).
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Party p
        && Objects.equals(signatoryId, p.signatoryId)
        && role == p.role
        && Objects.equals(sector, p.sector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(signatoryId, role, sector);
  }
}
