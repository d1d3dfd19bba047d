package org.compact.signatory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of the signatory register itself (the Compact's sectors and codes are shared). */
@ConfigMapping(prefix = "signatory")
public interface SignatoryConfig {
  /**
   * The sector whose signatories are asked to appoint a Compact Champion (seed 003 asks the public
   * agencies); the champion report lists the signed ones without one.
   */
  @WithName("champion-sector")
  @WithDefault("PUBLIC")
  String championSector();

  /** Loads the illustrative organisations of the seed documents at start-up (local runs only). */
  @WithName("demo-data.enabled")
  @WithDefault("false")
  boolean demoDataEnabled();
}
