package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a case stands in its statutory path — 办理状态. See docs/LIFECYCLE.md for the diagram. */
@Schema(description = "Where a case stands in its statutory path — 办理状态. See docs/LIFECYCLE.md for the diagram. "
        + "Values — REGISTERED: 已登记: recorded, awaiting triage (15 days); ACCEPTED: 已受理: accepted, "
        + "notice of receipt given; the 60-day handling limit runs; TRANSFERRED: 已转送: sent to the "
        + "competent body elsewhere; ends here; REDIRECTED: 已导入法定途径: belongs to litigation, "
        + "arbitration or reconsideration; petitioner guided there (诉访分离); REFERRED_TO_DISCIPLINE: "
        + "已转纪检监察: a complaint about an official, passed to the discipline body; DISPATCHED: 已交办: "
        + "responsibility assigned (四定), being handled; DECLINE_PENDING: 异议待定: the department "
        + "declined the case; the petition office decides; SETTLED: 已调解/和解: both parties agreed "
        + "inside the petition process [33]; the agreement ends the handling; OPINION_ISSUED: 已出具意见: "
        + "the written "
        + "opinion is issued, not yet served; SERVED: 已送达: the opinion reached the petitioner; the "
        + "30-day review window runs; CLOSED: 已办结; UNDER_REVIEW: 复查中; REVIEW_DECIDED: 复查已决: the "
        + "review decision is made, not yet served; REVIEW_SERVED: 复查意见已送达: the 30-day re-review window "
        + "runs from its receipt; UNDER_RE_REVIEW: 复核中; RE_REVIEW_DECIDED: 复核已决: the re-review decision "
        + "is made, not yet served; TERMINATED: 已终结: the re-review decision is served; the same request on the "
        + "same facts is not accepted again")
public enum CaseStatus {
    /** 已登记: recorded, awaiting triage (15 days). */
    REGISTERED,
    /** 已受理: accepted, notice of receipt given; the 60-day handling limit runs. */
    ACCEPTED,
    /** 已转送: sent to the competent body elsewhere; ends here. */
    TRANSFERRED,
    /** 已导入法定途径: belongs to litigation, arbitration or reconsideration; petitioner guided there (诉访分离). */
    REDIRECTED,
    /** 已转纪检监察: a complaint about an official, passed to the discipline body. */
    REFERRED_TO_DISCIPLINE,
    /** 已交办: responsibility assigned (四定), being handled. */
    DISPATCHED,
    /** 异议待定: the department declined the case; the petition office decides. */
    DECLINE_PENDING,
    /** 已调解/和解: both parties agreed inside the petition process [33]; the agreement ends the handling. */
    SETTLED,
    /** 已出具意见: the written opinion is issued, not yet served. */
    OPINION_ISSUED,
    /** 已送达: the opinion reached the petitioner; the 30-day review window runs. */
    SERVED,
    /** 已办结 */
    CLOSED,
    /** 复查中 */
    UNDER_REVIEW,
    /** 复查已决: the review decision is made, not yet served. */
    REVIEW_DECIDED,
    /** 复查意见已送达: the 30-day re-review window runs from its receipt. */
    REVIEW_SERVED,
    /** 复核中 */
    UNDER_RE_REVIEW,
    /** 复核已决: the re-review decision is made, not yet served. */
    RE_REVIEW_DECIDED,
    /** 已终结: the re-review decision is served; the same request on the same facts is not accepted again. */
    TERMINATED;

    /** No step leads out of it. */
    public boolean isFinal() {
        return this == TRANSFERRED || this == REDIRECTED || this == REFERRED_TO_DISCIPLINE || this == TERMINATED;
    }
}
