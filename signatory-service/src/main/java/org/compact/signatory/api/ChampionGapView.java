package org.compact.signatory.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.signatory.domain.Organisation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ChampionGapReport",
    description = "Signed organisations of the public sector without a Compact Champion")
public record ChampionGapView(
    @Schema(example = "PUBLIC") String sector,
    List<Entry> organisations,
    @Schema(example = "2") int total) {

  @Schema(name = "ChampionGapEntry")
  public record Entry(
      @Schema(example = "5b7f2c1e-8a4d-4f6b-9c3e-2d1a0b9e8f7c") UUID id,
      @Schema(example = "Stafford Borough Council") String name,
      @Schema(example = "council") String kind,
      @Schema(example = "Stafford") String area,
      @Schema(example = "2009-04-01") LocalDate signedOn) {}

  static ChampionGapView of(String sector, List<Organisation> organisations) {
    return new ChampionGapView(
        sector,
        organisations.stream()
            .map(o -> new Entry(o.id, o.name, o.kind, o.area, o.signedOn))
            .toList(),
        organisations.size());
  }
}
