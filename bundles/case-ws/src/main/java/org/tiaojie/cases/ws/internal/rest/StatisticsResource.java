package org.tiaojie.cases.ws.internal.rest;

import java.util.ArrayList;
import java.util.List;

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
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureSubject;
import org.tiaojie.cases.api.statistics.FigureTable;
import org.tiaojie.cases.api.statistics.Measure;
import org.tiaojie.cases.api.statistics.StatisticsService;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** The published figures (统计) and the records behind each, while the statistics plug-in is installed (503 otherwise). */
@Path("/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "statistics", description = "Statistics (统计): matters, batches and person-visits, year on year, auditable to the case")
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
            @Parameter(description = "First day (yyyy-MM-dd)", required = true) @QueryParam("from") String from,
            @Parameter(description = "Last day, included (yyyy-MM-dd)", required = true) @QueryParam("to") String to,
            @Parameter(description = "Dimensions, comma-separated, e.g. TOWNSHIP,CATEGORY") @QueryParam("by") String by,
            @Parameter(description = "Only this township") @QueryParam("township") String township,
            @Parameter(description = "Only this category") @QueryParam("category") String category,
            @Parameter(description = "Only this petition form") @QueryParam("petitionForm") String petitionForm,
            @Parameter(description = "Only this source (来源)") @QueryParam("source") String source,
            @Parameter(description = "Only this nature") @QueryParam("nature") String nature,
            @Parameter(description = "Only this department") @QueryParam("department") String department) {
        return statistics.figures(ActorResolver.current(), query(from, to, by, township, category, petitionForm, source,
                nature, department));
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
            @Parameter(description = "First day (yyyy-MM-dd)", required = true) @QueryParam("from") String from,
            @Parameter(description = "Last day, included (yyyy-MM-dd)", required = true) @QueryParam("to") String to,
            @Parameter(description = "Dimensions, comma-separated, e.g. TOWNSHIP,CATEGORY") @QueryParam("by") String by,
            @Parameter(description = "Only this township") @QueryParam("township") String township,
            @Parameter(description = "Only this category") @QueryParam("category") String category,
            @Parameter(description = "Only this petition form") @QueryParam("petitionForm") String petitionForm,
            @Parameter(description = "Only this source (来源)") @QueryParam("source") String source,
            @Parameter(description = "Only this nature") @QueryParam("nature") String nature,
            @Parameter(description = "Only this department") @QueryParam("department") String department) {
        FigureQuery q = query(from, to, by, township, category, petitionForm, source, nature, department);
        byte[] xlsx = statistics.workbook(ActorResolver.current(), q);
        String name = "statistics-" + q.getFrom() + "-" + q.getTo() + ".xlsx";
        return Response.ok(xlsx, StatisticsService.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
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
            @Parameter(description = "First day (yyyy-MM-dd)", required = true) @QueryParam("from") String from,
            @Parameter(description = "Last day, included (yyyy-MM-dd)", required = true) @QueryParam("to") String to,
            @Parameter(description = "Only this township") @QueryParam("township") String township,
            @Parameter(description = "Only this category") @QueryParam("category") String category,
            @Parameter(description = "Only this petition form") @QueryParam("petitionForm") String petitionForm,
            @Parameter(description = "Only this source (来源)") @QueryParam("source") String source,
            @Parameter(description = "Only this nature") @QueryParam("nature") String nature,
            @Parameter(description = "Only this department") @QueryParam("department") String department,
            @Parameter(description = "The module that counted them (default: case)") @QueryParam("module") String module,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        Measure m = Params.enumValue("measure", measure, Measure.class);
        if (m == null) {
            throw ValidationException.of("measure", FieldViolation.REQUIRED, "which figure: MATTERS, BATCHES, PERSON_VISITS or REPEATS");
        }
        return statistics.subjects(ActorResolver.current(), Params.text(module), m,
                query(from, to, null, township, category, petitionForm, source, nature, department),
                PageRequest.of(Params.integer("page", page, 0), Params.integer("size", size, PageRequest.DEFAULT_SIZE)));
    }

    private static FigureQuery query(String from, String to, String by, String township, String category,
                                     String petitionForm, String source, String nature, String department) {
        FigureQuery q = new FigureQuery();
        q.setFrom(Params.date("from", from));
        q.setTo(Params.date("to", to));
        List<Dimension> dimensions = new ArrayList<>();
        if (by != null && !by.isBlank()) {
            for (String d : by.split(",", -1)) {
                Dimension dimension = Params.enumValue("by", d, Dimension.class);
                if (dimension == null) {
                    throw ValidationException.of("by", FieldViolation.INVALID_FORMAT, "dimensions separated by commas");
                }
                dimensions.add(dimension);
            }
        }
        q.setBy(dimensions);
        q.setTownship(Params.text(township));
        q.setCategory(Params.text(category));
        q.setPetitionForm(Params.text(petitionForm));
        q.setSource(Params.text(source));
        q.setNature(Params.text(nature));
        q.setDepartment(Params.text(department));
        return q;
    }
}
