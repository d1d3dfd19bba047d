package org.compact.consultation.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a council pushed as one result, normalised so that two pushes with the same externalRef can
 * be compared: equal content is a replay, different content a conflict.
 */
public record ResultContent(
    LocalDate publishedOn,
    String summary,
    int responseCount,
    List<String> documents,
    List<BreakdownEntry> breakdown) {

  public ResultContent {
    summary = summary == null ? null : summary.strip();
    documents = documents == null ? List.of() : documents.stream().map(String::strip).toList();
    breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
  }
}
