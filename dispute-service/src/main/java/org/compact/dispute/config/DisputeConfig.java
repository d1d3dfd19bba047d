package org.compact.dispute.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import org.compact.dispute.domain.ProcedureName;

/** Dispute settings of this Compact; the defaults are Stafford's (seed 003). */
@ConfigMapping(prefix = "compact.dispute")
public interface DisputeConfig {
  /** The resolution procedure new disputes follow; existing cases keep theirs. */
  @WithDefault("STAFFORD")
  ProcedureName procedure();

  /** Panel convened within this many calendar days of receipt R ("within 2 weeks"). */
  @WithDefault("14")
  int panelDeadlineDays();

  /** Hearing held no later than this many calendar days after R ("8 weeks"). */
  @WithDefault("56")
  int hearingDeadlineDays();

  /** Sectors a panel draws from ("2 members from each sector"). */
  @WithDefault("VCS,PUBLIC")
  List<String> panelSectors();

  @WithDefault("2")
  int panelMembersPerSector();

  /** When the deadline check runs (Europe/London). */
  @WithDefault("0 15 0 * * ?")
  String deadlineCheckCron();
}
