package org.tiaojie.cases.api.document;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;

/**
 * The register of documents issued for cases — 发文登记, kept by the case core: each document gets its number and
 * its entry in the case's trail in one transaction, so a number is never given twice and never without its entry.
 */
@ProviderType
public interface DocumentRegister {

    /**
     * Registers one document about to be laid out for a case.
     *
     * <p>Who may: a registration slip, the case's township clerks (it carries the query code); the other documents to
     * the petitioner, the clerks and handlers who may see the case; a supervision notice, the supervisors and county
     * bureau who issued or read it. What the case must have reached: accepted for a notice of receipt, transferred or
     * redirected for those notices, extended, an opinion, a review or re-review decision for theirs.
     *
     * @param number the number the document already carries (a supervision notice's, 交办〔2026〕3号), or null for the
     *               next number of the kind in the case's township and year, e.g. 青信受〔2026〕3号
     * @return the entry, with the query code for a registration slip only
     * @throws TiaojieException {@link ErrorCode#CASE_NOT_FOUND} when absent or not visible;
     *                          {@link ErrorCode#ACCESS_DENIED} when the actor may not issue that kind;
     *                          {@link ErrorCode#ILLEGAL_TRANSITION} when the case has not reached what the kind needs;
     *                          {@link ErrorCode#VALIDATION_FAILED} for a bulletin, or a number given for a kind the
     *                          core numbers
     */
    IssuedDocument issue(Actor actor, String caseId, DocumentKind kind, String number);

    /**
     * The kinds that can be issued for the case now by the actor, each with those already issued (from the trail).
     *
     * @throws TiaojieException {@link ErrorCode#CASE_NOT_FOUND} when absent or not visible
     */
    List<DocumentChoice> choices(Actor actor, String caseId);
}
