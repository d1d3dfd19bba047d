package org.compact.signatory.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.csv.Csv;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageParams;
import org.compact.platform.http.Pages;
import org.compact.signatory.domain.Contact;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.domain.SignatoryStatus;
import org.compact.signatory.service.RegisterFilter;
import org.compact.signatory.service.RegisterQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public register: signed organisations and consented contacts only, no token needed. */
@Path("/register")
@PermitAll
@Tag(name = "Public register", description = "Who has signed the Compact (no token needed)")
public class RegisterResource {
  static final List<String> CSV_HEADER =
      List.of(
          "id",
          "name",
          "sector",
          "kind",
          "area",
          "address",
          "website",
          "identifiers",
          "signedOn",
          "codesOfPractice",
          "hasChampion",
          "publicContacts");

  @Inject RegisterQueries queries;
  @Inject CompactConfig compact;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Search the public register",
      description = "Signed organisations only, with the contacts who consented to be shown.")
  @APIResponse(
      responseCode = "200",
      description = "A page of signed organisations, Link headers for next/prev",
      content = @Content(schema = @Schema(implementation = RegisterPage.class)))
  @APIResponse(responseCode = "400", description = "Invalid paging or filter parameter")
  @APIResponse(responseCode = "401", description = "A token was sent but is invalid")
  public Response search(
      @BeanParam FilterParams filters, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
    RegisterFilter filter = signedOnly(filters);
    var request = paging.toRequest(RegisterQueries.SORT_FIELDS);
    var page = queries.search(filter, request);
    Map<java.util.UUID, List<Contact>> contacts = queries.publicContacts(page.items());
    Page<RegisterEntryView> entries =
        page.map(o -> RegisterEntryView.of(o, contacts.getOrDefault(o.id, List.of())));
    return Pages.ok(entries, uriInfo);
  }

  @GET
  @Path("/export")
  @Produces(Csv.MEDIA_TYPE)
  @Operation(
      summary = "Export the public register as CSV",
      description =
          "Same filters as the search, every match, one row per organisation. Cells starting"
              + " with = + - @ are prefixed with ' so spreadsheets do not run them as formulas.")
  @APIResponse(
      responseCode = "200",
      description = "CSV with a header row",
      content =
          @Content(
              mediaType = Csv.MEDIA_TYPE,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                      example =
                          "id,name,sector,kind,area,address,website,identifiers,signedOn,"
                              + "codesOfPractice,hasChampion,publicContacts")))
  @APIResponse(responseCode = "400", description = "Invalid filter parameter")
  @APIResponse(responseCode = "401", description = "A token was sent but is invalid")
  public Response export(@BeanParam FilterParams filters) {
    List<Organisation> organisations = queries.all(signedOnly(filters));
    Map<java.util.UUID, List<Contact>> contacts = queries.publicContacts(organisations);
    StringBuilder csv = new StringBuilder(Csv.row(CSV_HEADER));
    for (Organisation o : organisations) {
      csv.append(
          Csv.row(
              List.of(
                  o.id,
                  o.name,
                  o.sector,
                  o.kind,
                  nullToEmpty(o.area),
                  nullToEmpty(o.address),
                  nullToEmpty(o.website),
                  o.sortedIdentifiers().stream()
                      .map(i -> i.orgId())
                      .collect(Collectors.joining(" ")),
                  o.signedOn,
                  String.join(" ", o.codesOfPractice),
                  o.hasChampion,
                  contacts.getOrDefault(o.id, List.of()).stream()
                      .map(RegisterResource::describe)
                      .collect(Collectors.joining("; ")))));
    }
    return Response.ok(csv.toString(), Csv.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"compact-register.csv\"")
        .build();
  }

  @GET
  @Path("/counts")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Count signed organisations by sector")
  @APIResponse(
      responseCode = "200",
      description = "Every configured sector, zeros included, and the total",
      content = @Content(schema = @Schema(implementation = SectorCountsView.class)))
  @APIResponse(responseCode = "401", description = "A token was sent but is invalid")
  public SectorCountsView counts() {
    List<SectorCountsView.SectorCount> sectors = new ArrayList<>();
    queries
        .signedCountsBySector()
        .forEach((sector, count) -> sectors.add(new SectorCountsView.SectorCount(sector, count)));
    return new SectorCountsView(
        sectors, sectors.stream().mapToLong(SectorCountsView.SectorCount::count).sum());
  }

  private RegisterFilter signedOnly(FilterParams filters) {
    return filters.toFilter(compact.sectors(), null).withStatus(SignatoryStatus.SIGNED);
  }

  private static String describe(Contact contact) {
    List<String> parts = new ArrayList<>();
    parts.add(contact.name);
    if (contact.role != null) {
      parts.add(contact.role);
    }
    if (contact.email != null) {
      parts.add(contact.email);
    }
    if (contact.phone != null) {
      parts.add(contact.phone);
    }
    return String.join(", ", parts);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  /** For the OpenAPI document: the list envelope of register entries. */
  @Schema(name = "RegisterPage")
  record RegisterPage(
      List<RegisterEntryView> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "42") long total) {}
}
