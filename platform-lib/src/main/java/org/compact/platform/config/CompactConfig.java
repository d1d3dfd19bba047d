package org.compact.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.MonthDay;
import java.util.List;

/** The Compact this deployment serves (one deployment, one Compact). Seed values are defaults. */
@ConfigMapping(prefix = "compact.agreement")
public interface CompactConfig {
  @WithDefault("Stafford Borough Compact")
  String name();

  /** Sectors an organisation can belong to. */
  @WithDefault("VCS,PUBLIC,PRIVATE")
  List<String> sectors();

  /** The Codes of Practice catalogue; signing commits to all of them (Stafford's six). */
  @WithDefault(
      "COMMUNITY_GROUPS,FUNDING,PARTNERSHIP_WORKING,CONSULTATION,VOLUNTEERING,RESOLVING_DIFFERENCES")
  List<String> codesOfPractice();

  /**
   * First day of the Compact's review year, as --MM-DD: 1 April by default (the council financial
   * year), so the review year 2024 runs from 1 April 2024 to 31 March 2025.
   */
  @WithDefault("--04-01")
  MonthDay reviewYearStart();
}
