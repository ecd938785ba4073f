package org.tiaojie.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.LegalRoute;
import org.tiaojie.cases.api.ReviewOutcome;
import org.tiaojie.cases.api.StepPassed;
import org.tiaojie.cases.api.WrittenOpinion;
import org.tiaojie.cases.api.document.DocumentKind;

class DocumentRulesTest {
    private static final String TOWN = "341122101";
    private static final Actor CLERK = new Actor("clerk", Set.of("clerk"), Set.of(TOWN));
    private static final Actor HANDLER = new Actor("handler", Set.of("handler"), Set.of(TOWN));
    private static final Actor LEADER = new Actor("leader", Set.of("leader"), Set.of(TOWN));
    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of("supervisor"), Set.of());
    private static final Actor COUNTY_LEGAL_AID = Actor.fromRoleNames("legalaid", List.of("legal-aid", "county"));
    private static final Actor BUREAU = Actor.fromRoleNames("bureau", List.of("clerk", "county"));

    private static CaseView registered() {
        CaseView v = new CaseView();
        v.setTownship(TOWN);
        return v;
    }

    private static void passed(CaseView v, CaseAction action) {
        StepPassed s = new StepPassed();
        s.setAction(action);
        s.setOn(LocalDate.of(2031, 1, 6));
        v.setStepsPassed(List.of(s));
    }

    @Test
    void aRegisteredCaseHasOnlyItsSlip() {
        CaseView v = registered();
        assertTrue(DocumentRules.refusal(CLERK, DocumentKind.REGISTRATION_SLIP, v).isEmpty());
        for (DocumentKind kind : List.of(DocumentKind.RECEIPT_NOTICE, DocumentKind.TRANSFER_NOTICE,
                DocumentKind.REDIRECTION_NOTICE, DocumentKind.EXTENSION_NOTICE, DocumentKind.WRITTEN_OPINION,
                DocumentKind.REVIEW_DECISION, DocumentKind.RE_REVIEW_DECISION)) {
            assertTrue(DocumentRules.refusal(CLERK, kind, v).isPresent(), kind.name());
            assertFalse(DocumentRules.isRoleRefusal(CLERK, kind), kind + " is the case's state, not the role");
        }
    }

    @Test
    void eachDocumentComesWithTheStepItReports() {
        CaseView v = registered();
        passed(v, CaseAction.ACCEPT);
        assertTrue(DocumentRules.refusal(CLERK, DocumentKind.RECEIPT_NOTICE, v).isEmpty());
        passed(v, CaseAction.TRANSFER);
        assertTrue(DocumentRules.refusal(CLERK, DocumentKind.TRANSFER_NOTICE, v).isEmpty());
        v.setLegalRoute(LegalRoute.LABOUR_ARBITRATION);
        assertTrue(DocumentRules.refusal(CLERK, DocumentKind.REDIRECTION_NOTICE, v).isEmpty());
        v.setExtensionDays(20);
        assertTrue(DocumentRules.refusal(HANDLER, DocumentKind.EXTENSION_NOTICE, v).isEmpty());
        v.setOpinion(new WrittenOpinion());
        assertTrue(DocumentRules.refusal(HANDLER, DocumentKind.WRITTEN_OPINION, v).isEmpty());
        v.setReviewOutcome(ReviewOutcome.REVOKED);
        assertTrue(DocumentRules.refusal(CLERK, DocumentKind.REVIEW_DECISION, v).isEmpty());
        v.setReReviewOutcome(ReviewOutcome.UPHELD);
        assertTrue(DocumentRules.refusal(CLERK, DocumentKind.RE_REVIEW_DECISION, v).isEmpty());
    }

    @Test
    void theSlipIsTheClerksAndTheNoticeTheSupervisors() {
        assertTrue(DocumentRules.isRoleRefusal(HANDLER, DocumentKind.REGISTRATION_SLIP));
        assertTrue(DocumentRules.isRoleRefusal(LEADER, DocumentKind.WRITTEN_OPINION));
        assertFalse(DocumentRules.isRoleRefusal(HANDLER, DocumentKind.WRITTEN_OPINION));
        assertTrue(DocumentRules.isRoleRefusal(CLERK, DocumentKind.SUPERVISION_NOTICE));
        assertFalse(DocumentRules.isRoleRefusal(SUPERVISOR, DocumentKind.SUPERVISION_NOTICE));
        assertFalse(DocumentRules.isRoleRefusal(BUREAU, DocumentKind.SUPERVISION_NOTICE));
        assertTrue(DocumentRules.isRoleRefusal(COUNTY_LEGAL_AID, DocumentKind.SUPERVISION_NOTICE), "county scope is not a role");
        assertTrue(DocumentRules.refusal(HANDLER, DocumentKind.REGISTRATION_SLIP, null).orElseThrow().contains("query code"));
    }

    @Test
    void numbersNameTheTownshipTheOfficeTheKindAndTheYear() {
        assertEquals("青信受〔2031〕3号", DocumentRules.number("青山镇", DocumentKind.RECEIPT_NOTICE, 2031, 3));
        assertEquals("白信复核〔2031〕12号", DocumentRules.number("白水乡", DocumentKind.RE_REVIEW_DECISION, 2031, 12));
        // Each kind's counter key fits the counter table's 40 characters, even with a 12-digit division code.
        for (DocumentKind kind : DocumentKind.values()) {
            assertTrue(DocumentRules.series("341122101001", kind, 2031).length() <= 40, kind.name());
        }
        assertFalse(DocumentRules.series(TOWN, DocumentKind.RECEIPT_NOTICE, 2031)
                .equals(DocumentRules.series(TOWN, DocumentKind.RECEIPT_NOTICE, 2032)), "a new series each year");
    }
}
