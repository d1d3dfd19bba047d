package org.compact.actionplan.domain.table;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.compact.contracts.actionplan.Priority;

/**
 * Reads a priority cell: "High", "Medium/High" (MEDIUM_HIGH), "Medium", "Low", or the enum name.
 */
public final class PriorityText {
  private static final Pattern MEDIUM_HIGH =
      Pattern.compile("(?:medium|med)\\s*[/-]\\s*high|high\\s*[/-]\\s*(?:medium|med)|medium_high");

  private PriorityText() {}

  /** The priorities named in the cell, in order; empty when none is recognised. */
  public static List<Priority> read(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    String text = cell.toLowerCase(Locale.ROOT).trim();
    if (MEDIUM_HIGH.matcher(text).matches()) {
      return List.of(Priority.MEDIUM_HIGH);
    }
    List<Priority> found =
        Pattern.compile("[\\s,;]+")
            .splitAsStream(text)
            .map(PriorityText::word)
            .flatMap(Optional::stream)
            .toList();
    boolean everyWordRecognised =
        found.size() == Pattern.compile("[\\s,;]+").splitAsStream(text).count();
    return everyWordRecognised ? found : List.of();
  }

  /** The highest of several priorities ("Medium Medium" → MEDIUM). */
  public static Optional<Priority> highest(List<Priority> priorities) {
    return priorities.stream().min(Comparator.naturalOrder());
  }

  private static Optional<Priority> word(String word) {
    return switch (word) {
      case "high" -> Optional.of(Priority.HIGH);
      case "medium", "med" -> Optional.of(Priority.MEDIUM);
      case "low" -> Optional.of(Priority.LOW);
      default -> {
        if (MEDIUM_HIGH.matcher(word).matches()) {
          yield Optional.of(Priority.MEDIUM_HIGH);
        }
        try {
          yield Optional.of(Priority.valueOf(word.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          yield Optional.empty();
        }
      }
    };
  }

  /** How an export writes it, readable by {@link #read}. */
  public static String write(Priority priority) {
    if (priority == null) {
      return "";
    }
    return switch (priority) {
      case HIGH -> "High";
      case MEDIUM_HIGH -> "Medium/High";
      case MEDIUM -> "Medium";
      case LOW -> "Low";
    };
  }
}
