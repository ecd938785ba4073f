package org.tiaojie.cases.api.mediation;

import java.util.Optional;

import javax.xml.bind.annotation.XmlEnum;
import javax.xml.bind.annotation.XmlType;

/**
 * Where a mediation file stands — 调解状态: every status a mediation channel gives its files
 * ({@link MediationRecord#getStatus()}), each with what it means for the dispute ({@link Outcome}). The centre and
 * the statistics read the outcome, never the channel's own words, so a channel may add a status by adding it here
 * with its outcome, in a minor version of this package.
 */
@XmlType(name = "mediationStatus")
@XmlEnum
public enum MediationStatus {
    /** Opened, mediation under way (受理). */
    OPEN(Outcome.UNDER_WAY),
    /** Applied for, awaiting the department's acceptance (申请, administrative mediation). */
    APPLIED(Outcome.UNDER_WAY),
    /** A judicial-confirmation request received by the court (申请司法确认). */
    REQUESTED(Outcome.UNDER_WAY),
    /** The request accepted by the court (立案受理). */
    ACCEPTED(Outcome.UNDER_WAY),
    /** An agreement reached (达成调解协议). */
    AGREED(Outcome.AGREEMENT),
    /** Both parties asked the court to confirm the agreement (已申请司法确认). */
    CONFIRMATION_REQUESTED(Outcome.AGREEMENT),
    /** The court confirmed the agreement (裁定确认有效). */
    CONFIRMED(Outcome.SETTLED),
    /** A court mediation document took effect (调解书生效). */
    DOCUMENT_EFFECTIVE(Outcome.SETTLED),
    /** The agreement was performed (履行完毕). */
    FULFILLED(Outcome.SETTLED),
    /** A party refused or withdrew (终止调解). */
    ENDED(Outcome.NOT_SETTLED),
    /** Mediation failed (调解不成). */
    FAILED(Outcome.NOT_SETTLED),
    /** The court did not accept the confirmation request (不予受理). */
    NOT_ACCEPTED(Outcome.NOT_SETTLED),
    /** The court rejected the confirmation (驳回申请). */
    REJECTED(Outcome.NOT_SETTLED);

    /** What a status means for the dispute the file mediates. */
    @XmlType(name = "mediationOutcome")
    @XmlEnum
    public enum Outcome {
        /** Still being mediated or examined. */
        UNDER_WAY,
        /** An agreement exists that is not yet confirmed or performed. */
        AGREEMENT,
        /** Settled for good: confirmed, made effective by the court, or performed. */
        SETTLED,
        /** Ended without an agreement: the dispute may go on to another channel or a legal route. */
        NOT_SETTLED
    }

    private final Outcome outcome;

    MediationStatus(Outcome outcome) {
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The status of that name, if it is one. */
    public static Optional<MediationStatus> of(String name) {
        if (name != null) {
            for (MediationStatus s : values()) {
                if (s.name().equals(name)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }
}
