package org.compact.dispute.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** When the case entered a stage. */
@Embeddable
public class StageEntry {
  @Column(nullable = false)
  public String stage;

  @Column(name = "entered_on", nullable = false)
  public LocalDate enteredOn;

  public StageEntry() {}

  public StageEntry(String stage, LocalDate enteredOn) {
    this.stage = stage;
    this.enteredOn = enteredOn;
  }
}
