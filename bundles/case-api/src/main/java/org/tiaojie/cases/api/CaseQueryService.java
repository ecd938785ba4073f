package org.tiaojie.cases.api;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;

/** Reading cases. Results are limited to the townships the actor may see. */
@ProviderType
public interface CaseQueryService {

    /** @throws TiaojieException {@link ErrorCode#CASE_NOT_FOUND} when absent or not visible */
    CaseView get(Actor actor, String caseId);

    /** Cases matching the filter, newest first. */
    Page<CaseView> find(Actor actor, CaseFilter filter, PageRequest page);

    /**
     * The actor's worklist (待办): the cases of the scope that are overdue, due today or due this week, earliest due
     * date first, with the count of each bucket, visible as in {@link #find}.
     *
     * @param bucket one bucket, or null for all three
     * @throws TiaojieException {@link ErrorCode#VALIDATION_FAILED} without a scope, or for scope UNIT when the actor
     *                          belongs to no unit
     */
    Worklist worklist(Actor actor, WorkScope scope, DueBucket bucket, PageRequest page);

    /**
     * Cases matching the search, newest first, visible and masked as in {@link #find}. A search by ID number or phone
     * writes {@code PERSONAL_DATA_SEARCH}, with the purpose and the datum masked, to the trail of every case found
     * (on the page returned), in the transaction that reads them.
     *
     * @throws ValidationException without any criterion, with a criterion too long, or without a purpose for a search
     *                             by personal data
     */
    Page<CaseView> search(Actor actor, CaseSearch search, PageRequest page);

    /**
     * The petitioners' unmasked personal data, for staff whose work needs it. Every call is written to
     * the case's audit trail as {@code PERSONAL_DATA_READ} with the stated purpose.
     *
     * @param purpose why the data is needed (e.g. "phone the petitioner about the hearing"); required
     */
    List<Petitioner> revealPetitioners(Actor actor, String caseId, String purpose);

    /**
     * A petitioner's view of their case by its query code; needs no login.
     *
     * @throws TiaojieException {@link ErrorCode#NOT_FOUND} for an unknown code (no hint whether it is close)
     */
    Progress progress(String queryCode);

    /** The case's archive, oldest first. */
    List<AuditEntry> auditTrail(Actor actor, String caseId);

    /**
     * A case as another module may take it over — the grand-mediation centre, legal aid, a mediation channel,
     * any later module that is given a case id. Recorded in the case's audit trail ({@code SHARED}) and on the
     * case, which can then no longer be reclassified as a complaint about an official.
     *
     * <p>A complaint about an official (检举控告) is never shared with any module, whoever asks: its materials must
     * not reach the person or unit complained about [《信访工作条例》 30, 46]. The refusal is the same
     * {@link ErrorCode#CASE_NOT_FOUND} as for a case that does not exist or is outside the actor's townships, so
     * it does not reveal that the case exists.
     *
     * @param module the module taking the case over, e.g. {@code mediation-centre}; recorded with the share
     * @throws TiaojieException {@link ErrorCode#CASE_NOT_FOUND} as said
     */
    CaseView share(Actor actor, String caseId, String module);
}
