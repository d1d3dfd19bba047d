package org.compact.platform.lease;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Supplier;

/**
 * One active instance per job across replicas: a PostgreSQL transaction-scoped advisory lock,
 * released when the job's transaction ends (also when the holder dies).
 */
@ApplicationScoped
public class Leases {
  @Inject EntityManager em;

  /** Runs {@code job} in a new transaction if this instance wins the lease; else returns null. */
  public <T> T runExclusively(String leaseName, Supplier<T> job) {
    return QuarkusTransaction.requiringNew()
        .call(() -> tryAcquireInCurrentTransaction(leaseName) ? job.get() : null);
  }

  public boolean runExclusively(String leaseName, Runnable job) {
    Boolean ran =
        runExclusively(
            leaseName,
            () -> {
              job.run();
              return Boolean.TRUE;
            });
    return ran != null;
  }

  /** Must be called inside a transaction; the lease lasts until it ends. */
  public boolean tryAcquireInCurrentTransaction(String leaseName) {
    Object acquired =
        em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
            .setParameter(1, keyOf(leaseName))
            .getSingleResult();
    return Boolean.TRUE.equals(acquired);
  }

  static long keyOf(String leaseName) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("compact-lease:" + leaseName).getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = (key << 8) | (digest[i] & 0xff);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
