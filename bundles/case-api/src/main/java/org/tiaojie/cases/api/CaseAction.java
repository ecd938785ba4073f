package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A step of the statutory path — 办理环节 — as recorded through {@link LifecycleService#perform}. */
@Schema(description = "A step of the statutory path — 办理环节 — as recorded through `perform`. Values — ACCEPT: "
        + "受理并告知: accept, with written notice of receipt [23]; TRANSFER: 转送: send to the competent "
        + "body elsewhere [22]; REDIRECT: 导入法定途径: steer into litigation/arbitration/reconsideration, "
        + "with guidance [28, 31]; REFER_TO_DISCIPLINE: 转纪检监察: a complaint about an official goes to "
        + "the discipline body [22, 30]; CLASSIFY: 分类处理: correct the nature of the matter at triage, "
        + "with a reason; routing follows the new nature; DISPATCH: 交办: assign responsibility with a "
        + "deadline (四定); DECLINE: 异议退回: the department declines, once, with reasons, within 5 "
        + "working days [23]; DECIDE_DECLINE: 异议裁定: the petition office decides who handles; the "
        + "case cannot be declined again; EXTEND: 延期: extend the handling limit once, by at most 30 "
        + "days, petitioner told why [32]; SETTLE: 调解/和解: record an agreement reached with both "
        + "parties' consent; it ends the handling [33]; ISSUE_OPINION: 出具信访处理意见书 [32]; SERVE: 送达: "
        + "record date and "
        + "method of service; the review window runs from it; EVALUATE: 评价: the petitioner rates the "
        + "handling [22]; CLOSE: 办结; REQUEST_REVIEW: 申请复查 (within 30 days of service) [35]; "
        + "DECIDE_REVIEW: 复查决定 [35]; SERVE_REVIEW_DECISION: 送达复查意见: date and method of service; the "
        + "re-review window runs from it [36]; REQUEST_RE_REVIEW: 申请复核 (within 30 days of receiving the "
        + "review decision) [36]; DECIDE_RE_REVIEW: 复核决定 [36]; SERVE_RE_REVIEW_DECISION: 送达复核意见: date "
        + "and method of service; the matter ends (终结) [36]")
public enum CaseAction {
    /** 受理并告知: accept, with written notice of receipt [23]. */
    ACCEPT,
    /** 转送: send to the competent body elsewhere [22]. */
    TRANSFER,
    /** 导入法定途径: steer into litigation/arbitration/reconsideration, with guidance [28, 31]. */
    REDIRECT,
    /** 转纪检监察: a complaint about an official goes to the discipline body [22, 30]. */
    REFER_TO_DISCIPLINE,
    /** 分类处理: correct the nature of the matter at triage, with a reason; routing follows the new nature. */
    CLASSIFY,
    /** 交办: assign responsibility with a deadline (四定). */
    DISPATCH,
    /** 异议退回: the department declines, once, with reasons, within 5 working days [23]. */
    DECLINE,
    /** 异议裁定: the petition office decides who handles; the case cannot be declined again. */
    DECIDE_DECLINE,
    /** 延期: extend the handling limit once, by at most 30 days, petitioner told why [32]. */
    EXTEND,
    /** 调解/和解: record an agreement reached with both parties' consent; it ends the handling [33]. */
    SETTLE,
    /** 出具信访处理意见书 [32]. */
    ISSUE_OPINION,
    /** 送达: record date and method of service; the review window runs from it. */
    SERVE,
    /** 评价: the petitioner rates the handling [22]. */
    EVALUATE,
    /** 办结 */
    CLOSE,
    /** 申请复查 (within 30 days of service) [35]. */
    REQUEST_REVIEW,
    /** 复查决定 [35]. */
    DECIDE_REVIEW,
    /** 送达复查意见: date and method of service; the re-review window runs from it [36]. */
    SERVE_REVIEW_DECISION,
    /** 申请复核 (within 30 days of receiving the review decision) [36]. */
    REQUEST_RE_REVIEW,
    /** 复核决定 [36]. */
    DECIDE_RE_REVIEW,
    /** 送达复核意见: date and method of service; the matter ends (终结) [36]. */
    SERVE_RE_REVIEW_DECISION
}
