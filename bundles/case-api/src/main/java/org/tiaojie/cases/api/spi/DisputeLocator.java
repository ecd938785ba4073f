package org.tiaojie.cases.api.spi;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;
import org.tiaojie.cases.api.mediation.DisputeSummary;

/**
 * Tells the core where a petition case's dispute stands in mediation, so the case can show it. Published by
 * the grand-mediation centre; while none is live, a case simply shows no mediation.
 */
@ConsumerType
public interface DisputeLocator {
    /** The latest dispute taken in from the case, if any. */
    Optional<DisputeSummary> locate(String caseId);
}
