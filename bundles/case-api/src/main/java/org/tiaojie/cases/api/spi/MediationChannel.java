package org.tiaojie.cases.api.spi;

/**
 * One mediation channel — 人民调解 / 行政调解 / 司法调解, registered with the service property
 * {@value #CHANNEL} set to a {@link Kind} name. The grand-mediation centre (大调解中心) asks each live
 * channel whether it can take a dispute and hands the dispute to one that can.
 */
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
    Assessment assess(Dispute dispute);

    /**
     * The facts a channel needs to decide whether it can take a dispute.
     *
     * @param caseId           the petition case the dispute comes from, or null for a walk-in dispute
     * @param township         township code
     * @param category         category code
     * @param partiesConsent   whether all parties consent to mediation (mediation is voluntary)
     * @param courtCaseExists  whether a court case on the matter is pending
     */
    record Dispute(String caseId, String township, String category, boolean partiesConsent, boolean courtCaseExists) {
    }

    /** A channel's answer: can it take the dispute, and the reason shown to staff. */
    record Assessment(boolean canTake, String reason) {
    }
}
