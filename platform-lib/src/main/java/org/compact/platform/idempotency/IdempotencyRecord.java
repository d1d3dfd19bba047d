package org.compact.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored first response to a creating POST with an {@code Idempotency-Key}. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public String caller;

  @Column(nullable = false)
  public String route;

  @Column(name = "idempotency_key", nullable = false)
  public String key;

  @Column(name = "request_hash", nullable = false)
  public String requestHash;

  @Column(name = "response_status", nullable = false)
  public int responseStatus;

  @Column(name = "response_body", columnDefinition = "text")
  public String responseBody;

  @Column(name = "response_location")
  public String responseLocation;

  @Column(name = "response_etag")
  public String responseEtag;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
