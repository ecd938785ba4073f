package org.tiaojie.cases.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.tiaojie.cases.api.LegalRoute;
import org.tiaojie.cases.api.spi.LegalAidReferral;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LegalAidOffersTest {
    private static final LegalAidReferral.Offer OFFER = new LegalAidReferral.Offer("id-1", "341122101-2026-000003",
            "341122101", "LABOUR_WAGES", LegalRoute.LABOUR_ARBITRATION, "追讨欠薪");

    @Test
    void withoutACentreTheCaseStaysSimplyRedirected() {
        assertEquals(Optional.empty(), new LegalAidOffers(List.of()).offer(OFFER));
    }

    @Test
    void aCentreThatLeftOrFailedIsSkippedForTheNextLiveOne() {
        List<LegalAidReferral.Offer> received = new ArrayList<>();
        LegalAidReferral gone = o -> {
            throw new ServiceUnavailableException("unregistered", "(objectClass=LegalAidReferral)");
        };
        LegalAidReferral failing = o -> {
            throw new IllegalStateException("database down");
        };
        LegalAidReferral silent = o -> " ";
        LegalAidReferral live = o -> {
            received.add(o);
            return " FY-2026-0042 ";
        };
        assertEquals(Optional.of("FY-2026-0042"),
                new LegalAidOffers(List.of(gone, failing, silent, live)).offer(OFFER));
        assertEquals(List.of(OFFER), received);
        assertEquals(Optional.empty(), new LegalAidOffers(List.of(gone, failing)).offer(OFFER));
    }
}
