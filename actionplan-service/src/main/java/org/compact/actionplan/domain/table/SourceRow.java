package org.compact.actionplan.domain.table;

import java.util.List;

/** One row of the source file as read, with its 1-based row (line or record) number. */
public record SourceRow(int number, List<String> cells) {
  public SourceRow {
    cells = List.copyOf(cells);
  }

  public boolean isBlank() {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }
}
