package org.compact.signatory.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compact.platform.problem.ProblemException;

/**
 * The register lifecycle: PROSPECT →sign→ SIGNED →withdraw→ WITHDRAWN →resign→ SIGNED, and a
 * PROSPECT may be deleted instead. Anything else is a 409 listing what the current status allows.
 */
public enum Transition {
  SIGN("sign", SignatoryStatus.PROSPECT, SignatoryStatus.SIGNED),
  WITHDRAW("withdraw", SignatoryStatus.SIGNED, SignatoryStatus.WITHDRAWN),
  RESIGN("resign", SignatoryStatus.WITHDRAWN, SignatoryStatus.SIGNED),
  DELETE("delete", SignatoryStatus.PROSPECT, null);

  private final String action;
  private final SignatoryStatus from;
  private final SignatoryStatus to;

  Transition(String action, SignatoryStatus from, SignatoryStatus to) {
    this.action = action;
    this.from = from;
    this.to = to;
  }

  /** The name of the action, as in the endpoint path ({@code /signatories/{id}/sign}). */
  public String action() {
    return action;
  }

  public SignatoryStatus from() {
    return from;
  }

  /** The status after the transition; null for {@link #DELETE}. */
  public SignatoryStatus to() {
    return to;
  }

  public static List<Transition> allowedFrom(SignatoryStatus status) {
    return Arrays.stream(values()).filter(t -> t.from == status).toList();
  }

  public static List<String> allowedActionsFrom(SignatoryStatus status) {
    return allowedFrom(status).stream().map(Transition::action).toList();
  }

  /** 409 unless this transition may start from {@code current}. */
  public void requireAllowedFrom(SignatoryStatus current) {
    if (from != current) {
      throw illegalFrom(current, "Cannot " + action + " an organisation that is " + current);
    }
  }

  public static ProblemException illegalFrom(SignatoryStatus current, String detail) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("currentStatus", current.name());
    extensions.put("allowedTransitions", allowedActionsFrom(current));
    return ProblemException.conflict(detail, extensions);
  }
}
