package org.compact.reporting.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.compact.reporting.domain.ReportContent;
import org.compact.reporting.events.ReadModelWriter;

/**
 * The live figures of a review year, computed once per state of what they are computed from.
 * Folding every fact costs time and memory in proportion to every event ever received, so a
 * computed {@link ReportContent} is kept per year together with the read-model state it was
 * computed from, and served while that state is unchanged.
 *
 * <p>The state is a token read from the database, not an in-process counter: the consumer's
 * positions per partition (they move in the same transaction as every fact it inserts, and a
 * rebuild deletes them in the transaction that drops the facts), its dead-letter count, and the
 * count and summed versions of the good-practice examples and the annual-report rows (every change
 * of either bumps a version; the calculator reads the approved examples and the previous year's
 * agreed snapshot). The token is read before anything the figures are computed from, so a report
 * cached under a token contains at least every commit that token reflects, and a request that
 * starts after any such commit reads a different token: a report can never be stale, also when
 * several reporting replicas share the database (each consumes every partition itself, and a fact,
 * approval or agreement written by one moves the token every instance reads).
 */
@ApplicationScoped
public class LiveReportCache {
  private static final int YEARS_KEPT = 16;

  private static final String TOKEN =
      "select (select coalesce(string_agg(topic || '/' || partition || '@' || next_offset, ','"
          + " order by topic, partition), '') from consumer_position where consumer = ?1)"
          + " || ' dl=' || (select count(*) from consumer_dead_letter where consumer = ?1)"
          + " || ' gp=' || (select count(*) || '/' || coalesce(sum(version), 0) from good_practice)"
          + " || ' ar=' || (select count(*) || '/' || coalesce(sum(version), 0) from annual_report)";

  @Inject EntityManager em;
  @Inject MeterRegistry registry;

  private Counter computations;

  /** Serialises computations: concurrent misses wait for one fold instead of each folding. */
  private final ReentrantLock computing = new ReentrantLock();

  private record Cached(String token, ReportContent content) {}

  private final Map<Integer, Cached> byYear =
      new LinkedHashMap<>(YEARS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Cached> eldest) {
          return size() > YEARS_KEPT;
        }
      };

  @PostConstruct
  void registerMetrics() {
    computations =
        Counter.builder("compact.report.computations")
            .description("Live report figures computed from the read model (cache misses)")
            .register(registry);
  }

  /** The cached live content of {@code startYear}, or {@code compute}'s, then cached. */
  @Transactional(Transactional.TxType.MANDATORY)
  public ReportContent get(int startYear, Supplier<ReportContent> compute) {
    ReportContent hit = lookup(startYear, token());
    if (hit != null) {
      return hit;
    }
    computing.lock();
    try {
      String token = token();
      hit = lookup(startYear, token);
      if (hit != null) {
        return hit;
      }
      ReportContent content = compute.get();
      computations.increment();
      synchronized (byYear) {
        byYear.put(startYear, new Cached(token, content));
      }
      return content;
    } finally {
      computing.unlock();
    }
  }

  private ReportContent lookup(int startYear, String token) {
    synchronized (byYear) {
      Cached cached = byYear.get(startYear);
      return cached != null && cached.token().equals(token) ? cached.content() : null;
    }
  }

  private String token() {
    return (String)
        em.createNativeQuery(TOKEN).setParameter(1, ReadModelWriter.CONSUMER).getSingleResult();
  }
}
