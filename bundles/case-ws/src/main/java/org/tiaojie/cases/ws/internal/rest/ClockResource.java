package org.tiaojie.cases.ws.internal.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.tiaojie.cases.api.ClockControl;
import org.tiaojie.cases.api.ClockState;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.ws.internal.ActorResolver;

/**
 * The platform's clock: what it says, and on a training installation (培训环境) setting it forward so that staff
 * walk a case through its 60 days in an afternoon. A production installation refuses any change.
 */
@Path("/v1/clock")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "clock", description = "The platform's one clock; a training installation's can be set (培训时钟)")
@ApiResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ClockResource {
    private final ClockControl clock;

    public ClockResource(ClockControl clock) {
        this.clock = clock;
    }

    /** A change asked of the clock. */
    @Schema(description = "A change to a training installation's clock: `now` for PUT, `by` for POST /advance.")
    public static class ClockChange {
        private String now;
        private String by;

        @Schema(maxLength = 40, description = "The time to set, ISO-8601 with offset, e.g. 2027-01-04T09:00:00+08:00")
        public String getNow() {
            return now;
        }

        public void setNow(String now) {
            this.now = now;
        }

        @Schema(maxLength = 40, description = "How far to move forward, ISO-8601 duration, e.g. P60D or PT2H")
        public String getBy() {
            return by;
        }

        public void setBy(String by) {
            this.by = by;
        }
    }

    @GET
    @Operation(summary = "What the platform's clock says",
            description = "Now and today as the platform counts time, the real time, and whether they differ (a "
                    + "training installation's clock that was set).")
    @ApiResponse(responseCode = "200", description = "The clock",
            content = @Content(schema = @Schema(implementation = ClockState.class)))
    public ClockState state() {
        ActorResolver.current();
        return clock.state();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a training installation's clock",
            description = "Operators of a training installation only; forward only. Every answer then carries the "
                    + "header Tiaojie-Clock, and audit entries keep the real time too.")
    @ApiResponse(responseCode = "200", description = "The clock after the change",
            content = @Content(schema = @Schema(implementation = ClockState.class)))
    @ApiResponse(responseCode = "400", description = "Not a time, or a time before the clock's now (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an operator, or not a training installation (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClockState set(@RequestBody(required = true) ClockChange change) {
        var actor = ActorResolver.current();
        Roles.require(actor, Roles.OPERATOR);
        if (change == null || change.getNow() == null || change.getNow().isBlank()) {
            return clock.set(actor, null);
        }
        Instant now;
        try {
            now = OffsetDateTime.parse(change.getNow().trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationException.of("now", FieldViolation.INVALID_FORMAT,
                    "an ISO-8601 time with offset, e.g. 2027-01-04T09:00:00+08:00");
        }
        return clock.set(actor, now);
    }

    @POST
    @Path("/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a training installation's clock forward",
            description = "Operators of a training installation only, e.g. {\"by\": \"P60D\"} to let a handling limit run out.")
    @ApiResponse(responseCode = "200", description = "The clock after the change",
            content = @Content(schema = @Schema(implementation = ClockState.class)))
    @ApiResponse(responseCode = "400", description = "Not a positive duration (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an operator, or not a training installation (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClockState advance(@RequestBody(required = true) ClockChange change) {
        var actor = ActorResolver.current();
        Roles.require(actor, Roles.OPERATOR);
        Duration by = null;
        if (change != null && change.getBy() != null && !change.getBy().isBlank()) {
            try {
                by = Duration.parse(change.getBy().trim());
            } catch (DateTimeParseException e) {
                throw ValidationException.of("by", FieldViolation.INVALID_FORMAT, "an ISO-8601 duration, e.g. P60D or PT2H");
            }
        }
        return clock.advance(actor, by);
    }

    @DELETE
    @Operation(summary = "Back to the real time",
            description = "Operators of a training installation only; for a fresh training round on a fresh database.")
    @ApiResponse(responseCode = "200", description = "The clock, now the real time",
            content = @Content(schema = @Schema(implementation = ClockState.class)))
    @ApiResponse(responseCode = "403", description = "Not an operator, or not a training installation (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClockState reset() {
        return clock.reset(ActorResolver.current());
    }
}
