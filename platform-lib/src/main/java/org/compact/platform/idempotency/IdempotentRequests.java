package org.compact.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.compact.platform.lease.Leases;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;
import org.compact.platform.security.Caller;
import org.compact.platform.time.TimeSource;

/**
 * {@code Idempotency-Key} for creating POSTs. Scope: caller {@code sub} + route; kept 24 h. Same
 * key and body: the first response is replayed and nothing is created. Same key, other body: 422.
 * The record is written in the creation's own transaction, so a crash cannot separate them.
 */
@ApplicationScoped
public class IdempotentRequests {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  static final Duration RETENTION = Duration.ofHours(24);
  private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject ObjectMapper mapper;
  @Inject Leases leases;
  @Inject TimeSource time;

  @Transactional
  public Response create(String key, String route, Object request, Supplier<Response> action) {
    if (key == null) {
      return action.get();
    }
    if (!VALID_KEY.matcher(key).matches()) {
      throw ProblemException.badRequest("Idempotency-Key must be 1-255 visible ASCII characters");
    }
    String hash = hash(request);
    String subject = caller.subject();
    Instant now = time.now();
    List<IdempotencyRecord> existing =
        em.createQuery(
                "from IdempotencyRecord where caller = ?1 and route = ?2 and key = ?3",
                IdempotencyRecord.class)
            .setParameter(1, subject)
            .setParameter(2, route)
            .setParameter(3, key)
            .getResultList();
    for (IdempotencyRecord record : existing) {
      if (record.createdAt.isAfter(now.minus(RETENTION))) {
        if (!record.requestHash.equals(hash)) {
          throw new ProblemException(
              ProblemType.IDEMPOTENCY_KEY_REUSED,
              "Idempotency-Key '" + key + "' was used with a different request body",
              null,
              null);
        }
        return replay(record);
      }
      em.remove(record);
      em.flush();
    }
    Response response = action.get();
    if (response.getStatus() < 300) {
      em.persist(recordOf(subject, route, key, hash, response, now));
    }
    return response;
  }

  private IdempotencyRecord recordOf(
      String subject, String route, String key, String hash, Response response, Instant now) {
    IdempotencyRecord record = new IdempotencyRecord();
    record.caller = subject;
    record.route = route;
    record.key = key;
    record.requestHash = hash;
    record.responseStatus = response.getStatus();
    record.responseBody = response.hasEntity() ? json(response.getEntity()) : null;
    URI location = response.getLocation();
    record.responseLocation = location == null ? null : location.toString();
    record.responseEtag = response.getHeaderString(HttpHeaders.ETAG);
    record.createdAt = now;
    return record;
  }

  private static Response replay(IdempotencyRecord record) {
    Response.ResponseBuilder builder =
        Response.status(record.responseStatus).header(REPLAYED_HEADER, "true");
    if (record.responseBody != null) {
      builder.entity(record.responseBody).type(MediaType.APPLICATION_JSON_TYPE);
    }
    if (record.responseLocation != null) {
      builder.location(URI.create(record.responseLocation));
    }
    if (record.responseEtag != null) {
      builder.header(HttpHeaders.ETAG, record.responseEtag);
    }
    return builder.build();
  }

  private String hash(Object request) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(json(mapper.valueToTree(request)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise for idempotency record", e);
    }
  }

  @Scheduled(every = "1h", delay = 2, delayUnit = java.util.concurrent.TimeUnit.MINUTES)
  void deleteExpired() {
    leases.runExclusively(
        "idempotency-cleanup",
        () ->
            em.createQuery("delete from IdempotencyRecord where createdAt < ?1")
                .setParameter(1, time.now().minus(RETENTION))
                .executeUpdate());
  }
}
