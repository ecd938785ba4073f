package org.tiaojie.mediation.centre.internal;

import java.util.ArrayList;
import java.util.List;

import org.tiaojie.cases.api.mediation.MediationStatus;
import org.tiaojie.cases.api.spi.MediationChannel.Kind;

/**
 * How a dispute moves at the centre. Pure: the dispute's status from its current attempt's record, the
 * steps open in each status, and where a failed dispute goes next (people's → administrative → judicial
 * mediation → a legal route).
 */
public final class CentreRules {
    public static final String NEW = "NEW";
    public static final String IN_MEDIATION = "IN_MEDIATION";
    public static final String AGREED = "AGREED";
    public static final String IN_CONFIRMATION = "IN_CONFIRMATION";
    public static final String RESOLVED = "RESOLVED";
    public static final String UNRESOLVED = "UNRESOLVED";
    public static final String REFERRED = "REFERRED";
    public static final String CASE_CLOSED = "CASE_CLOSED";

    public static final String DISPATCH = "DISPATCH";
    public static final String REQUEST_CONFIRMATION = "REQUEST_CONFIRMATION";
    public static final String REFER_TO_LEGAL_ROUTE = "REFER_TO_LEGAL_ROUTE";
    public static final String CLOSE_CASE = "CLOSE_CASE";

    public static final String CONFIRMATION = "CONFIRMATION";
    /** The channels in the order a dispute that fails in one goes on to the next. */
    public static final List<String> CHANNELS = List.of(Kind.PEOPLE.name(), Kind.ADMINISTRATIVE.name(), Kind.JUDICIAL.name());
    public static final List<String> LEGAL_ROUTES = List.of("LITIGATION", "ARBITRATION", "LABOUR_ARBITRATION",
            "ADMINISTRATIVE_RECONSIDERATION", "OTHER");

    private CentreRules() {
    }

    /** The dispute's status given its current attempt (null: none yet); REFERRED and CASE_CLOSED are kept. */
    public static String status(String stored, String stage, String recordStatus) {
        if (REFERRED.equals(stored) || CASE_CLOSED.equals(stored)) {
            return stored;
        }
        if (recordStatus == null) {
            return NEW;
        }
        // A status no channel of this release knows reads as still under way: nothing is decided on a guess.
        MediationStatus.Outcome outcome = MediationStatus.of(recordStatus).map(MediationStatus::outcome)
                .orElse(MediationStatus.Outcome.UNDER_WAY);
        return switch (outcome) {
            case UNDER_WAY -> CONFIRMATION.equals(stage) ? IN_CONFIRMATION : IN_MEDIATION;
            case AGREEMENT -> AGREED;
            case SETTLED -> RESOLVED;
            case NOT_SETTLED -> UNRESOLVED;
        };
    }

    /**
     * The steps possible: send it (first or on) while nothing is under way; ask the court to confirm an
     * agreement of people's or administrative mediation; close the petition case on an agreement.
     */
    public static List<String> allowed(String status, String currentChannel, String recordStatus, boolean hasCase) {
        List<String> result = new ArrayList<>();
        if (NEW.equals(status) || UNRESOLVED.equals(status)) {
            result.add(DISPATCH);
            result.add(REFER_TO_LEGAL_ROUTE);
        }
        if (MediationStatus.AGREED.name().equals(recordStatus) && !Kind.JUDICIAL.name().equals(currentChannel)) {
            result.add(REQUEST_CONFIRMATION);
        }
        if (hasCase && (AGREED.equals(status) || IN_CONFIRMATION.equals(status) || RESOLVED.equals(status))) {
            result.add(CLOSE_CASE);
        }
        return result;
    }

    /** Where a dispute goes after a failed attempt in {@code channel}; null means a legal route. */
    public static String next(String channel) {
        int i = CHANNELS.indexOf(channel);
        return i < 0 ? CHANNELS.get(0) : i + 1 < CHANNELS.size() ? CHANNELS.get(i + 1) : null;
    }
}
