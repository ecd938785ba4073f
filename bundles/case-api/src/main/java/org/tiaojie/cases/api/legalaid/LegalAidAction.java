package org.tiaojie.cases.api.legalaid;

import io.swagger.v3.oas.annotations.media.Schema;

/** A step of a legal-aid application — 审查环节. */
@Schema(description = "A step of a legal-aid application: REQUEST_MATERIALS (once; say what is missing), "
        + "COMPLETE_MATERIALS, GRANT (the means test must pass or not apply), REFUSE (reason), OBJECT (the applicant's "
        + "objection to a refusal), DECIDE_OBJECTION (justice bureau; upheld grants aid), ASSIGN (a lawyer or legal "
        + "worker; also before the decision when urgent [44]), CONCLUDE (the outcome of the aided matter)")
public enum LegalAidAction {
    /** 一次性告知补正材料 [43] */
    REQUEST_MATERIALS,
    /** 材料补齐 */
    COMPLETE_MATERIALS,
    /** 决定给予法律援助 */
    GRANT,
    /** 决定不予法律援助（书面说明理由） */
    REFUSE,
    /** 申请人提出异议 [49] */
    OBJECT,
    /** 司法行政部门审查异议 [49] */
    DECIDE_OBJECTION,
    /** 指派律师或法律援助人员 [44] */
    ASSIGN,
    /** 记录援助事项结果，结案 */
    CONCLUDE
}
