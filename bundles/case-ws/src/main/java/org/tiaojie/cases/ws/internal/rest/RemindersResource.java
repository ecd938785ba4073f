package org.tiaojie.cases.ws.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.supervision.Reminder;
import org.tiaojie.cases.api.supervision.ReminderRun;
import org.tiaojie.cases.api.supervision.ReminderService;
import org.tiaojie.cases.api.supervision.ReminderStage;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** Reminders (催办提醒) over REST, while the supervision plug-in is installed (503 otherwise). */
@Path("/v1/reminders")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "reminders", description = "Reminders (催办提醒) of time limits near or past, sent once per limit and lead time")
@ApiResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow it (ACCESS_DENIED)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "503", description = "The supervision plug-in is not installed right now (SERVICE_UNAVAILABLE)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RemindersResource {
    private final ReminderService reminders;

    public RemindersResource(ReminderService reminders) {
        this.reminders = reminders;
    }

    @GET
    @Operation(summary = "Reminders sent, newest first",
            description = "Each reminder names the limit (`limit`, `limitLabel`), its due date, the stage (DUE_SOON with "
                    + "the lead time in working days, or OVERDUE), the township, unit and person it went to, and each "
                    + "channel's answer (`deliveries`). The reader's townships (county staff: all); reminders about "
                    + "complaints about officials only to those who may read those complaints.")
    @ApiResponse(responseCode = "200", description = "One page of reminders")
    @ApiResponse(responseCode = "400", description = "An unknown township or stage, or a paging value out of range (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<Reminder> list(
            @Parameter(description = "Only the reminders of this case (its id)") @QueryParam("caseId") String caseId,
            @Parameter(description = "Township code; all of the caller's townships when absent") @QueryParam("township") String township,
            @Parameter(description = "Only this stage", schema = @Schema(implementation = ReminderStage.class))
            @QueryParam("stage") String stage,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        return reminders.list(ActorResolver.current(), Params.text(caseId), Params.text(township),
                Params.enumValue("stage", stage, ReminderStage.class),
                PageRequest.of(Params.integer("page", page, 0), Params.integer("size", size, PageRequest.DEFAULT_SIZE)));
    }

    @POST
    @Path("/run")
    @Operation(summary = "Run the reminders now",
            description = "What the scheduled job does every period (etc/org.tiaojie.supervision.cfg), now: after a "
                    + "training clock was moved, or to catch up after a stop. Operators and supervisors. Safe while "
                    + "another run is under way, here or on another node: each reminder is sent once.")
    @ApiResponse(responseCode = "200", description = "What the run read and sent",
            content = @Content(schema = @Schema(implementation = ReminderRun.class)))
    public ReminderRun run() {
        return reminders.run(ActorResolver.current());
    }
}
