package org.compact.consultation.api;

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
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compact.consultation.domain.Consultation;
import org.compact.consultation.domain.ConsultationResult;
import org.compact.consultation.domain.FeedbackRecord;
import org.compact.consultation.service.OpenDataQueries;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.config.OpenDataConfig;
import org.compact.platform.csv.Csv;
import org.compact.platform.opendata.OpenDataResponses;
import org.compact.platform.time.TimeSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The consultation calendar and published outcomes as open data at stable URLs, under the Open
 * Government Licence v3.0: only what the public calendar shows, never who recorded it.
 */
@Path("/open-data")
@PermitAll
@Tag(
    name = "Open data",
    description =
        "The calendar and published outcomes as open data (JSON and CSV, Open Government Licence"
            + " v3.0, no token needed)")
public class OpenDataResource {
  static final String CSV_MEDIA_TYPE = "text/csv; charset=utf-8; header=present";
  static final String ETAG_EXAMPLE = "W/\"85c2d5f7553207059ec390397845b34e\"";
  static final String LINK_EXAMPLE =
      "<https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/>;"
          + " rel=\"license\", <https://compact.example.gov.uk/open-data>; rel=\"describedby\";"
          + " type=\"application/json\"";
  static final List<String> CONSULTATION_COLUMNS =
      List.of(
          "id",
          "title",
          "summary",
          "owner_organisation_id",
          "audiences",
          "methods",
          "representative_views",
          "direct_views",
          "opens_on",
          "closes_on",
          "planned_results_on",
          "status",
          "lead_in_days",
          "lead_in_required_days",
          "lead_in_rule_met",
          "short_lead_in_reason",
          "results_published_on",
          "outcome_published_on",
          "cancelled_on",
          "cancellation_reason",
          "links",
          "uri");
  static final List<String> OUTCOME_COLUMNS =
      List.of(
          "consultation_id",
          "title",
          "owner_organisation_id",
          "closes_on",
          "status",
          "results_published_on",
          "result_count",
          "response_count",
          "result_summaries",
          "result_documents",
          "outcome_heard",
          "outcome_decided",
          "outcome_how_participants_told",
          "outcome_published_on",
          "feedback_count",
          "uri");

  private static final String CONSULTATIONS = "consultations";
  private static final String OUTCOMES = "outcomes";
  private static final String CONSULTATIONS_DESCRIPTION =
      "Every consultation on the public calendar (planned, open, closed, with results or outcome,"
          + " cancelled): dates, audiences, methods, the 12-week lead-in assessment and status."
          + " Contacts and who recorded what are not included.";
  private static final String OUTCOMES_DESCRIPTION =
      "Published results, outcomes (\"you said, we did\") and feedback to those consulted, one"
          + " record per consultation with at least one published result.";
  private static final List<URI> CONFORMS_TO =
      List.of(URI.create("https://www.rfc-editor.org/rfc/rfc4180"));

  @Inject OpenDataQueries queries;
  @Inject CompactConfig compact;
  @Inject OpenDataConfig config;
  @Inject TimeSource time;
  @Inject ObjectMapper json;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Catalogue of the open datasets",
      description = "Each dataset with its licence and the stable URL of every format.")
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
            dataset(base, CONSULTATIONS, calendarTitle(), CONSULTATIONS_DESCRIPTION),
            dataset(base, OUTCOMES, outcomesTitle(), OUTCOMES_DESCRIPTION)));
  }

  @GET
  @Path("/consultations.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The consultation calendar as open data (JSON)",
      description =
          "Every public consultation and a metadata block (licence, publisher, generated_at,"
              + " stable URLs). Conditional GET: send the ETag as If-None-Match to get 304 when"
              + " nothing changed.")
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
      content = @Content(schema = @Schema(implementation = ConsultationsDataset.class)))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
  @APIResponse(responseCode = "401", description = "A token was sent but is invalid")
  public Response consultationsJson(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
    String base = OpenDataResponses.baseUrl(config, uriInfo);
    List<OpenConsultation> consultations = consultations(base);
    OpenDataMetadata unstamped =
        metadata(
            base,
            CONSULTATIONS,
            calendarTitle(),
            CONSULTATIONS_DESCRIPTION,
            null,
            consultations.size());
    return jsonResponse(
        headers,
        base,
        CONSULTATIONS,
        OpenDataResponses.hashOfJson(json, unstamped, consultations),
        new ConsultationsDataset(stamped(unstamped), consultations));
  }

  @GET
  @Path("/consultations.csv")
  @Produces(CSV_MEDIA_TYPE)
  @Operation(
      summary = "The consultation calendar as open data (CSV)",
      description =
          "The records of consultations.json, one row per consultation under a header row (RFC"
              + " 4180). Lists are space-separated, links as 'url' separated by spaces. Cells"
              + " starting with = + - @ are prefixed with ' so spreadsheets do not run them as"
              + " formulas. The licence is in the Link header (rel=license) and the catalogue.")
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
                          "id,title,summary,owner_organisation_id,audiences,methods,"
                              + "representative_views,direct_views,opens_on,closes_on,...")))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
  @APIResponse(responseCode = "401", description = "A token was sent but is invalid")
  public Response consultationsCsv(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
    String base = OpenDataResponses.baseUrl(config, uriInfo);
    StringBuilder csv = new StringBuilder(Csv.row(CONSULTATION_COLUMNS));
    for (OpenConsultation c : consultations(base)) {
      csv.append(
          Csv.row(
              List.of(
                  c.id(),
                  c.title(),
                  c.summary(),
                  c.ownerOrganisationId(),
                  String.join(" ", c.audiences()),
                  String.join(" ", c.methods()),
                  c.representativeViews(),
                  c.directViews(),
                  c.opensOn(),
                  c.closesOn(),
                  blankIfNull(c.plannedResultsOn()),
                  c.status(),
                  c.leadInDays(),
                  c.leadInRequiredDays(),
                  c.leadInRuleMet(),
                  blankIfNull(c.shortLeadInReason()),
                  blankIfNull(c.resultsPublishedOn()),
                  blankIfNull(c.outcomePublishedOn()),
                  blankIfNull(c.cancelledOn()),
                  blankIfNull(c.cancellationReason()),
                  c.links().stream().map(LinkDto::url).collect(Collectors.joining(" ")),
                  c.uri())));
    }
    return csvResponse(headers, base, CONSULTATIONS, csv.toString());
  }

  @GET
  @Path("/outcomes.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Published results and outcomes as open data (JSON)",
      description =
          "One record per consultation with published results: the results, the outcome (\"you"
              + " said, we did\") once published, and feedback to those consulted, with a"
              + " metadata block. Conditional GET with If-None-Match answers 304.")
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
      content = @Content(schema = @Schema(implementation = OutcomesDataset.class)))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
  @APIResponse(responseCode = "401", description = "A token was sent but is invalid")
  public Response outcomesJson(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
    String base = OpenDataResponses.baseUrl(config, uriInfo);
    List<OpenOutcome> outcomes = outcomes(base);
    OpenDataMetadata unstamped =
        metadata(base, OUTCOMES, outcomesTitle(), OUTCOMES_DESCRIPTION, null, outcomes.size());
    return jsonResponse(
        headers,
        base,
        OUTCOMES,
        OpenDataResponses.hashOfJson(json, unstamped, outcomes),
        new OutcomesDataset(stamped(unstamped), outcomes));
  }

  @GET
  @Path("/outcomes.csv")
  @Produces(CSV_MEDIA_TYPE)
  @Operation(
      summary = "Published results and outcomes as open data (CSV)",
      description =
          "One row per consultation with published results: counts, result summaries (separated"
              + " by ' | '), document URLs (space-separated) and the outcome. Breakdowns and"
              + " feedback details are in outcomes.json. Formula-like cells are prefixed with '.")
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
                          "consultation_id,title,owner_organisation_id,closes_on,status,"
                              + "results_published_on,result_count,response_count,...")))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
  @APIResponse(responseCode = "401", description = "A token was sent but is invalid")
  public Response outcomesCsv(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
    String base = OpenDataResponses.baseUrl(config, uriInfo);
    StringBuilder csv = new StringBuilder(Csv.row(OUTCOME_COLUMNS));
    for (OpenOutcome o : outcomes(base)) {
      OpenOutcome.Outcome outcome = o.outcome();
      csv.append(
          Csv.row(
              List.of(
                  o.consultationId(),
                  o.title(),
                  o.ownerOrganisationId(),
                  o.closesOn(),
                  o.status(),
                  blankIfNull(o.resultsPublishedOn()),
                  o.results().size(),
                  o.results().stream().mapToLong(OpenOutcome.Result::responseCount).sum(),
                  joined(o.results(), OpenOutcome.Result::summary, " | "),
                  o.results().stream()
                      .flatMap(r -> r.documents().stream())
                      .collect(Collectors.joining(" ")),
                  outcome == null ? "" : outcome.heard(),
                  outcome == null ? "" : outcome.decided(),
                  outcome == null ? "" : outcome.howParticipantsTold(),
                  outcome == null ? "" : outcome.publishedOn(),
                  o.feedback().size(),
                  o.uri())));
    }
    return csvResponse(headers, base, OUTCOMES, csv.toString());
  }

  private List<OpenConsultation> consultations(String base) {
    return queries.calendar().stream().map(c -> OpenConsultation.of(c, uri(base, c))).toList();
  }

  private List<OpenOutcome> outcomes(String base) {
    Map<UUID, List<ConsultationResult>> results = queries.resultsByConsultation();
    Map<UUID, List<FeedbackRecord>> feedback = queries.feedbackByConsultation();
    return queries.calendar().stream()
        .filter(c -> results.containsKey(c.id))
        .map(
            c ->
                OpenOutcome.of(
                    c, results.get(c.id), feedback.getOrDefault(c.id, List.of()), uri(base, c)))
        .toList();
  }

  private static URI uri(String base, Consultation c) {
    return URI.create(base + "/consultations/" + c.id);
  }

  private Response jsonResponse(
      HttpHeaders headers, String base, String dataset, String contentHash, Object body) {
    return OpenDataResponses.conditional(
        headers,
        "W/\"" + contentHash + "\"",
        body,
        MediaType.APPLICATION_JSON,
        config.maxAgeSeconds(),
        OpenDataResponses.links(OpenDataMetadata.OGL.url(), base, dataset + ".csv", "text/csv"));
  }

  private Response csvResponse(HttpHeaders headers, String base, String dataset, String body) {
    return OpenDataResponses.conditional(
        headers,
        "\"" + OpenDataResponses.hash(body) + "\"",
        body,
        CSV_MEDIA_TYPE,
        config.maxAgeSeconds(),
        OpenDataResponses.links(
            OpenDataMetadata.OGL.url(), base, dataset + ".json", MediaType.APPLICATION_JSON));
  }

  private OpenDataCatalogue.Dataset dataset(
      String base, String id, String title, String description) {
    return new OpenDataCatalogue.Dataset(
        id, title, description, OpenDataMetadata.OGL, CONFORMS_TO, distributions(base, id));
  }

  private OpenDataMetadata metadata(
      String base, String dataset, String title, String description, Instant at, int count) {
    return new OpenDataMetadata(
        title,
        description,
        URI.create(base + "/open-data/" + dataset + ".json"),
        OpenDataMetadata.OGL,
        "Contains information from the "
            + compact.name()
            + ", licensed under the "
            + OpenDataMetadata.OGL.name()
            + ".",
        publisher(),
        at,
        count,
        CONFORMS_TO,
        distributions(base, dataset),
        URI.create(base + "/open-data"));
  }

  private OpenDataMetadata stamped(OpenDataMetadata m) {
    return new OpenDataMetadata(
        m.title(),
        m.description(),
        m.url(),
        m.license(),
        m.attribution(),
        m.publisher(),
        time.now(),
        m.recordCount(),
        m.conformsTo(),
        m.distributions(),
        m.catalogue());
  }

  private String calendarTitle() {
    return "Consultation calendar of the " + compact.name();
  }

  private String outcomesTitle() {
    return "Consultation results and outcomes of the " + compact.name();
  }

  private OpenDataMetadata.Publisher publisher() {
    return new OpenDataMetadata.Publisher(
        config.publisherName().orElse(compact.name()),
        config.publisherUrl().map(URI::create).orElse(null));
  }

  private static List<OpenDataMetadata.Distribution> distributions(String base, String dataset) {
    return List.of(
        new OpenDataMetadata.Distribution(
            "JSON",
            MediaType.APPLICATION_JSON,
            URI.create(base + "/open-data/" + dataset + ".json")),
        new OpenDataMetadata.Distribution(
            "CSV", "text/csv", URI.create(base + "/open-data/" + dataset + ".csv")));
  }

  private static <T> String joined(List<T> items, Function<T, String> text, String separator) {
    return items.stream().map(text).collect(Collectors.joining(separator));
  }

  private static Object blankIfNull(Object value) {
    return value == null ? "" : value;
  }
}
