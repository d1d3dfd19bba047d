package org.compact.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The open-data export: who publishes it and the public address its stable URLs start with. */
@ConfigMapping(prefix = "compact.open-data")
public interface OpenDataConfig {
  /**
   * The public base URL of this service (e.g. https://compact.example.gov.uk/signatories-api); the
   * stable dataset URLs start with it. Without it they are built from the request. Services that
   * publish no open data ignore this mapping.
   */
  Optional<String> baseUrl();

  /** The publisher named in the metadata; defaults to the Compact's name. */
  Optional<String> publisherName();

  /** The publisher's web site, if any. */
  Optional<String> publisherUrl();

  /** How long clients and caches may reuse a download (Cache-Control max-age). */
  @WithDefault("300")
  int maxAgeSeconds();
}
