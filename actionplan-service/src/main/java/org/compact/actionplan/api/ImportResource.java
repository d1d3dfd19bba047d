package org.compact.actionplan.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.compact.actionplan.config.ActionPlanConfig;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.PlanPeriod;
import org.compact.actionplan.domain.table.ImportResult;
import org.compact.actionplan.domain.table.MalformedTableException;
import org.compact.actionplan.domain.table.PlanTableImporter;
import org.compact.actionplan.domain.table.TableFormat;
import org.compact.actionplan.service.ImportService;
import org.compact.platform.idempotency.IdempotentRequests;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Import of a plan table (CSV, TSV from Word, XLSX) as a new DRAFT plan. */
@Path("/plans/import")
@Tag(name = "Plans")
public class ImportResource {
  @Inject ImportService imports;
  @Inject IdempotentRequests idempotency;
  @Inject ActionPlanConfig config;
  @Context UriInfo uriInfo;

  /** What an Idempotency-Key protects: the options and the file's digest. */
  record ImportRequestKey(
      String format, String title, String period, LocalDate adoptedOn, String sha256) {}

  @POST
  @RolesAllowed("compact-admin")
  @Consumes({
    TableFormat.CSV_TYPE,
    TableFormat.TSV_TYPE,
    TableFormat.XLSX_TYPE,
    MediaType.TEXT_PLAIN,
    MediaType.APPLICATION_OCTET_STREAM
  })
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Import a plan table; dryRun=true returns the parsed plan with row-numbered warnings and"
              + " errors and saves nothing, else the plan is saved as a DRAFT, all or nothing")
  @RequestBody(
      description =
          "The file. Its format comes from ?format= or the Content-Type (text/plain is TSV)",
      content = {
        @Content(
            mediaType = TableFormat.CSV_TYPE,
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
        @Content(
            mediaType = TableFormat.TSV_TYPE,
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
        @Content(
            mediaType = TableFormat.XLSX_TYPE,
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary"))
      })
  @APIResponse(
      responseCode = "200",
      description = "Dry run: what would be saved",
      content = @Content(schema = @Schema(implementation = ImportReportView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Saved as a DRAFT plan (Location: the plan)",
      content = @Content(schema = @Schema(implementation = ImportReportView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Empty or unreadable file, unknown format, bad parameter")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(
      responseCode = "413",
      description = "File larger than compact.actionplan.import-max-bytes")
  @APIResponse(responseCode = "415", description = "Unsupported Content-Type")
  @APIResponse(
      responseCode = "422",
      description =
          "The table has errors (listed in 'errors', with 'warnings'); nothing saved. Or"
              + " Idempotency-Key reused with another file")
  public Response importPlan(
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(IdempotentRequests.HEADER) @Parameter(example = "import-seed-004")
          String idempotencyKey,
      @QueryParam("format") @Parameter(description = "csv, tsv or xlsx", example = "tsv")
          String format,
      @QueryParam("dryRun") @Parameter(example = "true") boolean dryRun,
      @QueryParam("title")
          @Parameter(
              description = "Plan title (else the file's title row)",
              example = "Derbyshire Compact Action Plan")
          String title,
      @QueryParam("period") @Parameter(description = "e.g. 2009-10", example = "2007-08")
          String period,
      @QueryParam("adoptedOn") @Parameter(example = "2007-04-02") LocalDate adoptedOn,
      byte[] body) {
    TableFormat tableFormat =
        (format != null ? TableFormat.of(format) : TableFormat.of(contentType))
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "Unknown format: give ?format=csv|tsv|xlsx or a matching Content-Type"));
    if (body == null || body.length == 0) {
      throw ProblemException.badRequest("The file is empty");
    }
    if (body.length > config.importMaxBytes()) {
      throw new ProblemException(
          ProblemType.PAYLOAD_TOO_LARGE,
          "The file has "
              + body.length
              + " bytes; at most "
              + config.importMaxBytes()
              + " are accepted",
          null,
          null);
    }
    if (period != null && !PlanPeriod.isWellFormed(period)) {
      throw ProblemException.badRequest(
          "period must look like 2009-10",
          java.util.List.of(new Problem.Violation("period", "must look like 2009-10")));
    }
    PlanTableImporter.Options options = new PlanTableImporter.Options(title, period, adoptedOn);
    if (dryRun) {
      return Response.ok(ImportReportView.of(parse(body, tableFormat, options), true, null))
          .build();
    }
    return imports.inSaveTransaction(
        () ->
            idempotency.create(
                idempotencyKey,
                "POST /plans/import",
                new ImportRequestKey(tableFormat.name(), title, period, adoptedOn, sha256(body)),
                () -> save(body, tableFormat, options)));
  }

  /** 201 with the saved plan, or 422 listing the table's errors (nothing saved). */
  private Response save(byte[] body, TableFormat tableFormat, PlanTableImporter.Options options) {
    ImportService.Outcome outcome;
    try {
      outcome = imports.importPlan(body, tableFormat, options, false);
    } catch (MalformedTableException e) {
      throw ProblemException.badRequest(e.getMessage());
    }
    ImportResult result = outcome.result();
    if (outcome.plan().isEmpty()) {
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("errors", result.errors());
      extensions.put("warnings", result.warnings());
      throw new ProblemException(
          ProblemType.RULE_VIOLATION,
          "The table has "
              + result.errors().size()
              + " error(s); nothing was saved: "
              + result.errors().get(0).message(),
          null,
          extensions);
    }
    Plan plan = outcome.plan().get();
    return Response.created(
            uriInfo.getBaseUriBuilder().path("plans").path(plan.id.toString()).build())
        .entity(ImportReportView.of(result, false, plan.id))
        .build();
  }

  private ImportResult parse(byte[] body, TableFormat format, PlanTableImporter.Options options) {
    try {
      return imports.parse(body, format, options);
    } catch (MalformedTableException e) {
      throw ProblemException.badRequest(e.getMessage());
    }
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String utf8(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}
