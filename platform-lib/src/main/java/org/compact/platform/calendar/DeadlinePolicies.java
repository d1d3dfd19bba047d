package org.compact.platform.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.compact.platform.config.DeadlinesConfig;

/**
 * The day count of each kind of deadline, read on every use: the configured one ({@code
 * compact.deadlines.<area>.day-count}) unless a test switched it (like {@code TimeSource.fixAt}).
 */
@ApplicationScoped
public class DeadlinePolicies {
  @Inject DeadlinesConfig config;

  private final Map<DeadlineArea, DayCount> overrides = new ConcurrentHashMap<>();

  public DayCount dayCount(DeadlineArea area) {
    DayCount override = overrides.get(area);
    if (override != null) {
      return override;
    }
    return switch (area) {
      case DISPUTE -> config.dispute().dayCount();
      case CONSULTATION -> config.consultation().dayCount();
    };
  }

  /** Tests: count {@code area}'s deadlines this way until {@link #reset()}. */
  public void override(DeadlineArea area, DayCount dayCount) {
    overrides.put(area, dayCount);
  }

  /** Back to the configuration. */
  public void reset() {
    overrides.clear();
  }
}
