package org.compact.actionplan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A section of a plan ("Local Compacts"); {@code title} is null for an untitled one. */
@Entity
@Table(name = "plan_section")
public class PlanSection extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(nullable = false)
  public int position;

  public String title;

  public static PlanSection of(UUID planId, int position, String title) {
    PlanSection section = new PlanSection();
    section.id = UUID.randomUUID();
    section.planId = planId;
    section.position = position;
    section.title = title;
    return section;
  }
}
