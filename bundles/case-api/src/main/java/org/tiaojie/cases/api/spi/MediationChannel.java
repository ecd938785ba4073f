package org.tiaojie.cases.api.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.mediation.Party;

/**
 * One mediation channel — 人民调解 / 行政调解 / 司法调解, registered with the service property
 * {@value #CHANNEL} set to a {@link Kind} name. It keeps its own records in its own tables; the web
 * services (and the grand-mediation centre, 大调解中心) reach it while it is live. Every method validates
 * fully before it writes and refuses a step its rules do not allow, changing nothing.
 */
@ConsumerType
public interface MediationChannel {
    /** Service property: the channel kind. */
    String CHANNEL = "channel";

    /** The three channels of 三调联动. */
    enum Kind {
        /** 人民调解 */
        PEOPLE,
        /** 行政调解 */
        ADMINISTRATIVE,
        /** 司法调解 */
        JUDICIAL
    }

    Kind kind();

    /** Whether this channel can take the dispute, and if not, why (shown to the centre's staff). */
    Assessment assess(DisputeFacts dispute);

    /** Opens a mediation; refused when a party does not consent. */
    MediationRecord open(Actor actor, MediationRequest request);

    MediationRecord get(Actor actor, String id);

    /**
     * One page of the records of the actor's townships, newest first, filtered and paged in the database; all
     * statuses when {@code status} is null, all of the actor's townships when {@code township} is null.
     */
    Page<MediationRecord> list(Actor actor, String status, String township, PageRequest page);

    MediationRecord perform(Actor actor, String id, MediationStep step);

    /**
     * The file's parties with their phone numbers unmasked, for someone who takes its steps and must reach
     * them; everywhere else they are masked. The purpose is kept in the file's history.
     */
    List<Party> revealParties(Actor actor, String id, String purpose);

    /**
     * The facts a channel needs to decide whether it can take a dispute.
     *
     * @param caseId           the petition case the dispute comes from, or null for a walk-in dispute
     * @param township         township code
     * @param category         category code
     * @param partiesConsent   whether all parties consent to mediation (mediation is voluntary)
     * @param courtCaseExists  whether a court case on the matter is pending
     */
    record DisputeFacts(String caseId, String township, String category, boolean partiesConsent, boolean courtCaseExists) {
    }

    /** A channel's answer: can it take the dispute, and the reason shown to staff. */
    record Assessment(boolean canTake, String reason) {
    }
}
