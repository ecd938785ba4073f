package org.tiaojie.cases.api;

import org.osgi.annotation.versioning.ProviderType;

/** Changes to cases. Every method validates fully before writing and writes atomically. */
@ProviderType
public interface CaseService {

    /**
     * Registers a petition (登记) and routes it to the live department of its township that accepts its
     * category, or leaves it unrouted in the township petition office queue.
     *
     * <p>A request carrying an idempotency key already used returns the first acknowledgement with
     * {@code replayed = true} and creates nothing.
     *
     * @throws ValidationException   the request is incomplete or malformed
     * @throws TiaojieException      {@link ErrorCode#ACCESS_DENIED} when the actor may not register in that township
     */
    Acknowledgement register(Actor actor, IntakeRequest request);

    /**
     * Hands an open case to another live department of its township, or back to the petition office queue
     * (改派). Audited with the department before and after.
     *
     * @throws ValidationException   no reason given
     * @throws TiaojieException      {@link ErrorCode#DEPARTMENT_UNAVAILABLE} when the department is not live in the
     *                               township; {@link ErrorCode#ILLEGAL_TRANSITION} for a settled case or a complaint
     *                               about an official; {@link ErrorCode#CONFLICT} on a stale version
     */
    CaseView reassign(Actor actor, String caseId, ReassignRequest request);

    /**
     * A new query code for a petitioner who lost theirs (clerks of the case's township): the old code stops working
     * at once; the reissue is recorded in the case's trail (who, when — never the code).
     */
    QueryCodeIssue reissueQueryCode(Actor actor, String caseId);
}
