package org.tiaojie.cases.ws.internal.rest;


import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureSubject;
import org.tiaojie.cases.api.statistics.FigureTable;
import org.tiaojie.cases.api.statistics.Measure;
import org.tiaojie.cases.api.statistics.RatePart;
import org.tiaojie.cases.api.statistics.RateTable;
import org.tiaojie.cases.api.statistics.StatisticsService;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** The published figures (统计) and the records behind each, while the statistics plug-in is installed (503 otherwise). */
@Path("/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "statistics", description = "Statistics (统计): matters, batches and person-visits, and the rates with their numerators and denominators, year on year, auditable to the case")
@ApiResponse(responseCode = "400", description = "A period missing, reversed or longer than 5 years, an unknown value (VALIDATION_FAILED)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not a clerk, leader or supervisor, or a township outside the caller's (ACCESS_DENIED)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "503", description = "The statistics plug-in is not installed right now (SERVICE_UNAVAILABLE)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StatisticsResource {
    private final StatisticsService statistics;

    public StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/figures")
    @Operation(summary = "A table of figures",
            description = "Matters (件), batches (批), person-visits (人次) and repeat petitions for the period (both days "
                    + "included, the county's days), broken down by any of the dimensions, each with the same period a "
                    + "year before and the change in per cent. Counted by the dates of the events — a matter by its "
                    + "registration, a repeat petition by its receipt — so a past period's figures do not change. "
                    + "Township staff get their townships; county staff the county.")
    @ApiResponse(responseCode = "200", description = "The table", content = @Content(schema = @Schema(implementation = FigureTable.class)))
    public FigureTable figures(
            @BeanParam FigureParams params) {
        return statistics.figures(ActorResolver.current(), params.query(true));
    }

    @GET
    @Path("/figures/workbook")
    @Produces({StatisticsService.XLSX, Problem.MEDIA_TYPE})
    @Operation(summary = "A table of figures as an Excel workbook (.xlsx)",
            description = "The table of `GET /v1/statistics/figures` laid out as the counties' ledgers: the period, the "
                    + "period a year before and the generation time in the heading; header rows merged (each measure "
                    + "across 本期, 去年同期, 同比); numbers as numbers, the change as a percentage; the total; the "
                    + "definitions under the table.")
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = StatisticsService.XLSX, schema = @Schema(type = "string", format = "binary")))
    public Response workbook(
            @BeanParam FigureParams params) {
        FigureQuery q = params.query(true);
        return xlsx(statistics.workbook(ActorResolver.current(), q), "statistics-" + q.getFrom() + "-" + q.getTo());
    }

    @GET
    @Path("/figures/subjects")
    @Operation(summary = "The records behind a figure",
            description = "What one measure of one group counts (the filters name the group; `to` and `from` the "
                    + "period), oldest first: each new matter or repeat petition with its case number, when it was "
                    + "counted and its people. A complaint about an official shows its number but no case id to a "
                    + "reader who may not open it.")
    @ApiResponse(responseCode = "200", description = "One page of records")
    public Page<FigureSubject> subjects(
            @Parameter(description = "MATTERS, BATCHES, PERSON_VISITS or REPEATS", required = true) @QueryParam("measure") String measure,
            @BeanParam FigureParams params,
            @Parameter(description = "The module that counted them (default: case)") @QueryParam("module") String module,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        Measure m = Params.enumValue("measure", measure, Measure.class);
        if (m == null) {
            throw ValidationException.of("measure", FieldViolation.REQUIRED, "which figure: MATTERS, BATCHES, PERSON_VISITS or REPEATS");
        }
        return statistics.subjects(ActorResolver.current(), Params.text(module), m,
                params.query(false),
                PageRequest.of(Params.integer("page", page, 0), Params.integer("size", size, PageRequest.DEFAULT_SIZE)));
    }

    @GET
    @Path("/rates")
    @Operation(summary = "A table of rates",
            description = "Every rate the installed modules compute (timely acceptance, on-time reply and completion, "
                    + "completion, resolution, satisfaction, first-time resolution, repeat rate, collective share, "
                    + "review reversal, and those of the mediation channels and legal aid), each with its numerator, "
                    + "denominator and per cent for the period and the same period a year before, the change in "
                    + "percentage points, and its definition. A record is in a period's denominator by the date of "
                    + "one event and in its numerator by what had happened up to the period's last day (or today "
                    + "while it runs), so a past period's rates do not change.")
    @ApiResponse(responseCode = "200", description = "The table", content = @Content(schema = @Schema(implementation = RateTable.class)))
    public RateTable rates(
            @BeanParam FigureParams params) {
        return statistics.rates(ActorResolver.current(), params.query(true));
    }

    @GET
    @Path("/rates/workbook")
    @Produces({StatisticsService.XLSX, Problem.MEDIA_TYPE})
    @Operation(summary = "A table of rates as an Excel workbook (.xlsx)",
            description = "The table of `GET /v1/statistics/rates`: a sheet of rates (each merged across 分子, 分母, "
                    + "本期, 去年同期 and 增减; rates as percentages, the change in points) and a sheet 口径说明 with "
                    + "what each numerator and denominator count.")
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = StatisticsService.XLSX, schema = @Schema(type = "string", format = "binary")))
    public Response ratesWorkbook(
            @BeanParam FigureParams params) {
        FigureQuery q = params.query(true);
        return xlsx(statistics.ratesWorkbook(ActorResolver.current(), q), "rates-" + q.getFrom() + "-" + q.getTo());
    }

    @GET
    @Path("/rates/subjects")
    @Operation(summary = "The records behind a rate",
            description = "The records one side of one rate counts for a group (the filters name it): the "
                    + "denominator, or the numerator, in the order of the dates that put them there. A complaint "
                    + "about an official shows its number but no case id to a reader who may not open it.")
    @ApiResponse(responseCode = "200", description = "One page of records")
    public Page<FigureSubject> rateSubjects(
            @Parameter(description = "The rate, e.g. ON_TIME_COMPLETION", required = true) @QueryParam("rate") String rate,
            @Parameter(description = "NUMERATOR or DENOMINATOR", required = true) @QueryParam("part") String part,
            @BeanParam FigureParams params,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        return statistics.rateSubjects(ActorResolver.current(), Params.text(rate),
                Params.enumValue("part", part, RatePart.class), params.query(false),
                PageRequest.of(Params.integer("page", page, 0), Params.integer("size", size, PageRequest.DEFAULT_SIZE)));
    }

    private static Response xlsx(byte[] workbook, String name) {
        return Response.ok(workbook, StatisticsService.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
    }
}
