package org.tiaojie.mediation.judicial.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tiaojie.mediation.internal.CommonSteps.AGREED;
import static org.tiaojie.mediation.internal.CommonSteps.OPEN;
import static org.tiaojie.mediation.judicial.internal.JudicialMediationRules.*;

class JudicialMediationRulesTest {
    private static final Limits L = Limits.STATUTORY;

    @Test
    void courtMediationEndsInAMediationDocumentOrAFailure() {
        assertEquals(List.of("RECORD_SESSION", "WITHDRAW", "FAIL", "EXTEND"), allowed(PRE_FILING, OPEN, 0, 0));
        assertEquals(List.of("RECORD_SESSION", "WITHDRAW", "FAIL", "AGREE", "EXTEND"), allowed(IN_LITIGATION, OPEN, 1, 5));
        assertEquals(List.of("FAIL", "ISSUE_DOCUMENT"), allowed(IN_LITIGATION, AGREED, 1, 0),
                "a party who will not sign the document ends it as a failure");
        assertEquals(List.of("RECORD_FULFILMENT"), allowed(PRE_FILING, DOCUMENT_EFFECTIVE, 1, 0));
    }

    @Test
    void aConfirmationRequestIsAcceptedThenRuledOnWithOneExtension() {
        assertEquals(List.of("ACCEPT", "NOT_ACCEPT"), allowed(CONFIRMATION, REQUESTED, 0, 0));
        assertEquals(List.of("EXTEND", "CONFIRM", "REJECT"), allowed(CONFIRMATION, ACCEPTED, 0, 0));
        assertEquals(List.of("CONFIRM", "REJECT"), allowed(CONFIRMATION, ACCEPTED, 0, 10), "extended once already");
        assertEquals(List.of("RECORD_FULFILMENT"), allowed(CONFIRMATION, CONFIRMED, 0, 0));
        assertEquals(List.of(), allowed(CONFIRMATION, REJECTED, 0, 0));
        assertFalse(allows(CONFIRMATION, REQUESTED, "AGREE", 3, 0), "the court does not mediate a confirmation request");
    }

    @Test
    void theLimitsFollowTheStageAndTheProcedure() {
        assertEquals(30, limitDays(PRE_FILING, OPEN, false, 0, L));
        assertEquals(15, limitDays(IN_LITIGATION, OPEN, false, 0, L));
        assertEquals(7, limitDays(IN_LITIGATION, OPEN, true, 0, L));
        assertEquals(22, limitDays(IN_LITIGATION, OPEN, false, 7, L), "longer by the parties' consent");
        assertEquals(3, limitDays(CONFIRMATION, REQUESTED, false, 0, L));
        assertEquals(25, limitDays(CONFIRMATION, ACCEPTED, false, 10, L));
        assertEquals(0, limitDays(CONFIRMATION, CONFIRMED, false, 0, L));
        assertEquals(0, limitDays(PRE_FILING, AGREED, false, 0, L));
    }
}
