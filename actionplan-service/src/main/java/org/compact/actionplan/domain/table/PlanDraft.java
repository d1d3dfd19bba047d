package org.compact.actionplan.domain.table;

import java.time.LocalDate;
import java.util.List;

/** A whole plan as content (no ids): what an import yields and an export writes. */
public record PlanDraft(
    String title, String period, LocalDate adoptedOn, List<SectionDraft> sections) {
  public PlanDraft {
    sections = List.copyOf(sections);
  }

  public int actionCount() {
    return sections.stream()
        .flatMap(s -> s.objectives().stream())
        .mapToInt(o -> o.actions().size())
        .sum();
  }

  public int objectiveCount() {
    return sections.stream().mapToInt(s -> s.objectives().size()).sum();
  }

  public List<ActionDraft> actions() {
    return sections.stream()
        .flatMap(s -> s.objectives().stream())
        .flatMap(o -> o.actions().stream())
        .toList();
  }

  /** {@code title} is null for the untitled section of a table without section rows. */
  public record SectionDraft(String title, List<ObjectiveDraft> objectives) {
    public SectionDraft {
      objectives = List.copyOf(objectives);
    }
  }

  /** {@code text} is null for actions listed without an objective. */
  public record ObjectiveDraft(String text, List<ActionDraft> actions) {
    public ObjectiveDraft {
      actions = List.copyOf(actions);
    }
  }
}
