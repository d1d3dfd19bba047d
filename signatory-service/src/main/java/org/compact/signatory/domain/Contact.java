package org.compact.signatory.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A person at a signatory organisation: personal data. Visible only to compact-admin and the
 * organisation's own partners, except consented contacts on the public register. Erasure deletes
 * the row; the history keeps only the contact id.
 */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {
  @Id public UUID id;

  @Version public long version;

  @Column(name = "organisation_id", nullable = false)
  public UUID organisationId;

  @Column(nullable = false)
  public String name;

  public String role;

  public String email;

  public String phone;

  /** Receives the briefing note after each steering group meeting (seed 000). */
  @Column(name = "receives_briefings", nullable = false)
  public boolean receivesBriefings;

  /** The organisation's Compact Champion (seed 003 asks public agencies to appoint one). */
  @Column(name = "compact_champion", nullable = false)
  public boolean compactChampion;

  /** The person agreed to be shown on the public register (seed 000: contacts on websites). */
  @Column(name = "show_on_public_register", nullable = false)
  public boolean showOnPublicRegister;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Contact of(UUID organisationId, ContactDetails details, Instant now) {
    Contact contact = new Contact();
    contact.id = UUID.randomUUID();
    contact.organisationId = organisationId;
    contact.createdAt = now;
    contact.apply(details, now);
    return contact;
  }

  public void apply(ContactDetails details, Instant now) {
    name = details.name();
    role = details.role();
    email = details.email();
    phone = details.phone();
    receivesBriefings = details.receivesBriefings();
    compactChampion = details.compactChampion();
    showOnPublicRegister = details.showOnPublicRegister();
    updatedAt = now;
  }
}
