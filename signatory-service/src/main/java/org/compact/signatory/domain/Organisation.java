package org.compact.signatory.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A signatory organisation of the Compact (or a prospect). */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {
  @Id public UUID id;

  @Version public long version;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String sector;

  @Column(nullable = false)
  public String kind;

  public String area;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public SignatoryStatus status;

  @Column(name = "registered_on", nullable = false)
  public LocalDate registeredOn;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Organisation prospect(
      String name, String sector, String kind, String area, LocalDate registeredOn, Instant now) {
    Organisation organisation = new Organisation();
    organisation.id = UUID.randomUUID();
    organisation.name = name.trim();
    organisation.sector = sector;
    organisation.kind = kind.trim();
    organisation.area = area == null || area.isBlank() ? null : area.trim();
    organisation.status = SignatoryStatus.PROSPECT;
    organisation.registeredOn = registeredOn;
    organisation.createdAt = now;
    organisation.updatedAt = now;
    return organisation;
  }

  public boolean isPublic() {
    return status == SignatoryStatus.SIGNED;
  }
}
