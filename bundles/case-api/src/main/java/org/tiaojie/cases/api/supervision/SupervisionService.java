package org.tiaojie.cases.api.supervision;

import org.osgi.annotation.versioning.ProviderType;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;

/**
 * Supervision of the units — 督查督办: supervision notices with a reply date (a notice left unanswered lapses, is
 * escalated and opens an accountability record), supervision actions by phone, letter or on-site visit, return
 * visits to petitioners, and accountability records (问责) that the platform opens when a unit stalls or passes the
 * ball. Everything is about a case the caller may see; nothing here is about petitioners for their own sake.
 */
@ProviderType
public interface SupervisionService {
    /** Issues a notice to a unit about a case (supervisors; the county bureau). */
    SupervisionNotice issueNotice(Actor actor, NoticeRequest request);

    /** The unit's reply (a member of the unit: role {@code unit:<department>} in the case's township). */
    SupervisionNotice replyToNotice(Actor actor, String noticeId, NoticeReply reply);

    SupervisionNotice notice(Actor actor, String noticeId);

    /** Notices newest first: all the reader may see, or those of a case, a township, a unit or a status. */
    Page<SupervisionNotice> notices(Actor actor, String caseId, String township, String unit, NoticeStatus status,
                                    PageRequest page);

    /** Records a supervision action by phone, letter or on-site visit, with its result (supervisors). */
    SupervisionAction recordAction(Actor actor, ActionRequest request);

    Page<SupervisionAction> actions(Actor actor, String caseId, PageRequest page);

    /** Records a return visit to the petitioner of a closed or replied case (supervisors, clerks). */
    ReturnVisit recordReturnVisit(Actor actor, ReturnVisitRequest request);

    Page<ReturnVisit> returnVisits(Actor actor, String caseId, PageRequest page);

    /** Accountability records newest first (supervisors, the discipline body): open ones, closed ones, or all. */
    Page<AccountabilityRecord> accountability(Actor actor, String township, Boolean closed, PageRequest page);

    /** Closes a record with its conclusion (supervisors of county scope). */
    AccountabilityRecord closeAccountability(Actor actor, String id, Conclusion conclusion);

    /**
     * The weekly bulletin of a township ({@code null}: the county's) for the calendar week that contains
     * {@code weekOf} (null: the last full week): the kept one of a week that is over, generated (and kept) if there
     * is none yet; the current week's is generated afresh each time. Supervisors, clerks and leaders.
     */
    Bulletin bulletin(Actor actor, String township, java.time.LocalDate weekOf);

    /** The bulletins kept, newest week first: of a township, or the county's ({@code township} null). */
    Page<Bulletin> bulletins(Actor actor, String township, PageRequest page);
}
