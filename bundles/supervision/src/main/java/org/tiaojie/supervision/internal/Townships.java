package org.tiaojie.supervision.internal;

import java.util.List;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;

/** What supervision's lists and texts need of the county's townships and of who may read them. */
final class Townships {
    /** The roles that read the ordinary cases of their townships (the discipline body reads only complaints). */
    static final String[] ORDINARY_READERS = {Roles.CLERK, Roles.HANDLER, Roles.LEADER, Roles.MEDIATOR,
            Roles.LEGAL_AID, Roles.SUPERVISOR};

    private Townships() {
    }

    /**
     * The townships a list may show the actor: a filter is checked (a township of the county, one of the actor's);
     * without one, the actor's townships, or null for county staff (every township).
     */
    static List<String> readable(ReferenceData master, Actor actor, String township) {
        if (township != null) {
            if (master != null && master.township(township).isEmpty()) {
                throw ValidationException.of("township", FieldViolation.UNKNOWN_VALUE, "a township of the county");
            }
            if (!actor.canSeeTownship(township)) {
                throw new TiaojieException(ErrorCode.ACCESS_DENIED, actor.userId() + " is not assigned to township " + township);
            }
        }
        return actor.isCountyWide() ? null : List.copyOf(actor.townships());
    }

    /** The township's name for a text, or its code when the master data is away. */
    static String name(ReferenceData master, String code) {
        if (code == null || master == null) {
            return code;
        }
        try {
            return master.township(code).map(t -> t.name()).orElse(code);
        } catch (RuntimeException e) {
            return code; // the core is away for a moment: the code says the same
        }
    }
}
