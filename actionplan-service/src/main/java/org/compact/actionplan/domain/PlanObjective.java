package org.compact.actionplan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An objective (aim) of a section; {@code text} is null for actions listed without one. */
@Entity
@Table(name = "plan_objective")
public class PlanObjective extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "section_id", nullable = false)
  public UUID sectionId;

  @Column(nullable = false)
  public int position;

  public String text;

  public static PlanObjective of(UUID planId, UUID sectionId, int position, String text) {
    PlanObjective objective = new PlanObjective();
    objective.id = UUID.randomUUID();
    objective.planId = planId;
    objective.sectionId = sectionId;
    objective.position = position;
    objective.text = text;
    return objective;
  }
}
