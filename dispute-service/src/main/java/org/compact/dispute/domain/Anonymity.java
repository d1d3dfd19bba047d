package org.compact.dispute.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** A published summary is anonymised: it must not name a party or a panel member. */
public final class Anonymity {
  private Anonymity() {}

  public static List<String> namesFound(String text, Collection<String> names) {
    if (text == null) {
      return List.of();
    }
    String haystack = text.toLowerCase(Locale.ROOT);
    return names.stream()
        .filter(n -> n != null && n.trim().length() >= 3)
        .filter(n -> haystack.contains(n.trim().toLowerCase(Locale.ROOT)))
        .distinct()
        .toList();
  }
}
