package org.compact.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "compact.security")
public interface SecurityConfig {
  /**
   * How many verified bearer tokens are kept (least recently used dropped first), so a repeat
   * caller's RS256 signature is not verified again on every request; 0 turns the cache off. An
   * entry lives until the token's {@code exp} at most.
   */
  @WithDefault("1000")
  int tokenCacheSize();
}
