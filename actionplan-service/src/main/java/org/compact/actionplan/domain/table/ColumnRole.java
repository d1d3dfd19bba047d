package org.compact.actionplan.domain.table;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The columns an action plan table may have, with the header texts the seeds and users write. */
public enum ColumnRole {
  THEME("Theme"),
  OBJECTIVE("Objective"),
  ACTION("Action"),
  PRIORITY("Priority"),
  TIMESCALE("Timescale"),
  LEAD("Responsibility"),
  LEAD_SIGNATORY_IDS("Lead signatory ids"),
  RESOURCES("Resources"),
  MEASURES("Key measures of success"),
  STATUS("Status");

  private final String exportHeader;

  ColumnRole(String exportHeader) {
    this.exportHeader = exportHeader;
  }

  public String exportHeader() {
    return exportHeader;
  }

  private static final Map<String, ColumnRole> SYNONYMS =
      Map.ofEntries(
          Map.entry("theme", THEME),
          Map.entry("themes", THEME),
          Map.entry("section", THEME),
          Map.entry("objective", OBJECTIVE),
          Map.entry("objectives", OBJECTIVE),
          Map.entry("aim", OBJECTIVE),
          Map.entry("aims", OBJECTIVE),
          Map.entry("goal", OBJECTIVE),
          Map.entry("action", ACTION),
          Map.entry("actions", ACTION),
          Map.entry("key tasks and actions", ACTION),
          Map.entry("key tasks", ACTION),
          Map.entry("tasks", ACTION),
          Map.entry("task", ACTION),
          Map.entry("priority", PRIORITY),
          Map.entry("timescale", TIMESCALE),
          Map.entry("timescales", TIMESCALE),
          Map.entry("deadline", TIMESCALE),
          Map.entry("deadlines", TIMESCALE),
          Map.entry("timescale/progress", TIMESCALE),
          Map.entry("target date", TIMESCALE),
          Map.entry("by when", TIMESCALE),
          Map.entry("responsibility", LEAD),
          Map.entry("responsibilities", LEAD),
          Map.entry("responsible", LEAD),
          Map.entry("lead", LEAD),
          Map.entry("lead officer", LEAD),
          Map.entry("lead organisation", LEAD),
          Map.entry("lead signatory ids", LEAD_SIGNATORY_IDS),
          Map.entry("resources", RESOURCES),
          Map.entry("resource", RESOURCES),
          Map.entry("resource implications", RESOURCES),
          Map.entry("key measures of success", MEASURES),
          Map.entry("measures of success", MEASURES),
          Map.entry("success measures", MEASURES),
          Map.entry("key measures", MEASURES),
          Map.entry("status", STATUS));

  /** "TIMESCALE/ PROGRESS" → TIMESCALE, "Action(s)" → ACTION. */
  public static Optional<ColumnRole> ofHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String key =
        header
            .toLowerCase(Locale.ROOT)
            .replace("(s)", "s")
            .replaceAll("\\s*/\\s*", "/")
            .replaceAll("[:*]", "")
            .replaceAll("\\s+", " ")
            .trim();
    return Optional.ofNullable(SYNONYMS.get(key));
  }
}
