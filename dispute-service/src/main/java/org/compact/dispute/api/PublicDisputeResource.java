package org.compact.dispute.api;

import static org.compact.dispute.api.ProblemResponses.BAD_REQUEST;
import static org.compact.dispute.api.ProblemResponses.UNAUTHORIZED;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.compact.dispute.config.DisputeConfig;
import org.compact.dispute.service.ProcedureCatalogue;
import org.compact.dispute.service.StatisticsService;
import org.compact.dispute.service.SummaryService;
import org.compact.platform.calendar.DeadlineArea;
import org.compact.platform.calendar.DeadlinePolicies;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageParams;
import org.compact.platform.http.PageRequest;
import org.compact.platform.http.Pages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public reads: published summaries, anonymised statistics and the procedure itself. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicDisputeResource {
  @Inject DeadlinePolicies policies;
  @Inject SummaryService summaries;
  @Inject StatisticsService statistics;
  @Inject ProcedureCatalogue procedures;
  @Inject DisputeConfig config;
  @Context UriInfo uriInfo;

  @GET
  @Path("dispute-summaries")
  @PermitAll
  @Operation(summary = "Published anonymised summaries (public)")
  @APIResponse(
      responseCode = "200",
      description = "A page of summaries",
      content = @Content(schema = @Schema(implementation = PublishedPage.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public Response published(
      @BeanParam PageParams paging,
      @QueryParam("reviewYear")
          @Parameter(example = "2025", description = "Review year (its first calendar year)")
          String reviewYear) {
    PageRequest request = paging.toRequest(List.of("publishedOn"));
    long[] total = new long[1];
    List<OtherViews.PublishedSummaryView> items =
        summaries
            .published(
                QueryValues.year("reviewYear", reviewYear), request.offset(), request.size(), total)
            .stream()
            .map(
                d ->
                    new OtherViews.PublishedSummaryView(
                        procedures.reviewYearOf(d.summaryPublishedOn).startYear(),
                        d.outcome,
                        d.stage,
                        d.summaryText,
                        d.summaryLessons,
                        List.copyOf(d.recommendations),
                        d.summaryPublishedOn))
            .toList();
    return Pages.ok(Page.of(items, request, total[0]), uriInfo);
  }

  @GET
  @Path("dispute-statistics")
  @PermitAll
  @Operation(summary = "Anonymised dispute figures of a review year (public)")
  @APIResponse(
      responseCode = "200",
      description = "Counts only",
      content = @Content(schema = @Schema(implementation = StatisticsService.Figures.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public StatisticsService.Figures statistics(
      @QueryParam("reviewYear") @Parameter(example = "2025") String reviewYear) {
    return statistics.forYear(QueryValues.year("reviewYear", reviewYear));
  }

  @GET
  @Path("dispute-procedure")
  @PermitAll
  @Operation(
      summary = "The resolution procedure new disputes follow, as data (public)",
      description =
          "Stages, who may act, deadlines (and how new cases count their days), whether a panel"
              + " sits, what is confidential.")
  @APIResponse(
      responseCode = "200",
      description = "The procedure",
      content = @Content(schema = @Schema(implementation = OtherViews.ProcedureView.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public OtherViews.ProcedureView procedure() {
    return OtherViews.ProcedureView.of(
        procedures.current(),
        config.panelDeadlineDays(),
        config.hearingDeadlineDays(),
        policies.dayCount(DeadlineArea.DISPUTE),
        config.panelSectors(),
        config.panelMembersPerSector());
  }

  @Schema(name = "PublishedSummaryPage")
  public record PublishedPage(
      List<OtherViews.PublishedSummaryView> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "1") long total) {}
}
