package org.compact.actionplan.domain.table;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.compact.actionplan.domain.PlanPeriod;
import org.compact.actionplan.domain.table.ImportResult.Issue;
import org.compact.actionplan.domain.table.ImportResult.RowOutcome;
import org.compact.actionplan.domain.table.ImportResult.RowRole;
import org.compact.actionplan.domain.table.PlanDraft.ObjectiveDraft;
import org.compact.actionplan.domain.table.PlanDraft.SectionDraft;
import org.compact.actionplan.domain.timescale.TimescaleKind;
import org.compact.actionplan.domain.timescale.TimescaleParser;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.Priority;

/**
 * Turns the rows of an action plan table into a plan (DOMAIN.md import rules). Rows above the
 * header give the title (and "Period"/"Adopted on" lines); header texts are matched by synonym.
 *
 * <p>A table with a Theme column (what the export writes) is read row by row. A table without one
 * is treated as text extracted from a Word table, where cells that wrapped became rows of their
 * own:
 *
 * <ul>
 *   <li>a row with text only in the first column(s), short (≤ 8 words, no full stop) and followed
 *       by a row that starts an objective, is a <b>section</b> ("Local Compacts");
 *   <li>a row with text only in the first column is a <b>continuation of the objective above</b>,
 *       unless it follows a blank row and heads action rows without an objective of their own (then
 *       it is a new objective); the same heading rule applies to text only in the action column,
 *       which otherwise continues the action above;
 *   <li>a row with details (priority, timescale, lead, …) but no objective or action text continues
 *       the action above: its cells are merged into that action's;
 *   <li>on an action row, an objective cell of at most three words right under an objective that
 *       has one action and no closing punctuation finishes that objective ("… the Derbyshire" +
 *       "Compact");
 *   <li>a row shorter than the header whose cells only make sense shifted right (a priority lands
 *       in the priority column) is shifted: Word drops the empty leading cells of merged rows.
 * </ul>
 *
 * Every non-empty row is accounted for in {@link ImportResult#rows()}.
 */
public final class PlanTableImporter {
  private static final int HEADER_SEARCH_ROWS = 30;
  private static final int SECTION_MAX_WORDS = 8;
  private static final int OBJECTIVE_FRAGMENT_MAX_WORDS = 3;

  /** Overrides for what the file says (null: take the file's). */
  public record Options(String title, String period, LocalDate adoptedOn) {
    public static Options none() {
      return new Options(null, null, null);
    }
  }

  private final List<SourceRow> source;
  private final Options options;
  private final List<RowOutcome> outcomes = new ArrayList<>();
  private final List<Issue> warnings = new ArrayList<>();
  private final List<Issue> errors = new ArrayList<>();
  private final List<SectionBuilder> sections = new ArrayList<>();
  private Map<ColumnRole, Integer> columns;
  private int width;
  private boolean structured;
  private String fileTitle;
  private String filePeriod;
  private LocalDate fileAdoptedOn;
  private SectionBuilder section;
  private ObjectiveBuilder objective;
  private ActionBuilder action;

  private PlanTableImporter(List<SourceRow> source, Options options) {
    this.source = source;
    this.options = options == null ? Options.none() : options;
  }

  public static ImportResult importRows(List<SourceRow> rows, Options options) {
    return new PlanTableImporter(rows, options).run();
  }

  private ImportResult run() {
    int headerIndex = findHeader();
    if (headerIndex < 0) {
      errors.add(
          new Issue(
              null,
              "No header row found: expected column names such as Objective/Aim, Action, Priority,"
                  + " Timescale/Deadline, Responsibility/Lead"));
      source.stream()
          .filter(r -> !r.isBlank())
          .forEach(r -> outcomes.add(new RowOutcome(r.number(), RowRole.WARNING)));
      return result();
    }
    readPreamble(headerIndex);
    List<Cells> rows = new ArrayList<>();
    for (int i = headerIndex + 1; i < source.size(); i++) {
      rows.add(align(source.get(i)));
    }
    for (int i = 0; i < rows.size(); i++) {
      Cells row = rows.get(i);
      if (row.blank()) {
        continue;
      }
      if (isRepeatedHeader(row)) {
        record(row, RowRole.HEADER);
        continue;
      }
      if (structured) {
        readStructured(row);
      } else {
        readWordTable(row, previous(rows, i), next(rows, i));
      }
    }
    if (sections.stream().allMatch(s -> s.objectives.stream().allMatch(o -> o.actions.isEmpty()))) {
      errors.add(new Issue(null, "No actions found in the table"));
    }
    return result();
  }

  private ImportResult result() {
    String title = firstNonBlank(options.title(), fileTitle);
    String period =
        firstNonBlank(
            options.period(),
            filePeriod,
            title == null ? null : PlanPeriod.findIn(title).orElse(null));
    LocalDate adoptedOn = options.adoptedOn() != null ? options.adoptedOn() : fileAdoptedOn;
    if (title == null) {
      errors.add(
          new Issue(null, "The plan needs a title: give one, or a title row above the header"));
    }
    PlanDraft plan =
        new PlanDraft(
            title, period, adoptedOn, sections.stream().map(SectionBuilder::build).toList());
    outcomes.sort(java.util.Comparator.comparingInt(RowOutcome::row));
    return new ImportResult(plan, outcomes, warnings, errors);
  }

  // ---- header and preamble ----

  private int findHeader() {
    for (int i = 0; i < Math.min(source.size(), HEADER_SEARCH_ROWS); i++) {
      Map<ColumnRole, Integer> found = new EnumMap<>(ColumnRole.class);
      List<String> cells = source.get(i).cells();
      for (int c = 0; c < cells.size(); c++) {
        Optional<ColumnRole> role = ColumnRole.ofHeader(cells.get(c));
        if (role.isPresent() && !found.containsKey(role.get())) {
          found.put(role.get(), c);
        }
      }
      if (found.size() >= 2
          && (found.containsKey(ColumnRole.ACTION) || found.containsKey(ColumnRole.OBJECTIVE))) {
        columns = found;
        width = lastNonBlank(cells) + 1;
        structured = found.containsKey(ColumnRole.THEME);
        outcomes.add(new RowOutcome(source.get(i).number(), RowRole.HEADER));
        return i;
      }
    }
    return -1;
  }

  private void readPreamble(int headerIndex) {
    for (int i = 0; i < headerIndex; i++) {
      SourceRow row = source.get(i);
      List<String> texts =
          row.cells().stream().map(PlanTableImporter::clean).filter(s -> !s.isEmpty()).toList();
      if (texts.isEmpty()) {
        continue;
      }
      String key = texts.get(0).toLowerCase(Locale.ROOT).replace(":", "").trim();
      String value = texts.size() > 1 ? String.join(" ", texts.subList(1, texts.size())) : "";
      if (key.equals("period") && !value.isEmpty()) {
        filePeriod = value;
        outcomes.add(new RowOutcome(row.number(), RowRole.PLAN_FIELD));
      } else if ((key.equals("adopted on") || key.equals("adopted")) && !value.isEmpty()) {
        try {
          fileAdoptedOn = LocalDate.parse(value);
          outcomes.add(new RowOutcome(row.number(), RowRole.PLAN_FIELD));
        } catch (DateTimeParseException e) {
          warn(row.number(), "Adopted on '" + value + "' is not a date (YYYY-MM-DD); ignored");
        }
      } else if (fileTitle == null) {
        fileTitle = String.join(" ", texts);
        outcomes.add(new RowOutcome(row.number(), RowRole.TITLE));
      } else {
        warn(row.number(), "Text above the header ignored: " + String.join(" ", texts));
      }
    }
  }

  /** A page break may repeat the header: every text in the row is its own column's name. */
  private boolean isRepeatedHeader(Cells row) {
    int matches = 0;
    for (Map.Entry<ColumnRole, Integer> column : columns.entrySet()) {
      String text = row.get(column.getKey());
      if (text.isEmpty()) {
        continue;
      }
      if (ColumnRole.ofHeader(text).filter(column.getKey()::equals).isEmpty()) {
        return false;
      }
      matches++;
    }
    return matches >= 2 && matches == row.cells.stream().filter(c -> !c.isEmpty()).count();
  }

  // ---- structured tables (Theme column) ----

  private void readStructured(Cells row) {
    String theme = row.get(ColumnRole.THEME);
    RowRole role = null;
    if (!theme.isEmpty() && (section == null || !theme.equals(section.title))) {
      newSection(theme);
      role = RowRole.SECTION;
    }
    String objectiveText = row.get(ColumnRole.OBJECTIVE);
    if (!objectiveText.isEmpty() && (objective == null || !objectiveText.equals(objective.text))) {
      newObjective(objectiveText);
      role = RowRole.OBJECTIVE;
    }
    if (!row.get(ColumnRole.ACTION).isEmpty() || row.hasDetail()) {
      newAction(row, objectiveText);
      role = RowRole.ACTION;
    }
    if (role == null) {
      warn(row.number, "Row repeats its section and objective without an action; nothing added");
      role = RowRole.WARNING;
    }
    record(row, role);
  }

  // ---- text extracted from Word tables ----

  private void readWordTable(Cells row, Cells previous, Cells next) {
    String objectiveText = row.get(ColumnRole.OBJECTIVE);
    String actionText = row.get(ColumnRole.ACTION);
    boolean afterBreak = previous == null || previous.blank();
    boolean headsOwnActions = afterBreak && next != null && isActionWithoutObjective(next);
    if (!row.hasDetail()) {
      String joined =
          actionText.isEmpty() || actionText.equals(objectiveText)
              ? objectiveText
              : objectiveText.isEmpty() ? actionText : objectiveText + " " + actionText;
      if (!objectiveText.isEmpty()
          && words(joined) <= SECTION_MAX_WORDS
          && !endsSentence(joined)
          && next != null
          && startsObjective(next)) {
        newSection(joined);
        record(row, RowRole.SECTION);
      } else if (!objectiveText.isEmpty() && !actionText.isEmpty()) {
        newObjective(objectiveText);
        newAction(row, objectiveText);
        record(row, RowRole.ACTION);
      } else if (!objectiveText.isEmpty()) {
        if (objective == null || headsOwnActions) {
          newObjective(objectiveText);
          record(row, RowRole.OBJECTIVE);
        } else {
          objective.text = join(objective.text, objectiveText);
          record(row, RowRole.OBJECTIVE_CONTINUATION);
        }
      } else if (!actionText.isEmpty()) {
        if (headsOwnActions) {
          newObjective(actionText);
          record(row, RowRole.OBJECTIVE);
        } else if (action != null) {
          action.description = join(action.description, actionText);
          record(row, RowRole.ACTION_CONTINUATION);
        } else {
          newAction(row, null);
          record(row, RowRole.ACTION);
        }
      } else {
        warn(row.number, "Text outside the table's columns ignored: " + row.otherText());
        record(row, RowRole.WARNING);
      }
      return;
    }
    if (objectiveText.isEmpty() && actionText.isEmpty()) {
      if (action == null) {
        warn(row.number, "Details without an action above them: " + row.otherText());
        record(row, RowRole.WARNING);
      } else {
        mergeDetails(row);
        record(row, RowRole.ACTION_CONTINUATION);
      }
      return;
    }
    if (!objectiveText.isEmpty()) {
      if (objective != null && objectiveText.equals(objective.text)) {
        // the same objective written again
      } else if (finishesObjective(objectiveText)) {
        objective.text = join(objective.text, objectiveText);
      } else {
        newObjective(objectiveText);
      }
    }
    newAction(row, objectiveText);
    record(row, RowRole.ACTION);
  }

  private boolean finishesObjective(String fragment) {
    return objective != null
        && objective.text != null
        && objective.actions.size() == 1
        && !endsSentence(objective.text)
        && words(fragment) <= OBJECTIVE_FRAGMENT_MAX_WORDS
        && !fragment.toLowerCase(Locale.ROOT).startsWith("to ");
  }

  private boolean startsObjective(Cells row) {
    return !row.get(ColumnRole.OBJECTIVE).isEmpty()
        && (!row.get(ColumnRole.ACTION).isEmpty() || row.hasDetail());
  }

  private boolean isActionWithoutObjective(Cells row) {
    return row.get(ColumnRole.OBJECTIVE).isEmpty()
        && !row.get(ColumnRole.ACTION).isEmpty()
        && row.hasDetail();
  }

  private void mergeDetails(Cells row) {
    String priority = row.get(ColumnRole.PRIORITY);
    if (!priority.isEmpty()) {
      if (action.priority == null) {
        action.priority = priorityOf(row.number, priority);
      } else {
        warn(row.number, "A second priority '" + priority + "' for the action above ignored");
      }
    }
    action.timescale = join(action.timescale, row.get(ColumnRole.TIMESCALE));
    action.lead = join(action.lead, row.get(ColumnRole.LEAD));
    action.resources = join(action.resources, row.get(ColumnRole.RESOURCES));
    action.measures = join(action.measures, row.get(ColumnRole.MEASURES));
    action.leadSignatoryIds.addAll(
        signatoryIdsOf(row.number, row.get(ColumnRole.LEAD_SIGNATORY_IDS)));
  }

  // ---- building ----

  private void newSection(String title) {
    section = new SectionBuilder(title);
    sections.add(section);
    objective = null;
    action = null;
  }

  private void newObjective(String text) {
    if (section == null) {
      newSection(null);
    }
    objective = new ObjectiveBuilder(text == null || text.isEmpty() ? null : text);
    section.objectives.add(objective);
    action = null;
  }

  private void newAction(Cells row, String objectiveText) {
    if (objective == null) {
      newObjective(null);
    }
    ActionBuilder built = new ActionBuilder();
    String description = row.get(ColumnRole.ACTION);
    built.description =
        description.isEmpty() ? (objectiveText == null ? "" : objectiveText) : description;
    String priority = row.get(ColumnRole.PRIORITY);
    built.priority = priority.isEmpty() ? null : priorityOf(row.number, priority);
    built.timescale = emptyToNull(row.get(ColumnRole.TIMESCALE));
    if (built.timescale != null && TimescaleParser.parse(built.timescale).isUnparsed()) {
      warn(
          row.number,
          "Timescale '" + built.timescale + "' not understood; kept as text and flagged UNPARSED");
    }
    built.lead = emptyToNull(row.get(ColumnRole.LEAD));
    built.leadSignatoryIds.addAll(
        signatoryIdsOf(row.number, row.get(ColumnRole.LEAD_SIGNATORY_IDS)));
    built.resources = emptyToNull(row.get(ColumnRole.RESOURCES));
    built.measures = emptyToNull(row.get(ColumnRole.MEASURES));
    built.status = statusOf(row.number, row.get(ColumnRole.STATUS), built.timescale);
    objective.actions.add(built);
    action = built;
  }

  private Priority priorityOf(int rowNumber, String cell) {
    List<Priority> named = PriorityText.read(cell);
    if (named.isEmpty()) {
      warn(rowNumber, "Priority '" + cell + "' not recognised; left empty");
      return null;
    }
    Priority priority = PriorityText.highest(named).orElseThrow();
    if (named.size() > 1) {
      warn(
          rowNumber,
          "Priority '"
              + cell
              + "' names "
              + named.size()
              + " priorities for one action; kept as one action with "
              + priority);
    }
    return priority;
  }

  private ActionStatus statusOf(int rowNumber, String cell, String timescale) {
    if (!cell.isEmpty()) {
      String key = cell.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
      try {
        return ActionStatus.valueOf(key);
      } catch (IllegalArgumentException e) {
        warn(rowNumber, "Status '" + cell + "' not recognised; NOT_STARTED assumed");
        return ActionStatus.NOT_STARTED;
      }
    }
    if (timescale != null && TimescaleParser.parse(timescale).kind() == TimescaleKind.COMPLETED) {
      return ActionStatus.COMPLETED;
    }
    return ActionStatus.NOT_STARTED;
  }

  private List<UUID> signatoryIdsOf(int rowNumber, String cell) {
    List<UUID> ids = new ArrayList<>();
    if (cell.isEmpty()) {
      return ids;
    }
    for (String token : cell.split("[\\s,;]+")) {
      if (token.isEmpty()) {
        continue;
      }
      try {
        ids.add(UUID.fromString(token));
      } catch (IllegalArgumentException e) {
        warn(rowNumber, "Lead signatory id '" + token + "' is not a UUID; ignored");
      }
    }
    return ids;
  }

  private void warn(int rowNumber, String message) {
    warnings.add(new Issue(rowNumber, message));
  }

  private void record(Cells row, RowRole role) {
    outcomes.add(new RowOutcome(row.number, role));
  }

  // ---- cells ----

  private Cells align(SourceRow row) {
    List<String> cells =
        new ArrayList<>(row.cells().stream().map(PlanTableImporter::clean).toList());
    int used = lastNonBlank(cells) + 1;
    while (cells.size() > used) {
      cells.remove(cells.size() - 1);
    }
    if (cells.size() > width && width > 0) {
      String extra = String.join(" ", cells.subList(width, cells.size())).trim();
      cells = new ArrayList<>(cells.subList(0, width));
      if (!extra.isEmpty()) {
        cells.set(width - 1, join(cells.get(width - 1), extra));
        warn(
            row.number(),
            "More cells than the header has columns; extra text added to the last column");
      }
    }
    Cells asIs = new Cells(row.number(), cells);
    if (!cells.isEmpty() && cells.size() < width) {
      List<String> shifted = new ArrayList<>();
      for (int i = cells.size(); i < width; i++) {
        shifted.add("");
      }
      shifted.addAll(cells);
      Cells right = new Cells(row.number(), shifted);
      if (makesMoreSense(right, asIs)) {
        return right;
      }
    }
    return asIs;
  }

  private boolean makesMoreSense(Cells shifted, Cells asIs) {
    if (columns.containsKey(ColumnRole.PRIORITY)) {
      return !PriorityText.read(shifted.get(ColumnRole.PRIORITY)).isEmpty()
          && PriorityText.read(asIs.get(ColumnRole.PRIORITY)).isEmpty();
    }
    if (columns.containsKey(ColumnRole.TIMESCALE)) {
      return understood(shifted.get(ColumnRole.TIMESCALE))
          && !understood(asIs.get(ColumnRole.TIMESCALE));
    }
    return false;
  }

  private static boolean understood(String timescale) {
    TimescaleKind kind = TimescaleParser.parse(timescale).kind();
    return kind != TimescaleKind.NONE && kind != TimescaleKind.UNPARSED;
  }

  private final class Cells {
    final int number;
    final List<String> cells;

    Cells(int number, List<String> cells) {
      this.number = number;
      this.cells = cells;
    }

    String get(ColumnRole role) {
      Integer index = columns.get(role);
      return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    boolean blank() {
      return cells.stream().allMatch(String::isEmpty);
    }

    boolean hasDetail() {
      for (ColumnRole role : columns.keySet()) {
        if (role != ColumnRole.THEME
            && role != ColumnRole.OBJECTIVE
            && role != ColumnRole.ACTION
            && !get(role).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    String otherText() {
      return String.join(" | ", cells.stream().filter(s -> !s.isEmpty()).toList());
    }
  }

  private static Cells previous(List<Cells> rows, int index) {
    return index == 0 ? null : rows.get(index - 1);
  }

  private static Cells next(List<Cells> rows, int index) {
    for (int i = index + 1; i < rows.size(); i++) {
      if (!rows.get(i).blank()) {
        return rows.get(i);
      }
    }
    return null;
  }

  // ---- text helpers ----

  static String clean(String cell) {
    return cell == null ? "" : cell.replace('\u00a0', ' ').strip();
  }

  private static int lastNonBlank(List<String> cells) {
    for (int i = cells.size() - 1; i >= 0; i--) {
      if (cells.get(i) != null && !cells.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.trim().split("\\s+").length;
  }

  private static boolean endsSentence(String text) {
    return text.matches("(?s).*[.!?:;]\\s*$");
  }

  private static String join(String first, String second) {
    if (second == null || second.isEmpty()) {
      return first;
    }
    return first == null || first.isEmpty() ? second : first + " " + second;
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }

  // ---- mutable builders ----

  private static final class SectionBuilder {
    final String title;
    final List<ObjectiveBuilder> objectives = new ArrayList<>();

    SectionBuilder(String title) {
      this.title = title;
    }

    SectionDraft build() {
      return new SectionDraft(title, objectives.stream().map(ObjectiveBuilder::build).toList());
    }
  }

  private static final class ObjectiveBuilder {
    String text;
    final List<ActionBuilder> actions = new ArrayList<>();

    ObjectiveBuilder(String text) {
      this.text = text;
    }

    ObjectiveDraft build() {
      return new ObjectiveDraft(text, actions.stream().map(ActionBuilder::build).toList());
    }
  }

  private static final class ActionBuilder {
    String description;
    Priority priority;
    String timescale;
    String lead;
    final List<UUID> leadSignatoryIds = new ArrayList<>();
    String resources;
    String measures;
    ActionStatus status;

    ActionDraft build() {
      return new ActionDraft(
          description, priority, timescale, lead, leadSignatoryIds, resources, measures, status);
    }
  }
}
