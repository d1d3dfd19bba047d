package org.compact.dispute.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
}
