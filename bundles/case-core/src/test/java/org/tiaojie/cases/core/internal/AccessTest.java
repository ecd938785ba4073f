package org.tiaojie.cases.core.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.RoutingState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessTest {
    private static final String TOWN = "341122101";
    private static final Actor CLERK = new Actor("clerk", Set.of("clerk"), Set.of(TOWN));
    private static final Actor OTHER_CLERK = new Actor("clerk3", Set.of("clerk"), Set.of(TOWN));
    private static final Actor HANDLER = new Actor("handler", Set.of("handler"), Set.of(TOWN));
    private static final Actor BUREAU = new Actor("bureau", Set.of("clerk", "county"), Set.of());
    private static final Actor DISCIPLINE = new Actor("discipline", Set.of("discipline", "county"), Set.of());

    @Test
    void aComplaintAboutAnOfficialIsSeenByTheDisciplineBodyTheBureauAndTheClerkWhoRegisteredIt() {
        assertTrue(Access.maySee(CLERK, TOWN, RoutingState.WITHHELD, "clerk"), "the clerk who registered it");
        assertFalse(Access.maySee(OTHER_CLERK, TOWN, RoutingState.WITHHELD, "clerk"), "another clerk of the township");
        assertTrue(Access.maySee(BUREAU, TOWN, RoutingState.WITHHELD, "clerk"));
        assertTrue(Access.maySee(DISCIPLINE, TOWN, RoutingState.WITHHELD, "clerk"));
        assertFalse(Access.maySee(HANDLER, TOWN, RoutingState.WITHHELD, "clerk"), "the department may be the one complained about");
        assertEquals(Access.Withheld.OWN, Access.withheld(CLERK));
        assertEquals(Access.Withheld.ALL, Access.withheld(BUREAU));
        assertEquals(Access.Withheld.NONE, Access.withheld(HANDLER));
    }

    @Test
    void theScopeSaysWhereAndTheRoleWhat() {
        assertTrue(Access.maySee(HANDLER, TOWN, RoutingState.ROUTED, "clerk"));
        assertFalse(Access.maySee(CLERK, "341122102", RoutingState.ROUTED, "clerk"), "another township");
        assertFalse(Access.maySee(DISCIPLINE, TOWN, RoutingState.ROUTED, "clerk"), "the discipline body reads complaints only");
        Actor operator = new Actor("operator", Set.of("operator", "county"), Set.of());
        assertFalse(Access.maySee(operator, TOWN, RoutingState.ROUTED, "clerk"), "operators administer, they read no cases");
        Actor courtOfCounty = new Actor("court", Set.of("court", "county"), Set.of());
        assertFalse(Access.maySee(courtOfCounty, TOWN, RoutingState.ROUTED, "clerk"), "a county scope grants nothing");
    }
}
