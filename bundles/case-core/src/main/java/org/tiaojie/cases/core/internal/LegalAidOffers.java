package org.tiaojie.cases.core.internal;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.spi.LegalAidReferral;

/**
 * Offers redirected cases to whichever legal-aid centre is live. The centre is optional: with none, or
 * when it leaves in the middle of the call or fails, the case stays simply redirected.
 */
public class LegalAidOffers {
    private static final Logger LOG = LoggerFactory.getLogger(LegalAidOffers.class);

    private final List<LegalAidReferral> centres;

    /** @param centres a Blueprint reference-list: empty while no legal-aid plug-in is installed */
    public LegalAidOffers(List<LegalAidReferral> centres) {
        this.centres = centres;
    }

    /** The reference the first live centre gave the offer, or empty when none took it. */
    Optional<String> offer(LegalAidReferral.Offer offer) {
        for (LegalAidReferral centre : List.copyOf(centres)) {
            try {
                String reference = centre.offer(offer);
                if (reference != null && !reference.isBlank()) {
                    return Optional.of(reference.trim());
                }
            } catch (RuntimeException e) {
                if (Plugins.leftDuringTheCall(e)) {
                    LOG.info("A legal-aid centre left while case {} was offered; trying the next", offer.caseNumber());
                } else {
                    LOG.warn("A legal-aid centre refused the offer of case {}: {}", offer.caseNumber(), e.toString());
                }
            }
        }
        return Optional.empty();
    }
}
