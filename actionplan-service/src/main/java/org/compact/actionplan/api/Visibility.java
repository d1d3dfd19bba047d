package org.compact.actionplan.api;

import java.util.List;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.PlanStatus;
import org.compact.platform.security.Caller;

/** Only PUBLISHED plans are public; compact-admin sees every plan. */
final class Visibility {
  private Visibility() {}

  static List<PlanStatus> planStatuses(Caller caller) {
    return caller.isAdmin() ? List.of(PlanStatus.values()) : List.of(PlanStatus.PUBLISHED);
  }

  static boolean canSee(Caller caller, Plan plan) {
    return plan.isPublic() || caller.isAdmin();
  }
}
