package org.compact.platform.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What this service knows of a signatory, from signatory events. {@code aggregateVersion} is the
 * version of the last event applied, so an older event replayed later cannot undo a newer one.
 */
@Entity
@Table(name = "replica_signatory")
public class SignatoryReplica extends PanacheEntityBase {
  public static final String SIGNED = "SIGNED";
  public static final String WITHDRAWN = "WITHDRAWN";
  public static final String PROSPECT = "PROSPECT";

  @Id public UUID id;

  public String name;

  public String sector;

  public String status;

  /** Business date of the last status change (signedOn, withdrawnOn); null when not known. */
  @Column(name = "status_on")
  public LocalDate statusOn;

  @Column(name = "aggregate_version", nullable = false)
  public long aggregateVersion;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public boolean isSigned() {
    return SIGNED.equals(status);
  }

  public boolean isWithdrawn() {
    return WITHDRAWN.equals(status);
  }

  /** Has signed the Compact at some time (a withdrawn organisation did). */
  public boolean hasSigned() {
    return isSigned() || isWithdrawn();
  }
}
