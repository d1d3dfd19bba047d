package org.compact.signatory.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.config.OpenDataConfig;
import org.compact.platform.csv.Csv;
import org.compact.platform.opendata.OpenDataResponses;
import org.compact.platform.time.TimeSource;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.domain.SignatoryStatus;
import org.compact.signatory.service.RegisterFilter;
import org.compact.signatory.service.RegisterQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public register as open data at stable URLs, under the Open Government Licence v3.0: the
 * signed organisations only (as on the public register), never contacts or internal fields.
 */
@Path("/open-data")
@PermitAll
@Tag(
    name = "Open data",
    description =
        "The register as open data (JSON and CSV, Open Government Licence v3.0, no token needed)")
public class OpenDataResource {
  static final String CSV_MEDIA_TYPE = "text/csv; charset=utf-8; header=present";
  static final List<String> CSV_HEADER =
      List.of(
          "id",
          "name",
          "description",
          "url",
          "uri",
          "legal_status",
          "org_id",
          "identifiers",
          "sector",
          "kind",
          "area",
          "address",
          "status",
          "signed_on",
          "codes_of_practice",
          "has_compact_champion");
  static final List<URI> CONFORMS_TO =
      List.of(URI.create("https://openreferraluk.org"), URI.create("https://org-id.guide"));

  static final String ETAG_EXAMPLE = "W/\"85c2d5f7553207059ec390397845b34e\"";
  static final String LINK_EXAMPLE =
      "<https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/>;"
          + " rel=\"license\", <https://compact.example.gov.uk/open-data>; rel=\"describedby\";"
          + " type=\"application/json\"";

  private static final String JSON_FILE = "organisations.json";
  private static final String CSV_FILE = "organisations.csv";
  private static final String DESCRIPTION =
      "Organisations that have signed the Compact and not withdrawn, as on the public register:"
          + " Open Referral UK organization fields, org-id.guide identifiers, sector, kind, area"
          + " and signing date. Contacts and internal fields are never included.";

  @Inject RegisterQueries queries;
  @Inject CompactConfig compact;
  @Inject OpenDataConfig config;
  @Inject TimeSource time;
  @Inject ObjectMapper json;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Catalogue of the open datasets",
      description = "Each dataset with its licence, standards and the stable URL of every format.")
  @APIResponse(
      responseCode = "200",
      description = "The catalogue",
      content = @Content(schema = @Schema(implementation = OpenDataCatalogue.class)))
  @APIResponse(responseCode = "401", description = "A token was sent but is invalid")
  public OpenDataCatalogue catalogue(@Context UriInfo uriInfo) {
    String base = OpenDataResponses.baseUrl(config, uriInfo);
    return new OpenDataCatalogue(
        compact.name() + " open data",
        URI.create(base + "/open-data"),
        OpenDataMetadata.OGL,
        publisher(),
        List.of(
            new OpenDataCatalogue.Dataset(
                "organisations",
                title(),
                DESCRIPTION,
                OpenDataMetadata.OGL,
                CONFORMS_TO,
                distributions(base))));
  }

  @GET
  @Path("/" + JSON_FILE)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The register as open data (JSON)",
      description =
          "Signed organisations in Open Referral UK organization form with org-id.guide"
              + " identifiers, and a metadata block (licence, publisher, generated_at, stable"
              + " URLs). Conditional GET: send the ETag as If-None-Match to get 304 when nothing"
              + " changed.")
  @APIResponse(
      responseCode = "200",
      description = "The dataset; Link rel=license names the licence",
      headers = {
        @Header(
            name = "ETag",
            description = "Changes when the data changes",
            schema = @Schema(type = SchemaType.STRING, example = ETAG_EXAMPLE)),
        @Header(
            name = "Link",
            description = "rel=license, rel=describedby, rel=alternate",
            schema = @Schema(type = SchemaType.STRING, example = LINK_EXAMPLE))
      },
      content = @Content(schema = @Schema(implementation = OrganisationsDataset.class)))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
  @APIResponse(responseCode = "401", description = "A token was sent but is invalid")
  public Response organisationsJson(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
    String base = OpenDataResponses.baseUrl(config, uriInfo);
    List<OpenOrganisation> organisations = organisations(base);
    String etag =
        "W/\""
            + OpenDataResponses.hashOfJson(
                json, metadata(base, JSON_FILE, null, organisations.size()), organisations)
            + "\"";
    OrganisationsDataset body =
        new OrganisationsDataset(
            metadata(base, JSON_FILE, time.now(), organisations.size()), organisations);
    return OpenDataResponses.conditional(
        headers,
        etag,
        body,
        MediaType.APPLICATION_JSON,
        config.maxAgeSeconds(),
        OpenDataResponses.links(OpenDataMetadata.OGL.url(), base, CSV_FILE, "text/csv"));
  }

  @GET
  @Path("/" + CSV_FILE)
  @Produces(CSV_MEDIA_TYPE)
  @Operation(
      summary = "The register as open data (CSV)",
      description =
          "The same records as organisations.json, one row per organisation under a header row"
              + " (RFC 4180). Lists are space-separated. Cells starting with = + - @ are prefixed"
              + " with ' so spreadsheets do not run them as formulas. The licence is in the Link"
              + " header (rel=license) and in the catalogue (rel=describedby).")
  @APIResponse(
      responseCode = "200",
      description = "CSV with a header row",
      headers = {
        @Header(
            name = "ETag",
            description = "Changes when the data changes",
            schema = @Schema(type = SchemaType.STRING, example = ETAG_EXAMPLE)),
        @Header(
            name = "Link",
            description = "rel=license, rel=describedby, rel=alternate",
            schema = @Schema(type = SchemaType.STRING, example = LINK_EXAMPLE))
      },
      content =
          @Content(
              mediaType = CSV_MEDIA_TYPE,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      example =
                          "id,name,description,url,uri,legal_status,org_id,identifiers,sector,"
                              + "kind,area,address,status,signed_on,codes_of_practice,"
                              + "has_compact_champion")))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
  @APIResponse(responseCode = "401", description = "A token was sent but is invalid")
  public Response organisationsCsv(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
    String base = OpenDataResponses.baseUrl(config, uriInfo);
    StringBuilder csv = new StringBuilder(Csv.row(CSV_HEADER));
    for (OpenOrganisation o : organisations(base)) {
      csv.append(
          Csv.row(
              List.of(
                  o.id(),
                  o.name(),
                  o.description(),
                  nullToEmpty(o.url()),
                  o.uri(),
                  nullToEmpty(o.legalStatus()),
                  nullToEmpty(o.orgId()),
                  o.identifiers().stream()
                      .map(OpenOrganisation.Identifier::orgId)
                      .collect(Collectors.joining(" ")),
                  o.sector(),
                  o.kind(),
                  nullToEmpty(o.area()),
                  nullToEmpty(o.address()),
                  o.status(),
                  o.signedOn() == null ? "" : o.signedOn(),
                  String.join(" ", o.codesOfPractice()),
                  o.hasCompactChampion())));
    }
    String body = csv.toString();
    return OpenDataResponses.conditional(
        headers,
        "\"" + OpenDataResponses.hash(body) + "\"",
        body,
        CSV_MEDIA_TYPE,
        config.maxAgeSeconds(),
        OpenDataResponses.links(
            OpenDataMetadata.OGL.url(), base, JSON_FILE, MediaType.APPLICATION_JSON));
  }

  private List<OpenOrganisation> organisations(String base) {
    RegisterFilter signed = new RegisterFilter(null, null, null, null, SignatoryStatus.SIGNED);
    return queries.all(signed).stream()
        .filter(Organisation::isPublic)
        .map(o -> OpenOrganisation.of(o, compact.name(), URI.create(base + "/signatories/" + o.id)))
        .toList();
  }

  private OpenDataMetadata metadata(String base, String file, Instant generatedAt, int count) {
    return new OpenDataMetadata(
        title(),
        DESCRIPTION,
        URI.create(base + "/open-data/" + file),
        OpenDataMetadata.OGL,
        "Contains information from the "
            + compact.name()
            + ", licensed under the "
            + OpenDataMetadata.OGL.name()
            + ".",
        publisher(),
        generatedAt,
        count,
        CONFORMS_TO,
        distributions(base),
        URI.create(base + "/open-data"));
  }

  private String title() {
    return "Signatories of the " + compact.name();
  }

  private OpenDataMetadata.Publisher publisher() {
    return new OpenDataMetadata.Publisher(
        config.publisherName().orElse(compact.name()),
        config.publisherUrl().map(URI::create).orElse(null));
  }

  private static List<OpenDataMetadata.Distribution> distributions(String base) {
    return List.of(
        new OpenDataMetadata.Distribution(
            "JSON", MediaType.APPLICATION_JSON, URI.create(base + "/open-data/" + JSON_FILE)),
        new OpenDataMetadata.Distribution(
            "CSV", "text/csv", URI.create(base + "/open-data/" + CSV_FILE)));
  }

  private static Object nullToEmpty(Object value) {
    return value == null ? "" : value;
  }
}
