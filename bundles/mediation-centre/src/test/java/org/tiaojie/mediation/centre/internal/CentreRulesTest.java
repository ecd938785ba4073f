package org.tiaojie.mediation.centre.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.mediation.MediationStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tiaojie.mediation.centre.internal.CentreRules.*;

class CentreRulesTest {
    @Test
    void theDisputeFollowsItsCurrentRecord() {
        assertEquals(NEW, status(NEW, null, null));
        assertEquals(IN_MEDIATION, status(NEW, null, "OPEN"));
        assertEquals(IN_MEDIATION, status(IN_MEDIATION, "LAND", "APPLIED"));
        assertEquals(UNRESOLVED, status(IN_MEDIATION, null, "FAILED"));
        assertEquals(UNRESOLVED, status(IN_MEDIATION, null, "ENDED"));
        assertEquals(AGREED, status(IN_MEDIATION, "LAND", "AGREED"));
        assertEquals(AGREED, status(AGREED, "LAND", "CONFIRMATION_REQUESTED"));
        assertEquals(IN_CONFIRMATION, status(AGREED, CONFIRMATION, "REQUESTED"));
        assertEquals(IN_CONFIRMATION, status(AGREED, CONFIRMATION, "ACCEPTED"));
        assertEquals(RESOLVED, status(IN_CONFIRMATION, CONFIRMATION, "CONFIRMED"));
        assertEquals(UNRESOLVED, status(IN_CONFIRMATION, CONFIRMATION, "REJECTED"), "back to mediation or a lawsuit");
        assertEquals(RESOLVED, status(IN_MEDIATION, "IN_LITIGATION", "DOCUMENT_EFFECTIVE"));
        assertEquals(REFERRED, status(REFERRED, null, "FAILED"), "a referral stays");
        assertEquals(CASE_CLOSED, status(CASE_CLOSED, CONFIRMATION, "CONFIRMED"));
    }

    @Test
    void aDisputeIsSentOnOnlyWhenNothingIsUnderWay() {
        assertEquals(List.of(DISPATCH, REFER_TO_LEGAL_ROUTE), allowed(NEW, null, null, false));
        assertEquals(List.of(), allowed(IN_MEDIATION, "PEOPLE", "OPEN", true));
        assertEquals(List.of(DISPATCH, REFER_TO_LEGAL_ROUTE), allowed(UNRESOLVED, "PEOPLE", "FAILED", true));
        assertEquals(List.of(REQUEST_CONFIRMATION, CLOSE_CASE), allowed(AGREED, "ADMINISTRATIVE", "AGREED", true));
        assertEquals(List.of(REQUEST_CONFIRMATION), allowed(AGREED, "PEOPLE", "AGREED", false), "no case to close");
        assertEquals(List.of(CLOSE_CASE), allowed(AGREED, "PEOPLE", "CONFIRMATION_REQUESTED", true),
                "confirmation already applied for");
        assertEquals(List.of(CLOSE_CASE), allowed(RESOLVED, "JUDICIAL", "CONFIRMED", true));
        assertEquals(List.of(), allowed(AGREED, "JUDICIAL", "AGREED", true).stream().filter(REQUEST_CONFIRMATION::equals).toList(),
                "a court's own mediation ends in its document, not in a confirmation request");
        assertEquals(List.of(), allowed(CASE_CLOSED, "JUDICIAL", "CONFIRMED", true));
        assertEquals(List.of(), allowed(REFERRED, "JUDICIAL", "FAILED", true));
    }

    @Test
    void aFailedDisputeGoesOnFromPeoplesToAdministrativeToJudicialMediationThenToALegalRoute() {
        assertEquals("ADMINISTRATIVE", next("PEOPLE"));
        assertEquals("JUDICIAL", next("ADMINISTRATIVE"));
        assertNull(next("JUDICIAL"));
    }

    @Test
    void everyStatusAChannelCanGiveMovesTheDisputeByItsOutcomeAlone() {
        for (MediationStatus st : MediationStatus.values()) {
            String expected = switch (st.outcome()) {
                case UNDER_WAY -> IN_MEDIATION;
                case AGREEMENT -> AGREED;
                case SETTLED -> RESOLVED;
                case NOT_SETTLED -> UNRESOLVED;
            };
            assertEquals(expected, status(IN_MEDIATION, null, st.name()), st.name());
        }
        assertEquals(IN_CONFIRMATION, status(AGREED, CONFIRMATION, MediationStatus.ACCEPTED.name()));
        // A status a later channel release adds is read as still under way until this release knows it.
        assertEquals(IN_MEDIATION, status(AGREED, null, "ADJOURNED"));
        // Referred and closed disputes keep their status whatever the channel shows.
        assertEquals(REFERRED, status(REFERRED, null, MediationStatus.FULFILLED.name()));
        assertEquals(CASE_CLOSED, status(CASE_CLOSED, null, MediationStatus.FAILED.name()));
    }
}
