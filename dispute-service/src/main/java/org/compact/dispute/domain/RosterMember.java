package org.compact.dispute.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A person on the CCRG roster of one review year, linked to their token {@code sub} and their
 * organisation (whose sector is theirs). The steering group agrees the roster annually.
 */
@Entity
@Table(name = "roster_member")
public class RosterMember extends PanacheEntityBase {
  @Id public UUID id;

  @Version public long version;

  @Column(name = "review_year", nullable = false)
  public int reviewYear;

  @Column(nullable = false)
  public String subject;

  @Column(name = "organisation_id", nullable = false)
  public UUID organisationId;

  /** Personal data: shown to compact-admin only. */
  public String name;

  /** Organisations the member declared an interest in: never on a panel where they are a party. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "roster_member_interest", joinColumns = @JoinColumn(name = "member_id"))
  @Column(name = "organisation_id")
  public Set<UUID> declaredInterests = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
