package org.compact.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** "You said, we did": what was heard, what was decided, and how participants were told. */
@Embeddable
public class Outcome {
  @Column(name = "outcome_heard")
  public String heard;

  @Column(name = "outcome_decided")
  public String decided;

  @Column(name = "outcome_how_told")
  public String howParticipantsTold;

  @Column(name = "outcome_published_on")
  public LocalDate publishedOn;

  public Outcome() {}

  public Outcome(String heard, String decided, String howParticipantsTold, LocalDate publishedOn) {
    this.heard = heard;
    this.decided = decided;
    this.howParticipantsTold = howParticipantsTold;
    this.publishedOn = publishedOn;
  }
}
