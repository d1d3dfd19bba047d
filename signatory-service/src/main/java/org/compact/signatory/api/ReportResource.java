package org.compact.signatory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.compact.platform.csv.Csv;
import org.compact.platform.security.Roles;
import org.compact.signatory.config.SignatoryConfig;
import org.compact.signatory.service.RegisterQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The steering group's lists: who gets the briefing note, who still lacks a champion. */
@Path("/reports")
@RolesAllowed(Roles.COMPACT_ADMIN)
@Tag(name = "Register reports", description = "compact-admin's lists from the register")
public class ReportResource {
  static final List<String> BRIEFING_HEADER =
      List.of("organisation", "sector", "name", "role", "email", "phone", "compactChampion");

  @Inject RegisterQueries queries;
  @Inject SignatoryConfig config;

  @GET
  @Path("/briefing-recipients")
  @Produces(Csv.MEDIA_TYPE)
  @Operation(
      summary = "Export the briefing recipients as CSV (compact-admin)",
      description =
          "Contacts of signed organisations who receive the briefing note after each steering"
              + " group meeting (seed 000). Formula-injection safe.")
  @APIResponse(
      responseCode = "200",
      description = "CSV with a header row",
      content =
          @Content(
              mediaType = Csv.MEDIA_TYPE,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      example = "organisation,sector,name,role,email,phone,compactChampion")))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  public Response briefingRecipients() {
    StringBuilder csv = new StringBuilder(Csv.row(BRIEFING_HEADER));
    for (var recipient : queries.briefingRecipients()) {
      var contact = recipient.contact();
      csv.append(
          Csv.row(
              java.util.Arrays.asList(
                  recipient.organisation().name,
                  recipient.organisation().sector,
                  contact.name,
                  contact.role,
                  contact.email,
                  contact.phone,
                  contact.compactChampion)));
    }
    return Response.ok(csv.toString(), Csv.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"briefing-recipients.csv\"")
        .build();
  }

  @GET
  @Path("/organisations-without-champion")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Signed public-sector organisations without a Compact Champion (compact-admin)",
      description =
          "Seed 003 asks the public agencies to appoint Compact Champions; this lists the signed"
              + " organisations of the configured champion sector (default PUBLIC) with none.")
  @APIResponse(
      responseCode = "200",
      description = "The organisations, by name",
      content = @Content(schema = @Schema(implementation = ChampionGapView.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  public ChampionGapView withoutChampion() {
    return ChampionGapView.of(config.championSector(), queries.signedWithoutChampion());
  }
}
