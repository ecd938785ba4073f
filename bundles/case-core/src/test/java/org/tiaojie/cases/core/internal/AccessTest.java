package org.tiaojie.cases.core.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.RoutingState;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessTest {
    private static final String TOWN = "341122101";

    @Test
    void aComplaintAboutAnOfficialIsSeenByThePetitionOfficeOnly() {
        Actor clerk = new Actor("clerk", Set.of("clerk"), Set.of(TOWN));
        Actor handler = new Actor("handler", Set.of("handler"), Set.of(TOWN));
        Actor bureau = new Actor("bureau", Set.of("clerk", "county"), Set.of());
        assertTrue(Access.maySee(clerk, TOWN, RoutingState.WITHHELD));
        assertTrue(Access.maySee(bureau, TOWN, RoutingState.WITHHELD));
        assertFalse(Access.maySee(handler, TOWN, RoutingState.WITHHELD), "the department may be the one complained about");
        assertTrue(Access.maySee(handler, TOWN, RoutingState.ROUTED));
        assertFalse(Access.maySee(clerk, "341122102", RoutingState.ROUTED), "another township");
    }
}
