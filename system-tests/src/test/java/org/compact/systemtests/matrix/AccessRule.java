package org.compact.systemtests.matrix;

import java.util.Map;
import java.util.Set;

/**
 * What DOMAIN.md lets each matrix caller do with one operation.
 *
 * @param allowed callers that may get a 2xx
 * @param mustSucceed callers that must get a 2xx (positive controls)
 * @param hidden fixture key → callers whose 2xx answers must not contain that fixture's id
 * @param fromDocument true when no line of the rules file matched and the document's security
 *     requirement was used instead
 */
public record AccessRule(
    Set<CallerKind> allowed,
    Set<CallerKind> mustSucceed,
    Map<String, Set<CallerKind>> hidden,
    boolean late,
    boolean noAllowedCall,
    boolean fromDocument) {

  public boolean allows(CallerKind caller) {
    return allowed.contains(caller);
  }
}
