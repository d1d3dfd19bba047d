package org.compact.signatory.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A signatory organisation of the Compact (or a prospect). The lifecycle methods enforce {@link
 * Transition} and the date rules; {@code signedBy}, {@code withdrawalReason} and {@code
 * requestedBy} stay inside the service (never in events or public views).
 */
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

  public String address;

  public String area;

  public String website;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "organisation_identifier",
      joinColumns = @JoinColumn(name = "organisation_id"))
  public Set<OrgIdentifier> identifiers = new LinkedHashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public SignatoryStatus status;

  @Column(name = "registered_on", nullable = false)
  public LocalDate registeredOn;

  @Column(name = "signed_on")
  public LocalDate signedOn;

  @Column(name = "signed_by")
  public String signedBy;

  /** The Codes of Practice the organisation committed to when it last signed. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "codes_of_practice", nullable = false)
  public List<String> codesOfPractice = new ArrayList<>();

  @Column(name = "withdrawn_on")
  public LocalDate withdrawnOn;

  @Column(name = "withdrawal_reason")
  public String withdrawalReason;

  /** The {@code sub} of the partner who asked to join (self-service sign-up), else null. */
  @Column(name = "requested_by")
  public String requestedBy;

  /** Whether any contact is the organisation's Compact Champion (kept by the contact use cases). */
  @Column(name = "has_champion", nullable = false)
  public boolean hasChampion;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Organisation prospect(
      UUID id, OrganisationDetails details, LocalDate registeredOn, Instant now) {
    Organisation organisation = new Organisation();
    organisation.id = id;
    organisation.status = SignatoryStatus.PROSPECT;
    organisation.registeredOn = registeredOn;
    organisation.createdAt = now;
    organisation.apply(details, now);
    return organisation;
  }

  /** Replaces the editable details; returns the names of the fields that changed. */
  public List<String> apply(OrganisationDetails details, Instant now) {
    List<String> changed = new ArrayList<>();
    name = changed(changed, "name", name, details.name());
    sector = changed(changed, "sector", sector, details.sector());
    kind = changed(changed, "kind", kind, details.kind());
    address = changed(changed, "address", address, details.address());
    area = changed(changed, "area", area, details.area());
    website = changed(changed, "website", website, details.website());
    if (!Set.copyOf(details.identifiers()).equals(Set.copyOf(identifiers))) {
      changed.add("identifiers");
      identifiers.clear();
      identifiers.addAll(details.identifiers());
    }
    updatedAt = now;
    return changed;
  }

  /** PROSPECT → SIGNED, committing to every code of the catalogue. */
  public void sign(LocalDate on, String by, List<String> catalogue, LocalDate today) {
    Transition.SIGN.requireAllowedFrom(status);
    LocalDate date = on == null ? today : on;
    List<Problem.Violation> violations = signingViolations(date, by, today);
    throwIfAny("Cannot record the signing", violations);
    commit(date, by, catalogue);
  }

  /** WITHDRAWN → SIGNED again; the re-signing date may not precede the withdrawal. */
  public void resign(LocalDate on, String by, List<String> catalogue, LocalDate today) {
    Transition.RESIGN.requireAllowedFrom(status);
    LocalDate date = on == null ? today : on;
    List<Problem.Violation> violations = signingViolations(date, by, today);
    if (withdrawnOn != null && date.isBefore(withdrawnOn)) {
      violations.add(
          new Problem.Violation("signedOn", "must not be before the withdrawal on " + withdrawnOn));
    }
    throwIfAny("Cannot record the re-signing", violations);
    commit(date, by, catalogue);
  }

  /** SIGNED → WITHDRAWN; a withdrawal needs a reason and may not precede the signing. */
  public void withdraw(LocalDate on, String reason, LocalDate today) {
    Transition.WITHDRAW.requireAllowedFrom(status);
    LocalDate date = on == null ? today : on;
    List<Problem.Violation> violations = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      violations.add(new Problem.Violation("reason", "a withdrawal needs a reason"));
    }
    if (date.isAfter(today)) {
      violations.add(
          new Problem.Violation(
              "withdrawnOn", "must not be in the future (today is " + today + ")"));
    }
    if (signedOn != null && date.isBefore(signedOn)) {
      violations.add(
          new Problem.Violation("withdrawnOn", "must not be before the signing on " + signedOn));
    }
    throwIfAny("Cannot record the withdrawal", violations);
    status = SignatoryStatus.WITHDRAWN;
    withdrawnOn = date;
    withdrawalReason = reason.trim();
  }

  /** Only a PROSPECT may be deleted; others are withdrawn (409 listing what is allowed). */
  public void requireDeletable() {
    if (status != SignatoryStatus.PROSPECT) {
      throw Transition.illegalFrom(
          status,
          "Only a PROSPECT can be deleted; this organisation is "
              + status
              + ", withdraw it instead");
    }
  }

  public boolean isPublic() {
    return status == SignatoryStatus.SIGNED;
  }

  /** Identifiers in a stable order (scheme, then id) for views and events. */
  public List<OrgIdentifier> sortedIdentifiers() {
    return identifiers.stream()
        .sorted(Comparator.comparing(OrgIdentifier::scheme).thenComparing(OrgIdentifier::value))
        .toList();
  }

  private void commit(LocalDate date, String by, List<String> catalogue) {
    status = SignatoryStatus.SIGNED;
    signedOn = date;
    signedBy = by.trim();
    codesOfPractice = new ArrayList<>(catalogue);
  }

  private static List<Problem.Violation> signingViolations(
      LocalDate date, String by, LocalDate today) {
    List<Problem.Violation> violations = new ArrayList<>();
    if (by == null || by.isBlank()) {
      violations.add(
          new Problem.Violation("signedBy", "who signed for the organisation is required"));
    }
    if (date.isAfter(today)) {
      violations.add(
          new Problem.Violation("signedOn", "must not be in the future (today is " + today + ")"));
    }
    return violations;
  }

  private static void throwIfAny(String detail, List<Problem.Violation> violations) {
    if (!violations.isEmpty()) {
      StringBuilder text = new StringBuilder(detail).append(": ");
      violations.forEach(v -> text.append(v.field()).append(' ').append(v.message()).append("; "));
      throw ProblemException.ruleViolation(
          text.substring(0, text.length() - 2), List.copyOf(violations));
    }
  }

  private static String changed(List<String> changed, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      changed.add(field);
    }
    return after;
  }
}
