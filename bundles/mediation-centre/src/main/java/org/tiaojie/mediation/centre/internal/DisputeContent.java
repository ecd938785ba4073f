package org.tiaojie.mediation.centre.internal;

import java.util.ArrayList;
import java.util.List;

import org.tiaojie.cases.api.mediation.MediationAttempt;
import org.tiaojie.cases.api.mediation.Party;
import org.tiaojie.mediation.centre.internal.jpa.DisputeEntity;
import org.tiaojie.records.internal.JsonColumn;

/** What a dispute's file holds beyond its columns, kept whole as one JSON document ({@code TJ_MC_DISPUTE.CONTENT}). */
final class DisputeContent {
    private static final JsonColumn<DisputeContent> COLUMN = JsonColumn.of(DisputeContent.class, DisputeContent::new);

    public String reference;
    public List<Party> parties = new ArrayList<>();
    public String description;
    public boolean partiesConsent;
    public boolean courtCaseExists;
    /** Every attempt in a channel, oldest first; the last is the current one. */
    public List<MediationAttempt> attempts = new ArrayList<>();
    public String legalRoute;

    static DisputeContent of(DisputeEntity e) {
        return COLUMN.read(e.getContent(), "dispute " + e.getNumber());
    }

    String json() {
        return COLUMN.write(this);
    }

    /** The current attempt, or null before the first dispatch. */
    MediationAttempt current() {
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
    }
}
