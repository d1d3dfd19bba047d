package org.compact.reporting.api;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.http.ETags;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageParams;
import org.compact.platform.http.PageRequest;
import org.compact.platform.http.Pages;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Caller;
import org.compact.platform.security.Roles;
import org.compact.reporting.domain.AnnualReport;
import org.compact.reporting.domain.ReportStatus;
import org.compact.reporting.service.ReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Annual Compact Report per review year in JSON, CSV and printable HTML. compact-admin sees
 * every report and moves it DRAFT → AGREED → PUBLISHED; everyone else sees PUBLISHED ones only.
 */
@Path("/reports")
@Tag(name = "Annual reports")
public class ReportResource {
  static final String YEAR_DESCRIPTION =
      "Calendar year the review year starts in (2024 = 1 April 2024 to 31 March 2025 by default)";

  @Inject ReportService reports;
  @Inject CompactConfig compact;
  @Inject Caller caller;
  @Inject Template report;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List the reports",
      description =
          "compact-admin sees every agreed or published report and the current year's draft; others"
              + " see published reports only. Sorted by year (?sort=-year for the newest first).")
  @APIResponse(
      responseCode = "200",
      description = "A page of reports",
      content = @Content(schema = @Schema(implementation = ReportSummaryPage.class)))
  @APIResponse(responseCode = "400", description = "Bad paging parameters")
  @APIResponse(responseCode = "401", description = "Invalid token")
  public Response list(@BeanParam PageParams paging, @Context UriInfo uriInfo) {
    PageRequest request = paging.toRequest(List.of("year"));
    List<ReportSummaryView> all =
        new java.util.ArrayList<>(
            reports.stored().stream()
                .filter(r -> caller.isAdmin() || r.status == ReportStatus.PUBLISHED)
                .map(this::summary)
                .toList());
    int current = reports.currentYear().startYear();
    if (caller.isAdmin() && all.stream().noneMatch(r -> r.year() == current)) {
      all.add(
          new ReportSummaryView(
              current, reports.year(current).label(), ReportStatus.DRAFT, 0, null, null));
    }
    Comparator<ReportSummaryView> order = Comparator.comparingInt(ReportSummaryView::year);
    all.sort(request.descending() ? order.reversed() : order);
    List<ReportSummaryView> items =
        all.stream().skip(request.offset()).limit(request.size()).toList();
    return Pages.ok(Page.of(items, request, all.size()), uriInfo);
  }

  @GET
  @Path("/{year}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Get a year's report as JSON",
      description =
          "Every figure counts in the review year of its business date (Europe/London). Disputes"
              + " are anonymised. The previous year's figures come alongside for comparison.")
  @APIResponse(
      responseCode = "200",
      description = "The report; ETag = version",
      content = @Content(schema = @Schema(implementation = AnnualReportView.class)))
  @APIResponse(responseCode = "400", description = "Year is not a number between 1990 and 2100")
  @APIResponse(responseCode = "401", description = "Invalid token")
  @APIResponse(
      responseCode = "404",
      description = "No published report for that year (or not visible to the caller)")
  public Response json(
      @PathParam("year") @Parameter(description = YEAR_DESCRIPTION, example = "2024") String year) {
    ReportService.Report found = visible(year);
    return ETags.ok(AnnualReportView.of(compact.name(), found), found.version()).build();
  }

  @GET
  @Path("/{year}/report.csv")
  @PermitAll
  @Produces("text/csv")
  @Operation(
      summary = "Get a year's report as CSV",
      description =
          "One row per number: section, metric, dimension, the year's value and the previous"
              + " year's value (the same numbers as the JSON).")
  @APIResponse(
      responseCode = "200",
      description = "The report's numbers",
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING),
              examples =
                  @ExampleObject(
                      name = "rows",
                      value =
                          "section,metric,dimension,year,previous_year\r\n"
                              + "signatories,newlySigned,VCS,3,1\r\n")))
  @APIResponse(responseCode = "400", description = "Bad year")
  @APIResponse(responseCode = "401", description = "Invalid token")
  @APIResponse(responseCode = "404", description = "No published report for that year")
  public Response csv(
      @PathParam("year") @Parameter(description = YEAR_DESCRIPTION, example = "2024") String year) {
    ReportService.Report found = visible(year);
    String label = found.content().current().label();
    return Response.ok(ReportCsv.of(MetricRows.of(found.content())))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"compact-report-" + label + ".csv\"")
        .tag(ETags.of(found.version()))
        .build();
  }

  @GET
  @Path("/{year}/report.html")
  @PermitAll
  @Produces(MediaType.TEXT_HTML)
  @Operation(
      summary = "Get a year's report as a printable HTML page",
      description = "Self-contained page with inline SVG charts; the same numbers as the JSON.")
  @APIResponse(
      responseCode = "200",
      description = "The printable report",
      content =
          @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "Bad year")
  @APIResponse(responseCode = "401", description = "Invalid token")
  @APIResponse(responseCode = "404", description = "No published report for that year")
  public TemplateInstance html(
      @PathParam("year") @Parameter(description = YEAR_DESCRIPTION, example = "2024") String year) {
    ReportService.Report found = visible(year);
    return report.data("page", ReportPage.of(compact.name(), found));
  }

  @POST
  @Path("/{year}/agree")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Agree a year's report (DRAFT → AGREED): its figures are frozen",
      description = "Send If-Match: \"0\" (the draft's ETag).")
  @APIResponse(
      responseCode = "200",
      description = "Agreed; the figures are now a snapshot",
      content = @Content(schema = @Schema(implementation = AnnualReportView.class)))
  @APIResponse(responseCode = "400", description = "Bad year")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "409", description = "Already agreed or published")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response agree(
      @PathParam("year") @Parameter(description = YEAR_DESCRIPTION, example = "2024") String year,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
    ReportService.Report agreed = reports.agree(parseYear(year), ifMatch, caller.subject());
    return ETags.ok(AnnualReportView.of(compact.name(), agreed), agreed.version()).build();
  }

  @POST
  @Path("/{year}/publish")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Publish an agreed report (AGREED → PUBLISHED): it becomes public")
  @APIResponse(
      responseCode = "200",
      description = "Published",
      content = @Content(schema = @Schema(implementation = AnnualReportView.class)))
  @APIResponse(responseCode = "400", description = "Bad year")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(
      responseCode = "409",
      description = "Not AGREED (still a draft, or already published)")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response publish(
      @PathParam("year") @Parameter(description = YEAR_DESCRIPTION, example = "2024") String year,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"1\"") String ifMatch) {
    ReportService.Report published = reports.publish(parseYear(year), ifMatch, caller.subject());
    return ETags.ok(AnnualReportView.of(compact.name(), published), published.version()).build();
  }

  /** compact-admin sees any status; everyone else only PUBLISHED (else 404, never a hint). */
  private ReportService.Report visible(String year) {
    int startYear = parseYear(year);
    ReportService.Report found = reports.report(startYear);
    if (!caller.isAdmin() && found.status() != ReportStatus.PUBLISHED) {
      throw ProblemException.notFound("Published report for review year", startYear);
    }
    return found;
  }

  static int parseYear(String year) {
    if (year != null && year.matches("[0-9]{4}")) {
      int value = Integer.parseInt(year);
      if (value >= 1990 && value <= 2100) {
        return value;
      }
    }
    throw ProblemException.badRequest(
        "Invalid review year",
        List.of(new Problem.Violation("year", "must be a year between 1990 and 2100")));
  }

  private ReportSummaryView summary(AnnualReport row) {
    return new ReportSummaryView(
        row.startYear,
        reports.year(row.startYear).label(),
        row.status,
        row.version,
        row.agreedAt,
        row.publishedAt);
  }

  /** OpenAPI shape of the list envelope. */
  @Schema(name = "ReportSummaryPage")
  public record ReportSummaryPage(
      List<ReportSummaryView> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "3") long total) {}
}
