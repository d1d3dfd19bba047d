package org.compact.systemtests.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compact.systemtests.stack.Json;

/**
 * The figures a review year's report must show: the baseline (the report read before the scenario
 * started, i.e. whatever other tests left in the stack) plus what the scenario did, counted by the
 * rules of DOMAIN.md ("reporting-service"): each figure in the year of its business date, "at year
 * end" states on the year's last day. Derived figures (totals, percentages, sorted lists) are
 * recomputed from the sums.
 */
public final class ExpectedReport {
  private static final Set<String> CLOSED_STATUSES = Set.of("COMPLETED", "DROPPED");

  private final LocalDate first;
  private final LocalDate last;

  /** A review year by its bounds (taken from the report itself: {@code from}, {@code to}). */
  public ExpectedReport(LocalDate first, LocalDate last) {
    this.first = first;
    this.last = last;
  }

  public boolean inYear(LocalDate date) {
    return date != null && !date.isBefore(first) && !date.isAfter(last);
  }

  public boolean byYearEnd(LocalDate date) {
    return date != null && !date.isAfter(last);
  }

  /**
   * DOMAIN.md: a figure counts in the year of its business date; an action's is its due date. One
   * without a due date counts in every year its plan's period covers, else in its plan's adoption
   * year, else in the year it was created.
   */
  private boolean countsInYear(ScenarioLedger.Action a) {
    if (a.dueOn() != null) {
      return inYear(a.dueOn());
    }
    if (a.planFrom() != null && a.planTo() != null) {
      return !a.planTo().isBefore(first) && !a.planFrom().isAfter(last);
    }
    return inYear(a.planAdoptedOn() != null ? a.planAdoptedOn() : a.createdOn());
  }

  /** {@code baseline} ("figures" of the report) plus the ledger's contribution to this year. */
  public ObjectNode expected(JsonNode baseline, ScenarioLedger ledger) {
    ObjectNode figures = baseline.deepCopy();
    signatories((ObjectNode) figures.get("signatories"), ledger);
    actions((ObjectNode) figures.get("actions"), ledger);
    consultations((ObjectNode) figures.get("consultations"), ledger);
    disputes((ObjectNode) figures.get("disputes"), ledger);
    summaries((ArrayNode) figures.get("disputeSummaries"), ledger);
    return figures;
  }

  private void signatories(ObjectNode node, ScenarioLedger ledger) {
    ArrayNode rows = (ArrayNode) node.get("bySector");
    for (ScenarioLedger.Organisation o : ledger.organisations) {
      ObjectNode row = sectorRow(rows, o.sector());
      if (inYear(o.signedOn())) {
        add(row, "newlySigned", 1);
      }
      if (inYear(o.withdrawnOn())) {
        add(row, "withdrawn", 1);
      }
      if (signedAtYearEnd(o)) {
        add(row, "signedAtYearEnd", 1);
        if (o.sector().equals("PUBLIC")
            && (o.championSince() == null || o.championSince().isAfter(last))) {
          add(node, "publicBodiesWithoutChampion", 1);
        }
      }
    }
    ObjectNode total = (ObjectNode) node.get("total");
    for (String field : List.of("newlySigned", "withdrawn", "signedAtYearEnd")) {
      int sum = 0;
      for (JsonNode row : rows) {
        sum += row.get(field).asInt();
      }
      total.put(field, sum);
    }
  }

  private boolean signedAtYearEnd(ScenarioLedger.Organisation o) {
    return byYearEnd(o.signedOn()) && (o.withdrawnOn() == null || o.withdrawnOn().isAfter(last));
  }

  private void actions(ObjectNode node, ScenarioLedger ledger) {
    for (ScenarioLedger.Action a : ledger.actions) {
      if (inYear(a.completedOn())) {
        add(node, "completedInYear", 1);
      }
      if (!countsInYear(a)) {
        continue;
      }
      add(node, "total", 1);
      add((ObjectNode) node.get("byStatus"), a.status(), 1);
      add((ObjectNode) node.get("byPriority"), a.priority() == null ? "NONE" : a.priority(), 1);
      for (String sector : a.leadSectors().isEmpty() ? List.of("NONE") : a.leadSectors()) {
        add((ObjectNode) node.get("byLeadSector"), sector, 1);
      }
      if (byYearEnd(a.dueOn()) && !CLOSED_STATUSES.contains(a.status())) {
        add(node, "overdueAtYearEnd", 1);
      }
    }
  }

  private void consultations(ObjectNode node, ScenarioLedger ledger) {
    ArrayNode shortLeadIn = (ArrayNode) node.get("shortLeadIn");
    for (ScenarioLedger.Consultation c : ledger.consultations) {
      if (inYear(c.closesOn())) {
        add(node, "held", 1);
        add((ObjectNode) node.get("heldBySector"), c.ownerSector(), 1);
        if (c.meetsLeadIn()) {
          add(node, "meetingLeadIn", 1);
        } else {
          shortLeadIn.add(
              Json.object()
                  .put("title", c.title())
                  .put("opensOn", c.opensOn().toString())
                  .put("closesOn", c.closesOn().toString())
                  .put("days", c.leadInDays())
                  .put("reason", c.shortLeadInReason()));
        }
      }
      if (inYear(c.firstResultsOn())) {
        add(node, "resultsPublished", 1);
      }
      if (inYear(c.outcomeOn())) {
        add(node, "outcomesPublished", 1);
      }
    }
    int held = node.get("held").asInt();
    int meeting = node.get("meetingLeadIn").asInt();
    node.put("meetingLeadInPercent", held == 0 ? 0 : (int) Math.round(100.0 * meeting / held));
    sort(
        shortLeadIn,
        Comparator.comparing((JsonNode n) -> n.get("closesOn").asText())
            .thenComparing(n -> n.get("title").asText()));
  }

  private void disputes(ObjectNode node, ScenarioLedger ledger) {
    ObjectNode deadlines = (ObjectNode) node.get("deadlines");
    for (ScenarioLedger.Dispute d : ledger.disputes) {
      if (inYear(d.openedOn())) {
        add(node, "opened", 1);
        add((ObjectNode) node.get("byStageReached"), d.stageReached(), 1);
      }
      if (inYear(d.receivedOn())) {
        add(node, "referralsReceived", 1);
      }
      if (d.outcome() != null && inYear(d.closedOn())) {
        add(node, "closed", 1);
        add((ObjectNode) node.get("byOutcome"), d.outcome(), 1);
      }
      if (byYearEnd(d.openedOn()) && (d.closedOn() == null || d.closedOn().isAfter(last))) {
        add(node, "openAtYearEnd", 1);
      }
      for (ScenarioLedger.Deadline deadline : d.deadlines()) {
        if (inYear(deadline.dueOn())) {
          ObjectNode kind = deadlines.withObjectProperty(deadline.kind());
          add(kind, deadline.met() ? "met" : "missed", 1);
          add(node, deadline.met() ? "deadlinesMet" : "deadlinesMissed", 1);
        }
      }
    }
  }

  private void summaries(ArrayNode list, ScenarioLedger ledger) {
    for (ScenarioLedger.Summary s : ledger.summaries) {
      if (inYear(s.publishedOn())) {
        ArrayNode recommendations = Json.array();
        s.recommendations().forEach(recommendations::add);
        ObjectNode item =
            Json.object()
                .put("publishedOn", s.publishedOn().toString())
                .put("outcome", s.outcome())
                .put("summary", s.summary())
                .put("lessonsLearned", s.lessonsLearned());
        item.set("recommendations", recommendations);
        list.add(item);
      }
    }
    sort(
        list,
        Comparator.comparing((JsonNode n) -> n.get("publishedOn").asText())
            .thenComparing(n -> n.path("summary").asText("")));
  }

  private static ObjectNode sectorRow(ArrayNode rows, String sector) {
    for (JsonNode row : rows) {
      if (row.get("sector").asText().equals(sector)) {
        return (ObjectNode) row;
      }
    }
    throw new AssertionError("the report has no row for sector " + sector + ": " + rows);
  }

  private static void add(ObjectNode node, String field, int increment) {
    node.put(field, node.path(field).asInt(0) + increment);
  }

  private static void sort(ArrayNode array, Comparator<JsonNode> order) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    items.sort(order);
    array.removeAll();
    items.forEach(array::add);
  }

  /**
   * Every difference between expected and actual, one line per leaf ("path: expected X, was Y").
   * Empty when they are equal; objects are compared key by key, arrays item by item.
   */
  public static List<String> differences(String path, JsonNode expected, JsonNode actual) {
    List<String> found = new ArrayList<>();
    compare(path, expected, actual, found);
    return found;
  }

  private static void compare(String path, JsonNode expected, JsonNode actual, List<String> found) {
    if (expected == null || expected.isMissingNode()) {
      found.add(path + ": not expected, was " + actual);
    } else if (actual == null || actual.isMissingNode()) {
      found.add(path + ": expected " + expected + ", missing");
    } else if (expected.isObject() && actual.isObject()) {
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        compare(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), found);
      }
      actual
          .fieldNames()
          .forEachRemaining(
              name -> {
                if (!expected.has(name)) {
                  found.add(path + "." + name + ": not expected, was " + actual.get(name));
                }
              });
    } else if (expected.isArray() && actual.isArray()) {
      int size = Math.max(expected.size(), actual.size());
      for (int i = 0; i < size; i++) {
        compare(path + "[" + i + "]", expected.get(i), actual.get(i), found);
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        found.add(path + ": expected " + expected + ", was " + actual);
      }
    } else if (!expected.equals(actual)) {
      found.add(path + ": expected " + expected + ", was " + actual);
    }
  }
}
