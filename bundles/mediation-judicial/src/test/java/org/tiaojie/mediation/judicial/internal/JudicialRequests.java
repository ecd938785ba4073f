package org.tiaojie.mediation.judicial.internal;

import java.time.LocalDate;
import java.util.List;

import org.tiaojie.cases.api.mediation.Agreement;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.Party;

/** The tests' homestead dispute between two neighbours, brought to the county court. */
final class JudicialRequests {
    private JudicialRequests() {
    }

    static MediationRequest request(String stage) {
        MediationRequest r = new MediationRequest();
        r.setStage(stage);
        r.setCourt("341122");
        r.setTownship("341122101");
        r.setCategory("HOUSING_HOMESTEAD");
        r.setPartiesConsent(true);
        r.setDescription("宅基地纠纷");
        Party a = new Party();
        a.setName("孙七");
        a.setRole("APPLICANT");
        Party b = new Party();
        b.setName("吴八");
        b.setRole("RESPONDENT");
        r.setParties(List.of(a, b));
        return r;
    }

    /** The parties' joint request to confirm the agreement that took effect on the day given. */
    static MediationRequest confirmation(LocalDate agreedOn) {
        MediationRequest r = request("CONFIRMATION");
        Agreement agreement = new Agreement();
        agreement.setTerms("拆除越界围墙");
        agreement.setEffectiveOn(agreedOn);
        r.setAgreement(agreement);
        return r;
    }
}
