package org.tiaojie.cases.api;

import java.util.List;

/** Reading cases. Results are limited to the townships the actor may see. */
public interface CaseQueryService {

    /** @throws TiaojieException {@link ErrorCode#CASE_NOT_FOUND} when absent or not visible */
    CaseView get(Actor actor, String caseId);

    /** Cases matching the filter, newest first. */
    Page<CaseView> find(Actor actor, CaseFilter filter, PageRequest page);

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
}
