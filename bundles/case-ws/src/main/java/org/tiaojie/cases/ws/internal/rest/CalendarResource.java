package org.tiaojie.cases.ws.internal.rest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CalendarAdministration;
import org.tiaojie.cases.api.CalendarStatus;
import org.tiaojie.cases.api.CalendarYear;
import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.api.WorkingDays;
import org.tiaojie.cases.ws.internal.ActorResolver;

/**
 * The official calendar for clerks — 期限计算: when a period runs out, counted by the same rule and with the same
 * explanation the cases show (so a clerk can tell a petitioner when a legal route's own limit ends), the working
 * days between two dates, and for operators the loading of a year's holidays when the State Council publishes them.
 */
@Path("/v1/calendar")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "calendar", description = "The official calendar and time limits (法定节假日与期限计算)")
@ApiResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CalendarResource {
    /** Who may ask: every member of staff. */
    static final String[] STAFF = {Roles.CLERK, Roles.HANDLER, Roles.LEADER, Roles.MEDIATOR, Roles.LEGAL_AID,
            Roles.SUPERVISOR, Roles.OPERATOR, Roles.JUSTICE_BUREAU, Roles.COURT, Roles.DISCIPLINE};
    /** A civil claim's limit is three years; nothing a clerk computes is longer than ten. */
    static final int MAX_DAYS = 3660;

    private final WorkingCalendar calendar;
    private final CalendarAdministration administration;
    private final PlatformClock clock;

    public CalendarResource(WorkingCalendar calendar, CalendarAdministration administration, PlatformClock clock) {
        this.calendar = calendar;
        this.administration = administration;
        this.clock = clock;
    }

    @GET
    @Path("/due-date")
    @Operation(summary = "When a period runs out (期限届满日)",
            description = "The due date of a period of `days` from `start`, the first day not counted, a last day on a "
                    + "rest day moved to the next working day (calendar days), or counting working days only; with the "
                    + "computation in words and, when it reaches into a year whose holidays are not loaded, a warning.")
    @ApiResponse(responseCode = "200", description = "The due date and how it was computed",
            content = @Content(schema = @Schema(implementation = Deadline.class)))
    @ApiResponse(responseCode = "400", description = "A missing or invalid parameter (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Deadline dueDate(
            @Parameter(description = "The day the period runs from (yyyy-MM-dd), e.g. the day the petitioner learned of "
                    + "the administrative act", required = true) @QueryParam("start") String start,
            @Parameter(description = "Length of the period, 1–" + MAX_DAYS, required = true) @QueryParam("days") String days,
            @Parameter(description = "CALENDAR_DAYS (default) or WORKING_DAYS", schema = @Schema(implementation = DayCount.class))
            @QueryParam("count") String count) {
        Roles.require(ActorResolver.current(), STAFF);
        LocalDate from = date("start", start);
        Integer length = Params.integer("days", days, -1);
        if (length < 1 || length > MAX_DAYS) {
            throw ValidationException.of("days", FieldViolation.OUT_OF_RANGE, "between 1 and " + MAX_DAYS);
        }
        DayCount how = Params.enumValue("count", count, DayCount.class);
        Deadline d = calendar.period(from, how == null ? DayCount.CALENDAR_DAYS : how, length);
        long remaining = ChronoUnit.DAYS.between(clock.today(), d.getDueDate());
        d.setDaysRemaining((int) remaining);
        d.setOverdue(remaining < 0);
        return d;
    }

    @GET
    @Path("/working-days")
    @Operation(summary = "Working days between two dates (工作日天数)",
            description = "The working days after `from` up to and including `to`: holidays and weekends not counted, "
                    + "swapped working days counted.")
    @ApiResponse(responseCode = "200", description = "The count and how it was made",
            content = @Content(schema = @Schema(implementation = WorkingDays.class)))
    @ApiResponse(responseCode = "400", description = "A missing or invalid date, or `to` before `from` (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorkingDays workingDays(
            @Parameter(description = "First date (yyyy-MM-dd), not counted", required = true) @QueryParam("from") String from,
            @Parameter(description = "Last date (yyyy-MM-dd), counted", required = true) @QueryParam("to") String to) {
        Roles.require(ActorResolver.current(), STAFF);
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw ValidationException.of("to", FieldViolation.OUT_OF_RANGE, "not before `from`");
        }
        if (ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
            throw ValidationException.of("to", FieldViolation.OUT_OF_RANGE, "at most " + MAX_DAYS + " days after `from`");
        }
        return calendar.workingDaysBetween(first, last);
    }

    @GET
    @Path("/years")
    @Operation(summary = "The loaded years of the official calendar",
            description = "Which years' holidays are loaded, and a warning when this year's is missing or, from "
                    + "1 November, next year's.")
    @ApiResponse(responseCode = "200", description = "The loaded years",
            content = @Content(schema = @Schema(implementation = CalendarStatus.class)))
    public CalendarStatus years() {
        Roles.require(ActorResolver.current(), STAFF);
        return administration.status();
    }

    @GET
    @Path("/years/{year}")
    @Operation(summary = "One year's holidays and swapped working days")
    @ApiResponse(responseCode = "200", description = "The year",
            content = @Content(schema = @Schema(implementation = CalendarYear.class)))
    @ApiResponse(responseCode = "404", description = "The year is not loaded (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarYear year(@Parameter(description = "e.g. 2027") @PathParam("year") String year) {
        Roles.require(ActorResolver.current(), STAFF);
        int y = yearOf(year);
        return calendar.year(y).orElseThrow(() -> new TiaojieException(ErrorCode.NOT_FOUND,
                "the official calendar of " + y + " is not loaded"));
    }

    @PUT
    @Path("/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load a year of the official calendar (载入节假日安排)",
            description = "Operators only. When the State Council publishes next year's holidays, load them here: "
                    + "validated whole (every day inside the year, no day both holiday and working day, working days "
                    + "only on weekends), in force at once without a restart, and kept in "
                    + "etc/org.tiaojie.calendar.year-<year>.cfg. Loading a year again replaces it.")
    @ApiResponse(responseCode = "200", description = "The year as it is now in force",
            content = @Content(schema = @Schema(implementation = CalendarYear.class)))
    @ApiResponse(responseCode = "400", description = "An entry is not a date of the year, or a day is both "
            + "(VALIDATION_FAILED); nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an operator (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarYear load(@Parameter(description = "e.g. 2027") @PathParam("year") String year, @RequestBody(required = true) CalendarYear body) {
        Actor actor = ActorResolver.current();
        Roles.require(actor, Roles.OPERATOR);
        int y = yearOf(year);
        if (body == null) {
            throw ValidationException.of("body", FieldViolation.REQUIRED, "the year's holidays and working days");
        }
        if (body.getYear() != 0 && body.getYear() != y) {
            throw ValidationException.of("year", FieldViolation.OUT_OF_RANGE, "the body is for " + body.getYear()
                    + ", the address for " + y);
        }
        body.setYear(y);
        return administration.load(actor, body);
    }

    private static LocalDate date(String name, String value) {
        LocalDate d = Params.date(name, value);
        if (d == null) {
            throw ValidationException.of(name, FieldViolation.REQUIRED, "a date yyyy-MM-dd");
        }
        return d;
    }

    private static int yearOf(String year) {
        int y = Params.integer("year", year, -1);
        if (y < 1990 || y > 2200) {
            throw ValidationException.of("year", FieldViolation.OUT_OF_RANGE, "a year between 1990 and 2200");
        }
        return y;
    }
}
