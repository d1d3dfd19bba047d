package org.compact.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import org.compact.contracts.actionplan.PlanCreated;
import org.compact.contracts.actionplan.PlanPublished;

/** What the report needs of a plan: whether it was published, its period and adoption date. */
public final class PlanHistory {
  private boolean published;
  private String period;
  private LocalDate adoptedOn;

  public static PlanHistory of(List<Fact> facts) {
    PlanHistory history = new PlanHistory();
    facts.stream().sorted(Fact.BY_VERSION).forEach(history::apply);
    return history;
  }

  private void apply(Fact fact) {
    switch (fact.payload()) {
      case PlanCreated p -> period = p.period() != null ? p.period() : period;
      case PlanPublished p -> {
        published = true;
        period = p.period() != null ? p.period() : period;
        adoptedOn = p.adoptedOn() != null ? p.adoptedOn() : adoptedOn;
      }
      default -> {}
    }
  }

  /** Only published plans are public, and only their actions are reported. */
  public boolean published() {
    return published;
  }

  /** The plan period as written ("2009-10"); null when not known. */
  public String period() {
    return period;
  }

  public LocalDate adoptedOn() {
    return adoptedOn;
  }
}
