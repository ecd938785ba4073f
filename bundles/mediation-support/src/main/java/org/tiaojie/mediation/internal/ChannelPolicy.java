package org.tiaojie.mediation.internal;

import java.time.LocalDate;
import java.util.List;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.spi.MediationChannel;

/**
 * What makes a channel itself: its master data, its steps and its time limits. The engine
 * ({@link MediationFiles}) does the rest: numbers, storage, versions, history, the common steps' checks.
 * Pure and side-effect free except for {@link #apply}, which changes only the file it is given.
 */
public interface ChannelPolicy {
    MediationChannel.Kind kind();

    /** Record number prefix, e.g. RT (人调), XT (行调), ST (诉调). */
    String numberPrefix();

    /** A name for error messages, e.g. "people's mediation". */
    String displayName();

    MediationChannel.Assessment assess(MediationChannel.DisputeFacts dispute);

    /**
     * Checks the opening against the channel's master data and rules, adding what is wrong to
     * {@code violations}; when nothing is, fills the new file (body, mediator, division, first status).
     */
    void open(Actor actor, MediationRequest request, MediationFile file, LocalDate today, List<FieldViolation> violations);

    /** The action a file's opening is authorised as. */
    String OPEN = "OPEN";

    /**
     * Refuses (ACCESS_DENIED) an actor who may read the channel's files but not take this step: {@link #OPEN}
     * with the requested division, a step with the file's division, or {@link MediationFiles#REVEAL_PARTIES} (those
     * who take the file's steps). The engine has already checked the reading roles. A step is authorised twice:
     * first without the division (null), before the file is looked up, so that who may not take it learns nothing
     * of the file; then with the file's division.
     */
    void authorize(Actor actor, String action, String division);

    /** Every action the channel knows. */
    List<String> actions();

    /** Whether the action is possible on the file on that day. */
    boolean allows(MediationFile file, String action, LocalDate on);

    /** The step's own content checks, beyond the engine's (action known, date not in the future). */
    void validate(MediationStep step, List<FieldViolation> violations);

    /** Applies an allowed, valid step to the file. */
    void apply(MediationFile file, MediationStep step, LocalDate on);

    /** Why a refused step is refused when a time window closed (TIME_LIMIT_EXPIRED), or null. */
    default String expired(MediationFile file, String action, LocalDate on) {
        return null;
    }

    /** The limit that runs now, if any. */
    Deadline deadline(MediationFile file);

    /**
     * The limit the reminders follow now: the channel's own running limit, or — for a channel whose agreements may be
     * confirmed by the court — the parties' window to apply while the file is {@code AGREED}; null when none.
     */
    default Deadline reminded(MediationFile file) {
        return deadline(file);
    }

    /** Fills what only this channel shows (names of the body and mediator, reminders). */
    void describe(MediationFile file, MediationRecord view, LocalDate today);
}
