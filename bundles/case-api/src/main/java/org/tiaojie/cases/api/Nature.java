package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What kind of matter a petition is — 信访事项性质 (分类处理) [《信访工作条例》 22, 28, 31]. It decides the
 * path at triage: a complaint about an official goes to the discipline body only, a matter of a legal
 * procedure is steered into that procedure, the rest are accepted and handled as petitions.
 */
@Schema(description = "What kind of matter a petition is — 信访事项性质 (分类处理) [《信访工作条例》 22, 28, 31]. It decides the "
        + "path at triage: a complaint about an official goes to the discipline body only, a matter "
        + "of a legal procedure is steered into that procedure, the rest are accepted and handled as "
        + "petitions. Values — REQUEST: 申诉求决: a request or appeal handled by the responsible body; "
        + "SUGGESTION: 建议意见: a suggestion or opinion; COMPLAINT_ABOUT_OFFICIAL: 检举控告: a complaint "
        + "about an official; referred to the discipline body, never to the unit complained about "
        + "[30]; LEGAL_PROCEDURE: 涉诉讼、仲裁、行政复议等法定途径: belongs to litigation, arbitration, "
        + "reconsideration or another legal procedure (诉访分离)")
public enum Nature {
    /** 申诉求决: a request or appeal handled by the responsible body. */
    REQUEST,
    /** 建议意见: a suggestion or opinion. */
    SUGGESTION,
    /** 检举控告: a complaint about an official; referred to the discipline body, never to the unit complained about [30]. */
    COMPLAINT_ABOUT_OFFICIAL,
    /** 涉诉讼、仲裁、行政复议等法定途径: belongs to litigation, arbitration, reconsideration or another legal procedure (诉访分离). */
    LEGAL_PROCEDURE
}
