package org.tiaojie.cases.api;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;

/**
 * Moves a case along its statutory path. Every step is checked by the lifecycle state machine: a step
 * that is not allowed in the case's status, or whose time window has passed, is refused and changes
 * nothing. Every step is written to the audit trail with its before and after values.
 */
@ProviderType
public interface LifecycleService {
    /**
     * Performs one step.
     *
     * @return the case after the step
     * @throws ValidationException a field the step needs is missing or wrong
     * @throws TiaojieException    {@link ErrorCode#ILLEGAL_TRANSITION} when the step is not allowed now,
     *                             {@link ErrorCode#CONFLICT} when {@code expectedVersion} is stale,
     *                             {@link ErrorCode#ACCESS_DENIED}, {@link ErrorCode#CASE_NOT_FOUND}
     */
    CaseView perform(Actor actor, String caseId, StepRequest step);

    /** The steps the actor may take on the case now. */
    List<CaseAction> allowedActions(Actor actor, String caseId);

    /**
     * The petitioner's evaluation with the query code and no login (条例 Art 22): once, and only after the reply was
     * served or the matter settled. The rating and the answers about the process are kept apart. An unknown code is
     * NOT_FOUND, as for the progress look-up.
     */
    Progress evaluate(String queryCode, PetitionerEvaluation evaluation);
}
