package org.compact.dispute.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

@Embeddable
public class NominatedRepresentative {
  @Column(name = "signatory_id", nullable = false)
  public UUID signatoryId;

  @Column(nullable = false)
  public String name;

  public String organisation;

  @Column(nullable = false)
  public boolean supporting;

  public NominatedRepresentative() {}

  public NominatedRepresentative(UUID signatoryId, Representative representative) {
    this.signatoryId = signatoryId;
    this.name = representative.name();
    this.organisation = representative.organisation();
    this.supporting = representative.supporting();
  }
}
