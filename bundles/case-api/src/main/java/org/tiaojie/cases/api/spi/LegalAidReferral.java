package org.tiaojie.cases.api.spi;

import org.osgi.annotation.versioning.ConsumerType;
import org.tiaojie.cases.api.LegalRoute;

/**
 * A legal-aid centre — 法律援助中心 — that takes offers of petitions redirected to a legal route (诉访分离:
 * litigation-related petitions are guided to legal aid). Published by the legal-aid plug-in; the core
 * offers each redirected case to a live one after the redirect has committed, and simply records the case
 * as redirected when none is live.
 */
@ConsumerType
public interface LegalAidReferral {

    /**
     * Takes the offer; the centre then decides with the petitioner whether to apply. The offer carries no
     * personal data: the centre reads the petitioners through the audited {@code revealPetitioners}.
     *
     * @return the centre's reference for the offer (e.g. a pending application number), shown on the case
     */
    String offer(Offer offer);

    /**
     * A redirected case, as offered.
     *
     * @param caseId     the case id
     * @param caseNumber the human case number
     * @param township   township code
     * @param category   category code
     * @param legalRoute the legal procedure the petitioner was guided to
     * @param demands    what the petitioner asks for, when stated
     */
    record Offer(String caseId, String caseNumber, String township, String category, LegalRoute legalRoute,
                 String demands) {
    }
}
