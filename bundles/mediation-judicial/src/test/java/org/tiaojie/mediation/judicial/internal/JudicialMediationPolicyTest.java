package org.tiaojie.mediation.judicial.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.mediation.Agreement;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.core.internal.time.OfficialCalendar;
import org.tiaojie.mediation.internal.ChannelPolicy;
import org.tiaojie.mediation.internal.MediationFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JudicialMediationPolicyTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final Actor COURT = Actor.fromRoleNames("court", List.of("court"));
    private static final Actor MEDIATOR = Actor.fromRoleNames("mediator", List.of("mediator", "township:341122101"));

    private final JudicialMediationPolicy policy = new JudicialMediationPolicy(settings(), OfficialCalendar.service());

    private static JudicialSettings settings() {
        JudicialSettings s = new JudicialSettings();
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("court.341122", "本县人民法院");
        try {
            s.updated(p);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return s;
    }

    private static MediationRequest confirmation(LocalDate agreedOn) {
        return JudicialRequests.confirmation(agreedOn);
    }

    @Test
    void theCentreMayBringAConfirmationRequestButOnlyTheCourtDecides() {
        policy.authorize(MEDIATOR, ChannelPolicy.OPEN, "CONFIRMATION");
        policy.authorize(COURT, "CONFIRM", "CONFIRMATION");
        TiaojieException denied = assertThrows(TiaojieException.class, () -> policy.authorize(MEDIATOR, "ACCEPT", "CONFIRMATION"));
        assertEquals(ErrorCode.ACCESS_DENIED, denied.code());
        assertThrows(TiaojieException.class, () -> policy.authorize(MEDIATOR, ChannelPolicy.OPEN, "PRE_FILING"),
                "court mediation is opened by the court");
    }

    @Test
    void aRequestWithinThirtyDaysIsReceivedAndTheCourtHasThreeDaysToAcceptIt() {
        List<FieldViolation> v = new ArrayList<>();
        MediationFile f = new MediationFile();
        policy.open(MEDIATOR, confirmation(TODAY.minusDays(30)), f, TODAY, v);
        assertEquals(List.of(), v);
        assertEquals("REQUESTED", f.status);
        assertEquals(TODAY.plusDays(3), policy.deadline(f).due(), "Tuesday 24 November + 3: a Friday");
        f.status = "ACCEPTED";
        f.markOn = TODAY.plusDays(1);
        f.extensionDays = 10;
        // 25 days after Wednesday 25 November is Sunday 20 December: the next working day.
        assertEquals(LocalDate.parse("2026-12-21"), policy.deadline(f).due(), "15 days from acceptance, extended by 10");
        assertTrue(policy.deadline(f).rule().contains("已延长10日"));
    }

    @Test
    void aLateRequestIsRefusedWithTheDayItWasDue() {
        List<FieldViolation> v = new ArrayList<>();
        policy.open(MEDIATOR, confirmation(TODAY.minusDays(31)), new MediationFile(), TODAY, v);
        assertEquals(1, v.size());
        assertEquals("agreement.effectiveOn", v.get(0).getField());
        assertTrue(v.get(0).getMessage().contains(TODAY.minusDays(1).toString()));
    }

    @Test
    void theWindowForAConfirmationRequestEndsAfterTheSpringFestival() {
        // Agreement effective 20 January: 30 days end on 19 February, a holiday; the parties may still apply on the 24th.
        LocalDate agreed = LocalDate.parse("2026-01-20");
        assertEquals(LocalDate.parse("2026-02-24"), policy.confirmationWindow(agreed).getDueDate());
        List<FieldViolation> v = new ArrayList<>();
        policy.open(MEDIATOR, confirmation(agreed), new MediationFile(), LocalDate.parse("2026-02-24"), v);
        assertEquals(List.of(), v);
        policy.open(MEDIATOR, confirmation(agreed), new MediationFile(), LocalDate.parse("2026-02-25"), v);
        assertEquals(1, v.size());
        assertTrue(v.get(0).getMessage().contains("2026-02-24"), v.get(0).getMessage());
    }
}
