package org.compact.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.compact.contracts.signatory.SignatoryChampionChanged;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatoryResigned;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryUpdated;
import org.compact.contracts.signatory.SignatoryWithdrawn;
import org.compact.platform.time.ReviewYear;

/**
 * One organisation's membership and champion timelines, folded from its facts in business-date
 * order. Name and sector are those of the highest aggregate version that carries them.
 */
public final class SignatoryHistory {
  private record Change(LocalDate on, long version, boolean value) {}

  private String name;
  private String sector;
  private long attributesVersion = Long.MIN_VALUE;
  private final List<Change> membership = new ArrayList<>();
  private final List<Change> champion = new ArrayList<>();

  public static SignatoryHistory of(List<Fact> facts) {
    SignatoryHistory history = new SignatoryHistory();
    facts.stream().sorted(Fact.BY_DATE_THEN_VERSION).forEach(history::apply);
    return history;
  }

  private void apply(Fact fact) {
    long v = fact.aggregateVersion();
    switch (fact.payload()) {
      case SignatoryRegistered p -> {
        attributes(v, p.name(), p.sector());
        if ("SIGNED".equals(p.status())) {
          membership.add(new Change(fact.businessDate(), v, true));
        }
      }
      case SignatoryUpdated p -> attributes(v, p.name(), p.sector());
      case SignatorySigned p -> {
        attributes(v, p.name(), p.sector());
        membership.add(new Change(fact.businessDate(), v, true));
      }
      case SignatoryResigned p -> {
        attributes(v, null, p.sector());
        membership.add(new Change(fact.businessDate(), v, true));
      }
      case SignatoryWithdrawn p -> {
        attributes(v, null, p.sector());
        membership.add(new Change(fact.businessDate(), v, false));
      }
      case SignatoryChampionChanged p -> {
        attributes(v, null, p.sector());
        champion.add(new Change(fact.businessDate(), v, p.hasChampion()));
      }
      default -> {}
    }
  }

  private void attributes(long version, String newName, String newSector) {
    if (version >= attributesVersion) {
      attributesVersion = version;
      if (newName != null) {
        name = newName;
      }
      if (newSector != null) {
        sector = newSector;
      }
    }
  }

  public String name() {
    return name;
  }

  public String sector() {
    return sector == null ? "UNKNOWN" : sector;
  }

  public boolean signedOn(LocalDate day) {
    return stateOn(membership, day);
  }

  public boolean hasChampionOn(LocalDate day) {
    return stateOn(champion, day);
  }

  public boolean signedIn(ReviewYear year) {
    return membership.stream().anyMatch(c -> c.value() && year.contains(c.on()));
  }

  public boolean withdrawnIn(ReviewYear year) {
    return membership.stream().anyMatch(c -> !c.value() && year.contains(c.on()));
  }

  /** The last change on or before {@code day} (lists are in business order); false when none. */
  private static boolean stateOn(List<Change> changes, LocalDate day) {
    boolean state = false;
    for (Change change : changes) {
      if (change.on() != null && !change.on().isAfter(day)) {
        state = change.value();
      }
    }
    return state;
  }
}
