package org.compact.consultation.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.compact.platform.lease.Leases;
import org.compact.platform.time.TimeSource;
import org.jboss.logging.Logger;

/** Opens and closes consultations by their dates; one instance acts across replicas. */
@ApplicationScoped
public class ConsultationStatusJob {
  public static final String LEASE = "consultation-status-by-date";
  private static final Logger LOG = Logger.getLogger(ConsultationStatusJob.class);

  @Inject Leases leases;
  @Inject ConsultationService consultations;
  @Inject TimeSource time;

  @Scheduled(
      identity = "consultation-status-by-date",
      cron = "${compact.consultation.status-cron}",
      timeZone = "Europe/London",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    run();
  }

  /**
   * One run: returns the number of status steps taken, or -1 when another instance holds the lease.
   */
  public int run() {
    AtomicInteger steps = new AtomicInteger();
    boolean ran =
        leases.runExclusively(LEASE, () -> steps.set(consultations.advanceAllByDate(time.today())));
    if (!ran) {
      return -1;
    }
    if (steps.get() > 0) {
      LOG.infof("Moved %d consultation(s) on by their dates", steps.get());
    }
    return steps.get();
  }
}
