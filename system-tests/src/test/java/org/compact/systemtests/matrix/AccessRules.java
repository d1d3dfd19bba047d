package org.compact.systemtests.matrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules file {@code matrix-rules.txt}: one line per operation, see its header. */
public final class AccessRules {
  private static final Set<CallerKind> MATRIX_CALLERS =
      EnumSet.of(
          CallerKind.ANONYMOUS,
          CallerKind.ADMIN,
          CallerKind.PARTNER,
          CallerKind.PARTNER_OTHER,
          CallerKind.COUNCIL,
          CallerKind.COUNCIL_OTHER,
          CallerKind.CCRG,
          CallerKind.CCRG_PANEL);

  private final Map<String, AccessRule> byOperation;

  private AccessRules(Map<String, AccessRule> byOperation) {
    this.byOperation = byOperation;
  }

  public static AccessRules load(String resource) {
    Map<String, AccessRule> rules = new LinkedHashMap<>();
    try (InputStream in = AccessRules.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] words = trimmed.split("\\s+");
        if (words.length < 4) {
          throw new IllegalStateException(resource + ":" + number + ": too few words: " + line);
        }
        String key = words[0] + " " + words[1] + " " + words[2];
        if (rules.put(key, parse(words, resource + ":" + number)) != null) {
          throw new IllegalStateException(resource + ":" + number + ": duplicate " + key);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return new AccessRules(rules);
  }

  private static AccessRule parse(String[] words, String where) {
    Set<CallerKind> allowed = EnumSet.noneOf(CallerKind.class);
    Set<CallerKind> must = EnumSet.noneOf(CallerKind.class);
    if (!words[3].equals("-")) {
      for (String name : words[3].split(",")) {
        boolean positive = name.startsWith("!");
        Set<CallerKind> callers = callers(positive ? name.substring(1) : name, where);
        allowed.addAll(callers);
        if (positive) {
          must.addAll(callers);
        }
      }
    }
    Map<String, Set<CallerKind>> hidden = new LinkedHashMap<>();
    boolean late = false;
    boolean noAllowedCall = false;
    for (int i = 4; i < words.length; i++) {
      String option = words[i];
      if (option.equals("late")) {
        late = true;
      } else if (option.equals("no-allowed-call")) {
        noAllowedCall = true;
      } else if (option.startsWith("hide=")) {
        String spec = option.substring(5);
        int colon = spec.lastIndexOf(':');
        Set<CallerKind> who = EnumSet.noneOf(CallerKind.class);
        for (String name : spec.substring(colon + 1).split(",")) {
          who.addAll(callers(name, where));
        }
        hidden.put(spec.substring(0, colon), who);
      } else {
        throw new IllegalStateException(where + ": unknown option " + option);
      }
    }
    return new AccessRule(allowed, must, hidden, late, noAllowedCall, false);
  }

  private static Set<CallerKind> callers(String name, String where) {
    if (name.equals("public")) {
      return MATRIX_CALLERS;
    }
    try {
      CallerKind kind = CallerKind.byColumn(name);
      if (!MATRIX_CALLERS.contains(kind)) {
        throw new IllegalArgumentException(name);
      }
      return EnumSet.of(kind);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": unknown caller " + name);
    }
  }

  /** The rule of the file, or one from the document's security requirement. */
  public AccessRule ruleFor(ApiOperation op) {
    AccessRule rule = byOperation.get(key(op));
    return rule != null ? rule : fromDocument(op);
  }

  /** Lines of the file that name no operation of the documents (stale rules). */
  public List<String> unused(List<ApiOperation> operations) {
    Set<String> keys = new java.util.HashSet<>();
    operations.forEach(op -> keys.add(key(op)));
    List<String> unused = new ArrayList<>();
    byOperation
        .keySet()
        .forEach(
            k -> {
              if (!keys.contains(k)) {
                unused.add(k);
              }
            });
    return unused;
  }

  static String key(ApiOperation op) {
    return op.service() + " " + op.method() + " " + op.path();
  }

  private static AccessRule fromDocument(ApiOperation op) {
    Set<CallerKind> allowed = EnumSet.noneOf(CallerKind.class);
    if (op.isPublic()) {
      allowed.addAll(MATRIX_CALLERS);
    }
    for (String role : op.roles()) {
      switch (role) {
        case "compact-admin" -> allowed.add(CallerKind.ADMIN);
        case "partner" -> allowed.add(CallerKind.PARTNER);
        case "council-system" -> allowed.add(CallerKind.COUNCIL);
        case "ccrg-member" -> allowed.add(CallerKind.CCRG_PANEL);
        default -> {}
      }
    }
    return new AccessRule(
        allowed,
        EnumSet.noneOf(CallerKind.class),
        Map.of(),
        op.method().equals("DELETE"),
        false,
        true);
  }
}
