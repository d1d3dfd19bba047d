package org.compact.signatory.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectorCounts", description = "Signed organisations per sector of the Compact")
public record SectorCountsView(List<SectorCount> sectors, @Schema(example = "42") long total) {

  @Schema(name = "SectorCount")
  public record SectorCount(
      @Schema(example = "VCS") String sector, @Schema(example = "30") long count) {}
}
